"""The editor's files (locations.py says where they are) and the bundled font."""

from PySide6.QtGui import QFontDatabase

from ..locations import FONTS

UI_FONT = "Vazirmatn"


def register_fonts() -> None:
    """Make the bundled Vazirmatn available, so the form and the preview look the same everywhere."""
    for ttf in sorted(FONTS.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))
