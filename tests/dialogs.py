"""Open the program's dialogs for real in tests: a timer finds the modal window that an
action opened, looks at it and answers it as a user would."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def answered(act, answer, attempts: int = 250):
    """Run act(), which opens a modal dialog; answer(dialog) is called once it is shown.
    Return act's result and the dialog's window title."""
    seen = []

    def poll(left=attempts):
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if left:
                QTimer.singleShot(20, lambda: poll(left - 1))
            return
        seen.append(dialog.windowTitle())
        answer(dialog)

    QTimer.singleShot(0, poll)
    result = act()
    assert seen, "no dialog was shown"
    return result, seen[0]
