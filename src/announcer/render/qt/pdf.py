"""The PDF file: the announcement's pages (pages.py) written by QPdfWriter.

QPdfWriter embeds the subset of the font it uses; the glyph runs' string indexes
complete its map from glyphs back to text (pdf_text.py), so the PDF's text can be
copied, and its metadata carries the title, the author and the language."""

from html import escape

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from ...blocks import Block
from .pages import PageInfo, page_layout, paint
from .qtapp import ensure_application
from .pdf_text import GlyphText, complete
from ..stylesheet import DocumentStyle


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
    writer.setPageLayout(page_layout())
    writer.setTitle(info.title)
    writer.setAuthor(info.author)
    writer.setCreator(creator)
    writer.setDocumentXmpMetadata(xmp(info.title, creator))
    glyph_text = GlyphText()
    paint(blocks, writer, style, info, glyph_text)
    del writer  # the file is finished when the writer goes
    return complete(bytes(buffer.data().data()), glyph_text)
