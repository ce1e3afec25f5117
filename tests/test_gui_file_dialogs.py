"""Qt's own file dialog, opened for real in the Persian interface: its labels are Persian
(Qt 6.11 changed strings that the shipped catalogue has not caught up with)."""

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from announcer import draft
from conftest import EXAMPLE, ROOT
from gui_helpers import answered

SHOTS = ROOT / "out" / "screenshots"


def test_save_as_in_a_real_persian_file_dialog(window, tmp_path, monkeypatch):
    monkeypatch.undo()  # the real dialog
    window.open_path(EXAMPLE)
    window.session.set("session.city", "برلین")
    seen = {}

    def save_as_berlin(dialog):
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / "file-dialog-fa.png"))
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        seen["filter"] = dialog.findChild(QComboBox, "fileTypeCombo").currentText()
        dialog.setDirectory(str(tmp_path))
        dialog.findChild(QLineEdit, "fileNameEdit").setText("berlin")  # typed without the suffix
        dialog.accept()

    saved, title = answered(window.save_as, save_as_berlin)
    assert saved and title == "ذخیرهٔ پیش‌نویس"
    assert seen["labels"] == ["&جستجو در:", "&نام پرونده:", "پرونده‌هایی از &نوع:"]
    assert "(*.announcement.json *.json)" in seen["filter"]
    target = Path(tmp_path / "berlin.announcement.json")
    assert draft.load(target).session.city == "برلین"
