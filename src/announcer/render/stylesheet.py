"""How each kind of block looks and where it sits on the page, shared by the Word file,
the PDF, the printout and the preview, so that all of them break lines alike.

Lengths on the page are in twips (1/1440 inch), the Word file's own unit: the Qt pages
lay out from the same whole numbers, not from Qt's A4, which it rounds to whole points
(595 × 842) and so makes the text 0.3 pt narrower than in Word."""

import unicodedata
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
    # The image's paragraph is as high as the image (pages.py, docx.py): its size is its font's.
    Kind.IMAGE: BlockStyle("Announcement Letterhead Image", 0.0, False, "center", 4),
    Kind.LETTERHEAD: BlockStyle("Announcement Letterhead", 1.0, True, "center", 2),
    Kind.HEADER: BlockStyle("Announcement Header", 0.0, True, "center", 6),
    Kind.TITLE: BlockStyle("Announcement Title", 3.0, True, "center", 12),
    Kind.PARAGRAPH: BlockStyle("Announcement Body", 0.0, False, "both", 8),
    Kind.ITEM: BlockStyle("Announcement List Item", 0.0, False, "both", 2),
    Kind.SIGNATURE: BlockStyle("Announcement Signature", 0.0, True, "both", 0),
}


SMALLEST_SIZE, LARGEST_SIZE = 6.0, 72.0  # body text, in points: --size and the Preferences' spin box
LONGEST_FONT = 100  # characters; real family names are far shorter


@dataclass(frozen=True)
class DocumentStyle:
    """What the user may choose for the Word file, checked when made: the font's name
    goes into the Word file's XML and the web page's CSS, the size into every line's
    height, and both come from the command line and the settings file."""
    # Bundled, and carried in the Word file (fontembed.py): the page looks the same
    # everywhere. Latin words are set in it too, as the preview and the PDF set them.
    font: str = "Vazirmatn"
    size: float = 13.0  # body text, in points
    margin_mm: float = 25.0

    def __post_init__(self):
        object.__setattr__(self, "font", checked_font(self.font))
        object.__setattr__(self, "size", checked_size(self.size))


def checked_font(family) -> str:
    """The family name stripped; ValueError for one no font has: empty, too long, or
    with a character that is not text (a control or format character, a line or
    paragraph separator: XML refuses some, and none belongs in a name)."""
    if not isinstance(family, str):
        raise TypeError(f"a font name must be text, not {type(family).__name__}")
    family = family.strip()
    if not family:
        raise ValueError("the font name is empty")
    if len(family) > LONGEST_FONT:
        raise ValueError(f"the font name is longer than {LONGEST_FONT} characters")
    for ch in family:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            raise ValueError(f"the font name holds U+{ord(ch):04X}, which is not text")
    return family


def checked_size(size) -> float:
    """The size as a float; ValueError unless a finite number of points from SMALLEST_SIZE to LARGEST_SIZE."""
    if isinstance(size, bool) or not isinstance(size, (int, float)):
        raise TypeError(f"a font size must be a number, not {type(size).__name__}")
    if not SMALLEST_SIZE <= size <= LARGEST_SIZE:  # also NaN and the infinities
        raise ValueError(f"the font size must be from {SMALLEST_SIZE:g} to {LARGEST_SIZE:g} points, not {size:g}")
    return float(size)


TWIPS_PER_INCH = 1440
A4_TWIPS = (11906, 16838)  # Word's A4: 210 × 297 mm
HEADER_DISTANCE_TWIPS = 720  # the header's and the footer's distance from the page's edge


def margin_twips(style: DocumentStyle) -> int:
    return round(style.margin_mm / 25.4 * TWIPS_PER_INCH)
