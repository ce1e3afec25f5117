"""How each kind of block looks and where it sits on the page, shared by the Word file,
the PDF, the printout and the preview, so that all of them break lines alike.

Lengths on the page are in twips (1/1440 inch), the Word file's own unit: the Qt pages
lay out from the same whole numbers, not from Qt's A4, which it rounds to whole points
(595 × 842) and so makes the text 0.3 pt narrower than in Word."""

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

    def line_twips(self, style: "DocumentStyle") -> int:
        """The least distance from one baseline to the next: LINE_HEIGHT times the block's
        size. «At least», in Word and Qt alike, so that a taller font still fits."""
        return round(LINE_HEIGHT * (style.size + self.extra_size) * 20)


# Lines are spaced at least 1.8 times the font size: Word's 1.15 lines for Vazirmatn's
# typographic height (2100 + 1100 units of 2048). Word takes a font's natural height from
# its OS/2 win metrics, LibreOffice and Qt from its typographic ones, so «multiple» line
# spacing gave each reader a different page; an exact minimum gives them one.
LINE_HEIGHT = 1.8


STYLES = {
    Kind.HEADER: BlockStyle("Announcement Header", 0.0, True, "center", 6),
    Kind.TITLE: BlockStyle("Announcement Title", 3.0, True, "center", 12),
    Kind.PARAGRAPH: BlockStyle("Announcement Body", 0.0, False, "both", 8),
    Kind.ITEM: BlockStyle("Announcement List Item", 0.0, False, "both", 2),
}


@dataclass(frozen=True)
class DocumentStyle:
    """What the user may choose for the Word file."""
    # Bundled, and carried in the Word file (fontembed.py): the page looks the same
    # everywhere. Latin words are set in it too, as the preview and the PDF set them.
    font: str = "Vazirmatn"
    size: float = 13.0  # body text, in points
    margin_mm: float = 25.0


TWIPS_PER_INCH = 1440
A4_TWIPS = (11906, 16838)  # Word's A4: 210 × 297 mm
HEADER_DISTANCE_TWIPS = 720  # the header's and the footer's distance from the page's edge


def margin_twips(style: DocumentStyle) -> int:
    return round(style.margin_mm / 25.4 * TWIPS_PER_INCH)
