"""What a drawn line depends on, so that a line an edit left as it was keeps its glyph
runs and justification (Pages._spread_line) when Qt lays its paragraph out again: a
keystroke in the session's paragraph of 50× the example re-made the 29 lines of page one
(6 ms) where one had changed.

Qt shapes and orders a line's glyphs from its paragraph: the same text gives the same
glyphs where the letters beside it (shaping) and the strong directions around it (the
bidirectional algorithm resolves numbers and neutrals by them) are the same, and where the
line stands in the same place, as wide, and is stretched alike. A paragraph with explicit
embeddings or isolates (an embedding can open lines before) or with characters of two
UTF-16 units is not keyed: its lines are made again."""

import re
from unicodedata import bidirectional

_EXPLICIT = re.compile("[\u202a-\u202e\u2066-\u2069]")
_STRONG = frozenset(("L", "R", "AL"))
_LOOK = 64  # the characters looked through for a strong direction: a line starting with more neutrals is not keyed


def keyable(text: str) -> bool:
    """Whether a paragraph's lines may be keyed (text as Qt holds it, one unit a character)."""
    return not _EXPLICIT.search(text) and (not text or max(text) <= "\uffff")


def key(text: str, start: int, end: int, placed: tuple) -> tuple | None:
    """The key of the line text[start:end] of a keyable paragraph, placed as the tuple
    says (its paragraph, where it stands, how wide, how stretched); None where the
    directions around it are too far to look for."""
    before, after = _strong(text, start - 1, -1), _strong(text, end, 1)
    if before is None or after is None:
        return None
    return text[start:end], text[start - 1:start], text[end:end + 1], before, after, placed


def _strong(text: str, at: int, step: int) -> str | None:
    """The first strong direction from at on, going step (the paragraph's edge: "")."""
    for _ in range(_LOOK):
        if not 0 <= at < len(text):
            return ""
        kind = bidirectional(text[at])
        if kind in _STRONG:
            return kind
        at += step
    return None
