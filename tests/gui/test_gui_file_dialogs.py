"""Qt's own file dialog, opened for real in the Persian interface: its labels are Persian
(Qt 6.11 changed strings that the shipped catalogue has not caught up with), and its
paths, sizes and dates read left to right."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QStyleOptionViewItem, QTreeView

from announcer import draft
from conftest import EXAMPLE, ROOT
from gui_helpers import answered

SHOTS = ROOT / "out" / "screenshots"


def test_save_as_in_a_real_persian_file_dialog(window, tmp_path, monkeypatch):
    monkeypatch.undo()  # the real dialog
    window.files.open_path(EXAMPLE)
    window.document.set("session.city", "برلین")
    seen = {}

    def save_as_berlin(dialog):
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / "file-dialog-fa.png"))
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        seen["filter"] = dialog.findChild(QComboBox, "fileTypeCombo").currentText()
        seen["look in"] = dialog.findChild(QComboBox, "lookInCombo").layoutDirection()
        seen["cells"] = shown_cells(dialog.findChild(QTreeView, "treeView"), "announcement-223.json")
        dialog.setDirectory(str(tmp_path))
        dialog.findChild(QLineEdit, "fileNameEdit").setText("berlin")  # typed without the suffix
        dialog.accept()

    saved, title = answered(window.files.save_as, save_as_berlin)
    assert saved and title == "ذخیرهٔ پیش‌نویس"
    assert seen["labels"] == ["&جستجو در:", "&نام پرونده:", "پرونده‌هایی از &نوع:"]
    assert seen["filter"] == "پیش‌نویس‌های اطلاعیه"  # the patterns cannot be isolated inside Qt's syntax
    assert seen["look in"] == Qt.LayoutDirection.LeftToRight
    name, size = seen["cells"][:2]
    assert name == "\u2068announcement-223.json\u2069" and size.startswith("\u2068") and size.endswith("\u2069")
    target = Path(tmp_path / "berlin.announcement.json")
    assert draft.load(target).session.city == "برلین"


def shown_cells(view: QTreeView, name: str) -> list[str]:
    """The text each column of a file's row is drawn with."""
    model = view.model()
    root = view.rootIndex()
    row = next(r for r in range(model.rowCount(root)) if model.index(r, 0, root).data() == name)
    shown = []
    for column in range(model.columnCount(root)):
        option = QStyleOptionViewItem()
        view.itemDelegate().initStyleOption(option, model.index(row, column, root))
        shown.append(option.text)
    return shown


def test_the_english_file_dialog_shows_the_patterns(window, monkeypatch):
    monkeypatch.undo()
    window.switch_language("en")
    seen = {}

    def cancel(dialog):
        seen["filter"] = dialog.findChild(QComboBox, "fileTypeCombo").currentText()
        seen["look in"] = dialog.findChild(QComboBox, "lookInCombo").layoutDirection()
        dialog.reject()

    _, title = answered(window.files.open_dialog, cancel)
    assert title == "Open draft"
    assert seen == {"filter": "Announcement drafts (*.announcement.json *.json)", "look in": Qt.LayoutDirection.LeftToRight}
