"""Drive the editor's form the way a user does: find a field by its model path, type,
click the list buttons, use the keyboard shortcuts."""

import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu, QMessageBox, QSpinBox

from announcer.gui.widgets import DateEdit, ParagraphEdit, RecordList
from conftest import ROOT


def key_text(widget, text: str):
    """Type text key by key, as a keyboard layout sends it (QTest.keyClicks takes ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def row_tip(view, row: int) -> str:
    """A record list's row's tooltip, as its view shows it ("" for none)."""
    return view.model().index(row).data(Qt.ItemDataRole.ToolTipRole) or ""


def row_colour(view, row: int) -> str | None:
    """The name of a record list's row's text colour; None where it is the list's own."""
    brush = view.model().index(row).data(Qt.ItemDataRole.ForegroundRole)
    return brush.color().name() if brush else None


def field(window, path: str):
    """The visible widget bound to path; its section is selected, list records must be
    selected first."""
    show_section(window, path)
    for binder in window.binders:
        for adapter in binder.all_adapters():
            if adapter.path == path and adapter.widget.isVisibleTo(window):
                return adapter.widget
    raise LookupError(path)


def record_list(window, path: str) -> RecordList:
    """The list bound to path (in the section it names, which is selected)."""
    show_section(window, path)
    for binder in window.binders:
        stack = list(binder.lists)
        while stack:
            binding = stack.pop()
            if binding.path == path and binding.widget.isVisibleTo(window):
                return binding.widget
            stack += [inner for detail in binding.details() for inner in detail.lists]
    raise LookupError(path)


def sections(window) -> RecordList:
    """The list of the body's sections."""
    return record_list(window, "sections")


def show_section(window, path: str):
    """Select the section of the body that path is in: its form shows only then."""
    found = re.match(r"sections\[(\d+)\]", path)
    if found:
        sections(window).select(int(found.group(1)))


def type_into(window, path: str, text: str, paste: bool = False):
    """Type text into a field (or paste it, for long free text), then leave the field."""
    widget = field(window, path)
    widget.setFocus()
    if isinstance(widget, ParagraphEdit):
        widget.selectAll()
        if paste:
            widget.insertPlainText(text)
        else:
            key_text(widget, text)
    elif isinstance(widget, QSpinBox):
        widget.lineEdit().selectAll()
        key_text(widget.lineEdit(), text)
    elif isinstance(widget, QLineEdit):
        widget.selectAll()
        if paste:
            widget.insert(text)
            widget.textEdited.emit(widget.text())
        else:
            key_text(widget, text)
        if isinstance(widget, DateEdit):
            QTest.keyClick(widget, Qt.Key.Key_Return)
    widget.clearFocus()
    QApplication.processEvents()


def choose(window, path: str, data):
    combo: QComboBox = field(window, path)
    combo.setCurrentIndex(combo.findData(data.value))
    combo.activated.emit(combo.currentIndex())


def tick(window, path: str):
    """Tick the check box of path from the keyboard, as a user does (it must have been clear)."""
    box = field(window, path)
    assert not box.isChecked()
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()


def add(window, path: str):
    """Press the list's add button (the new record is selected)."""
    QTest.mouseClick(record_list(window, path).add_button, Qt.MouseButton.LeftButton)


def add_section(window, kind: str):
    """Press the sections' + button and choose kind in the menu it opens, from the
    keyboard (the new section follows the selected one and is selected)."""
    rows = sections(window)
    QTest.mouseClick(rows.add_button, Qt.MouseButton.LeftButton)
    menu = rows.findChild(QMenu)
    assert menu.isVisible()
    menu.setActiveAction(next(a for a in menu.actions() if a.data() == kind))
    QTest.keyClick(menu, Qt.Key.Key_Return)
    assert not menu.isVisible()


def select(window, path: str, row: int):
    record_list(window, path).select(row)


def preview_paragraphs(window) -> list[str]:
    """The preview's paragraphs as composed: without the joiners and no-break spaces that
    hold its numbers to their words (render/linebreaks.py)."""
    from announcer.render.linebreaks import unbind

    window.preview.update_now()
    return [unbind(p) for p in window.preview.text().split("\n") if p.strip()]


class Answers:
    """Answer message boxes the way a user does: when the next modal box appears, press
    the button with the next text given (after saving a picture of the box, if asked),
    and keep what the box said in `seen`."""

    def __init__(self):
        self.pending: list[tuple[str, Path | None]] = []
        self.seen: list[dict] = []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._answer)

    def press(self, button: str, shot: Path | None = None) -> "Answers":
        self.pending.append((button, shot))
        self.timer.start()
        return self

    def _answer(self):
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not self.pending:
            return
        label, shot = self.pending.pop(0)
        buttons = {b.text(): b for b in box.buttons()}
        marks = str.maketrans("", "", "\u200e\u200f")  # the lines' direction marks, checked apart
        self.seen.append({"title": box.windowTitle(), "text": box.text().translate(marks),
                          "details": box.informativeText().translate(marks), "raw": box.text(),
                          "buttons": list(buttons)})
        if shot is not None:
            shot.parent.mkdir(parents=True, exist_ok=True)
            assert box.grab().save(str(shot))
        if not self.pending:
            self.timer.stop()
        if label not in buttons:
            box.done(0)  # or the test would wait for ever
            raise AssertionError(f"no button {label!r} in {self.seen[-1]}")
        buttons[label].click()


def on_menu(act, attempts: int = 100):
    """Call act(menu) with the popup menu once one is shown: schedule it, then open the
    menu (a context menu's exec() waits for the user, as a modal dialog does)."""
    def look(left=attempts):
        menu = QApplication.activePopupWidget()
        if menu is not None:
            act(menu)
        elif left:
            QTimer.singleShot(20, lambda: look(left - 1))

    QTimer.singleShot(0, look)


def answered(act, answer, attempts: int = 250):
    """Any dialog opened for real (Answers is for message boxes): run act(), which opens
    a modal dialog; answer(dialog) is called once it is shown. Return act's result and
    the dialog's window title. A failure inside answer closes the dialog and is raised."""
    seen, failed = [], []

    def poll(left=attempts):
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if left:
                QTimer.singleShot(20, lambda: poll(left - 1))
            return
        seen.append(dialog.windowTitle())
        try:
            answer(dialog)
        except Exception as e:  # raised below, once the dialog no longer blocks the test
            failed.append(e)
            dialog.reject()

    QTimer.singleShot(0, poll)
    result = act()
    if failed:
        raise failed[0]
    assert seen, "no dialog was shown"
    return result, seen[0]


SHOTS = ROOT / "out" / "screenshots"  # screenshots the tests save, to be looked at


def real_image(path) -> QImage:
    """A screenshot that was saved and is not blank."""
    image = QImage(str(path))
    assert image.width() > 300 and image.height() > 100
    assert len({image.pixel(x, image.height() // 3) for x in range(0, image.width(), 3)}) > 2  # not blank
    return image
