"""Rich text for the preview: the composer's blocks as right-to-left HTML that Qt's
text engine renders like the Word page (same sizes, justified body, centred title, and
numbers held to their words as on the page: linebreaks.py)."""

from html import escape

from ..blocks import Block
from .linebreaks import as_drawn
from .stylesheet import STYLES, DocumentStyle

_ALIGN = {"both": "justify", "center": "center"}


def paragraph(block: Block, style: DocumentStyle) -> str:
    look = STYLES[block.kind]
    # The Word file's «at least» line height, in CSS pixels (1/96 inch, 15 twips): Qt
    # reads a line height only in px, a browser reads it alike.
    css = (f"font-size:{style.size + look.extra_size:g}pt; margin-bottom:{look.space_after:g}pt; "
           f"line-height:{look.line_twips(style) / 15:g}px; -qt-line-height-type:minimum;")
    if look.bold:
        css += " font-weight:bold;"
    return f'<p dir="rtl" align="{_ALIGN[look.alignment]}" style="{css}">{escape(as_drawn(block.text))}</p>'


def render(blocks: list[Block], style: DocumentStyle = DocumentStyle(), font: str = "Vazirmatn") -> str:
    body = "".join(paragraph(b, style) for b in blocks)
    return f'<html dir="rtl"><body style="font-family:\'{escape(font)}\';">{body}</body></html>'
