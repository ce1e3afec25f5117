"""Find and replace in the window, as a user works: Ctrl+F, type, Enter from match to
match (each shown selected in its field), Ctrl+H, Replace, Replace all, one Ctrl+Z.
Screenshots: out/screenshots/find-replace-{fa,en}.png, find-replace-dialog-{fa,en}.png and
find-replace-refused-fa.png (a field left as it was, named)."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from announcer import draft, model
from announcer.paths import set_value
from announcer.gui.find import FindDialog
from announcer.gui.widgets import ParagraphEdit
from conftest import EXAMPLE
from gui_helpers import field, key_text, preview_paragraphs, sections, type_into
from gui_helpers import SHOTS, real_image

KASRA = "\u0650"
SPEAKER = "sections[2].reports.items[0].speaker"
SUMMARY = "sections[2].reports.items[0].summary"
ELECTED = "sections[6].election.people[0].name"
CONVENED = "session.convened_by"
# How the name came in, from an Arabic keyboard, a justified PDF, a voweled list.
VARIANTS = {CONVENED: "خلیل كیوان", SPEAKER: "خلیل كيوان", ELECTED: f"خليل ک{KASRA}یوان"}
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def active(window, qtbot):
    """The example with «کیوان» typed four ways, in the window with the keyboard."""
    doc = draft.load(EXAMPLE)
    for path, text in VARIANTS.items():
        set_value(doc, path, text)
    doc.sections[2].reports.items[0].summary = doc.sections[2].reports.items[0].summary.replace("کیوان", "کیـوان")
    window.document.load(doc, None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def get(window, path):
    return window.document.get(path)


def open_find(window, qtbot, key=Qt.Key.Key_F) -> FindDialog:
    QTest.keyClick(window.focusWidget() or window, key, CTRL)
    dialog = window.findChild(FindDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def test_ctrl_f_finds_the_name_in_four_fields_and_shows_each_selected_in_turn(active, qtbot):
    window = active
    dialog = open_find(window, qtbot)
    assert dialog.isVisible() and dialog.windowTitle() == "جستجو"
    assert not dialog.replace_edit.isVisible()
    assert dialog.find_edit.hasFocus()
    key_text(dialog.find_edit, "کیوان")
    assert dialog.count_label.text() == "۴ مورد یافت شد"
    press(dialog.find_edit, Qt.Key.Key_Return)
    assert dialog.count_label.text() == "۱ از ۴"
    convened = field(window, CONVENED)
    assert window.focusWidget() is convened and convened.selectedText() == "كیوان"
    press(dialog.find_edit, Qt.Key.Key_Return)
    assert dialog.count_label.text() == "۲ از ۴"
    assert sections(window).list.currentRow() == 2  # the reports, selected
    speaker = field(window, SPEAKER)
    assert window.focusWidget() is speaker and speaker.selectedText() == "كيوان"
    assert not convened.hasSelectedText()  # one match selected at a time
    press(dialog.find_edit, Qt.Key.Key_Return)
    summary = field(window, SUMMARY)
    assert isinstance(summary, ParagraphEdit) and summary.textCursor().selectedText() == "کیـوان"
    press(dialog.find_edit, Qt.Key.Key_Return)
    assert dialog.count_label.text() == "۴ از ۴"
    assert sections(window).list.currentRow() == 6
    elected = field(window, ELECTED)
    assert window.focusWidget() is elected and elected.selectedText() == f"ک{KASRA}یوان"
    press(dialog.find_edit, Qt.Key.Key_Return)  # past the last: the first again, and said
    assert dialog.count_label.text() == "۱ از ۴"
    assert dialog.message.text() == "از پایان فرم گذشت؛ دوباره از آغاز آن"
    press(dialog, Qt.Key.Key_F3, SHIFT)
    assert dialog.count_label.text() == "۴ از ۴" and window.focusWidget() is elected
    press(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is elected and elected.selectedText() == f"ک{KASRA}یوان"  # the cursor is left there
    assert not window.isWindowModified()  # finding changed nothing


def test_replace_all_changes_the_four_fields_and_one_ctrl_z_restores_them(active, qtbot):
    window = active
    before = {path: get(window, path) for path in (*VARIANTS, SUMMARY)}
    steps = window.document.undo_stack.count()
    dialog = open_find(window, qtbot, Qt.Key.Key_H)
    assert dialog.windowTitle() == "جستجو و جایگزینی" and dialog.replace_edit.isVisible()
    key_text(dialog.find_edit, "کیوان")
    dialog.replace_edit.setFocus()
    key_text(dialog.replace_edit, "کیوانی")
    QTest.mouseClick(dialog.replace_all_button, Qt.MouseButton.LeftButton)
    assert get(window, CONVENED) == "خلیل کیوانی"
    assert get(window, SPEAKER) == "خلیل کیوانی"
    assert get(window, ELECTED) == "خليل کیوانی"  # the Arabic yeh of «خليل» was not searched for
    assert get(window, SUMMARY) == before[SUMMARY].replace("کیـوان", "کیوانی")
    assert dialog.message.text() == "۴ مورد در ۴ فیلد جایگزین شد"
    assert dialog.count_label.text() == "۴ مورد یافت شد"  # «کیوانی» holds «کیوان»
    assert field(window, SPEAKER).text() == "خلیل کیوانی"  # the form shows it
    page = preview_paragraphs(window)
    assert any("به ترتیب خلیل کیوانی، اصغر کریمی" in p and "ابتدا خلیل کیوانی بحثی تحت عنوان" in p for p in page)
    assert any("در ابتدا خليل کیوانی به دبیری کمیته" in p for p in page)  # the election's sentence
    assert window.document.undo_stack.count() == steps + 1
    assert window.ui.menuEdit.actions()[0].text() == "&واگرد جایگزینی همه"
    press(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.isActiveWindow)
    press(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert {path: get(window, path) for path in before} == before
    assert not any("کیوانی" in p for p in preview_paragraphs(window))
    assert not window.isWindowModified()


def test_replace_shows_a_match_first_then_replaces_it_and_goes_on_each_one_step(active, qtbot):
    window = active
    dialog = open_find(window, qtbot, Qt.Key.Key_H)
    key_text(dialog.find_edit, "کیوان")
    dialog.replace_edit.setText("کیوانی")
    QTest.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)  # finds the first
    assert get(window, CONVENED) == VARIANTS[CONVENED] and dialog.count_label.text() == "۱ از ۴"
    QTest.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert get(window, CONVENED) == "خلیل کیوانی"
    assert dialog.count_label.text() == "۲ از ۴"  # the next one, the speaker («کیوانی» holds «کیوان»)
    assert field(window, SPEAKER).selectedText() == "كيوان"
    QTest.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert get(window, SPEAKER) == "خلیل کیوانی"
    assert window.ui.menuEdit.actions()[0].text() == "&واگرد جایگزینی در «گزارش‌ها (بخش ۳) › گزارش‌ها ۱ › گزارش‌دهنده»"
    window.document.undo_stack.undo()  # one replacement at a time
    assert get(window, SPEAKER) == VARIANTS[SPEAKER] and get(window, CONVENED) == "خلیل کیوانی"
    window.document.undo_stack.undo()
    assert get(window, CONVENED) == VARIANTS[CONVENED]


def test_typing_after_a_replacement_is_a_step_of_its_own(active, qtbot):
    window = active
    dialog = open_find(window, qtbot, Qt.Key.Key_H)
    key_text(dialog.find_edit, "کیوان")
    dialog.replace_edit.setText("کیوانی")
    dialog.step(1)
    dialog.replace()
    dialog.close()
    type_into(window, CONVENED, "هیئت مدیره")
    window.document.undo_stack.undo()
    assert get(window, CONVENED) == "خلیل کیوانی"


def test_a_field_that_would_grow_past_its_limit_is_left_and_named(active, qtbot):
    window = active
    window.document.set("session.city", "کیوان " + "ا" * (model.LINE_CHARACTERS - 6))
    dialog = open_find(window, qtbot, Qt.Key.Key_H)
    key_text(dialog.find_edit, "کیوان")
    dialog.replace_edit.setText("کیوانی")
    QTest.mouseClick(dialog.replace_all_button, Qt.MouseButton.LeftButton)
    assert get(window, "session.city").startswith("کیوان ا")
    assert get(window, CONVENED) == "خلیل کیوانی"
    assert dialog.message.text() == ("۴ مورد در ۴ فیلد جایگزین شد\n"
                                     "جلسه › شهر: جایگزین نشد: بیش از ۲۰۰۰ نویسه است (۲۰۰۱ نویسه)")
    assert dialog.count_label.text() == "۵ مورد یافت شد"  # the city's, and the four «کیوانی»
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "find-replace-refused-fa.png"))  # for a person to look at


def test_a_match_in_any_field_of_the_example_is_shown_selected_in_that_field(active, qtbot):
    """Every kind of field the example fills: a line, a paragraph, a list's line (an agenda
    item), a record of a list (a guest, a document, a person elected), in every section."""
    window = active
    dialog = open_find(window, qtbot)
    key_text(dialog.find_edit, "ی")
    firsts = {}
    for match in dialog.matches:
        firsts.setdefault(match.path, match)
    assert len(firsts) == 39
    for path, match in firsts.items():
        dialog.show_match(match)
        widget = window.focusWidget()
        assert dialog._path_of(widget) == path
        selected = widget.textCursor().selectedText() if isinstance(widget, ParagraphEdit) else widget.selectedText()
        assert selected in ("ی", "ي"), path


def test_a_match_after_an_emoji_is_selected_where_it_is(active, qtbot):
    """Qt counts an emoji as two: the selection still takes the name, not a letter before it."""
    window = active
    window.document.set(SUMMARY, "🌹 سپاس از كيوان")
    dialog = open_find(window, qtbot)
    key_text(dialog.find_edit, "کیوان")
    dialog.step(1)
    dialog.step(1)
    dialog.step(1)
    assert field(window, SUMMARY).textCursor().selectedText() == "كيوان"


def test_the_search_starts_at_the_cursor_in_the_form(active, qtbot):
    window = active
    elected = field(window, ELECTED)  # the fourth match
    elected.setFocus()
    elected.setCursorPosition(0)
    dialog = open_find(window, qtbot)
    key_text(dialog.find_edit, "کیوان")
    press(dialog.find_edit, Qt.Key.Key_Return)
    assert dialog.count_label.text() == "۴ از ۴"


def test_the_text_selected_in_a_field_is_what_ctrl_f_looks_for(active, qtbot):
    window = active
    city = field(window, "session.city")
    city.setFocus()
    city.selectAll()
    dialog = open_find(window, qtbot)
    assert dialog.find_edit.text() == "استکهلم" and dialog.count_label.text() == "۱ مورد یافت شد"


def test_a_read_only_draft_is_searched_but_not_changed(active, qtbot):
    window = active
    window.files.read_only = True
    dialog = open_find(window, qtbot, Qt.Key.Key_H)
    key_text(dialog.find_edit, "کیوان")
    assert dialog.next_button.isEnabled()
    assert not dialog.replace_button.isEnabled() and not dialog.replace_all_button.isEnabled()


def test_the_dialog_follows_a_switch_of_language(active, qtbot):
    window = active
    dialog = open_find(window, qtbot, Qt.Key.Key_H)
    key_text(dialog.find_edit, "کیوان")
    dialog.step(1)  # a match shown in a field that the switch deletes
    window.switch_language("en")
    QApplication.processEvents()  # the translators' change is posted
    assert dialog.windowTitle() == "Find and replace" and dialog.replace_all_button.text() == "Replace &all"
    assert dialog.count_label.text() == "1 of 4" and not dialog.isRightToLeft()
    window.switch_language("fa")
    QApplication.processEvents()
    assert dialog.windowTitle() == "جستجو و جایگزینی" and dialog.isRightToLeft()
    dialog.step(1)  # the rebuilt form is the one searched
    assert dialog.count_label.text() == "۲ از ۴" and field(window, SPEAKER).selectedText() == "كيوان"


@pytest.mark.parametrize("language", ["fa", "en"])
def test_screenshot_of_find_and_replace(active, qtbot, language):
    """out/screenshots/find-replace-{fa,en}.png: the dialog over the preview, a match
    selected in the form, for a person to look at."""
    window = active
    window.switch_language(language)
    QApplication.processEvents()
    dialog = open_find(window, qtbot, Qt.Key.Key_H)
    key_text(dialog.find_edit, "کیوان")
    dialog.replace_edit.setText("کیوانی")
    dialog.step(1)
    dialog.step(1)
    QApplication.processEvents()
    shot = window.grab()
    with QPainter(shot) as painter:  # the dialog is a window of its own: drawn where it stands
        painter.drawPixmap(window.mapFromGlobal(dialog.mapToGlobal(QPoint(0, 0))), dialog.grab())
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert shot.save(str(SHOTS / f"find-replace-{language}.png"))
    assert dialog.grab().save(str(SHOTS / f"find-replace-dialog-{language}.png"))
    real_image(SHOTS / f"find-replace-{language}.png")
