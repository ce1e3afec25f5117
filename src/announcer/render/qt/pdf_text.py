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
transparent, over the ligature's left part: both read the letters in order.

pdf.js reads a space only before a glyph drawn to the right of the last, and our lines
are drawn in reading order (which MuPDF needs): after each space of a right-to-left run
an invisible mark is drawn off the page for it, which pdf.js alone reads (_marked_spaces;
docs/page-layout.md, «The PDF's text»)."""

import logging
import re
import struct
import unicodedata
from collections import Counter

from PySide6.QtCore import QPointF
from PySide6.QtGui import QGlyphRun, QPainterPath, QTextLayout

from ..linebreaks import JOINER, NO_BREAK_SPACE

log = logging.getLogger(__name__)


class utf16:
    """A string indexed as Qt indexes it: in UTF-16 code units, so that a character
    beyond the Basic Multilingual Plane (𝐀, an emoji) counts two. Made once a paragraph;
    a text wholly in the plane (nearly every one) is sliced as the str it is, where
    decoding units at every glyph was a third of the PDF's time."""

    def __init__(self, text: str):
        self.text = text
        self.plane = not text or max(text) <= "\uffff"  # each character one unit
        self.units = b"" if self.plane else text.encode("utf-16-le")

    def slice(self, start: int, end: int) -> str:
        if self.plane:
            return self.text[start:end]
        return self.units[2 * start:2 * end].decode("utf-16-le", "replace")

    def indexes(self, char: str, start: int, end: int) -> set[int]:
        """Where the BMP character char stands from start up to end."""
        if self.plane:
            found, at = set(), self.text.find(char, start, end)
            while at >= 0:
                found.add(at)
                at = self.text.find(char, at + 1, end)
            return found
        unit, found = char.encode("utf-16-le"), set()
        at = self.units.find(unit, 2 * start, 2 * end)
        while at >= 0:
            if at % 2 == 0:  # not the second half of another unit
                found.add(at // 2)
            at = self.units.find(unit, at + 1, 2 * end)
        return found

    def holds(self, char: str, start: int, end: int) -> bool:
        """Whether the BMP character char stands from start up to end."""
        return self.text.find(char, start, end) >= 0 if self.plane else bool(self.indexes(char, start, end))

    def trailing(self, char: str, start: int, end: int) -> int:
        """Where the run of the BMP character char that ends the text at end begins (end
        when none does), not before start."""
        unit, step, data = (char, 1, self.text) if self.plane else (char.encode("utf-16-le"), 2, self.units)
        while end > start and data[step * end - step:step * end] == unit:
            end -= 1
        return end


_AS_READ = str.maketrans({JOINER: None, NO_BREAK_SPACE: " "})


class GlyphText:
    """Each font's glyphs in the order Qt's PDF engine numbers them, with their text."""

    def __init__(self):
        self.fonts: dict[str, dict[int, str]] = {}  # the font's name in the PDF → glyph → text (insertion order)
        self._known: dict[str, set[int]] = {}  # the font's glyphs that have a text
        self.wider: dict[str, dict[int, int]] = {}  # the font's name → glyph → width it is given beyond its own
        self._marked: set[int] = set()  # the marks (_mark) noted, by id

    def record(self, units: utf16, end: int, pieces: list[tuple[QGlyphRun, str]]) -> None:
        """Note the pieces of a line (readable()) about to be drawn, in drawing order; units
        is the paragraph's text (made once a paragraph: the paragraph's whole text
        encoded at each of its lines grew with the square of its length), end the
        position after the line. A run whose glyphs all have their text already costs a
        set's comparison: past the first lines nearly every one."""
        # A glyph stands for the characters from its index up to the next glyph's (a
        # ligature such as لا holds two); a mark sharing its base's index holds none.
        following: dict[int, int] | None = None
        seen: set[int] = set()
        for run, how in pieces:
            if how == OUTLINE or (how == MARK and id(run) in self._marked):  # a path; a mark already noted
                continue
            name = pdf_font_name(run.rawFont())
            glyphs = self.fonts.setdefault(name, {0: ""})
            known = self._known.setdefault(name, set())
            ids, indexes = run.glyphIndexes(), run.stringIndexes()
            if how == MARK:
                glyphs[ids[0]] = MARK_TEXT
                known.add(ids[0])
                self._marked.add(id(run))  # one of _marks, which live as long as the process
                continue
            if not known.issuperset(ids):
                following = following or _following([r for r, h in pieces if h not in (OUTLINE, MARK)], end)
                self._note(glyphs, known, zip(ids, indexes), units, following, seen)
            seen.update(indexes)
            self._bridge(name, run, glyphs)

    def _bridge(self, name: str, run, glyphs: dict[int, str]) -> None:
        """Note where a letter of a right-to-left word stands short of the letter before it
        (to its right): Vazirmatn kerns ئ after آ 0.04 em away, and poppler, which bounds a
        glyph by its width in the font's /W, read «آ ئین» where the gap passed its word
        break. The letter's width in /W is widened by the gap (complete()); the glyph is
        drawn where it was, since Qt places each glyph with a Td of its own."""
        ids = run.glyphIndexes()
        if len(ids) < 2:  # a word of one letter, a stand-in: no two letters to bridge
            return
        xs, raw = [at.x() for at in run.positions()], run.rawFont()
        advances = _advances(raw, ids)
        em = raw.pixelSize()
        for n in range(1, len(ids)):
            gap = xs[n - 1] - xs[n] - advances[ids[n]]
            extra = round(gap * 1000 / em)  # in the /W's units, a thousandth of an em
            if 0 < extra < _BRIDGED * 1000 and _letters(glyphs.get(ids[n - 1])) and _letters(glyphs.get(ids[n])):
                wider = self.wider.setdefault(name, {})
                wider[ids[n]] = max(wider.get(ids[n], 0), extra)

    @staticmethod
    def _note(glyphs: dict[int, str], known: set[int], drawn, units: utf16, following: dict[int, int],
              seen: set[int]) -> None:
        """Each glyph drawn its text, in drawing order (Qt numbers the glyphs so), unless it
        has one."""
        for glyph, index in drawn:
            if glyph not in known:
                # The joiner that holds a hyphen or a slash to what follows (linebreaks.as_drawn)
                # is no text a reader copies, and a no-break space is a space to a reader:
                # poppler dropped it, and read «۱۵ و» as «۱۵و».
                chars = units.slice(index, following[index]).translate(_AS_READ) if index not in seen else ""
                if chars:
                    glyphs[glyph] = chars
                    known.add(glyph)
                else:
                    glyphs.setdefault(glyph, "")
            seen.add(index)

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


RUNS_WITH_TEXT = (QTextLayout.GlyphRunRetrievalFlag.DefaultRetrievalFlags
                  | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes)


def indexed(line, runs: list) -> list:
    """A line's glyph runs (RUNS_WITH_TEXT) with each glyph's string index put right.
    Where one script item is drawn in two fonts (Noto Naskh Arabic has no brackets, no
    hyphen, no Latin letters: «(دسامبر)» takes its brackets from DejaVu Sans), Qt 6.11
    gives every glyph of the item's runs but the one holding its first glyph that first
    glyph's index: a reader read a bracket as the letter before it, or nothing, and the
    justification missed the spaces. The glyphs of runs that share an index are found
    again among the glyphs Qt gives each of their characters alone."""
    indexes = [run.stringIndexes() for run in runs]
    if sum(len(set(i)) for i in indexes) == len(set().union(*indexes)):
        return runs
    owners = Counter(i for found in indexes for i in set(found))
    shared = [n for n, found in enumerate(indexes) if any(owners[i] > 1 for i in found)]
    claimed = set().union(*(found for n, found in enumerate(indexes) if n not in shared))
    alone: dict[tuple, list[tuple[float, int]]] = {}  # (face, glyph) → (x, index) of each character's own
    for index in range(line.textStart(), line.textStart() + line.textLength()):
        if index not in claimed:
            for run in line.glyphRuns(index, 1, RUNS_WITH_TEXT):
                face = run.rawFont().familyName(), run.rawFont().styleName()
                for glyph, at in zip(run.glyphIndexes(), run.positions()):
                    alone.setdefault((face, glyph), []).append((at.x(), index))
    for n in shared:
        run, face = runs[n], (runs[n].rawFont().familyName(), runs[n].rawFont().styleName())
        run.setStringIndexes([_nearest(alone.get((face, glyph)), at.x(), index)
                              for glyph, at, index in zip(run.glyphIndexes(), run.positions(), indexes[n])])
    return runs


def _nearest(found: list[tuple[float, int]] | None, x: float, otherwise: int) -> int:
    """The index of the character whose glyph stands nearest x (the first of a ligature's)."""
    return min(found, key=lambda place: abs(place[0] - x))[1] if found else otherwise


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
# How a piece is drawn: as text, as transparent text, as a path, or as the mark after a space (_mark).
SEEN, HIDDEN, OUTLINE, MARK = "seen", "hidden", "outline", "mark"
# The mark's text: the combining grapheme joiner, the one invisible, default-ignorable
# character of Unicode's nonspacing marks (Mn), which pdf.js reads wherever it is drawn.
MARK_TEXT = "\u034f"
# The glyph it is drawn with: each font's zero-width space, a character the composer
# removes from every text (controls.py), so that no line draws the glyph for itself.
_MARK_GLYPH_OF = "\u200b"
_OFF_PAGE = -1e6  # far left of any page, where poppler, MuPDF and PDFium read nothing


def readable(units: utf16, end: int, runs) -> list[tuple[QGlyphRun, str]]:
    """A line's glyph runs (with their string indexes) as pieces to draw in order, each
    with how it is drawn: the runs with each half-space drawn with the font's own glyph,
    cut after each right-to-left ligature, where a transparent piece holds the
    ligature's further letters, around each letter drawn as a mark, which is drawn
    as its outline and read from a transparent piece (the module's docstring), and
    after each space of a right-to-left run, where the mark for pdf.js is drawn
    (_marked_spaces). end is the line's end. A run with none of these is drawn as it is."""
    following = _following(runs, end)
    pieces: list[tuple[QGlyphRun, str]] = []
    for run in sorted(runs, key=lambda run: min(run.stringIndexes(), default=end)):  # MuPDF reads in drawing order
        raw, glyphs = run.rawFont(), list(run.glyphIndexes())
        indexes, positions = list(run.stringIndexes()), list(run.positions())
        changed = bool(indexes) and _half_spaces(units, raw, glyphs, indexes, positions)
        flat = _advanceless(raw, glyphs)
        joiners = units.indexes(JOINER, min(indexes), max(indexes) + 1) if indexes else set()
        spaces = _marked_spaces(units, run, indexes)
        start = 0
        for n, index in enumerate(indexes):
            if index in spaces:
                before, drawn = n + 1, [(_mark(run), MARK)]
            elif _textless(units, indexes, n, following, joiners) and raw.pathForGlyph(glyphs[n]).isEmpty():
                # A glyph that draws nothing and stands for no text of its own: the joiner that
                # holds a hyphen to what follows (linebreaks.as_drawn), drawn with a space glyph,
                # under its own index (DejaVu Sans beside Noto Naskh Arabic, which MuPDF read as
                # «�») or under the hyphen's (Vazirmatn, read as a second space, «۱-  گزارشات»,
                # which kept pdf.js from the space after it). Not drawn.
                before, drawn = n, []
            else:
                found = _letter(units, run, n, index, following[index], glyphs, positions, flat)
                if found is None:
                    continue
                before, drawn = found
            if before > start:
                pieces.append((_piece(run, glyphs[start:before], positions[start:before], indexes[start:before]), SEEN))
            pieces += drawn
            start = n + 1
        if start == 0 and not changed:
            pieces.append((run, SEEN))
        elif start < len(glyphs):
            pieces.append((_piece(run, glyphs[start:], positions[start:], indexes[start:]), SEEN))
    return pieces


def _textless(units: utf16, indexes: list, n: int, following: dict[int, int], joiners: set[int]) -> bool:
    """Whether the glyph n of a run stands for no text of its own: it shares the index of
    the glyph before it, or its characters are a joiner alone."""
    index = indexes[n]
    if n and index == indexes[n - 1]:
        return True
    return index in joiners and not units.slice(index, following[index]).translate(_AS_READ)


def _letter(units: utf16, run, n: int, index: int, after: int, glyphs: list, positions: list,
            flat: set[int]) -> tuple[int, list] | None:
    """How the glyph n of a run, standing for the characters from index to after, is
    drawn when it is a ligature or a letter without width: where its run is cut before
    it, and the pieces drawn there (readable()); None when it is drawn as it is."""
    if after - index < 2 and glyphs[n] not in flat:
        return None
    letters = units.slice(index, after)
    if not _right_to_left_letters(letters):
        return None
    if glyphs[n] in flat:  # a letter with no width, drawn where the letter before it is
        return n, [(_piece(run, glyphs[n:n + 1], positions[n:n + 1], [index]), OUTLINE),
                   (_stand_in(run, letters, positions[n], index), HIDDEN)]
    # a ligature: its glyph's text is its first letter
    return n + 1, [(_stand_in(run, letters[1:], positions[n], index + 1), HIDDEN)]


def _marked_spaces(units: utf16, run, indexes: list) -> set[int]:
    """The spaces of a right-to-left run after which a mark is drawn (none when the font
    has no glyph to draw it with). pdf.js reads a space only where the next glyph starts
    right of the last one, as in a line drawn left to right; in ours, drawn in reading
    order for MuPDF, the next word stands left of the space, and pdf.js glued the words
    («اطلاعیهبرگزاری»). A nonspacing mark it reads without looking where it stands,
    and with the space before it; the mark is drawn off the page, where the other
    readers read nothing (docs/page-layout.md, «pdf.js»)."""
    if not indexes or not run.flags() & QGlyphRun.GlyphRunFlag.RightToLeft or not _mark_glyph(run.rawFont()):
        return set()
    low, high = min(indexes), max(indexes) + 1  # a line's trailing spaces, past end, have no glyph
    return units.indexes(" ", low, high) | units.indexes(NO_BREAK_SPACE, low, high)


_mark_glyphs: dict[tuple[str, str], int] = {}
_marks: dict[tuple[str, str, float], QGlyphRun] = {}


def _mark_glyph(raw) -> int:
    """The glyph a face draws the mark with (0 when it has none), read once a face."""
    face = raw.familyName(), raw.styleName()
    if face not in _mark_glyphs:
        _mark_glyphs[face] = raw.glyphIndexesForString(_MARK_GLYPH_OF)[0]
    return _mark_glyphs[face]


def _mark(run) -> QGlyphRun:
    """The mark in the face and size of run, made once: it stands off the page, so one
    piece serves every space."""
    raw = run.rawFont()
    key = raw.familyName(), raw.styleName(), raw.pixelSize()
    if key not in _marks:
        _marks[key] = _piece(run, [_mark_glyph(raw)], [QPointF(_OFF_PAGE, 0)], [-1])
    return _marks[key]


def _following(runs, end: int) -> dict[int, int]:
    """Each string index of a line's glyphs → the next one (end after the last): a glyph
    stands for the characters from its index up to the next."""
    indexes = sorted(set().union(*(run.stringIndexes() for run in runs)))
    return dict(zip(indexes, [*indexes[1:], end]))


def _stand_in(run, letters: str, at: QPointF, index: int) -> QGlyphRun:
    """The letters that a glyph drawn beside them stands for, as the font's glyphs for
    them, to be drawn transparent over the left of the glyph at at and the glyph after
    it; never at its own x: poppler takes a glyph where another stands for a fake bold
    and moves it."""
    raw = run.rawFont()
    glyphs = raw.glyphIndexesForString(letters)
    left = [QPointF(at.x() - 0.6 * a.x(), at.y()) for a in raw.advancesForGlyphIndexes(glyphs)]
    return _piece(run, glyphs, left, list(range(index, index + len(glyphs))))


_flat: dict[tuple[str, str], set[int]] = {}  # each face's glyphs without an advance
_measured: dict[tuple[str, str], set[int]] = {}  # each face's glyphs whose advance was read


_BRIDGED = 0.15  # the widest gap between two letters of a word bridged, in ems: a space is wider
_advance: dict[tuple[str, str, float], dict[int, float]] = {}  # each face's glyphs' advances at a size


def _advances(raw, glyphs: list[int]) -> dict[int, float]:
    """The advances of a face's glyphs at its size, each read once."""
    known = _advance.setdefault((raw.familyName(), raw.styleName(), raw.pixelSize()), {})
    new = list(set(glyphs) - known.keys())
    if new:
        known.update(zip(new, (a.x() for a in raw.advancesForGlyphIndexes(new))))
    return known


def _advanceless(raw, glyphs: list[int]) -> set[int]:
    """The glyphs without an advance of a face (a mark, or Noto Naskh Arabic's alef after
    lam, drawn at the lam's place), each glyph's advance read once."""
    face = raw.familyName(), raw.styleName()
    measured, flat = _measured.setdefault(face, set()), _flat.setdefault(face, set())
    new = list(set(glyphs) - measured)
    if new:
        flat.update(g for g, a in zip(new, raw.advancesForGlyphIndexes(new)) if not a.x())
        measured.update(new)
    return flat


def _half_spaces(units: utf16, raw, glyphs: list, indexes: list, positions: list) -> bool:
    """Draw each half-space with the font's own glyph (when it has one), a little into
    the letter after it: where Qt draws it, at the left edge of the letter before it,
    poppler read it before that letter («هیئ‌ت»). Whether the run had one."""
    at = units.indexes(HALF_SPACE, min(indexes), max(indexes) + 1)
    half = raw.glyphIndexesForString(HALF_SPACE)[0] if at else 0
    if not half:
        return False
    advances = raw.advancesForGlyphIndexes(glyphs)
    for n, index in enumerate(indexes):
        if index in at:
            glyphs[n] = half
            if n:
                positions[n] = QPointF(positions[n - 1].x() - 0.2 * advances[n - 1].x(), positions[n].y())
    return True


def outline(piece: QGlyphRun, corner: QPointF) -> QPainterPath:
    """A piece's glyphs as a path, drawn from corner: seen, but no text to a reader."""
    raw, path = piece.rawFont(), QPainterPath()
    for glyph, at in zip(piece.glyphIndexes(), piece.positions()):
        path.addPath(raw.pathForGlyph(glyph).translated(corner + at))
    return path


def _letters(text: str | None) -> bool:
    return text is not None and text != "" and _right_to_left_letters(text)


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
_CID_FONT = re.compile(rb"\n(\d+) 0 obj\s*(<<\s*/Type /Font\s*/Subtype /CIDFontType2\s*/BaseFont /([^\s/]+).*?)endobj", re.S)
_WIDTHS = re.compile(rb"/W \[((?:[^\[\]]|\[[^\]]*\])*)\]")
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
    if not (trailer and root and fonts and size and catalog):
        log.warning("PDF text map not completed: unexpected file structure")
        return pdf
    objects = {int(root.group(1)): b"<<" + catalog.group(1) + b"/Lang (%s)\n>>" % language.encode("ascii")}
    for name, number in fonts:
        cmap = glyph_text.cmap(name)
        if cmap is None:  # drawn by no line of text (the letterhead's SVG): Qt's own map stands
            log.debug("PDF text map of font %s kept as Qt wrote it: no line of the text drew it", name)
            continue
        objects[number] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap)
    objects.update(_widened(pdf, glyph_text))
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


def _widened(pdf: bytes, glyph_text: GlyphText) -> dict[int, bytes]:
    """Each CIDFont whose letters glyph_text widens, its /W with them widened (GlyphText._bridge)."""
    objects = {}
    for found in _CID_FONT.finditer(pdf):
        name, body = found.group(3).decode(), found.group(2)
        wider, widths = glyph_text.wider.get(name), _WIDTHS.search(body)
        if not wider or not widths:
            continue
        cids = {glyph: cid for cid, glyph in enumerate(glyph_text.fonts[name])}
        table = _width_table(widths.group(1))
        for glyph, extra in wider.items():
            if cids.get(glyph) in table:
                table[cids[glyph]] += extra
        array = b"/W [0 [%s]]" % b" ".join(b"%d" % table.get(cid, 0) for cid in range(max(table) + 1))
        objects[int(found.group(1))] = (body[:widths.start()] + array + body[widths.end():]).rstrip()
    return objects


def _width_table(array: bytes) -> dict[int, int]:
    """A /W array (ISO 32000-1, 9.7.4.3: «c [w1 w2 …]» and «c_first c_last w») as CID → width."""
    table: dict[int, int] = {}
    numbers: list[int] = []
    for token in re.findall(rb"\[[^\]]*\]|-?[\d.]+", array):
        if token.startswith(b"["):
            first = numbers.pop()
            table.update((first + n, round(float(w))) for n, w in enumerate(token[1:-1].split()))
        elif len(numbers) == 2:
            first, last = numbers
            table.update((cid, round(float(token))) for cid in range(int(first), int(last) + 1))
            numbers = []
        else:
            numbers.append(int(float(token)))
    return table
