"""How close the composer comes to real announcements of other bodies (issue 21, «How it
is checked»): each draft under tests/data/real is composed and compared with the text
it rebuilds.

Three figures for each:

- **similarity**: difflib's ratio of the composed text to the original, both with their
  white space folded as tests/core/test_compose_reference.py folds them (the original without
  its «#» lines, which name its source);
- **free text**: the share of the composed text's characters that were typed into a
  free-text field, one the schema marks `paragraphs` (a paragraph section, a report's
  summary, an election's intro, the attendance …): the composer only places those;
- **composer's sentences**: the sentences of the composed text with a letter or digit of
  the composer's own: one that no typed text put there (a phrase's word, a weekday, a
  month, a number it writes). A headline, a signature's line or a free paragraph is
  placed as typed and is not one of them. Each is given its best match among the
  original's sentences; NEARLY (0.85) and above counts as written as the secretary
  wrote it.

Each is measured twice: with the default wording (the draft composed with its `phrases`
emptied: phrases.py's own sentences) and with the body's own wording (the draft as
saved, its `phrases` rewording the fixed phrases in the house style its published text
shows). benchmarks/real_announcements.py prints both; tests/core/test_real_announcements.py
holds both to what they were when measured."""

import dataclasses
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from announcer import draft, schema
from announcer.compose import compose
from announcer.locations import EXAMPLE
from announcer.model import Announcement

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "real"
REFERENCE = ("announcement-223", EXAMPLE, ROOT / "tests" / "data" / "announcement-223.txt")
NEARLY = 0.85

# A sentence ends at «.», «!», «?» or «؟» (the last of a run: «و......»), unless a closing
# quote or bracket follows it, and the next one starts at the next character that is not a space.
_SENTENCE_END = re.compile(r"(?<=[.!?؟])(?![.!?؟»)”\"])\s*(?=\S)")


def fold(text: str) -> str:
    """White space folded to single spaces, as the reference's test compares paragraphs."""
    return re.sub(r"\s+", " ", text).strip()


def original_lines(path: Path) -> list[str]:
    """A kept announcement's paragraphs, folded: its lines but the «#» lines that name its source."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return [fold(line) for line in lines if line.strip() and not line.startswith("#")]


def sentences(line: str) -> list[tuple[int, int]]:
    """The spans of a paragraph's sentences; pieces without a letter or digit («.»
    alone) are not sentences."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(line):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(line)))
    return [(a, b) for a, b in spans if any(c.isalnum() for c in line[a:b])]


def typed_texts(doc: Announcement, free: bool = False) -> list[str]:
    """The texts typed into the draft's fields (with `free`, its free-text fields' only),
    folded, a line each, as the composer places them (it may end one with a full stop,
    or take its full stop off). Not the wording's overrides: they are the composer's phrases."""
    pieces = []
    for path, field, value in schema.walk(doc):
        if field.type is str and value and (field.paragraphs or not free) and not path.startswith("phrases"):
            pieces += [piece for line in value.split("\n") if (piece := fold(line).rstrip("."))]
    return pieces


def covered(text: str, pieces: list[str], once: bool = True) -> list[bool]:
    """Which characters of text came from the pieces. Once: each piece is found once,
    where it does not overlap one found before (longest first, so a short piece is not
    found inside a long one), as a free text is placed once; else wherever it occurs,
    as a name is repeated."""
    mask = [False] * len(text)
    for piece in sorted(pieces, key=len, reverse=True):
        start = text.find(piece)
        while start >= 0:
            if not (once and any(mask[start:start + len(piece)])):
                mask[start:start + len(piece)] = [True] * len(piece)
                if once:
                    break
            start = text.find(piece, start + 1)
    return mask


def ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


@dataclass
class Sentence:
    """One of the composer's sentences, and the original's sentence most like it."""

    composed: str
    original: str
    ratio: float


@dataclass
class Measure:
    name: str
    similarity: float
    free_share: float  # of the composed text's characters
    sentences: list[Sentence]  # the composer's own

    @property
    def near(self) -> int:
        return sum(s.ratio >= NEARLY for s in self.sentences)

    @property
    def near_share(self) -> float:
        return self.near / len(self.sentences) if self.sentences else 1.0


def measure(name: str, doc: Announcement, original: list[str]) -> Measure:
    lines = [fold(b.text) for b in compose(doc)]
    composed = "\n".join(lines)
    free, typed = covered(composed, typed_texts(doc, free=True)), covered(composed, typed_texts(doc), once=False)
    theirs = [line[a:b] for line in original for a, b in sentences(line)]
    ours, offset = [], 0
    for line in lines:
        for a, b in sentences(line):
            if any(c.isalnum() and not typed[offset + i] for i, c in enumerate(line[a:b], a)):
                best = max(theirs, key=lambda t, s=line[a:b]: ratio(s, t))
                ours.append(Sentence(line[a:b], best, ratio(line[a:b], best)))
        offset += len(line) + 1
    return Measure(name, ratio(fold(composed), fold(" ".join(original))), sum(free) / len(composed) if composed else 0.0, ours)


def drafts() -> list[Path]:
    """The drafts under tests/data/real, in their files' order."""
    return sorted(REAL.glob(f"*{draft.FILE_SUFFIX}"))


def original_of(path: Path) -> Path:
    """The kept text a draft rebuilds: 03-x.announcement.json rebuilds 03-x.txt."""
    return path.with_name(path.name.removesuffix(draft.FILE_SUFFIX) + ".txt")


def worded(doc: Announcement, own: bool) -> Announcement:
    """The draft in its own wording (as saved), or in the default one (its `phrases` emptied)."""
    return doc if own else dataclasses.replace(doc, phrases={})


def measure_file(path: Path, own: bool = True) -> Measure:
    """A draft against its original, in its own wording or (own=False) the default one."""
    return measure(path.name.removesuffix(draft.FILE_SUFFIX), worded(draft.load(path), own),
                   original_lines(original_of(path)))


def measure_reference(own: bool = True) -> Measure:
    name, json, text = REFERENCE
    return measure(name, worded(draft.load(json), own), original_lines(text))
