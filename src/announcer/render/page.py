"""A standalone web page of the announcement: right to left, in Persian, with the
preview's block styles (render/html.py draws the paragraphs) and every text escaped."""

import unicodedata
from html import escape

from ..blocks import Block
from . import html
from .stylesheet import DocumentStyle

# Readers' machines seldom have the document's font: then fonts that carry Persian.
_FALLBACK = "Vazirmatn, Tahoma, 'Noto Naskh Arabic', sans-serif"


def css_string(text: str) -> str:
    """text as a CSS string: every character but a letter, a digit, a space or a hyphen
    written as a CSS escape («\\27 » for «'»), so that no font name can end the string,
    the declaration or the attribute it stands in. HTML's escape alone was not enough:
    a browser decodes «&#x27;» inside an attribute before it reads the CSS."""
    return "'" + "".join(c if _plain(c) else f"\\{ord(c):x} " for c in text) + "'"


def _plain(char: str) -> bool:
    if char.isascii():
        return char.isalnum() or char in " -"
    return unicodedata.category(char)[0] in "LN"  # a Persian font's name: its letters as they are


def body(blocks: list[Block], style: DocumentStyle = DocumentStyle()) -> str:
    """The paragraphs in a right-to-left <div>: also what the clipboard's text/html carries."""
    paragraphs = "".join(html.paragraph(b, style) for b in blocks)
    css = f"font-family:{css_string(style.font)}, {_FALLBACK};"  # holds no «"», «&» or «<»: escape() is a guard
    return f'<div dir="rtl" lang="fa" style="{escape(css, quote=False)}">{paragraphs}</div>'


def render(blocks: list[Block], style: DocumentStyle = DocumentStyle(), title: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html dir="rtl" lang="fa">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{escape(title)}</title>\n</head>\n'
            f'<body style="max-width:42em; margin:2em auto; padding:0 1em;">\n{body(blocks, style)}\n'
            f'</body>\n</html>\n')
