"""Where the program's own files live (Designer forms, fonts, icons, translations,
examples, help, the dictionary): inside the package, beside this module, so the same
code finds them in a checkout, an installed wheel and a self-contained bundle
(PyInstaller keeps them under its `announcer/` folder and sets the module's __file__
there: packaging/announcer.spec). Without Qt, so the core (the Word file's embedded
font) finds them too.

Qt's loaders and fonts take file names: the package is always a folder on disk (no zip
import). Not importlib.resources.files, which gives the same folder: importing it cost
the editor's start some 15 M instructions (docs/performance.md)."""

from pathlib import Path

ROOT = Path(__file__).parent  # absolute: Python makes an imported module's __file__ so
UI = ROOT / "ui"
RESOURCES = ROOT / "resources"
FONTS = RESOURCES / "fonts"
# The fonts the program carries, by family: the page and the Word file in Vazirmatn, its
# page numbers in Vazirmatn FD (render/fontembed.py).
BUNDLED_FONTS = {"Vazirmatn": {"regular": FONTS / "Vazirmatn-Regular.ttf", "bold": FONTS / "Vazirmatn-Bold.ttf"},
                 "Vazirmatn FD": {"regular": FONTS / "Vazirmatn-FD-Regular.ttf"}}
ICONS = RESOURCES / "icons"
TRANSLATIONS = RESOURCES / "translations"
EXAMPLE = RESOURCES / "examples" / "announcement-223.json"  # the bundled example: the reference announcement
HELP = RESOURCES / "help"  # the user guide, one page a language
DICTIONARIES = RESOURCES / "dictionaries"
