"""Where the program's own files live (Designer forms, fonts, icons, translations,
examples, help, the dictionary): inside the package, found with importlib.resources, so
the same code finds them in a checkout, an installed wheel and a self-contained bundle
(PyInstaller keeps them under its `announcer/` folder: packaging/announcer.spec).
Without Qt, so the core (the Word file's embedded font) finds them too."""

from importlib.resources import files
from pathlib import Path

# Qt's loaders and fonts take file names: the package is always a folder on disk (no
# zip import), so its Traversable is a Path.
ROOT = Path(str(files("announcer")))
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
