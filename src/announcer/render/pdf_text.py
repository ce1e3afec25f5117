"""Make the text of Qt's PDF extractable and say its language: complete each font's
ToUnicode map, and set the catalogue's /Lang, for which Qt has no call.

QPdfWriter numbers the glyphs of each embedded font in the order it first draws them
(after .notdef), and maps a glyph back to a character only through the font's cmap
(qfontsubset.cpp, getReverseMap). The contextual forms Persian shaping picks that have
no code point of their own (Vazirmatn's medial ی after س, ت after ی …) are left out, so
a reader copying the text loses those letters. The pages are drawn as glyph runs that
carry their string (pdf.py), so every glyph's characters are known in drawing order:
this module records them and appends to the PDF an incremental update (ISO 32000-1,
7.5.6) that replaces each ToUnicode map with a complete one, and the catalogue with
one that names the language (14.9.2; screen readers read it). The drawn pages are not
touched.

A glyph maps to one text wherever it stands, and readers place a glyph's characters by
where it is drawn: two cases need more than the map (readable()). Qt draws a half-space
(U+200C) with the space's glyph, which maps to a space; it is drawn with the font's
own glyph for U+200C instead. A ligature (لا) holds two letters in one glyph: poppler
splits its box among them from left to right and so reads them backwards in a
right-to-left line, MuPDF reads them in the map's order. The ligature maps to its first
letter, and each further letter is drawn after it as the font's glyph for that letter,
transparent, over the ligature's left part: both read the letters in order."""

import logging
import re
import struct
import unicodedata
from itertools import pairwise

from PySide6.QtCore import QPointF
from PySide6.QtGui import QGlyphRun

from .linebreaks import JOINER, NO_BREAK_SPACE

log = logging.getLogger(__name__)


class utf16:
    """A string indexed as Qt indexes it: in UTF-16 code units, so that a character
    beyond the Basic Multilingual Plane (𝐀, an emoji) counts two."""

    def __init__(self, text: str):
        self.units = text.encode("utf-16-le")

    def slice(self, start: int, end: int) -> str:
        return self.units[2 * start:2 * end].decode("utf-16-le", "replace")

    def indexes(self, char: str, start: int, end: int) -> set[int]:
        """Where the BMP character char stands from start up to end."""
        unit, found = char.encode("utf-16-le"), set()
        at = self.units.find(unit, 2 * start, 2 * end)
        while at >= 0:
            if at % 2 == 0:  # not the second half of another unit
                found.add(at // 2)
            at = self.units.find(unit, at + 1, 2 * end)
        return found

    def trailing(self, char: str, start: int, end: int) -> int:
        """Where the run of the BMP character char that ends the text at end begins (end
        when none does), not before start."""
        unit = char.encode("utf-16-le")
        while end > start and self.units[2 * end - 2:2 * end] == unit:
            end -= 1
        return end


_AS_READ = str.maketrans({JOINER: None, NO_BREAK_SPACE: " "})


class GlyphText:
    """Each font's glyphs in the order Qt's PDF engine numbers them, with their text."""

    def __init__(self):
        self.fonts: dict[str, dict[int, str]] = {}  # the font's name in the PDF → glyph → text (insertion order)

    def record(self, units: utf16, end: int, runs) -> None:
        """Note a line's glyph runs (retrieved with their string indexes) about to be drawn;
        units is the paragraph's text (made once a paragraph: the paragraph's whole text
        encoded at each of its lines grew with the square of its length), end the
        position after the line."""
        # A glyph stands for the characters from its index up to the next glyph's (a
        # ligature such as لا holds two); a mark sharing its base's index holds none.
        following = dict(pairwise([*sorted({i for run in runs for i in run.stringIndexes()}), end]))
        seen = set()
        for run in runs:
            glyphs = self.fonts.setdefault(pdf_font_name(run.rawFont()), {0: ""})
            for glyph, index in zip(run.glyphIndexes(), run.stringIndexes()):
                # The joiner that holds a hyphen or a slash to what follows (linebreaks.as_drawn)
                # is no text a reader copies, and a no-break space is a space to a reader:
                # poppler dropped it, and read «۱۵ و» as «۱۵و».
                chars = units.slice(index, following[index]).translate(_AS_READ) if index not in seen else ""
                seen.add(index)
                if not glyphs.get(glyph):
                    glyphs[glyph] = chars

    def cmap(self, name: str) -> bytes | None:
        """The ToUnicode CMap of a font, CIDs numbered as Qt numbers them."""
        glyphs = self.fonts.get(name)
        if glyphs is None:
            return None
        entries = [f"<{cid:04X}> <{''.join(f'{u:04X}' for u in _utf16(text))}>"
                   for cid, text in enumerate(glyphs.values()) if cid and text]
        chunks = [entries[i:i + 100] for i in range(0, len(entries), 100)]  # at most 100 a section
        body = "".join(f"{len(c)} beginbfchar\n" + "\n".join(c) + "\nendbfchar\n" for c in chunks)
        return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                f"{body}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").encode("ascii")


def pdf_font_name(raw) -> str:
    """The name Qt's PDF engine gives a font (/BaseFont): its PostScript name (the name
    table's entry 6, as FreeType reads it), spaces as «_»; without one, its family and
    style. Family and style alone named DejaVu Sans «DejaVuSans-Book», which Qt writes
    «DejaVuSans», and the text of a font drawn as a fallback was never completed. Read
    once a face: every line's runs ask."""
    face = raw.familyName(), raw.styleName()
    name = _names.get(face)
    if name is None:
        name = _names[face] = _postscript_name(bytes(raw.fontTable("name"))) or "-".join(face).replace(" ", "")
    return name


_names: dict[tuple[str, str], str] = {}
_WINDOWS_UNICODE, _MACINTOSH_ROMAN = (3, 1), (1, 0)


def _postscript_name(table: bytes) -> str:
    """Entry 6 of an OpenType name table, preferring Windows' (UTF-16) to the Macintosh's,
    as FreeType does; "" when the table is short, malformed or has none (logged)."""
    try:
        _, count, strings = struct.unpack_from(">HHH", table)
        found = {}
        for n in range(count):
            platform, encoding, _, name, length, offset = struct.unpack_from(">6H", table, 6 + 12 * n)
            if name == 6 and (platform, encoding) in (_WINDOWS_UNICODE, _MACINTOSH_ROMAN):
                found[platform, encoding] = table[strings + offset:strings + offset + length]
        if _WINDOWS_UNICODE in found:
            return found[_WINDOWS_UNICODE].decode("utf-16-be").replace(" ", "_")
        return found.get(_MACINTOSH_ROMAN, b"").decode("mac-roman").replace(" ", "_")
    except (struct.error, UnicodeDecodeError) as e:
        log.warning("a font's name table could not be read (%s): its PDF text is mapped by its family", e)
        return ""


HALF_SPACE = "\u200c"


def readable(units: utf16, end: int, runs) -> list[tuple[object, bool]]:
    """A line's glyph runs (with their string indexes) as pieces to draw in order, each
    with whether it is seen: the runs with each half-space drawn with the font's own
    glyph, cut after each right-to-left ligature, where a transparent piece holds the
    ligature's further letters (the module's docstring). end is the line's end."""
    following = dict(pairwise([*sorted({i for run in runs for i in run.stringIndexes()}), end]))
    pieces = []
    for run in sorted(runs, key=lambda run: min(run.stringIndexes(), default=end)):  # MuPDF reads in drawing order
        raw, glyphs = run.rawFont(), list(run.glyphIndexes())
        indexes, positions = list(run.stringIndexes()), list(run.positions())
        _half_spaces(units, raw, glyphs, indexes, positions)
        start = 0
        for n, index in enumerate(indexes):
            letters = units.slice(index + 1, following[index])
            if index + 1 < following[index] and _right_to_left_letters(units.slice(index, following[index])):
                pieces.append((_piece(run, glyphs[start:n + 1], positions[start:n + 1], indexes[start:n + 1]), True))
                # Over the left of the ligature and the glyph after it, never at its own x:
                # poppler takes a glyph where another stands for a fake bold and moves it.
                extra = raw.glyphIndexesForString(letters)
                left = [QPointF(positions[n].x() - 0.6 * a.x(), positions[n].y()) for a in raw.advancesForGlyphIndexes(extra)]
                pieces.append((_piece(run, extra, left, list(range(index + 1, following[index]))), False))
                start = n + 1
        if start < len(glyphs):
            pieces.append((_piece(run, glyphs[start:], positions[start:], indexes[start:]), True))
    return pieces


def _half_spaces(units: utf16, raw, glyphs: list, indexes: list, positions: list) -> None:
    """Draw each half-space with the font's own glyph (when it has one), a little into
    the letter after it: where Qt draws it, at the left edge of the letter before it,
    poppler read it before that letter («هیئ‌ت»)."""
    half = raw.glyphIndexesForString(HALF_SPACE)[0]
    if not half:
        return
    advances = raw.advancesForGlyphIndexes(glyphs)
    for n, index in enumerate(indexes):
        if units.slice(index, index + 1) == HALF_SPACE:
            glyphs[n] = half
            if n:
                positions[n] = QPointF(positions[n - 1].x() - 0.2 * advances[n - 1].x(), positions[n].y())


def _right_to_left_letters(text: str) -> bool:
    return all(unicodedata.bidirectional(c) in ("AL", "R") and unicodedata.category(c) == "Lo" for c in text)


def _piece(run, glyphs: list, positions: list, indexes: list) -> QGlyphRun:
    piece = QGlyphRun()
    piece.setRawFont(run.rawFont())
    piece.setFlags(run.flags())
    piece.setGlyphIndexes(glyphs)
    piece.setPositions(positions)
    piece.setStringIndexes(indexes)
    return piece


def _utf16(text: str) -> list[int]:
    data = text.encode("utf-16-be")
    return [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2)]


_FONT = re.compile(rb"/Subtype /Type0\s*/BaseFont /([^\s/]+).*?/ToUnicode (\d+) 0 R", re.S)
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", re.S)


def complete(pdf: bytes, glyph_text: GlyphText, language: str = "fa-IR") -> bytes:
    """pdf with an incremental update that replaces each font's ToUnicode map and gives
    the catalogue its language; pdf as it is (and a warning in the log) when its
    structure is not the one Qt writes."""
    trailer = _TRAILER.search(pdf)
    fonts = [(name.decode(), int(number)) for name, number in _FONT.findall(pdf)]
    size = re.search(rb"/Size (\d+)", trailer.group(1)) if trailer else None
    root = re.search(rb"/Root (\d+) 0 R", trailer.group(1)) if trailer else None
    catalog = root and re.search(rb"\n%s 0 obj\s*<<(.*?)>>\s*endobj" % root.group(1), pdf, re.S)
    if not (fonts and size and catalog):
        log.warning("PDF text map not completed: unexpected file structure")
        return pdf
    objects = {int(root.group(1)): b"<<" + catalog.group(1) + b"/Lang (%s)\n>>" % language.encode("ascii")}
    for name, number in fonts:
        cmap = glyph_text.cmap(name)
        if cmap is None:  # drawn by no line of text (the letterhead's SVG): Qt's own map stands
            log.debug("PDF text map of font %s kept as Qt wrote it: no line of the text drew it", name)
            continue
        objects[number] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap)
    update, offsets = bytearray(b"\n"), {}
    for number, body in sorted(objects.items()):
        offsets[number] = len(pdf) + len(update)
        update += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf) + len(update)
    update += b"xref\n0 1\n0000000000 65535 f \n"
    for number, offset in offsets.items():
        update += b"%d 1\n%010d 00000 n \n" % (number, offset)
    info = re.search(rb"/Info (\d+ \d+ R)", trailer.group(1))
    extra = b" /Info " + info.group(1) if info else b""
    update += (b"trailer\n<< /Size %s /Root %s 0 R%s /Prev %s >>\nstartxref\n%d\n%%%%EOF\n"
               % (size.group(1), root.group(1), extra, trailer.group(2), xref))
    return pdf + bytes(update)
