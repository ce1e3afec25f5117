"""The secretary's own word list: words the spell check takes as right in every draft
(«Add to the word list» in a field's context menu), a plain UTF-8 file in the
application's data folder, one word a line, as Hunspell's personal dictionaries are.

The file is untrusted: it is read up to MAX_BYTES, and what is not a word of at most
MAX_CHARS letters is left out, as is a word past the MAX_WORDS-th; a file that cannot
be read (not UTF-8, too large, a folder) is taken as empty. Either is logged. Writes
are atomic, and a word added reads the file again first, so two windows adding words
keep both."""

import logging
import re
from pathlib import Path

from .atomic import read_limited, write_atomically
from .persian.spelling import WORD

log = logging.getLogger(__name__)

MAX_WORDS = 20_000
MAX_CHARS = 64
MAX_BYTES = MAX_WORDS * (MAX_CHARS * 2 + 1)  # Persian letters take two bytes in UTF-8
_ONE_WORD = re.compile(f"{WORD}(?: {WORD})*")  # a name of several words is kept whole


def read(path: Path) -> list[str]:
    """The words of the list; none for a missing file."""
    try:
        text = read_limited(path, MAX_BYTES).decode("utf-8")
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as e:  # unreadable, too large, not a file, not UTF-8
        log.warning("the word list %s cannot be read, taken as empty: %s", path, e)
        return []
    lines = [line.strip() for line in text.splitlines()]
    words = [w for w in lines if w and len(w) <= MAX_CHARS and _ONE_WORD.fullmatch(w)]
    if len(words) < len([w for w in lines if w]):
        log.warning("the word list %s holds lines that are not words; they are left out", path)
    if len(words) > MAX_WORDS:
        log.warning("the word list %s holds over %d words; the rest are left out", path, MAX_WORDS)
    return list(dict.fromkeys(words[:MAX_WORDS]))


def _write(path: Path, words: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, "".join(f"{w}\n" for w in words).encode("utf-8"))


def add(path: Path, word: str) -> list[str]:
    """Add word (spaces folded) to the list as the file now holds it; the words after.
    ValueError for what is not a word; OSError when the file cannot be written."""
    word = " ".join(word.split())
    if len(word) > MAX_CHARS or not _ONE_WORD.fullmatch(word):
        raise ValueError(f"not a word: {word[:MAX_CHARS]!r}")
    words = read(path)
    if word not in words:
        words = [*words, word][-MAX_WORDS:]
        _write(path, words)
    return words


def clear(path: Path) -> None:
    """Empty the list (Preferences)."""
    if path.exists():
        _write(path, [])
