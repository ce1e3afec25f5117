"""Rich text for the preview: the composer's blocks as right-to-left HTML that Qt's
text engine renders like the Word page (same sizes, justified body, centred title, and
numbers held to their words as on the page: linebreaks.py)."""

from html import escape

from ..blocks import Block
from .linebreaks import bind
from .stylesheet import STYLES, DocumentStyle

_ALIGN = {"both": "justify", "center": "center"}


def paragraph(block: Block, style: DocumentStyle) -> str:
    look = STYLES[block.kind]
    css = f"font-size:{style.size + look.extra_size:g}pt; margin-bottom:{look.space_after:g}pt;"
    if look.bold:
        css += " font-weight:bold;"
    return f'<p dir="rtl" align="{_ALIGN[look.alignment]}" style="{css}">{escape(bind(block.text))}</p>'


def render(blocks: list[Block], style: DocumentStyle = DocumentStyle(), font: str = "Vazirmatn") -> str:
    body = "".join(paragraph(b, style) for b in blocks)
    return f'<html dir="rtl"><body style="font-family:\'{escape(font)}\'; line-height:150%;">{body}</body></html>'
