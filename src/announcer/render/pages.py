"""The announcement's pages, laid out once by Qt's text engine and drawn on any device:
the PDF (pdf.py), the printer and the editor's preview.

The page is the Word file's (render/docx.py): A4, the document's margins, the header
line repeated above the text on every page after the first, the page number centred
at the foot in Persian digits, all measured in the Word file's twips (stylesheet.py).
Each block is a paragraph with its kind's style, set on the document directly: Qt's
HTML reader ignores margins given in points and rounds pixels to whole ones, which made
every paragraph's spacing 9 pt where the Word file has 8, 12, 6 or 2.

Lines break where the glyphs' widths say, and those depend on the resolution Qt lays
the text out at. So the layout is always made at LAYOUT_DPI on a PDF device, whatever
the target: the preview on a 96 dpi screen, a 600 dpi printer and the PDF show every
line ending on the same word, each device drawing the one layout scaled.

The command line imports Qt's GUI module here only, when it writes a PDF."""

from bisect import bisect_left
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QFont, QFontDatabase, QGuiApplication, QPageLayout, QPageSize, QPainter, QPaintDevice,
                           QPdfWriter, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextLayout)

from ..blocks import Block, Kind
from ..persian.digits import number
from .linebreaks import as_drawn
from .pdf_text import GlyphText, utf16
from .stylesheet import A4_TWIPS, HEADER_DISTANCE_TWIPS, STYLES, TWIPS_PER_INCH, DocumentStyle, margin_twips

LAYOUT_DPI = 1200  # QPdfWriter's resolution
_RUNS_WITH_TEXT = (QTextLayout.GlyphRunRetrievalFlag.DefaultRetrievalFlags
                   | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes)
_app = None  # the QGuiApplication made for the command line, kept alive with the module
_layout_device = None  # the PDF device every layout is made on (never drawn on)


@dataclass(frozen=True)
class PageInfo:
    """The PDF's title and author, and the running header line of pages after the first."""
    title: str = ""
    header: str = ""
    author: str = ""


def ensure_application() -> None:
    """Qt's text engine needs a QGuiApplication. The command line has none: make one on
    the offscreen platform, so no display is needed. Then make the bundled font known."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["announcer", "-platform", "offscreen"])
    from ..gui.resources import UI_FONT, register_fonts

    if not QFontDatabase.hasFamily(UI_FONT):
        register_fonts()


def layout_device() -> QPdfWriter:
    global _layout_device
    if _layout_device is None:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        _layout_device = QPdfWriter(buffer)
        _layout_device.setResolution(LAYOUT_DPI)
        _layout_device.buffer = buffer  # kept with the writer
    return _layout_device


def page_layout() -> QPageLayout:
    """A4 without margins: the painter starts at the paper's corner and the pages place
    the text themselves, by the Word file's twips."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def _pixels(twips: float) -> float:
    return twips * LAYOUT_DPI / TWIPS_PER_INCH


def _css_pixels(twips: float) -> float:
    """A length as Qt's text formats take it: in 1/96 inch, which the layout scales to
    its device."""
    return twips / 15


def formats(style: DocumentStyle, family: str) -> dict[Kind, tuple[QTextBlockFormat, QTextCharFormat]]:
    """Each kind's paragraph and character format, from the Word file's styles."""
    made = {}
    for kind, look in STYLES.items():
        paragraph = QTextBlockFormat()
        paragraph.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        paragraph.setAlignment(Qt.AlignmentFlag.AlignJustify if look.alignment == "both"
                               else Qt.AlignmentFlag.AlignHCenter)
        paragraph.setBottomMargin(_css_pixels(look.space_after * 20))
        paragraph.setLineHeight(_css_pixels(look.line_twips(style)), QTextBlockFormat.LineHeightTypes.MinimumHeight.value)
        characters = QTextCharFormat()
        characters.setFontFamilies([family])
        characters.setFontPointSize(style.size + look.extra_size)
        characters.setFontWeight(QFont.Weight.Bold if look.bold else QFont.Weight.Normal)
        made[kind] = paragraph, characters
    return made


def fill(document: QTextDocument, blocks: list[Block], made: dict) -> None:
    """document's text: one paragraph per block, in its kind's formats."""
    document.clear()
    cursor = QTextCursor(document)
    for n, block in enumerate(blocks):
        paragraph, characters = made[block.kind]
        if n:
            cursor.insertBlock(paragraph, characters)
        else:
            cursor.setBlockFormat(paragraph)
            cursor.setBlockCharFormat(characters)
        cursor.insertText(as_drawn(block.text), characters)


class Pages:
    """The announcement laid out on pages: how many, each drawn, and where its text is.
    Coordinates are the layout's pixels (LAYOUT_DPI) from a page's top left corner."""

    def __init__(self, blocks: list[Block], style: DocumentStyle, info: PageInfo, glyph_text: GlyphText | None = None):
        from ..gui.resources import shown_font

        self.style, self.info, self.glyph_text = style, info, glyph_text
        self.family = shown_font(style.font)  # a PDF carries its fonts: never one it could not embed
        self.size = QSizeF(_pixels(A4_TWIPS[0]), _pixels(A4_TWIPS[1]))
        margin = _pixels(margin_twips(style))
        self.body = QRectF(margin, margin, self.size.width() - 2 * margin, self.size.height() - 2 * margin)
        self.formats = formats(style, self.family)
        self.document = self._document()
        self.set_blocks(blocks)
        self._margin_lines: dict[str, QTextDocument] = {}

    def _document(self) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(layout_device())  # points become the layout's pixels
        document.setDocumentMargin(0)
        document.setDefaultFont(QFont(self.family, 1))  # the HTML sets the sizes
        document.setPageSize(self.body.size())  # lines never cross a page's foot
        return document

    def set_blocks(self, blocks: list[Block]) -> None:
        fill(self.document, blocks, self.formats)

    @property
    def count(self) -> int:
        return self.document.pageCount()

    def page_of(self, document_y: float) -> int:
        return int(document_y // self.body.height())

    def to_page(self, document_point: QPointF) -> tuple[int, QPointF]:
        """The page holding a point of the document's layout, and the point on that page."""
        index = self.page_of(document_point.y())
        return index, document_point + self.body.topLeft() - QPointF(0, index * self.body.height())

    def to_document(self, index: int, page_point: QPointF) -> QPointF:
        return page_point - self.body.topLeft() + QPointF(0, index * self.body.height())

    def lines_on(self, index: int):
        """The lines of page index: (block, line, the line's top in the document)."""
        layout = self.document.documentLayout()
        layout.documentSize()  # Qt lays blocks out lazily; this lays them all out
        top = index * self.body.height()
        start = layout.hitTest(QPointF(0, top), Qt.HitTestAccuracy.FuzzyHit)
        block = self.document.findBlock(max(start, 0))
        while block.isValid():
            corner = layout.blockBoundingRect(block).top()
            if self.page_of(corner) > index:
                break
            lines = block.layout()
            for n in range(lines.lineCount()):
                line = lines.lineAt(n)
                if self.page_of(corner + line.y()) == index:
                    yield block, line, corner + line.y()
            block = block.next()

    def draw(self, painter: QPainter, index: int) -> None:
        """Page index (from 0): its share of the text, the header after the first, its number."""
        origin = self.body.topLeft() - QPointF(0, index * self.body.height())
        for block, line, top in self.lines_on(index):
            self._draw_line(painter, block, line, origin + QPointF(0, top - line.y()))
        if index > 0 and self.info.header:
            self._margin_line(painter, self.info.header, top=True)
        self._margin_line(painter, number(index + 1), top=False)

    def _margin_line(self, painter: QPainter, text: str, top: bool) -> None:
        """A header-styled line in the top or bottom margin, HEADER_DISTANCE_TWIPS from the
        page's edge, where Word puts its header and footer (both in the header style)."""
        line = self._margin_lines.get(text)
        if line is None:
            line = self._margin_lines[text] = self._document()
            fill(line, [Block(Kind.HEADER, text, "")], self.formats)
            line.setTextWidth(self.body.width())
        distance = _pixels(HEADER_DISTANCE_TWIPS)
        # A footer's paragraph ends its space after at that distance; Qt's height leaves it out.
        bottom = line.size().height() + _pixels(STYLES[Kind.HEADER].space_after * 20)
        y = distance if top else self.size.height() - distance - bottom
        block = line.begin()
        self._draw_line(painter, block, block.layout().lineAt(0), QPointF(self.body.left(), y))

    def _draw_line(self, painter: QPainter, block, line, corner: QPointF) -> None:
        """One line, its block's corner at corner, as glyph runs (noted in glyph_text).
        Not drawContents: it also draws the lines of the pages around its clip, and a
        print preview (a QPicture) replays its text items one script run at a time,
        which loses the spaces between runs and Persian punctuation's place."""
        runs = line.glyphRuns(-1, -1, _RUNS_WITH_TEXT)
        if self.glyph_text is not None:
            self.glyph_text.record(block.text(), line.textStart() + line.textLength(), runs)
        moved = spread(block, line, runs)
        for run in runs:
            if moved is not _unmoved:
                run.setPositions([QPointF(moved(p.x()), p.y()) for p in run.positions()])
            painter.drawGlyphRun(corner, run)

    def lines(self) -> list[list[str]]:
        """Each page's lines of text, top to bottom: what a reader sees, line for line."""
        return [[block.text()[line.textStart():][:line.textLength()].strip() for block, line, _ in self.lines_on(n)]
                for n in range(self.count)]


def spread(block, line, runs: list | None = None):
    """The map from Qt's x on a line to where it is drawn, which spreads a justified
    right-to-left line over its whole width.

    Qt spreads such a line over its width less its trailing space, and sets it flush
    left: it stopped a space short of the right margin, which the paragraph's last line,
    set flush right, reaches. The missing width is shared among the line's spaces, as
    Qt shares the rest: each glyph moves right by its share of the spaces on its left."""
    gap = line.x() + line.width() - line.cursorToX(line.textStart())[0]
    if (gap < 0.5 or block.textDirection() != Qt.LayoutDirection.RightToLeft
            or not block.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify):
        return _unmoved
    text, end = utf16(block.text()), line.textStart() + line.textLength()
    runs = runs if runs is not None else line.glyphRuns(-1, -1, _RUNS_WITH_TEXT)
    spaces = sorted(position.x() for run in runs for position, index in zip(run.positions(), run.stringIndexes())
                    if index < end - 1 and text.slice(index, index + 1) == " ")
    if not spaces:
        return _unmoved
    return lambda x: x + gap * bisect_left(spaces, x) / len(spaces)


def _unmoved(x: float) -> float:
    return x


def paint(blocks: list[Block], device: QPaintDevice, style: DocumentStyle, info: PageInfo,
          glyph_text: GlyphText | None = None) -> int:
    """Draw every page on device (a QPdfWriter, a QPrinter), whose page layout is
    page_layout() with the painter at the paper's corner; return the number of pages."""
    pages = Pages(blocks, style, info, glyph_text)
    painter = QPainter(device)
    try:
        scale = device.logicalDpiX() / LAYOUT_DPI
        painter.scale(scale, scale)
        for index in range(pages.count):
            if index:
                device.newPage()
            pages.draw(painter, index)
    finally:
        painter.end()
    return pages.count
