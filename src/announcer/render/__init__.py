"""Renderers: each draws the composer's blocks in one output format and composes nothing.
text, html, page and docx import no Qt (and work where PySide6 is not installed); the
renderers that lay out and paint with Qt live in `render.qt`, without the window."""
