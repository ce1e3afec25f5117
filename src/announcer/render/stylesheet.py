"""How each kind of block looks, shared by the Word file and the preview so they match."""

from dataclasses import dataclass

from ..blocks import Kind


@dataclass(frozen=True)
class BlockStyle:
    """How one kind of block looks, in the Word file and the preview alike."""

    name: str  # the Word style's name
    extra_size: float  # points added to the body size
    bold: bool
    alignment: str  # «both» (justified) or «center»; never «right»/«end» (see ooxml_rtl)
    space_after: float  # points


STYLES = {
    Kind.HEADER: BlockStyle("Announcement Header", 0.0, True, "center", 6),
    Kind.TITLE: BlockStyle("Announcement Title", 3.0, True, "center", 12),
    Kind.PARAGRAPH: BlockStyle("Announcement Body", 0.0, False, "both", 8),
    Kind.ITEM: BlockStyle("Announcement List Item", 0.0, False, "both", 2),
}


@dataclass(frozen=True)
class DocumentStyle:
    """What the user may choose for the Word file."""
    font: str = "Vazirmatn"  # bundled, and carried in the Word file (fontembed.py): the page looks the same everywhere
    latin_font: str = "Vazirmatn"
    size: float = 13.0  # body text, in points
    margin_mm: float = 25.0
