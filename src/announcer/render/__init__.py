"""Renderers: each draws the composer's blocks in one output format and composes nothing.
text, html, page and docx import no Qt; pages, pdf, pdf_text and qtapp lay out and
paint with Qt, without the window."""
