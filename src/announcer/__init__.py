"""Compose formal Persian announcements from a structured form.

The core (model, draft files, Persian rules, dates, composer) and the renderers that
write files (text, HTML, Word) import no Qt, and work where PySide6 is not installed;
the renderers that lay out and paint pages (render/qt/pages.py, pdf.py, pdf_text.py,
qtapp.py) use Qt but never the window (gui/). tests/project/test_layers.py keeps both.
"""


def version() -> str:
    """The program's version: pyproject.toml's, from the installed package's metadata (a
    bundle carries a copy of it, see packaging/announcer.spec)."""
    from importlib.metadata import version as installed_version

    return installed_version("announcer")
