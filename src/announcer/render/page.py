"""A standalone web page of the announcement: right to left, in Persian, with the
preview's block styles (render/html.py draws the paragraphs) and every text escaped."""

from html import escape

from ..blocks import Block
from . import html
from .stylesheet import DocumentStyle

# Readers' machines seldom have the document's font: then fonts that carry Persian.
_FALLBACK = "Vazirmatn, Tahoma, 'Noto Naskh Arabic', sans-serif"


def body(blocks: list[Block], style: DocumentStyle = DocumentStyle()) -> str:
    """The paragraphs in a right-to-left <div>: also what the clipboard's text/html carries."""
    paragraphs = "".join(html.paragraph(b, style) for b in blocks)
    return (f'<div dir="rtl" lang="fa" style="font-family:\'{escape(style.font)}\', {_FALLBACK};">'
            f'{paragraphs}</div>')


def render(blocks: list[Block], style: DocumentStyle = DocumentStyle(), title: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html dir="rtl" lang="fa">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{escape(title)}</title>\n</head>\n'
            f'<body style="max-width:42em; margin:2em auto; padding:0 1em;">\n{body(blocks, style)}\n'
            f'</body>\n</html>\n')
