"""The window as a screen reader and a keyboard user meet it: the preview's pages give
their paragraphs, in reading order, through Qt's accessibility interface, and Tab goes
through the form in reading order (top to bottom, each row right to left)."""

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui_helpers import preview_paragraphs, type_into


def test_the_page_view_gives_a_screen_reader_its_paragraphs_in_reading_order(window, example):
    window.document.load(example, None)
    view = window.ui.preview
    page = QAccessible.queryAccessibleInterface(view)
    assert page.role() == QAccessible.Role.Document and page.text(QAccessible.Text.Name) == "پیش‌نمایش"
    paragraphs = preview_paragraphs(window)
    assert page.childCount() == len(paragraphs) > 10
    read = [page.child(i).text(QAccessible.Text.Name) for i in range(page.childCount())]
    assert read == paragraphs  # the title first, the signature last
    assert page.text(QAccessible.Text.Value) == "\n".join(paragraphs)
    first = page.child(0)
    assert first.role() == QAccessible.Role.Paragraph and first.parent().role() == QAccessible.Role.Document
    assert page.indexOfChild(page.child(3)) == 3
    shown = first.rect()  # on the screen, inside the view
    assert shown.width() > 0 and view.rect().contains(view.viewport().mapFromGlobal(shown.center()) +
                                                      view.viewport().pos())
    type_into(window, "session.city", "برلین")  # the reader hears the new text
    window.preview.update_now()
    assert any("در برلین" in page.child(i).text(QAccessible.Text.Name) for i in range(page.childCount()))


def test_tab_goes_through_the_form_in_reading_order(window, example):
    """From the first field to the document settings: each field is below the one
    before, or beside it on its row, to its left (right to left)."""
    from gui_helpers import field

    window.document.load(example, None)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    host = window.ui.formHost
    widget = field(window, "publication.bulletin")
    widget.setFocus()
    seen = []
    for _ in range(400):
        box = widget.rect().translated(widget.mapTo(host, widget.rect().topLeft()))
        seen.append((widget.property("field") or widget.toolTip() or type(widget).__name__, box))
        if widget.property("field") == "settings.agenda_layout":
            break
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        QApplication.processEvents()
        widget = QApplication.focusWidget()
        assert host.isAncestorOf(widget), seen[-3:]  # Tab stays in the form until its end
    assert seen[-1][0] == "settings.agenda_layout" and len(seen) > 40
    for (name, before), (after_name, after) in pairwise(seen):
        below = after.top() >= before.top() + before.height() / 2
        same_row_to_the_left = abs(after.top() - before.top()) < before.height() and after.right() <= before.left()
        # (a list's buttons stand in a column beside its top: the first beside it, the rest below)
        assert below or same_row_to_the_left, (name, before, after_name, after)
