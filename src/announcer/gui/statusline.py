"""What the window's status bar always shows: the words of the announcement, when it was
last saved, its calendar, and, while they cannot be written, that recovery copies are
not being made (the first failure also says so in a box)."""

import datetime as dt

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ..dates import Calendar
from ..persian.digits import number
from ..problems import file_problem
from .filenames import isolated
from .recovery import Recovery
from .settings import AppSettings

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText: a number, no Qt namespace before the first paint


class StatusLine(QObject):
    def __init__(self, parent: QWidget, settings: AppSettings, recovery: Recovery):
        super().__init__(parent)
        self.parent_widget, self.settings, self.recovery = parent, settings, recovery
        self.warned = False  # the first failure to write a recovery copy shows a box, the status bar the rest
        recovery.failed.connect(self._recovery_failed)
        recovery.restored.connect(self.show_recovery_state)

    def attach(self, status: QStatusBar):
        """The window was (re)built: its labels go in this status bar."""
        self.words, self.saved, self.calendar = QLabel(), QLabel(), QLabel()
        self.recovery_label = QLabel()  # shown while recovery copies cannot be written
        for label in (self.recovery_label, self.words, self.saved, self.calendar):
            label.setProperty("textFormat", PLAIN_TEXT)  # the recovery folder's path is no markup
            status.addPermanentWidget(label)
            label.show()
        self.show_recovery_state()

    def update(self, words: int, last_saved: dt.datetime | None, calendar: Calendar):
        fa = self.settings.language == "fa"  # the program's own numbers in the interface's digits
        self.words.setText(self.tr("Words: %1").replace("%1", number(words, fa)))
        saved = QLocale().toString(last_saved.time(), QLocale.FormatType.ShortFormat) if last_saved else "—"
        self.saved.setText(self.tr("Saved: %1").replace("%1", saved))
        names = {Calendar.GREGORIAN: self.tr("Gregorian calendar"), Calendar.JALALI: self.tr("Jalali calendar"),
                 Calendar.BOTH: self.tr("Gregorian and Jalali calendars"),
                 Calendar.BOTH_JALALI_FIRST: self.tr("Jalali and Gregorian calendars")}
        self.calendar.setText(names[calendar])

    def show_recovery_state(self):
        error = self.recovery.error
        self.recovery_label.setVisible(error is not None)
        if error is not None:
            self.recovery_label.setText(self.tr("Unsaved changes are not copied aside: %1")
                                        .replace("%1", self._reason(error)))

    def _reason(self, error: OSError) -> str:
        problem = file_problem(error, writing=True)
        reason = problem.fa if self.settings.language == "fa" else problem.en
        return f"{reason} ({isolated(error.filename)})" if error.filename else reason

    def _recovery_failed(self, error: OSError):
        self.show_recovery_state()
        if not self.warned:
            from . import dialogs

            self.warned = True
            # Not at once: the copy may be written because the window lost focus, mid-event.
            QTimer.singleShot(0, lambda: dialogs.warn_recovery_failed(self.parent_widget, self.recovery.folder,
                                                                      self._reason(error)))
