"""Persian text as a Persian reader expects it in every field, in either interface
language: paragraphs aligned to the start of their own direction, empty fields waiting
at the right."""

import pytest
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit

from announcer.gui.widgets import ParagraphEdit
from conftest import EXAMPLE
from gui_helpers import add, field, sections


def _fields(window, kind):
    for binder in window.binders:
        for adapter in binder.all_adapters():
            if isinstance(adapter.widget, kind) and adapter.widget.isVisibleTo(window):
                yield adapter.widget


def _in_every_section(window, kind):
    """The fields of a kind on the form, each once, with each section of the body
    selected in turn (a section's form shows only then): a field is looked at while
    its section is selected."""
    seen = set()
    rows = sections(window)
    for row in range(rows.list.count()):
        rows.select(row)
        for widget in list(_fields(window, kind)):
            if widget not in seen:
                seen.add(widget)
                yield widget


def _block_starts(edit: ParagraphEdit) -> list[int]:
    """Where the cursor stands at the start of each paragraph, from the field's left edge."""
    starts, cursor = [], edit.textCursor()
    block = edit.document().begin()
    while block.isValid():
        cursor.setPosition(block.position())
        edit.setTextCursor(cursor)
        starts.append(edit.cursorRect().x())
        block = block.next()
    return starts


@pytest.mark.parametrize("language", ["fa", "en"])
def test_paragraphs_align_to_their_own_direction_in_every_multi_line_field(window, language):
    window.switch_language(language)
    window.files.open_path(EXAMPLE)
    edits = 0
    for edit in _in_every_section(window, ParagraphEdit):
        edits += 1
        edit.setPlainText("متن فارسی\nLatin text")
        edit.setFocus()
        window.ui.formScroll.ensureWidgetVisible(edit)
        QApplication.processEvents()
        persian, latin = _block_starts(edit)
        width = edit.viewport().width()
        assert persian > width * 0.8 and latin < width * 0.2, edit.objectName()
        edit.setPlainText("")
        QApplication.processEvents()
        (empty,) = _block_starts(edit)
        assert empty > width * 0.8, edit.objectName()
    assert edits >= 6  # attendance, a free paragraph, a summary, a resolution, a discussion, an election's intro


@pytest.mark.parametrize("language", ["fa", "en"])
def test_an_empty_one_line_field_waits_at_the_right(window, language):
    window.switch_language(language)
    add(window, "sections[0].agenda.items")  # a list's line too, whose field is the record itself
    for line in _in_every_section(window, QLineEdit):
        line.setFocus()
        window.ui.formScroll.ensureWidgetVisible(line)  # Qt places the cursor when it paints the field
        QApplication.processEvents()
        assert line.cursorRect().x() > line.width() * 0.7, line.objectName()


def test_a_one_line_field_aligns_its_text_to_the_texts_own_start(window):
    city = next(w for w in _fields(window, QLineEdit) if w.objectName() == "city")
    city.setFocus()
    window.ui.formScroll.ensureWidgetVisible(city)  # Qt places the cursor when it paints the field
    for text, starts_right in (("Berlin", False), ("برلین", True), ("", True), ("Berlin", False)):
        city.setText(text)
        city.home(False)  # the cursor where the text starts
        QApplication.processEvents()
        x = city.cursorRect().x()
        assert (x > city.width() * 0.8) if starts_right else (x < city.width() * 0.2), repr(text)


@pytest.mark.parametrize("language", ["fa", "en"])
def test_every_sections_fields_start_on_one_line(window, language):
    window.switch_language(language)
    QApplication.processEvents()
    starts = set()
    for section in window.sections:
        form = section.layout()
        if not isinstance(form, QFormLayout):
            continue
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            spans = form.itemAt(row, QFormLayout.ItemRole.SpanningRole) is not None  # a list as wide as the form
            if item is not None and not spans and item.widget().isVisibleTo(window):
                box = item.widget().geometry()
                starts.add(box.right() if language == "fa" else box.left())
    assert len(starts) == 1, f"fields start at {sorted(starts)}"


def test_the_record_forms_of_one_section_line_up(window):
    window.files.open_path(EXAMPLE)
    QApplication.processEvents()
    day, guest = field(window, "session.days[0]"), field(window, "session.guests[0].name")
    right_edge = [w.mapTo(window, w.rect().topRight()).x() for w in (day, guest)]
    assert right_edge[0] == right_edge[1]
