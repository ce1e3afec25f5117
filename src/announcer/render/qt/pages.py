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

from __future__ import annotations  # the Qt classes named only in annotations are not loaded

import logging
from bisect import bisect_left, bisect_right
import time
from dataclasses import dataclass
from dataclasses import replace as replaced
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QPdfWriter, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from ...blocks import Block, Kind
from ...images import Picture
from ...persian.digits import number
from .. import digitforms
from ..linebreaks import JOINER, as_drawn
from . import linekeys, pieces
from .pdf_text import HIDDEN, OUTLINE, RUNS_WITH_TEXT, GlyphText, complete, indexed, outline, readable, utf16
from .qtapp import ensure_application, shown_font
from ..stylesheet import A4_TWIPS, HEADER_DISTANCE_TWIPS, STYLES, TWIPS_PER_INCH, DocumentStyle, margin_twips

if TYPE_CHECKING:  # each Qt class PySide loads brings its enums: the start loads only what it draws with
    from PySide6.QtGui import QImage, QPageLayout, QPainter, QPagedPaintDevice, QPaintDevice, QTextBlock, QTextLine

log = logging.getLogger(__name__)
LAYOUT_DPI = 1200  # QPdfWriter's resolution
_INVISIBLE = QColor(0, 0, 0, 0)  # the pen of what a PDF holds as text only
_FORMER_MOST = 2000  # lines kept from paragraphs laid out again: a few pages' worth
_FILL_CHARACTERS = 8000  # the text laid out in one slice of more(): some 4 ms
_layout_device = None  # the PDF device every layout is made on (never drawn on)
_layout_buffer: QBuffer | None = None


@dataclass(frozen=True)
class PageInfo:
    """The PDF's title and author, and the running header line of pages after the first."""
    title: str = ""
    header: str = ""
    author: str = ""


def layout_device() -> QPdfWriter:
    global _layout_device, _layout_buffer
    if _layout_device is None:
        _layout_buffer = QBuffer()  # kept as long as the writer
        _layout_buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        _layout_device = QPdfWriter(_layout_buffer)
        _layout_device.setResolution(LAYOUT_DPI)
    return _layout_device


def page_layout() -> QPageLayout:
    """A4 without margins: the painter starts at the paper's corner and the pages place
    the text themselves, by the Word file's twips."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def _pixels(twips: float) -> float:
    return twips * LAYOUT_DPI / TWIPS_PER_INCH


def _css_pixels(twips: float) -> float:
    """A length as Qt's text formats take it: in 1/96 inch, which the layout scales to
    its device."""
    return twips / 15


def formats(style: DocumentStyle, family: str) -> dict[Kind, tuple]:
    """Each kind's paragraph format, character format and the character format of its
    Persian digits (None when they take the characters'), from the Word file's styles."""
    made = {}
    shifted = digitforms.shifted(family)
    for kind, look in STYLES.items():
        paragraph = _right_to_left(look.alignment)
        paragraph.setBottomMargin(_css_pixels(look.space_after * 20))
        paragraph.setLineHeight(_css_pixels(look.line_twips(style)), QTextBlockFormat.LineHeightTypes.MinimumHeight.value)
        characters = QTextCharFormat()
        characters.setFontFamilies([family])
        characters.setFontPointSize(style.size + look.extra_size)
        characters.setFontWeight(QFont.Weight.Bold if look.bold else QFont.Weight.Normal)
        made[kind] = paragraph, characters, _without_locl(characters) if shifted else None
    return made


def _without_locl(characters: QTextCharFormat) -> QTextCharFormat:
    """characters with the font's `locl` off: a font that gives Persian digits Urdu
    forms whatever the language draws its own, Persian, glyphs (digitforms.py)."""
    digits = QTextCharFormat(characters)
    digits.setFontFeatures({QFont.Tag("locl"): 0})
    return digits


def _insert(cursor: QTextCursor, text: str, formats: tuple) -> None:
    """text at the cursor in a kind's character formats: its Persian digits in theirs."""
    _, characters, digits = formats
    if digits is None:
        cursor.insertText(text, characters)
        return
    for piece, is_digits in digitforms.pieces(text):
        cursor.insertText(piece, digits if is_digits else characters)


def _right_to_left(alignment: str) -> QTextBlockFormat:
    """A right-to-left paragraph format, centred or set from the right margin, as Qt's
    HTML reader makes it: naming Qt.AlignmentFlag or Qt.LayoutDirection would have PySide
    build the enums of Qt's whole namespace (20-30 ms, docs/performance.md) before the
    first paint. A justified paragraph («both») is set from the right too: spread()
    justifies its lines, as Word does, where Qt's own justification gave the spaces
    around a Latin word more than the Persian ones and reached only a space short of the
    right margin."""
    prototype = QTextDocument()
    prototype.setHtml('<p dir="rtl">x</p>' if alignment == "both" else '<p dir="rtl" align="center">x</p>')
    paragraph = prototype.begin().blockFormat()
    paragraph.setTopMargin(0)  # the reader's <p> has 12 px above and below
    return paragraph


def fill(document: QTextDocument, blocks: list[Block], made: dict) -> None:
    """document's text: one paragraph per block, in its kind's formats."""
    document.clear()
    append(document, blocks, made, 0)


def append(document: QTextDocument, blocks: list[Block], made: dict, start: int) -> None:
    """blocks added after the document's paragraphs, which hold start blocks already (0:
    an empty document). One edit block: the layout hears of the change once, where each
    paragraph inserted on its own cost time in proportion to all the text before it
    (44 s for the example repeated 1,500 times, 1.6 s in one block)."""
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.beginEditBlock()
    for n, block in enumerate(blocks, start):
        paragraph, characters, _ = made[block.kind]
        if block.picture is not None:
            paragraph = _holding(paragraph, block.picture, document.textWidth())
        if n:
            cursor.insertBlock(paragraph, characters)
        else:
            cursor.setBlockFormat(paragraph)
            cursor.setBlockCharFormat(characters)
        _insert(cursor, as_drawn(block.text), made[block.kind])
    cursor.endEditBlock()


def _without_space_after(paragraph: QTextBlockFormat) -> QTextBlockFormat:
    """A paragraph format for the pieces of a long paragraph but the last (pieces.py)."""
    piece = QTextBlockFormat(paragraph)
    piece.setBottomMargin(0)
    return piece


def _holding(paragraph: QTextBlockFormat, picture: Picture, measure: float) -> QTextBlockFormat:
    """The format of the empty paragraph that holds an image: its line as high as the
    image, which Pages.draw draws in it (the Word file's paragraph holds it inline)."""
    holding = QTextBlockFormat(paragraph)
    height_mm = picture.size_mm(measure / _mm_pixels(1))[1]
    holding.setLineHeight(_css_pixels(height_mm * TWIPS_PER_INCH / 25.4), QTextBlockFormat.LineHeightTypes.MinimumHeight.value)
    return holding


def _mm_pixels(mm: float) -> float:
    return mm / 25.4 * LAYOUT_DPI


def _bottom(line: QTextLine) -> float:
    """Where a line ends below its paragraph's corner."""
    return line.y() + line.height()


@dataclass
class _Unsure:
    """A long paragraph's first piece whose end is not known to be a line end of the whole
    after an edit (Pages._settle), and what tells when the lines come into step again:
    the line starts before the edit (None: unknown, another edit came first), where the
    edit ended and how much longer it made the text."""
    piece: int
    known: set[int] | None = None
    new_end: int = 0
    shift: int = 0


@dataclass(frozen=True)
class Placed:
    """A line of the text, placed: its paragraph, the line, its page and where its
    paragraph's corner would be on that page for the line to stand where it does."""
    block: QTextBlock
    line: QTextLine
    page: int
    corner: float  # in layout pixels from the page's top edge


class Pages:
    """The announcement laid out on pages: how many, each drawn, and where its text is.
    Coordinates are the layout's pixels (LAYOUT_DPI) from a page's top left corner.

    Qt lays the text out as one column; the pages are cut here, as Word and Qt's own
    paginated layout cut them (a line that would cross a page's foot starts the next
    page). Qt's paginated layout lays every later paragraph out again after an edit,
    10 ms a keystroke in a 30-page announcement, where one column takes 0.7 ms.

    The work is done as far as it is asked for, so that a window shows its first pages
    without waiting for the rest: set_blocks may put only the first pages' paragraphs
    into the document, more() adds the others and cuts the pages in slices of time,
    the pages are cut only as far as a page asked for (lines_on), and an edit that
    changes a paragraph's height cuts them again from the page it starts on. Whatever
    needs them all (count, placed, where) finishes the work first."""

    def __init__(self, blocks: list[Block], style: DocumentStyle, info: PageInfo, glyph_text: GlyphText | None = None):
        self.style, self.info, self.glyph_text = style, info, glyph_text
        self.family = shown_font(style.font)  # a PDF carries its fonts: never one it could not embed
        self.size = QSizeF(_pixels(A4_TWIPS[0]), _pixels(A4_TWIPS[1]))
        margin = _pixels(margin_twips(style))
        self.body = QRectF(margin, margin, self.size.width() - 2 * margin, self.size.height() - 2 * margin)
        self.formats = formats(style, self.family)
        self.document = self._document()
        self.settle_by: float | None = None  # while set (a paint), a cut settles pieces until then only (_settled)
        self._margin_lines: dict[str, QTextDocument] = {}
        self._lines: dict[tuple[int, int], tuple] = {}  # each line's spread map, glyph runs (spread), key (linekeys) and start
        self._former: dict[tuple, tuple] = {}  # the lines of paragraphs laid out again, by key, for those left as they were
        self._keyable: tuple[str | None, bool] = (None, False)  # the last paragraph's text keyed, and whether it may be
        self._texts: dict[int, utf16] = {}  # each Qt paragraph's text, read from Qt once
        # A paragraph longer than pieces.LONG is held as several Qt paragraphs (pieces.py).
        self._continued = {kind: _without_space_after(made[0]) for kind, made in self.formats.items()}
        self.set_blocks(blocks)

    def _document(self) -> QTextDocument:
        document = QTextDocument()
        document.setUndoRedoEnabled(False)  # the form has the undo
        document.documentLayout().setPaintDevice(layout_device())  # points become the layout's pixels
        document.setDocumentMargin(0)
        document.setDefaultFont(QFont(self.family, 1))  # the formats set the sizes
        document.setTextWidth(self.body.width())
        return document

    def set_blocks(self, blocks: list[Block], through_page: int | None = None) -> None:
        """Lay blocks out: all of them, or (through_page) only as many as fill the pages up
        to that one, the others left to more()."""
        self._blocks = list(blocks)
        self.document.clear()
        self.filled = 0  # the blocks in the document so far
        self._kinds = [b.kind for b in blocks]
        self._pictures = {n: b.picture for n, b in enumerate(blocks) if b.picture is not None}
        self._drawn_pictures: dict[int, object] = {}  # each picture decoded for drawing, once
        self._justified = [STYLES[kind].alignment == "both" for kind in self._kinds]
        self._lines, self._texts, self._former = {}, {}, {}
        self._firsts: list[int] = []  # the first Qt paragraph of each paragraph in the document
        # a long paragraph's cuts: where each piece after the first starts, and the natural width of the line before
        self._cuts: dict[int, list[tuple[int, float]]] = {}
        self._drawn: dict[int, str] = {}  # a long paragraph's text as drawn
        self._unsure: dict[int, _Unsure] = {}  # a long paragraph whose pieces after an edit are not yet known to agree
        self._pages: list[list[Placed]] = [[]]  # each page's lines, cut so far; the last may be growing
        self._starts = [(0, 0, 0.0)]  # where each page starts: its first paragraph, line and the column's push
        self._resume: tuple[int, int, float] | None = self._starts[0] if blocks else None  # where the cut goes on; None: done
        self._cut_count = 0  # the pages of the last finished cut, shown until the next one finishes
        self._provisional: int | None = None  # the first page cut from unsettled pieces (settle_by), cut again by more()
        if through_page is None:
            self._fill_some(None)
        else:
            self._through(through_page)

    def _fill_some(self, characters: int | None) -> None:
        """Put the next blocks into the document: about `characters` of text, or all."""
        end, size = self.filled, 0
        while end < len(self._blocks) and (characters is None or size < characters):
            size += len(self._blocks[end].text)
            end += 1
        first = self.document.blockCount() if self.filled else 0
        append(self.document, self._blocks[self.filled:end], self.formats, self.filled)
        self._firsts += range(first, first + end - self.filled)
        for n in range(self.filled, end):
            if pieces.may_cut(self._blocks[n].text):
                self._drawn[n] = as_drawn(self._blocks[n].text)
                self._split(n, self._chosen(n, 0))
        self.filled = end

    @property
    def done(self) -> bool:
        """Every block is laid out and the pages are all cut."""
        return self.filled == len(self._blocks) and self._resume is None and self._provisional is None

    @property
    def provisional(self) -> bool:
        """Whether pages were cut from pieces not yet settled after an edit (settle_by):
        their lines break where they broke before it, until more() cuts them again."""
        return self._provisional is not None

    def more(self, until: float) -> bool:
        """Lay out and cut on until time.perf_counter() reaches until (a slice of the work
        between two events, never all of a long draft at once; at least a batch of
        paragraphs or a page); whether it is all done."""
        while not self.done:
            if self.filled < len(self._blocks):
                self._fill_some(_FILL_CHARACTERS)
            else:
                self._cut_provisional_again()
                self._cut(None, until)
            if time.perf_counter() >= until:
                break
        return self.done

    def justified(self, block: QTextBlock) -> bool:
        """Whether a paragraph of the text (not of the margins) is justified."""
        return block.document() is self.document and self._justified[self.paragraph(block)]

    def stretched(self, block: QTextBlock, line: QTextLine) -> bool:
        """Whether a line is stretched to the measure: a justified paragraph's line, but
        never its last (a piece's last line is stretched when another piece follows)."""
        return self.justified(block) and (line.lineNumber() < block.layout().lineCount() - 1 or self._continues(block))

    def paragraph(self, block: QTextBlock) -> int:
        """The number of the paragraph a Qt paragraph of the text is (or is a piece of)."""
        return bisect_right(self._firsts, block.blockNumber()) - 1

    def paragraph_at(self, position: int) -> int:
        """The number of the paragraph a position of the document is in."""
        return self.paragraph(self.document.findBlock(position))

    @property
    def paragraph_count(self) -> int:
        """The paragraphs laid out so far."""
        return 0 if self.empty else self.filled

    def span(self, number: int) -> tuple[int, int]:
        """Where paragraph number's text starts and ends in the document."""
        last = self.document.findBlockByNumber(self._last(number))
        return self._block(number).position(), last.position() + last.length() - 1

    def text(self, start: int = 0, end: int | None = None) -> str:
        """The document's text between two positions (all of it): paragraphs on lines of
        their own, a long paragraph's pieces joined."""
        end = self.document.characterCount() - 1 if end is None else end
        found, block = [], self.document.findBlock(start)
        while block.isValid() and block.position() <= end:
            at = block.position()
            found.append(self.paragraph_text(block).slice(max(start - at, 0), min(end - at, block.length() - 1)))
            if at + block.length() - 1 < end:  # its end is within
                found.append("" if self._continues(block) else "\n")
            block = block.next()
        return "".join(found)

    def _block(self, number: int) -> QTextBlock:
        """Paragraph number's first Qt paragraph."""
        return self.document.findBlockByNumber(self._firsts[number])

    def _last(self, number: int) -> int:
        """The number of paragraph number's last Qt paragraph."""
        return (self._firsts[number + 1] if number + 1 < len(self._firsts) else self.document.blockCount()) - 1

    def _continues(self, block: QTextBlock) -> bool:
        """Whether the Qt paragraph after block is a piece of the same paragraph."""
        return block.document() is self.document and block.blockNumber() < self._last(self.paragraph(block))

    def replace(self, number: int, text: str, picture: Picture | None = None) -> None:
        """Give paragraph number another text (or, the letterhead's, another picture), in
        its format. The pages are cut again, from the page it starts on, only if the
        paragraph's height changed."""
        if picture is not None:
            self._pictures[number] = picture
            self._drawn_pictures.pop(number, None)
        old = self._blocks[number].text
        self._blocks[number] = replaced(self._blocks[number], text=text, picture=self._pictures.get(number))
        if number >= self.filled:  # not laid out yet: more() puts it in as it is now
            return
        if number in self._cuts:
            self._replace_pieces(number, text, self._drawn_again(number, old, text))
            return
        drawn = as_drawn(text)
        if picture is None and pieces.may_cut(text):
            self._replace_pieces(number, text, None)
            return
        block = self._block(number)
        before = self.document.documentLayout().blockBoundingRect(block).height()
        cursor = QTextCursor(block)
        if picture is not None:
            cursor.setBlockFormat(_holding(self.formats[self._kinds[number]][0], picture, self.document.textWidth()))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        _insert(cursor, drawn, self.formats[self._kinds[number]])
        block = self._block(number)
        self._forget(block.blockNumber(), block.blockNumber())
        if self.document.documentLayout().blockBoundingRect(block).height() != before:
            self._cut_again_from(block.blockNumber())

    def _forget(self, first: int, last: int, shift: int = 0) -> None:
        """Forget the lines and texts read of Qt paragraphs first to last, and number those
        after them shift more."""
        def kept(key: int) -> bool:
            return not first <= key <= last
        if len(self._former) > _FORMER_MOST:
            self._former.clear()
        self._former.update((done[2], done) for (key, _), done in self._lines.items() if done[2] is not None and not kept(key))
        self._lines = {(key + shift if key > last else key, n): done for (key, n), done in self._lines.items() if kept(key)}
        self._texts = {key + shift if key > last else key: text for key, text in self._texts.items() if kept(key)}

    # ---- a long paragraph's pieces (pieces.py) ----

    def _drawn_again(self, number: int, old: str, text: str) -> str | None:
        """Paragraph number's text drawn (as_drawn) after an edit from old, drawn again
        only in the pieces the edit is in (as_drawn of a whole paragraph of 172,000
        characters takes 7 ms; nothing it changes spans a cut); None if the paragraph can
        no longer be held as pieces."""
        drawn = self._drawn[number]
        at, old_end, new_end = pieces.edit(old, text)
        starts, composed, inserted = [0], [0], 0  # where each piece starts as drawn and as composed
        for cut, _ in self._cuts[number]:  # the composed text holds no joiner (pieces.may_cut): as_drawn put each in
            inserted += drawn.count(JOINER, starts[-1], cut)
            starts.append(cut)
            composed.append(cut - inserted)
        i, j = bisect_right(composed, max(at - 1, 0)) - 1, bisect_right(composed, old_end) - 1
        while j + 1 < len(composed) and not pieces.cuttable(text, composed[j + 1] + new_end - old_end):
            j += 1  # the edit reaches the letter before its end: as_drawn's lookahead could cross it
        end = composed[j + 1] if j + 1 < len(composed) else len(old)
        window = text[composed[i]:end + new_end - old_end]
        if len(text) <= pieces.LONG or not pieces.may_cut(window, 0):
            return None
        return drawn[:starts[i]] + as_drawn(window) + (drawn[starts[j + 1]:] if j + 1 < len(starts) else "")

    def _replace_pieces(self, number: int, text: str, drawn: str | None) -> None:
        """Give a long paragraph (or one that grew long) another text (drawn: as drawn,
        None when it is not held as pieces, or can no longer be), laying out again the
        pieces the edit is in, and the next if its lines do not come to end where they
        ended before, shifted by the edit (from there on they are those laid out before).
        If they still do not, the pieces after it are laid out again as the pages are
        cut (_settle): a word that wraps can move every later line of the paragraph."""
        first = self._firsts[number]
        if drawn is None:
            drawn = as_drawn(text)
            self._cut_again_from(first)
            self._whole(number, drawn)
            if pieces.may_cut(text):
                self._drawn[number] = drawn
                self._split(number, self._chosen(number, 0))
            return
        at, old_end, new_end = pieces.edit(self._drawn[number], drawn)
        shift, cuts = new_end - old_end, self._cuts[number]
        starts = [0, *(cut for cut, _ in cuts)]
        i, j = bisect_right(starts, at) - 1, bisect_right(starts, old_end) - 1
        if i and at <= self._piece_lines(first + i, starts[i])[0][1]:  # in a piece's first line: the line before may take its first word
            i -= 1
        known = {start for k in range(i, j + 1) for start in self._line_starts(first + k, starts[k])}
        layout = self.document.documentLayout()
        height = layout.blockBoundingRect(self.document.findBlockByNumber(first + i)).height()
        count = len(cuts)
        end = starts[j + 1] if j + 1 < len(starts) else len(self._drawn[number])
        cursor = QTextCursor(self.document.findBlockByNumber(first + i))
        cursor.beginEditBlock()
        cursor.setPosition(self.document.findBlockByNumber(first + j).position() + end - starts[j], QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(self._format(number, j == len(cuts)))
        _insert(cursor, drawn[starts[i]:end + shift], self.formats[self._kinds[number]])
        cursor.endEditBlock()
        self._cuts[number] = cuts = [*cuts[:i], *((cut + shift, natural) for cut, natural in cuts[j:])]
        self._drawn[number] = drawn
        self._renumber(number, first + i, first + j, i - j)
        if number in self._unsure:  # an edit before this one left pieces unsure: from it or this one on, all settled
            self._unsure[number] = _Unsure(min(self._unsure[number].piece, i))
            self._cut_again_from(first + self._unsure[number].piece)
        for joined in range(2):
            if i == len(cuts) or number in self._unsure or self._in_step(number, i, known, new_end, shift):
                break
            if joined:  # nor did the next piece's: the pieces after it as the pages are cut
                self._unsure[number] = _Unsure(i, known, new_end, shift)
                self._cut_again_from(first + i)
                break
            known.update(start - shift for start in self._line_starts(first + i + 1, cuts[i][0]))
            self._join(number, i)
        self._split_long(number, i)
        if len(cuts) == count and layout.blockBoundingRect(self.document.findBlockByNumber(first + i)).height() != height:
            self._cut_again_from(first + i)  # its pieces as they were: the pages from this one's page only if its height changed

    def _split_long(self, number: int, i: int, recut: bool = True) -> None:
        """Cut piece i of paragraph number again if it grew past two pieces; an unsure piece
        (_settle) becomes the one its end is in."""
        cuts = self._cuts[number]
        piece_start = self._piece_start(number, i)
        piece_end = cuts[i][0] if i < len(cuts) else len(self._drawn[number])
        if piece_end - piece_start <= 2 * pieces.PIECE:
            return
        self._split(number, self._chosen(number, i), recut)
        unsure = self._unsure.get(number)
        if unsure is not None and unsure.piece == i:
            unsure.piece = bisect_left([cut for cut, _ in cuts], piece_end)

    def _settle(self, number: int) -> None:
        """Lay out paragraph number's unsure piece with the next, as one, until their lines
        come to end where they ended before the edit (when that is known) or to the
        paragraph's end: the lines of a Qt paragraph but its last are the whole's when it
        starts where a line of the whole starts. The pieces are cut again as they grow.
        The pages are being cut: none holds these pieces yet."""
        unsure = self._unsure[number]
        cuts, first = self._cuts[number], self._firsts[number]
        k = unsure.piece
        if k == len(cuts) or (unsure.known is not None and self._in_step(number, k, unsure.known, unsure.new_end, unsure.shift)):
            del self._unsure[number]
            return
        if unsure.known is not None:
            unsure.known.update(start - unsure.shift for start in self._line_starts(first + k + 1, cuts[k][0]))
        if not self._move_cut(number, k):
            self._join(number, k, recut=False)
            self._split_long(number, k, recut=False)

    def _move_cut(self, number: int, k: int) -> bool:
        """Move paragraph number's cut k back to the latest line start of piece k that may
        start a piece (its lines before its last are the whole's), so that piece k is
        the whole's and piece k + 1 unsure (_settle): two pieces laid out, where joining
        them and cutting them again laid out four. Whether one was found."""
        cuts, first, start = self._cuts[number], self._firsts[number], self._piece_start(number, k)
        lines = self._piece_lines(first + k, start)
        at = next((n for n in range(len(lines) - 1, 0, -1)
                   if pieces.cuttable(self._drawn[number], lines[n][0]) and pieces.roomy(lines[n - 1][2], self.body.width())), None)
        if at is None:
            return False
        block = self.document.findBlockByNumber(first + k)
        following = self.document.findBlockByNumber(first + k + 1).blockFormat()
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        cursor.setPosition(block.position() + block.length() - 1)
        cursor.deleteChar()
        cursor.setBlockFormat(self._continued[self._kinds[number]])
        cursor.setPosition(block.position() + lines[at][0] - start)
        cursor.insertBlock(following, self.formats[self._kinds[number]][1])
        cursor.endEditBlock()
        cuts[k] = lines[at][0], lines[at - 1][2]
        self._forget(first + k, first + k + 1)
        self._unsure[number].piece = k + 1
        if self._line_starts(first + k, start)[-1] != lines[at - 1][0]:  # its last line laid out otherwise alone
            self._unsure[number].piece = k
            self._join(number, k, recut=False)
        return True

    def _in_step(self, number: int, i: int, known: set[int], new_end: int, shift: int) -> bool:
        """Whether piece i, laid out again after an edit that ended at new_end, has a line
        after the edit starting where one started before it (known, shifted): from there its
        lines are those it had, and the next piece still starts a line of the whole."""
        cut = self._cuts[number][i][0]
        start = self._piece_start(number, i)
        return pieces.cuttable(self._drawn[number], cut) and any(
            line >= new_end and line - shift in known for line in self._line_starts(self._firsts[number] + i, start))

    def _piece_start(self, number: int, k: int) -> int:
        """Where paragraph number's piece k starts in its text."""
        return self._cuts[number][k - 1][0] if k else 0

    def _piece_lines(self, block_number: int, start: int) -> list[tuple[int, int, float]]:
        """Each line of a Qt paragraph (the piece starting at start): where it starts and
        ends in its paragraph, and its natural width."""
        layout = self._laid_out(block_number)
        return [(start + line.textStart(), start + line.textStart() + line.textLength(), line.naturalTextWidth())
                for line in map(layout.lineAt, range(layout.lineCount()))]

    def _line_starts(self, block_number: int, start: int) -> list[int]:
        """Where each line of a Qt paragraph starts in its paragraph (the piece starting at start)."""
        return [begin for begin, _, _ in self._piece_lines(block_number, start)]

    def _laid_out(self, block_number: int):
        """A Qt paragraph's layout, laid out."""
        block = self.document.findBlockByNumber(block_number)
        self.document.documentLayout().blockBoundingRect(block)
        return block.layout()

    def _chosen(self, number: int, i: int) -> list[tuple[int, float, int]]:
        """Cuts for piece i of paragraph number, laid out (its lines are those of the
        paragraph laid out whole): each with its line's natural width and start."""
        start = self._piece_start(number, i)
        lines = self._piece_lines(self._firsts[number] + i, start)
        starts = {end: begin for begin, end, _ in lines}
        return [(cut, natural, starts[cut]) for cut, natural in pieces.chosen(self._drawn[number], lines, self.body.width(), start)]

    def _split(self, number: int, new: list[tuple[int, float, int]], recut: bool = True) -> None:
        """Cut paragraph number at the chosen line ends (_chosen), in one change of the
        document; a cut whose piece Qt lays out other than the whole (its last line's
        trailing spaces counted) is joined again."""
        if not new:
            return
        first, last = self._firsts[number], self._last(number)
        cuts = self._cuts.setdefault(number, [])
        starts = [0, *(cut for cut, _ in cuts)]
        characters = self.formats[self._kinds[number]][1]
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        for cut, _, _ in reversed(new):
            k = bisect_right(starts, cut) - 1
            block = self.document.findBlockByNumber(first + k)
            cursor.setPosition(block.position() + cut - starts[k])
            cursor.insertBlock(block.blockFormat(), characters)  # the piece after it keeps the format, the last its space after
            QTextCursor(self.document.findBlockByNumber(first + k)).setBlockFormat(self._continued[self._kinds[number]])
        cursor.endEditBlock()
        cuts[:] = sorted([*cuts, *((cut, natural) for cut, natural, _ in new)])
        self._renumber(number, first, last, len(new), recut)
        for cut, _, line in reversed(new):
            k = cuts.index(next(c for c in cuts if c[0] == cut))
            if self._line_starts(first + k, self._piece_start(number, k))[-1] != line:
                log.debug("a cut of paragraph %d at %d is laid out otherwise: joined again", number, cut)
                self._join(number, k, recut)

    def _join(self, number: int, k: int, recut: bool = True) -> None:
        """Join paragraph number's pieces k and k + 1 (remove its cut k)."""
        first = self._firsts[number]
        block = self.document.findBlockByNumber(first + k)
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        cursor.setPosition(block.position() + block.length() - 1)
        cursor.deleteChar()
        cursor.setBlockFormat(self._format(number, k + 1 == len(self._cuts[number])))
        cursor.endEditBlock()
        del self._cuts[number][k]
        self._renumber(number, first + k, first + k + 1, -1, recut)

    def _whole(self, number: int, drawn: str) -> None:
        """Paragraph number as one Qt paragraph again, with the text drawn."""
        first, last = self._firsts[number], self._last(number)
        cursor = QTextCursor(self.document.findBlockByNumber(first))
        cursor.beginEditBlock()
        cursor.setPosition(self.span(number)[1], QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(self._format(number, True))
        _insert(cursor, drawn, self.formats[self._kinds[number]])
        cursor.endEditBlock()
        self._cuts.pop(number, None)
        self._drawn.pop(number, None)
        self._unsure.pop(number, None)
        self._renumber(number, first, last, first - last)

    def _format(self, number: int, last: bool) -> QTextBlockFormat:
        """The format of a piece of paragraph number: the space after only on its last."""
        kind = self._kinds[number]
        return self.formats[kind][0] if last else self._continued[kind]

    def _renumber(self, number: int, changed: int, last: int, shift: int, recut: bool = True) -> None:
        """After Qt paragraphs changed..last of paragraph number became shift more (their
        text changed): the paragraphs after it numbered again, what was read of the changed
        ones forgotten, and if there are more or fewer (and recut), the pages cut again from them."""
        for later in range(number + 1, len(self._firsts)):
            self._firsts[later] += shift
        self._forget(changed, last, shift)
        if shift and recut:
            self._cut_again_from(changed)

    def _cut_again_from(self, number: int) -> None:
        """Forget the pages from the one Qt paragraph number starts on: they are cut again."""
        self._cut_again_from_page(bisect_right(self._starts, (number, 0, float("inf"))) - 1)

    def _cut_again_from_page(self, page: int) -> None:
        self._cut_count = max(self._cut_count, len(self._pages))
        del self._pages[page + 1:], self._starts[page + 1:]
        self._pages[page] = []
        self._resume = self._starts[page]
        if self._provisional is not None and self._provisional >= page:
            self._provisional = None

    def _cut_provisional_again(self) -> None:
        """The pages cut from unsettled pieces forgotten, to be cut again as they settle."""
        if self._provisional is not None:
            self._cut_again_from_page(self._provisional)

    def placed(self) -> list[list[Placed]]:
        """Each page's lines, top to bottom (all the work finished first)."""
        while self.filled < len(self._blocks):
            self._fill_some(None)
        self._cut_provisional_again()
        return self._cut(None)

    def _cut(self, through: int | None, until: float | None = None) -> list[list[Placed]]:
        """The pages, cut on from where the last cut stopped until page through is whole
        (None: to the end of the blocks laid out) or, between two pages, the clock passes
        until (a page at least)."""
        if self._resume is None or not self.filled:  # done, or nothing laid out yet
            return self._pages
        layout, height, pages = self.document.documentLayout(), self.body.height(), self._pages
        number, first, push = self._resume
        block, begun = self.document.findBlockByNumber(number), len(pages)
        while block.isValid():
            if self._unsure:
                block = self._settled(block, len(pages) - 1)
            corner = layout.blockBoundingRect(block).top()
            lines = block.layout()
            top = corner + (_bottom(lines.lineAt(first - 1)) if first else 0.0)
            for n in range(first, lines.lineCount()):
                line = lines.lineAt(n)
                bottom = corner + _bottom(line)  # a line's extra height is above its text
                if bottom + push > len(pages) * height + 0.01 and pages[-1]:
                    if (through is not None and len(pages) > through) or \
                            (until is not None and len(pages) > begun and time.perf_counter() > until):
                        self._resume = (block.blockNumber(), n, push)
                        return pages
                    push = len(pages) * height - top  # it starts the next page
                    pages.append([])
                    self._starts.append((block.blockNumber(), n, push))
                pages[-1].append(Placed(block, line, len(pages) - 1, self.body.top() + corner + push - (len(pages) - 1) * height))
                top = bottom
            block, first = block.next(), 0
        self._resume = None if self.filled == len(self._blocks) else (self.document.blockCount(), 0, push)
        if self._resume is None:
            self._cut_count = len(pages)
        return pages

    def _settled(self, block: QTextBlock, page: int) -> QTextBlock:
        """block, the pieces of its paragraph settled (_settle) as far as it; or, once the
        clock passes settle_by, as they are, and the page being cut marked provisional:
        the pages after are cut from the pieces as they stand, and nothing is settled
        until more() or placed() forgets them (their lines hold the pieces' layouts)."""
        number = self.paragraph(block)
        while number in self._unsure and block.blockNumber() >= self._firsts[number] + self._unsure[number].piece:
            if self._provisional is not None or (self.settle_by is not None and time.perf_counter() > self.settle_by):
                self._provisional = page if self._provisional is None else min(self._provisional, page)
                break
            self._settle(number)
            block = self.document.findBlockByNumber(block.blockNumber())
        return block

    @property
    def count(self) -> int:
        return len(self.placed()) if self.document.characterCount() > 1 else 0

    @property
    def empty(self) -> bool:
        """Whether there is no text (a new draft's blank page)."""
        return not self._blocks

    def shown_count(self) -> int:
        """The pages as far as they are known, without finishing the work: those cut, or
        as many as the last whole cut made while a cut is under way."""
        if self.empty:
            return 0
        return len(self._pages) if self._resume is None else max(len(self._pages), self._cut_count)

    def _through(self, index: int) -> list[list[Placed]]:
        """The pages cut until page index is whole, more blocks laid out as it needs them."""
        while True:
            pages = self._cut(index)
            if self._resume is None or (self.filled and self._resume[0] < self.document.blockCount()):  # done, or stopped after that page
                return pages
            self._fill_some(_FILL_CHARACTERS)

    def lines_on(self, index: int) -> list[Placed]:
        """Page index's lines, the pages cut (and the blocks laid out) as far as it."""
        pages = self._through(index)
        return pages[index] if 0 <= index < len(pages) else []

    def where(self, number: int) -> Placed:
        """The first line of paragraph number, placed."""
        first = self._firsts[number]
        return next(p for page in self.placed() for p in page if p.block.blockNumber() == first)

    def position_at(self, index: int, point: QPointF) -> int:
        """The text position nearest to a point of page index."""
        lines = self.lines_on(index)
        if not lines:
            return 0
        at = min(lines, key=lambda p: abs(p.corner + p.line.y() + p.line.height() / 2 - point.y()))
        moved, x = self.spread(at.block, at.line), point.x() - self.body.left()
        low, high = x, x + at.line.width()  # Qt's x of the point: spread moves every x left, never right
        for _ in range(30 if moved is not _unmoved else 0):
            middle = (low + high) / 2
            low, high = (middle, high) if moved(middle) < x else (low, middle)
        return at.block.position() + at.line.xToCursor(high)

    def draw(self, painter: QPainter, index: int) -> None:
        """Page index (from 0): its share of the text, the header after the first, its number."""
        for placed in self.lines_on(index):
            if self._pictures and self.paragraph(placed.block) in self._pictures:
                self._draw_picture(painter, placed)
            self._draw_line(painter, placed.block, placed.line, QPointF(self.body.left(), placed.corner))
        if index > 0 and self.info.header:
            self._margin_line(painter, self.info.header, top=True)
        self._margin_line(painter, number(index + 1), top=False)

    def _draw_picture(self, painter: QPainter, placed: Placed) -> None:
        """The letterhead's image, centred at the top of the paragraph that holds it, at
        its size in millimetres: an SVG as vectors, a PNG as its pixels."""
        number = self.paragraph(placed.block)
        picture = self._pictures[number]
        width, height = (_mm_pixels(mm) for mm in picture.size_mm(self.body.width() / _mm_pixels(1)))
        target = QRectF(self.body.left() + (self.body.width() - width) / 2, placed.corner, width, height)
        drawn = self._drawn_pictures.get(number)
        if drawn is None:
            drawn = self._drawn_pictures[number] = _decoded(picture)
        _paint(painter, drawn, target)

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
        which loses the spaces between runs and Persian punctuation's place. The text
        of a PDF drawn to needs its half-spaces, ligatures and letters drawn as marks drawn as
        readable() says."""
        runs = self._spread_line(block, line)[1]
        if self.glyph_text is None:
            for run in runs:
                painter.drawGlyphRun(corner, run)
            return
        units = self.paragraph_text(block)
        end = units.trailing(" ", line.textStart(), line.textStart() + line.textLength())  # a trailing space has no glyph
        pieces = readable(units, end, runs)
        self.glyph_text.record(units, end, pieces)
        pen = painter.pen()
        for piece, how in pieces:
            if how == OUTLINE:
                painter.fillPath(outline(piece, corner), pen.brush())
                continue
            painter.setPen(_INVISIBLE if how == HIDDEN else pen)  # a mark is drawn off the page, with no ink to hide
            painter.drawGlyphRun(corner, piece)
        painter.setPen(pen)

    def paragraph_text(self, block: QTextBlock) -> utf16:
        """A paragraph's text as Qt indexes it, read once per paragraph: QTextBlock.text()
        copies the whole paragraph, and asked for at every line of a paragraph of
        100,000 agenda items it made the PDF's time grow with the square of its size."""
        if block.document() is not self.document:  # a margin's line, in a document of its own
            return utf16(block.text())
        number = block.blockNumber()
        text = self._texts.get(number)
        if text is None:
            text = self._texts[number] = utf16(block.text())
        return text

    def spread(self, block: QTextBlock, line: QTextLine):
        """The map from Qt's x on a line to where it is drawn (the module's spread())."""
        return self._spread_line(block, line)[0]

    def _spread_line(self, block: QTextBlock, line: QTextLine) -> tuple:
        """A line's spread map and its glyph runs, moved by it: made once for the
        drawing, the selection and the mouse, until the paragraph changes, and kept through a
        change that left the line as it was (linekeys.py); the margins' lines, in documents
        of their own, are made each time."""
        key = (block.blockNumber(), line.lineNumber()) if block.document() is self.document else None
        done = self._lines.get(key) if key is not None else None
        if done is None:
            natural = self._cut_line(block, line)
            # a PDF's or a printout's pages (glyph_text) are drawn once, never edited: no key
            content = self._line_key(block, line, natural) if key is not None and self.glyph_text is None else None
            kept = self._former.pop(content, None) if content is not None else None
            if key is not None and kept is not None:
                done = self._lines[key] = _moved(kept, line.textStart())
                return done
            if natural is None:
                runs = indexed(line, line.glyphRuns(-1, -1, RUNS_WITH_TEXT))
            else:  # its trailing spaces have a glyph at a piece's end: the line of the whole has none
                start = line.textStart()
                end = self.paragraph_text(block).trailing(" ", start, start + line.textLength())
                runs = indexed(line, line.glyphRuns(start, end - start, RUNS_WITH_TEXT))
            moved = spread(self.paragraph_text(block), line, self.stretched(block, line), runs, natural)
            if isinstance(moved, _Spread):
                for run in runs:
                    run.setPositions(moved.points(run.positions()))
            done = moved, runs, content, line.textStart()
            if key is not None:
                self._lines[key] = done
        return done

    def _line_key(self, block: QTextBlock, line: QTextLine, natural: float | None) -> tuple | None:
        """What a line's glyph runs and spread depend on (linekeys.py), None where it cannot be told."""
        text = self.paragraph_text(block)
        if self._keyable[0] is not text.text:  # asked once for a paragraph's lines, one after the other
            self._keyable = text.text, linekeys.keyable(text.text)
        if not self._keyable[1]:
            return None
        start = line.textStart()
        placed = (self.paragraph(block), line.x(), line.y(), line.width(), line.naturalTextWidth(),
                  self.stretched(block, line), natural)
        return linekeys.key(text.text, start, start + line.textLength(), placed)

    def _cut_line(self, block: QTextBlock, line: QTextLine) -> float | None:
        """The natural width of a piece's last line where another piece follows, as the
        paragraph laid out whole has it (Qt counts the trailing spaces of a Qt paragraph's
        last line, and its last glyph's bearing differs); None for any other line."""
        if line.lineNumber() < block.layout().lineCount() - 1 or not self._continues(block):
            return None
        number = self.paragraph(block)
        return self._cuts[number][block.blockNumber() - self._firsts[number]][1]

    def lines(self) -> list[list[str]]:
        """Each page's lines of text, top to bottom: what a reader sees, line for line."""
        return [[self.paragraph_text(p.block).slice(p.line.textStart(), p.line.textStart() + p.line.textLength()).strip()
                 for p in page] for page in self.placed()] if self.count else []


def _moved(done: tuple, start: int) -> tuple:
    """A line kept through an edit (Pages._spread_line), its glyph runs' indexes into its
    paragraph moved to where it now starts."""
    moved, runs, content, was = done
    if start != was:
        for run in runs:
            run.setStringIndexes([index + start - was for index in run.stringIndexes()])
    return moved, runs, content, start


def _decoded(picture: Picture):
    """A picture as Qt draws it: a QSvgRenderer, or a QImage (a null one, logged, for
    pixels Qt cannot decode: the page is drawn without them)."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage

    if picture.svg:
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(QByteArray(picture.data))
        if renderer.isValid():
            return renderer
        log.warning("the letterhead's SVG image cannot be drawn: it is left out")
        return QImage()
    image = QImage.fromData(picture.data, "PNG")  # type: ignore[arg-type]  # the stubs say bytes; PySide 6.11 takes only str
    if image.isNull():
        log.warning("the letterhead's PNG image cannot be decoded: it is left out")
    return image


def raster(picture: Picture, width: int) -> QImage:
    """The picture drawn width pixels wide (its height as its aspect says), on a clear
    background: the Word file's PNG of an SVG (png()), the form's thumbnail."""
    from PySide6.QtGui import QImage, QPainter

    ensure_application()
    image = QImage(max(1, width), max(1, round(width / picture.aspect)), QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    _paint(painter, _decoded(picture), QRectF(image.rect()))
    painter.end()
    return image


def png(picture: Picture, width_mm: float) -> bytes:
    """The picture as a PNG drawn at 300 dots an inch of its width on the page: what the
    Word file holds of an SVG (Word keeps an SVG only beside a PNG of it, which
    LibreOffice 7.4 shows)."""
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    raster(picture, round(width_mm / 25.4 * 300)).save(buffer, "PNG")  # type: ignore[call-overload]  # as fromData
    return bytes(buffer.data().data())


def _paint(painter: QPainter, drawn, target: QRectF) -> None:
    """A decoded picture (_decoded) drawn into target: an SVG as vectors, a PNG's pixels."""
    if hasattr(drawn, "render"):  # QSvgRenderer
        drawn.render(painter, target)
    elif not drawn.isNull():
        painter.drawImage(target, drawn)


def spread(text: utf16, line: QTextLine, stretched: bool, runs: list, natural: float | None = None):
    """The map from Qt's x on a line to where it is drawn, which justifies a line that
    is stretched (a justified paragraph's line but its last) over the whole measure.

    Qt sets the line from the right margin (_right_to_left). The width it leaves on the
    left is shared equally among the line's spaces between words, as Word and LibreOffice
    share it, whatever script the words around them are in: each glyph moves left by its
    share of the spaces on its right. A line's trailing spaces, drawn past its end, take
    none; nor do no-break spaces (linebreaks.py), which Word keeps at their width.
    natural: the line's natural width, where it is not Qt's (Pages._cut_line)."""
    if not stretched:
        return _unmoved
    gap = line.width() - (line.naturalTextWidth() if natural is None else natural)
    start = line.textStart()
    between = text.indexes(" ", start, text.trailing(" ", start, start + line.textLength()))
    spaces = sorted(position.x() for run in runs if not between.isdisjoint(run.stringIndexes())
                    for position, index in zip(run.positions(), run.stringIndexes()) if index in between)
    if gap < 0.5 or not spaces:
        return _unmoved
    return _Spread(gap, spaces)


class _Spread:
    """spread()'s map: x moved left by the gap's share of each space on its right."""

    def __init__(self, gap: float, spaces: list[float]):
        self.gap, self.spaces = gap, spaces

    def __call__(self, x: float) -> float:
        return x - self.gap * (len(self.spaces) - bisect_right(self.spaces, x)) / len(self.spaces)

    def points(self, points: list[QPointF]) -> list[QPointF]:
        """A run's glyph positions moved, in one loop and in place (no call a glyph: the
        PDF of the example ×50 spent a fifth of its time moving glyphs one call at a time)."""
        gap, spaces, count = self.gap, self.spaces, len(self.spaces)
        for point in points:  # moved in place: a new QPointF a glyph was a third of a line's justification
            x = point.x()
            point.setX(x - gap * (count - bisect_right(spaces, x)) / count)
        return points


def _unmoved(x: float) -> float:
    return x


def paint(blocks: list[Block], device: QPagedPaintDevice, style: DocumentStyle, info: PageInfo,
          glyph_text: GlyphText | None = None) -> int:
    """Draw every page on device (a QPdfWriter, a QPrinter), whose page layout is
    page_layout() with the painter at the paper's corner; return the number of pages.
    A printer that prints to a PDF file gets the exported PDF's text (_complete_printed)."""
    from PySide6.QtGui import QPainter

    printed = _printed_pdf(device)
    printed_text = GlyphText() if printed is not None else None
    pages = Pages(blocks, style, info, printed_text if printed_text is not None else glyph_text)
    painter = QPainter(device)
    try:
        scale = device.logicalDpiX() / LAYOUT_DPI
        painter.scale(scale, scale)
        for index in range(pages.count):
            if index:
                device.newPage()
            pages.draw(painter, index)
    finally:
        painter.end()  # a printer's PDF file is written and closed here
    if printed is not None and printed_text is not None:
        _complete_printed(printed, printed_text)
    return pages.count


def _printed_pdf(device: QPaintDevice) -> str | None:
    """The PDF file a printer prints to (File → Print to a file), if it does."""
    if isinstance(device, QPdfWriter):
        return None
    from PySide6.QtPrintSupport import QPrinter

    if isinstance(device, QPrinter) and device.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return device.outputFileName() or None
    return None


def _complete_printed(path: str, glyph_text: GlyphText) -> None:
    """Give a printed PDF the map from glyphs back to text that the export writes
    (pdf_text.complete): Qt's own holds presentation forms and loses letters, and a
    search for a word found nothing. The printout stays as printed if it cannot be
    read or written again (logged)."""
    from ...atomic import write_atomically

    try:
        write_atomically(path, complete(Path(path).read_bytes(), glyph_text))
    except OSError as e:
        log.warning("the text of the printed PDF %s was not completed: %s", path, e)
