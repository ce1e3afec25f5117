"""How often the spell check is wrong about right words, on two bodies of real formal
Persian: the reference announcement (tests/data/announcement-223.txt) and the fourteen real
announcements of tests/data/real (each with its source address), each checked knowing
the names its draft holds, as the window knows them.

A flagged word is a false alarm unless tests/data/spelling/errors.txt lists it as
written wrong in the published text (a typo, a word glued to the next, a half-space
missing); the right words are the words checked less those errors. The test
(tests/persian/test_spelling.py) and the benchmark (benchmarks/spelling.py) both count this way."""

from dataclasses import dataclass
from pathlib import Path

from announcer import draft, spellcheck
from announcer.persian.spelling import Doubt, Speller, dictionary, words
from real_measure import REFERENCE, ROOT, drafts, original_of

ERRORS = ROOT / "tests" / "data" / "spelling" / "errors.txt"


def errors() -> set[str]:
    """The words written wrong as published: each line's text before « — »."""
    lines = ERRORS.read_text(encoding="utf-8").splitlines()
    return {line.split(" — ")[0] for line in lines if line and not line.startswith("#")}


@dataclass
class Count:
    name: str
    words: int  # checked
    flagged: list[Doubt]
    false: list[Doubt]  # flagged, but right as written

    @property
    def per_100(self) -> float:
        right = self.words - (len(self.flagged) - len(self.false))
        return 100 * len(self.false) / right


def count(name: str, text: str, known: list[str]) -> Count:
    spell = Speller(dictionary(), known)
    wrong = errors()
    flagged = spell.doubts(text)
    return Count(name, sum(1 for _ in words(text)), flagged, [d for d in flagged if d.word not in wrong])


def text_of(path: Path) -> str:
    """A kept text without its header (the lines starting «#»: source, retrieval)."""
    return "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))


def reference() -> Count:
    return count("reference", REFERENCE[2].read_text(encoding="utf-8"), [])


def real() -> Count:
    """The fourteen real announcements as one body."""
    parts = [count(p.name, text_of(original_of(p)), spellcheck.names(draft.load(p))) for p in drafts()]
    return Count("real announcements", sum(c.words for c in parts),
                 [d for c in parts for d in c.flagged], [d for c in parts for d in c.false])
