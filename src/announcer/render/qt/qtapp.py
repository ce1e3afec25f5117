"""What the renderers that lay out and paint with Qt (pages, the PDF, the digit-form
probe) need before they start: a QGuiApplication, made offscreen where the command line
has none, and the bundled fonts known. The window uses the same fonts (gui/app.py)."""

from PySide6.QtGui import QFontDatabase, QGuiApplication

from ...locations import FONTS

UI_FONT = "Vazirmatn"
_app = None  # the QGuiApplication made for the command line, kept alive with the module


def ensure_application() -> None:
    """Qt's text engine needs a QGuiApplication. The command line has none: make one on
    the offscreen platform, so no display is needed. Then make the bundled font known."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["announcer", "-platform", "offscreen"])
    if not QFontDatabase.hasFamily(UI_FONT):
        register_fonts()


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
