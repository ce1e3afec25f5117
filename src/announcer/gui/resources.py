"""Where the editor's files live: Designer forms, fonts, icons, translations, examples."""

import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase


def _root() -> Path:
    """The folder holding ui/ and resources/: a bundle's own (PyInstaller's sys._MEIPASS,
    see packaging/announcer.spec) or the checkout, which the program is installed from editable."""
    return Path(getattr(sys, "_MEIPASS", None) or Path(__file__).resolve().parents[3])


ROOT = _root()
UI = ROOT / "ui"
RESOURCES = ROOT / "resources"
FONTS = RESOURCES / "fonts"
ICONS = RESOURCES / "icons"
TRANSLATIONS = RESOURCES / "translations"
EXAMPLES = RESOURCES / "examples"
HELP = RESOURCES / "help"  # the user guide, one page a language

UI_FONT = "Vazirmatn"


def register_fonts() -> None:
    """Make the bundled Vazirmatn available, so the form and the preview look the same everywhere."""
    for ttf in sorted(FONTS.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))
