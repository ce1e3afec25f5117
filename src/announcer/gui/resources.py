"""The editor's files (locations.py says where they are) and the bundled font."""

from PySide6.QtGui import QFontDatabase

from ..locations import FONTS

UI_FONT = "Vazirmatn"


def register_fonts() -> None:
    """Make the bundled Vazirmatn available, so the form and the preview look the same everywhere."""
    for ttf in sorted(FONTS.glob("*.ttf")):
        if "-FD-" not in ttf.name:  # the Word file's page numbers only (render/fontembed.py)
            QFontDatabase.addApplicationFont(str(ttf))


def shown_font(family: str) -> str:
    """The family the preview and the PDF draw for the document's font: that font when
    this machine has it, else the bundled Vazirmatn (never a fallback Qt picks, whose
    line breaks would not be the page's)."""
    return family if QFontDatabase.hasFamily(family) else UI_FONT
