"""Start the editor: one QApplication with the layout direction, fonts, locale and
translators set once, then the main window with a draft and any recovered copy.

The layout direction comes with the translation, the Qt way: Qt lays the application
out right to left while a translator that turns «QT_LAYOUT_DIRECTION» into «RTL» is
installed, and back when it is removed. (Setting it by hand would also cost the start
20–30 ms: PySide builds the Python enums of the whole Qt namespace on first use.)"""

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from .resources import TRANSLATIONS, UI_FONT, register_fonts

QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")  # «RTL» in announcer_fa.ts
_translators: list[QTranslator] = []


def apply_language(app: QApplication, language: str) -> None:
    """Persian: Persian locale and translations (so right to left). English: source strings, left to right."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if language == "fa":
        for name, folder in (("announcer_fa", TRANSLATIONS),
                             ("qtbase_fa", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                _translators.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def create_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName("Announcer")
    app.setApplicationName("Announcer")
    register_fonts()
    app.setFont(QFont(UI_FONT, 10))
    return app


def ask_about_recovered(window, copy) -> str:
    """Ask what to do with a recovered copy: «open», «discard» or «later»."""
    from PySide6.QtWidgets import QMessageBox

    name = copy.draft_path.name if copy.draft_path else window.tr("an unsaved announcement")
    box = QMessageBox(QMessageBox.Icon.Question, window.tr("Recovered changes"),
                      window.tr("Unsaved changes to %1 from %2 were recovered. Open them?")
                      .replace("%1", name).replace("%2", QLocale().toString(copy.saved)), parent=window)
    choices = {box.addButton(window.tr("Open the recovered copy"), QMessageBox.ButtonRole.AcceptRole): "open",
               box.addButton(window.tr("Discard it"), QMessageBox.ButtonRole.DestructiveRole): "discard",
               box.addButton(window.tr("Later"), QMessageBox.ButtonRole.RejectRole): "later"}
    box.exec()
    return choices.get(box.clickedButton(), "later")


def offer_recovered(window) -> None:
    """After a crash, offer the newest recovered copy; never write over a draft without asking."""
    from .recovery import pending

    for copy in pending(window.settings.recovery_folder()):
        choice = ask_about_recovered(window, copy)
        if choice == "open":
            window.session.load(copy.model, copy.draft_path, clean=False)
            window.recovery.adopt(copy.file)
            return
        if choice == "discard":
            copy.discard()


def main(argv: list[str] | None = None) -> int:
    # Building the window makes tens of thousands of objects that live as long as it
    # does, and the collector would walk them all again and again for nothing (2 % of the
    # start): it pauses until the event loop runs, as Mercurial's util.nogc does for bulk work.
    gc.disable()
    argv = sys.argv if argv is None else argv
    app = create_app(argv)
    from .mainwindow import MainWindow
    from .settings import AppSettings

    settings = AppSettings()
    apply_language(app, settings.language)
    window = MainWindow(settings)
    files = [a for a in argv[1:] if not a.startswith("-")]
    last = settings.last_file
    if files:
        window.open_path(Path(files[0]))
    elif last and last.exists():
        window.open_path(last)
    window.show()
    QTimer.singleShot(0, gc.enable)  # on the event loop's first turn
    offer_recovered(window)
    return app.exec()
