"""Where a long paragraph may be cut into pieces, Qt paragraphs of their own laid out one
by one (Pages holds them): Qt lays a changed paragraph out whole, 64 ms for the 172,000
characters of the reports of 200× the example, where a piece costs a millisecond.

A cut is made only where the pieces give the lines, the glyphs and their places of the
paragraph laid out whole: at the end of one of its lines (lines break first-fit, so the
lines before a cut are those of the whole), after the spaces that follow a letter of an
Arabic-script word and before another such letter. There the bidirectional algorithm
resolves the same on both sides whether the paragraph is whole or cut (a piece starts
with a strong right-to-left letter, as its paragraph's direction; the spaces before the
cut lie between two of them either way), and no word is joined across it."""

import re
from unicodedata import bidirectional

# A paragraph longer than this is held as pieces: Qt lays one this long out whole in 2 ms,
# and shapes a longer one in items of its own, cut every 4,096 characters (page-layout.md).
LONG = 4_096
PIECE = 1_500  # the characters of a piece, about
_SLACK = 0.98  # a cut line leaves this much of the measure at most: Qt counts the trailing spaces of a piece's last line
# explicit embeddings and isolates; a joiner (as_drawn adds its own); two UTF-16 units
_UNCUT = re.compile("[\u202a-\u202e\u2066-\u2069\u200d\U00010000-\U0010ffff]")
_CHUNK = 4_096


def may_cut(text: str, least: int | None = None) -> bool:
    """Whether a paragraph's text (composed) is held as pieces: longer than least (LONG),
    with no explicit embedding or isolate (it could span a cut), no zero width joiner
    (Pages finds where the composed text of a piece starts by those as_drawn adds) and
    every character one UTF-16 unit (the cuts are offsets in both Python's and Qt's
    indexing)."""
    return len(text) > (LONG if least is None else least) and not _UNCUT.search(text)


def cuttable(text: str, at: int) -> bool:
    """Whether a piece may start at `at`, a line start of the paragraph laid out whole:
    after spaces that follow an Arabic letter, before an Arabic letter."""
    if not 0 < at < len(text) or text[at - 1] != " " or bidirectional(text[at]) != "AL":
        return False
    before = at - 1
    while before >= 0 and text[before] == " ":
        before -= 1
    return before >= 0 and bidirectional(text[before]) == "AL"


def chosen(text: str, lines: list[tuple[int, int, float]], width: float, start: int = 0) -> list[tuple[int, float]]:
    """Cuts for the lines (start, end, natural width) of a paragraph laid out whole from
    start: a line end at least PIECE characters after the last cut, of a line that
    leaves room for its trailing spaces, before a last piece of PIECE / 2 at least; each
    with its line's natural width (a piece's last line has its trailing spaces counted
    in Qt's)."""
    cuts: list[tuple[int, float]] = []
    last, end_of_text = start, lines[-1][1] if lines else start
    for _, end, natural in lines[:-1]:
        if end - last >= PIECE and end_of_text - end >= PIECE // 2 and roomy(natural, width) and cuttable(text, end):
            cuts.append((end, natural))
            last = end
    return cuts


def roomy(natural: float, width: float) -> bool:
    """Whether a line may end a piece: Qt lays a piece's last line out with its trailing
    spaces counted, and a line that fills the measure could then break otherwise."""
    return natural <= width * _SLACK


def edit(old: str, new: str) -> tuple[int, int, int]:
    """Where new differs from old: the common start's length, and where the
    difference ends in old and in new (the common end not overlapping it). Compared a
    chunk at a time, then halving: a character at a time took milliseconds."""
    shortest = min(len(old), len(new))
    start = _common(lambda a, b: old[a:b] == new[a:b], shortest)
    end = _common(lambda a, b: old[len(old) - b:len(old) - a] == new[len(new) - b:len(new) - a], shortest - start)
    return start, len(old) - end, len(new) - end


def _common(same, most: int) -> int:
    """The longest n up to most for which same(0, n) holds, same(a, b) telling whether
    the texts agree from a to b."""
    low = 0
    while low + _CHUNK <= most and same(low, low + _CHUNK):
        low += _CHUNK
    high = min(low + _CHUNK, most)
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if same(low, middle) else (low, middle - 1)
    return low
