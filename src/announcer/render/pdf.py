"""Pages for PDF and print: the composer's blocks drawn by Qt on any paged device.

The page is the Word file's (render/docx.py): A4, the document's margins, the header
line repeated above the text on every page after the first, the page number centred
at the foot in Persian digits. The text is the preview's HTML (render/html.py), laid
out by Qt's own text engine with the same block styles, and drawn as glyph runs.
QPdfWriter embeds the subset of the font it uses; the runs' string indexes complete
its map from glyphs back to text (pdf_text.py), so the PDF's text can be copied.

Qt's GUI module is imported here only: the command line pays for it when it writes
a PDF, the editor's start never."""

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QSizeF
from PySide6.QtGui import (QFont, QFontDatabase, QGuiApplication, QPageLayout, QPageSize, QPagedPaintDevice,
                           QPainter, QPdfWriter, QTextDocument, QTextLayout)

from ..blocks import Block, Kind
from ..persian.digits import number
from . import html
from .pdf_text import GlyphText, complete
from .stylesheet import DocumentStyle

HEADER_DISTANCE_MM = 12.7  # python-docx's header and footer distance from the page's edge
_RUNS_WITH_TEXT = (QTextLayout.GlyphRunRetrievalFlag.DefaultRetrievalFlags
                   | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes)
_app = None  # the QGuiApplication made for the command line, kept alive with the module


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


def page_layout(style: DocumentStyle) -> QPageLayout:
    margin = style.margin_mm
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)


class Pages:
    """The announcement laid out for one paged device: how many pages, and each drawn."""

    def __init__(self, blocks: list[Block], style: DocumentStyle, info: PageInfo, device: QPagedPaintDevice,
                 glyph_text: GlyphText | None = None):
        self.style, self.info, self.device, self.glyph_text = style, info, device, glyph_text
        from ..gui.resources import shown_font

        self.family = shown_font(style.font)  # a PDF carries its fonts: never one it could not embed
        self.body = device.pageLayout().paintRectPixels(device.resolution())
        self.document = self._document(html.render(blocks, style, self.family))

    def _document(self, markup: str) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)  # points become the device's pixels
        document.setDocumentMargin(0)
        document.setDefaultFont(QFont(self.family, 1))  # the HTML sets the sizes
        document.setHtml(markup)
        document.setPageSize(QSizeF(self.body.width(), self.body.height()))  # lines never cross a page's foot
        return document

    @property
    def count(self) -> int:
        return self.document.pageCount()

    def draw(self, painter: QPainter, index: int) -> None:
        """Page index (from 0): its share of the text, the header after the first, its number."""
        height = self.body.height()
        self._draw_lines(painter, self.document, QPointF(0, -index * height), lambda top: int(top // height) == index)
        if index > 0 and self.info.header:
            self._margin_line(painter, self.info.header, top=True)
        self._margin_line(painter, number(index + 1), top=False)

    def _margin_line(self, painter: QPainter, text: str, top: bool) -> None:
        """A header-styled line in the top or bottom margin, HEADER_DISTANCE_MM from the
        page's edge, where Word puts its header and footer (both in the header style)."""
        line = self._document(html.render([Block(Kind.HEADER, text, "")], self.style, self.family))
        line.setTextWidth(self.body.width())
        distance = HEADER_DISTANCE_MM / 25.4 * self.device.resolution()
        page_height = self.device.pageLayout().fullRectPixels(self.device.resolution()).height()
        # Painter coordinates start at the body's corner.
        y = distance - self.body.top() if top else page_height - distance - line.size().height() - self.body.top()
        self._draw_lines(painter, line, QPointF(0, y), lambda top: True)

    def _draw_lines(self, painter: QPainter, document: QTextDocument, origin: QPointF, wanted) -> None:
        """Draw the lines of document whose top wanted(top) accepts, moved by origin, as
        glyph runs (noted in glyph_text). Not drawContents: it also draws the lines of the
        pages around its clip, and a print preview (a QPicture) replays its text items one
        script run at a time, which loses the spaces between runs and Persian
        punctuation's place."""
        layout = document.documentLayout()
        layout.documentSize()  # Qt lays blocks out lazily; this lays them all out
        block = document.begin()
        while block.isValid():
            corner = layout.blockBoundingRect(block).topLeft()
            lines = block.layout()
            for n in range(lines.lineCount()):
                line = lines.lineAt(n)
                if wanted(corner.y() + line.y()):
                    runs = line.glyphRuns(-1, -1, _RUNS_WITH_TEXT)
                    if self.glyph_text is not None:
                        self.glyph_text.record(block.text(), line.textStart() + line.textLength(), runs)
                    for run in runs:
                        painter.drawGlyphRun(corner + origin, run)
            block = block.next()


def paint(blocks: list[Block], device: QPagedPaintDevice, style: DocumentStyle, info: PageInfo,
          glyph_text: GlyphText | None = None) -> int:
    """Draw every page on device (a QPdfWriter, a QPrinter), whose page layout is already
    set; return the number of pages."""
    pages = Pages(blocks, style, info, device, glyph_text)
    painter = QPainter(device)
    try:
        for index in range(pages.count):
            if index:
                device.newPage()
            pages.draw(painter, index)
    finally:
        painter.end()
    return pages.count


def xmp(title: str, creator: str) -> bytes:
    """The document's XMP metadata with its language (dc:language), which QPdfWriter's
    own packet leaves out (the catalogue's /Lang, which Qt cannot set, is pdf_text's)."""
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>fa-IR</rdf:li></rdf:Bag></dc:language>
   <dc:format>application/pdf</dc:format>
   <xmp:CreatorTool>{escape(creator)}</xmp:CreatorTool>
   <pdf:Producer>{escape(creator)}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode("utf-8")


def render(blocks: list[Block], style: DocumentStyle = DocumentStyle(), info: PageInfo = PageInfo(),
           creator: str = "Announcer") -> bytes:
    """The PDF file's bytes."""
    ensure_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout(style))
    writer.setTitle(info.title)
    writer.setAuthor(info.author)
    writer.setCreator(creator)
    writer.setDocumentXmpMetadata(xmp(info.title, creator))
    glyph_text = GlyphText()
    paint(blocks, writer, style, info, glyph_text)
    del writer  # the file is finished when the writer goes
    return complete(bytes(buffer.data()), glyph_text)
