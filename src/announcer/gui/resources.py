"""Where the editor's files live: Designer forms, fonts, icons, translations, examples."""

from pathlib import Path

from PySide6.QtGui import QFontDatabase

ROOT = Path(__file__).resolve().parents[3]  # the checkout (the program is installed editable)
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
