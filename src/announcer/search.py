"""Find and replace over every typed text of an announcement, as Persian is typed.

A search compares texts as the names index does (`persian.tidy.search_key`): «ي» and
«ك» as «ی» and «ک», no kashida or diacritics, a half-space as a space, runs of white
space as one, Latin letters in any case; «کیوان» finds «كيوان». The folded text keeps,
for each of its characters, the original character it came from, so a match is a span
of the original text and a replacement takes exactly the characters matched, whatever
was folded inside them (an Arabic letter, a half-space, a diacritic), and the marks that
fold to nothing right after them (a diacritic on the last letter).

Every text the form edits is searched, in the order of the form (`schema.texts`), and
no other: not the draft's wording (Edit → Wording), whose phrases hold placeholders
(«{who}») a replacement could break. A replacement that would make a field longer than
its limit is refused for that field and said (`schema.Field.out_of_range`). No Qt here:
the window (gui/find.py) shows the matches and makes the changes one undo step."""

from array import array
from dataclasses import dataclass
from functools import cache, lru_cache

from . import schema
from .paths import get
from .persian.letters import ZWNJ
from .persian.tidy import search_key
from .problems import Problem

WORDING = "phrases"  # the draft's wording: not searched (see above)


@dataclass(frozen=True)
class Folded:
    """A text as a search compares it, each character with the index of the original
    character it came from (a letter folded to two, «ß» → «ss», has two of the same)."""

    text: str
    origins: array  # of int: 4 bytes a character, not a tuple's 36
    length: int  # the original text's

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original characters of the folded ones from start to end: from the first
        one's origin to the next character's of another origin, so that the marks folded
        away after the last one (a diacritic, a kashida, the rest of a run of spaces) go
        with it, and a character folded to two is taken whole."""
        last = self.origins[end - 1]
        while end < len(self.origins) and self.origins[end] == last:
            end += 1
        return self.origins[start], self.origins[end] if end < len(self.origins) else self.length


def _space(c: str) -> bool:
    return c.isspace() or c == ZWNJ


@cache
def _fold_character(c: str) -> str:
    """One character as search_key folds it: "" for a diacritic or a kashida."""
    return search_key(c)


@lru_cache(maxsize=1024)  # a draft's texts, folded once for all the keystrokes of a search
def fold(text: str) -> Folded:
    """text as search_key folds it, but not stripped (a search for «کیوان » wants the
    space), each folded character with its origin."""
    folded: list[str] = []
    origins = array("i")
    for i, c in enumerate(text):
        if _space(c):
            if not folded or folded[-1] != " ":
                folded.append(" ")
                origins.append(i)
            continue
        for f in _fold_character(c):
            folded.append(f)
            origins.append(i)
    return Folded("".join(folded), origins, len(text))


def _in_word(c: str) -> bool:
    """A character that belongs to the word it touches: a letter, a digit, a mark on a
    letter, a kashida, or a half-space (which joins «کیوان‌ها» into one word)."""
    return c.isalnum() or c == ZWNJ or not (c.isspace() or _fold_character(c))


def find(text: str, query: str, whole_words: bool = False) -> list[tuple[int, int]]:
    """The spans of text (start, end: indices of the original) that match query, left to
    right and not overlapping, as a reader finds them: «ااا» holds one «اا»."""
    key = fold(query).text
    if not key.strip():
        return []
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    at = 0
    while (found := folded.text.find(key, at)) >= 0:
        start, end = folded.span(found, found + len(key))
        at = found + 1
        if spans and start < spans[-1][1]:  # inside the last match's characters («ß» holds two «s»)
            continue
        if whole_words and ((start > 0 and _in_word(text[start - 1])) or (end < len(text) and _in_word(text[end]))):
            continue
        spans.append((start, end))
        at = found + len(key)
    return spans


def replaced(text: str, spans: list[tuple[int, int]], replacement: str) -> str:
    """text with each span (as find gives them: in order, apart) replaced."""
    parts, at = [], 0
    for start, end in spans:
        parts += [text[at:start], replacement]
        at = end
    return "".join(parts) + text[at:]


def searched(model):
    """Every text the search reads, with its path, in the order of the form."""
    return ((path, text) for path, text in schema.texts(model) if not path.startswith(WORDING + "."))


@dataclass(frozen=True)
class Match:
    path: str
    start: int
    end: int


def find_all(model, query: str, whole_words: bool = False) -> list[Match]:
    """Every match in every text the form edits, in the order of the form."""
    return [Match(path, start, end) for path, text in searched(model)
            for start, end in find(text, query, whole_words)]


def _refused(path: str, text: str) -> Problem | None:
    """Why text cannot be the value of the field at path (too long), or None."""
    why = schema.at(path).out_of_range(text)
    return Problem(path, f"جایگزین نشد: {why[0]}", f"not replaced: {why[1]}") if why else None


def replace_one(model, match: Match, replacement: str) -> str | Problem:
    """The text at match.path with that match replaced, or why it cannot be. The match
    must still be one (the window checks it against find_all first)."""
    text = get(model, match.path)
    new = text[:match.start] + replacement + text[match.end:]
    return _refused(match.path, new) or new


@dataclass
class Replacement:
    """What Replace all changes: the new texts by path, how many matches they replaced,
    and the fields left as they were because the result would be too long."""

    texts: dict[str, str]
    count: int
    refused: list[Problem]


def replace_all(model, query: str, replacement: str, whole_words: bool = False) -> Replacement:
    result = Replacement({}, 0, [])
    for path, text in searched(model):
        spans = find(text, query, whole_words)
        if not spans:
            continue
        new = replaced(text, spans, replacement)
        if problem := _refused(path, new):
            result.refused.append(problem)
        elif new != text:
            result.texts[path] = new
            result.count += len(spans)
    return result

