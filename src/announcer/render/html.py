"""The composer's blocks as right-to-left HTML paragraphs, for the web page and the
clipboard (page.py): the Word file's sizes, spacing and alignment, and numbers held to
their words as on the page (linebreaks.py). The preview, the PDF and the printout set
the same styles on Qt's document directly (pages.py)."""

from html import escape

from ..blocks import Block
from .linebreaks import as_drawn
from .stylesheet import STYLES, DocumentStyle

_ALIGN = {"both": "justify", "center": "center"}


def paragraph(block: Block, style: DocumentStyle) -> str:
    look = STYLES[block.kind]
    css = (f"font-size:{style.size + look.extra_size:g}pt; margin:0 0 {look.space_after:g}pt 0; "
           f"line-height:{look.line_twips(style) / 20:g}pt;")
    if look.bold:
        css += " font-weight:bold;"
    return f'<p dir="rtl" align="{_ALIGN[look.alignment]}" style="{css}">{escape(as_drawn(block.text))}</p>'
