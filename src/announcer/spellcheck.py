"""The spell check of a draft: which of its texts are checked, which words it knows to
be right, and its doubtful words as warnings at their fields (`announcer check`).

Every text the secretary typed is checked (the form's fields, the wording, rewritten
paragraphs), but the names: every name, role, body and city typed in a name field is
known to be right, in every field. So are the words ignored for this draft and the
secretary's word list. The language's rules are in persian/spelling.py."""

from collections.abc import Generator, Iterable

from . import schema
from .model import Announcement
from .names import kind_of
from .partwalks import PartWalks, Walk
from .persian.spelling import Dictionary, Doubt, Speller
from .problems import Problem


def is_name(path: str, field: schema.Field) -> bool:
    """Whether the text at path is a name (never checked, and known to be right)."""
    return field.name or kind_of(path) is not None


def _texts_and_names(walk: Walk) -> tuple[list[tuple[str, str]], list[str]]:
    """(path, text) of every text of a walk the spell check reads, and the names typed."""
    texts, typed = [], []
    for path, field, text in walk:
        if field.type is str and text and not field.kept:
            if is_name(path, field):
                typed.append(text)
            else:
                texts.append((path, text))
    return texts, typed


def checked(doc: Announcement) -> list[tuple[str, str]]:
    """(path, text) of every text of doc the spell check reads."""
    return _texts_and_names(schema.walk(doc))[0]


def names(doc: Announcement) -> list[str]:
    """The names typed in doc's name fields."""
    return _texts_and_names(schema.walk(doc))[1]


class Texts(PartWalks[tuple[list[tuple[str, str]], list[str]]]):
    """checked() and names() kept part by part (partwalks.py), for the window's count at
    each pause and its speller renewed after a name is typed: both walked the whole draft
    (150 ms at 200× the example), now only the part an edit changed."""

    def __init__(self):
        super().__init__(_texts_and_names)

    def read(self, doc: Announcement) -> tuple[list[tuple[str, str]], list[str]]:
        """checked(doc) and names(doc)."""
        found = self.walked(doc)
        return [t for part in found for t in part[0]], [n for part in found for n in part[1]]


def speller(dictionary: Dictionary, doc: Announcement, words: Iterable[str] = (), typed: list[str] | None = None) -> Speller:
    """A speller for doc: its names (typed, when read already), its ignored words and
    `words` (the word list) known."""
    return Speller(dictionary, [*(names(doc) if typed is None else typed), *doc.ignored_words, *words])


def doubts(doc: Announcement, spell: Speller) -> list[tuple[str, Doubt]]:
    """Each doubtful word of doc, with the path of its field."""
    return [(path, doubt) for path, text in checked(doc) for doubt in spell.doubts(text)]


class Recount:
    """Counting a draft's doubtful words again and again with one speller (the window's
    status bar, at each pause in typing): a text checked before is not checked again, so
    a keystroke, which changes one text, costs one text (300 ms of stall at 200 times
    the example, where every text was checked at each pause). Keeps only the texts the
    draft holds now; a new speller needs a new Recount."""

    def __init__(self, spell: Speller):
        self.spell = spell
        self.by_text: dict[str, list[Doubt]] = {}

    def counting(self, texts: Iterable[tuple[str, str]]) -> Generator[None, None, list[tuple[str, Doubt]]]:
        """What doubts(doc, spell) says, for texts = checked(doc) (or Texts' read), as the
        generator's value; it yields after each text checked anew, so that the window
        checks a new speller's draft in slices (200–370 ms at 200 times the example with
        every text its own). A count left unfinished keeps the texts it checked."""
        kept: dict[str, list[Doubt]] = {}
        found = []
        for path, text in texts:
            if text not in kept:
                if text not in self.by_text:
                    self.by_text[text] = self.spell.doubts(text)
                    yield
                kept[text] = self.by_text[text]
            found += [(path, doubt) for doubt in kept[text]]
        self.by_text = kept
        return found


def warnings(doc: Announcement, spell: Speller) -> list[Problem]:
    """Each doubtful word of doc as a warning at its field, with the first suggestion."""
    return [_warning(path, doubt, spell) for path, doubt in doubts(doc, spell)]


def _warning(path: str, doubt: Doubt, spell: Speller) -> Problem:
    if doubt.joined:
        return Problem(path, f"«{doubt.word}» با نیم‌فاصله نوشته می‌شود: «{doubt.joined}»",
                       f"«{doubt.word}» is written with a half-space: «{doubt.joined}»", warning=True)
    offered = spell.suggestions(doubt)[:1]
    return Problem(path, f"«{doubt.word}» در واژه‌نامه نیست" + (f"؛ شاید «{offered[0]}»" if offered else ""),
                   f"«{doubt.word}» is not in the dictionary" + (f"; perhaps «{offered[0]}»" if offered else ""),
                   warning=True)
