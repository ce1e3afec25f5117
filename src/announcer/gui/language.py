"""The interface's language: Persian (its locale and translations, so right to left) or
English (the source strings, left to right), set at the start and again from
Preferences.

The layout direction comes with the translation, the Qt way: Qt lays the application
out right to left while a translator that turns «QT_LAYOUT_DIRECTION» into «RTL» is
installed, and back when it is removed. (Setting it by hand would also cost the start
20–30 ms: PySide builds the Python enums of the whole Qt namespace on first use.)"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..locations import TRANSLATIONS

QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")  # «RTL» in announcer_fa.ts
_translators: list[QTranslator] = []


def apply_language(app: QApplication, language: str) -> None:
    """Persian: Persian locale and translations (so right to left). English: source strings, left to right."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if language == "fa":
        # Installed last, searched first: ours, then Qt's own strings that the catalogue
        # shipped with PySide lacks (Qt 6.11's file dialog: «&Look in:»), then that catalogue.
        for name, folder in (("qtbase_fa", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                             ("qt_extra_fa", TRANSLATIONS), ("announcer_fa", TRANSLATIONS)):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                _translators.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
