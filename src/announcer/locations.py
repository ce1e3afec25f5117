"""Where the program's own files live (Designer forms, fonts, icons, translations,
examples, help), from the checkout or from a self-contained bundle; without Qt, so the
core (the Word file's embedded font) finds them too."""

import sys
from pathlib import Path


def _root() -> Path:
    """The folder holding ui/ and resources/: a bundle's own (PyInstaller's sys._MEIPASS,
    see packaging/announcer.spec) or the checkout, which the program is installed from editable."""
    return Path(getattr(sys, "_MEIPASS", None) or Path(__file__).resolve().parents[2])


ROOT = _root()
UI = ROOT / "ui"
RESOURCES = ROOT / "resources"
FONTS = RESOURCES / "fonts"
# The fonts the program carries, by family: the page and the Word file in Vazirmatn, its
# page numbers in Vazirmatn FD (render/fontembed.py).
BUNDLED_FONTS = {"Vazirmatn": {"regular": FONTS / "Vazirmatn-Regular.ttf", "bold": FONTS / "Vazirmatn-Bold.ttf"},
                 "Vazirmatn FD": {"regular": FONTS / "Vazirmatn-FD-Regular.ttf"}}
ICONS = RESOURCES / "icons"
TRANSLATIONS = RESOURCES / "translations"
EXAMPLES = RESOURCES / "examples"
HELP = RESOURCES / "help"  # the user guide, one page a language
