"""Answer the list of recovered copies (gui/recoverylist.py) the way a user does: once
it is shown for real, check rows and press a button, and keep what the list showed."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QTreeWidget

from gui_helpers import answered

from announcer.gui.settings import AppSettings

REAL_DIALOG_EXEC = QDialog.exec  # kept before conftest's no_unexpected_dialogs replaces it


def answer_list(act, button: str, rows=(), shot=None) -> dict:
    """Run act(), which shows the list; check `rows` (numbers, top first), press the button
    labelled `button`. Returns what the list showed: title, intro, rows' texts, buttons
    (and whether each was enabled before anything was checked), layout direction."""
    seen = {}

    def answer(dialog):
        tree = dialog.findChild(QTreeWidget, "copies")
        items = [tree.topLevelItem(r) for r in range(tree.topLevelItemCount())]
        buttons = {b.text(): b for b in dialog.buttons.buttons()}
        seen.update(title=dialog.windowTitle(), intro=dialog.intro.text(), direction=dialog.layoutDirection(),
                    rows=[[item.text(c) for c in range(tree.columnCount())] for item in items],
                    enabled={text: b.isEnabled() for text, b in buttons.items()},
                    checked=[item.checkState(0) == Qt.CheckState.Checked for item in items])
        for r in rows:
            items[r].setCheckState(0, Qt.CheckState.Checked)
        if shot is not None:
            shot.parent.mkdir(parents=True, exist_ok=True)
            assert dialog.grab().save(str(shot))
        assert buttons[button].isEnabled(), f"{button!r} is disabled"
        QTest.mouseClick(buttons[button], Qt.MouseButton.LeftButton)

    seen["result"], _ = answered(act, answer)
    return seen


OPEN, LATER, DISCARD, DELETE, OK = ("باز کردن رونوشت بازیابی‌شده", "بعداً", "دور ریختن…", "پاک کردن", "تأیید")
OPEN_CHECKED, LATER_ALL = "باز کردن علامت‌خورده‌ها", "بعداً، همه را"  # the list of several copies


def folder():
    return AppSettings.recovery_folder()


def crash(window):
    """What a crash leaves: the window's copy and lock stay, its owner is gone."""
    window.recovery.stop()
    window.owner.release()
