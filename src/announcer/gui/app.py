"""Start the editor: one QApplication with the fonts, the language (language.py) and
the icon set once, then the main window with a draft and, once it has painted, any
recovered copy."""

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from ..locations import ICONS
from ..render.qt.qtapp import UI_FONT, register_fonts
from . import heap
from .language import apply_language

def create_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName("Announcer")
    app.setApplicationName("Announcer")
    register_fonts()
    app.setFont(QFont(UI_FONT, 10))
    app.setWindowIcon(QIcon(str(ICONS / "announcer.png")))  # PNG: an SVG would load the SVG plugins at start
    return app


def offer_recovered(window) -> None:
    """After a crash, offer the copies whose editor is gone, newest first: one in a
    question of its own, several in one list (recoverylist.py); each opened in a window of
    its own, never written over a draft without asking. Copies that could not be read
    were moved aside: say so."""
    from .recovery import scan

    found = scan(window.settings.recovery_folder())
    if not (found.copies or found.broken):
        return
    from . import dialogs

    if found.broken:
        dialogs.tell_broken(window, found.broken)
    if len(found.copies) > 1:
        from .recoverylist import offer

        offer(window, found.copies)
    elif found.copies:
        (copy,) = found.copies
        choice = dialogs.ask_recovered(window, copy, 1, 1)
        if choice == "open":
            (window if window.files.can_recover(copy) else window.spawn()).files.open_recovered(copy)
        elif choice == "discard" and dialogs.confirm_discard(window, copy):
            copy.discard()


class _AfterFirstPaint(QObject):
    """Calls `run` once the window has painted for the first time, on the event loop's
    next turn (so that the paint is on screen first); or after `latest_ms`, should the
    window not be painted (started minimised)."""

    def __init__(self, window, run, latest_ms: int = 3000):
        super().__init__(window)
        self.window, self.run = window, run
        window.installEventFilter(self)
        self.latest = QTimer(self, singleShot=True, interval=latest_ms)
        self.latest.timeout.connect(self.done)
        self.latest.start()

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            # The same single-shot timer, now due at once: a timer of its own dies with
            # it, where a free QTimer.singleShot could call it after the window was gone.
            self.latest.start(0)
        return False

    def done(self):
        self.window.removeEventFilter(self)
        self.deleteLater()
        self.run()


def offer_recovered_after_paint(window) -> None:
    """The recovery folder is looked into once the window is on screen: copies left by
    crashes, however many, never delay the first paint."""
    _AfterFirstPaint(window, lambda: offer_recovered(window))


def main(argv: list[str] | None = None) -> int:
    # Building the window makes tens of thousands of objects that live as long as it
    # does, and the collector would walk them all again and again for nothing (2 % of the
    # start): it pauses until the window has painted, as Mercurial's util.nogc does for bulk work.
    gc.disable()
    argv = sys.argv if argv is None else argv
    app = create_app(argv)
    from . import logs
    from .mainwindow import MainWindow
    from .settings import AppSettings

    logs.start()
    settings = AppSettings()
    apply_language(app, settings.language)
    window = MainWindow(settings)
    files = [a for a in argv[1:] if not a.startswith("-")]
    if files:
        window.files.open_path(Path(files[0]))
    else:
        window.files.reopen_last()
    window.show()
    _AfterFirstPaint(window, heap.collector_back)  # not on the loop's first turn: that is before the paint (22 M)
    offer_recovered_after_paint(window)
    return app.exec()
