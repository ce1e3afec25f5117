"""The composer's blocks as right-to-left HTML paragraphs, for the web page and the
clipboard (page.py): the Word file's sizes, spacing and alignment, and numbers held to
their words as on the page (linebreaks.py). The preview, the PDF and the printout set
the same styles on Qt's document directly (pages.py)."""

import base64
from html import escape

from ..blocks import Block
from ..images import Picture
from .linebreaks import as_drawn
from .stylesheet import STYLES, DocumentStyle

_ALIGN = {"both": "justify", "center": "center"}


def paragraph(block: Block, style: DocumentStyle) -> str:
    if block.picture is not None:
        return _image(block.picture, STYLES[block.kind].space_after)
    look = STYLES[block.kind]
    css = (f"font-size:{style.size + look.extra_size:g}pt; margin:0 0 {look.space_after:g}pt 0; "
           f"line-height:{look.line_twips(style) / 20:g}pt;")
    if look.bold:
        css += " font-weight:bold;"
    return f'<p dir="rtl" align="{_ALIGN[look.alignment]}" style="{css}">{escape(as_drawn(block.text))}</p>'


def _image(picture: Picture, space_after: float) -> str:
    """The letterhead's image, carried in the page (a data: address), at its height on
    paper and never wider than the text. In an <img>, an SVG runs no script."""
    kind = "image/svg+xml" if picture.svg else "image/png"
    source = f"data:{kind};base64,{base64.b64encode(picture.data).decode('ascii')}"
    return (f'<p align="center" style="margin:0 0 {space_after:g}pt 0;">'
            f'<img src="{source}" alt="" style="height:{picture.height_mm}mm; max-width:100%;"></p>')
