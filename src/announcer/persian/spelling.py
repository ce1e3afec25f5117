"""Persian spell checking: which words of a text are doubtful, and what to put instead.

The dictionary is Lilak (src/announcer/resources/dictionaries/fa, in Hunspell's format), read through
the `chunspell` binding. Around it, the rules a Persian text needs (docs/spelling.md):

- only runs of Persian letters are checked: never digits, Latin words, web or e-mail
  addresses, nor a word glued to a digit or a Latin letter («۱۲ام», «ATMها»);
- «ي», «ى», «ك», kashida and vowel marks are folded before checking, as the same word;
- a word whose parts between half-spaces all pass is a compound and passes («شده‌است»);
- the names the secretary typed, their own word list and the words they ignored pass;
- a word that passes with a half-space inside («میکند» → «می‌کند»), or two words that
  make one joined by a half-space («فعالیت های» → «فعالیت‌های»), are doubtful with that
  fix as their first suggestion.

Without Qt: the window underlines what `Speller.doubts` finds, and `announcer check`
lists it."""

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..locations import DICTIONARIES
from .clauses import ends_with_verb
from .letters import ZWNJ, letters
from .tidy import NOT_VERBS, PREFIXES, SUFFIXES, join

log = logging.getLogger(__name__)

DICTIONARY = DICTIONARIES / "fa"
SUGGESTIONS = 8  # offered for a word, the best first
_CACHED = 200_000  # words whose verdict is remembered; then the memory starts again

# Persian and Arabic letters (not digits, punctuation or signs) and the marks written on them.
_LETTER = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
_MARK = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed"
# A word: letters and marks, with half-spaces only between them.
WORD = f"[{_LETTER}][{_LETTER}{_MARK}]*(?:{ZWNJ}[{_LETTER}{_MARK}]+)*"
_WORD = re.compile(WORD)
# A word glued to one of these is part of a number, a code or a Latin name.
_GLUED = re.compile(r"[0-9A-Za-z۰-۹٠-٩_٪%]")
# Web and e-mail addresses, whatever letters they hold.
_ADDRESS = re.compile(r"\S*(?:://|www\.|@)\S*", re.IGNORECASE)
# Vowel marks, tatweel and the superscript alef, which a word may carry or not; not the
# hamza above (U+0654), which the dictionary writes in «نامهٔ».
_VOWELS = re.compile("[\u064b-\u0653\u0655-\u065f\u0670]")
_MONTH_BEFORE = re.compile(r"(?:[۰-۹0-9]|ماه)\s*$")  # «۱۵ می», «ماه می»: the month May
# A verb's particle written apart, which Lilak lacks alone: «فرا می‌خواند».
_PREVERBS = frozenset({"فرا"})
_AROUND = 80  # characters checked again on each side of an edit (redoubt): a word or two and a pair


# Letters some writers use where others write another, both accepted: «رؤسا» «روسا»,
# «رییس» «رئیس», «هیأت» «هیئت».
_VARIANTS = (("ؤ", "و"), ("یی", "ئی"), ("ئ", "ی"), ("أ", "ئ"), ("إ", "ا"))
_SUFFIXED = re.compile(f"(.+?)({'|'.join(sorted(SUFFIXES, key=len, reverse=True))})")


def _spellings(word: str) -> list[str]:
    """word, then its other accepted spellings."""
    return [word] + [word.replace(a, b) for a, b in _VARIANTS if a in word]


def fold(word: str) -> str:
    """A word as the dictionary writes it: «ي» «ك» as «ی» «ک», no kashida nor vowel
    marks, «ۀ» as «هٔ»."""
    return _VOWELS.sub("", letters(word)).replace("ۀ", "هٔ")


@dataclass(frozen=True)
class Doubt:
    """A doubtful word (or two words that make one) at text[start:end]."""

    start: int
    end: int
    word: str
    joined: str | None = None  # the same word with a half-space put in or between: the likely fix


class Dictionary:
    """Lilak through Hunspell, remembering each word's verdict."""

    def __init__(self, hunspell):
        self._hunspell = hunspell
        self._verdicts: dict[str, bool] = {}

    def correct(self, word: str) -> bool:
        """Whether the dictionary has word (already folded)."""
        verdict = self._verdicts.get(word)
        if verdict is None:
            if len(self._verdicts) >= _CACHED:
                self._verdicts.clear()
            verdict = self._verdicts[word] = self._hunspell.spell(word)
        return verdict

    def suggest(self, word: str) -> list[str]:
        return list(self._hunspell.suggest(word))


@cache
def dictionary(folder: Path = DICTIONARY) -> Dictionary | None:
    """The Persian dictionary, loaded once (some 0.4 s); None, logged, where it cannot be:
    no `chunspell` for this platform, or its files missing or unreadable."""
    try:
        from hunspell import Hunspell  # the chunspell package
    except ImportError as e:
        log.warning("spell checking is off: the chunspell package cannot be imported (%s)", e)
        return None
    try:
        return Dictionary(Hunspell("fa", hunspell_data_dir=str(folder)))
    except Exception as e:  # chunspell raises its own HunspellFilePathError, or MemoryError
        log.warning("spell checking is off: the dictionary in %s cannot be read (%s)", folder, e)
        return None


def words(text: str, start: int = 0, end: int | None = None) -> Iterable[re.Match]:
    """The Persian words of text (from start to end) to check: not in an address, not
    glued to a digit or a Latin letter."""
    end = len(text) if end is None else end
    addresses = [m.span() for m in _ADDRESS.finditer(text, start, end)] if ("@" in text or "/" in text or "www" in text) else []
    for m in _WORD.finditer(text, start, end):
        start, end = m.span()
        if (start and _GLUED.match(text, start - 1)) or _GLUED.match(text, end):
            continue
        if any(a <= start < b for a, b in addresses):
            continue
        yield m


def _common_prefix(a: str, b: str) -> int:
    """How many characters a and b start with alike (a binary search of slices: C-fast on long texts)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _abbreviation(text: str, word: re.Match) -> bool:
    """A letter and a full stop: «ق.ظ.» (before noon), «ج.ا.»."""
    return len(word[0]) == 1 and text.startswith(".", word.end())


class Speller:
    """The doubtful words of a text, for one draft: the dictionary plus the words known
    to be right (the draft's names, the personal word list, the words ignored)."""

    def __init__(self, dictionary: Dictionary, known: Iterable[str] = ()):
        self.dictionary = dictionary
        self.known: set[str] = set()
        self.know(known)

    def know(self, texts: Iterable[str]) -> None:
        """Take every word of texts as right (a name «ژیلا کریمی» gives two)."""
        for text in set(texts):  # a name typed in many fields is read once
            self.known.update(fold(m[0]) for m in _WORD.finditer(text))
        self._accepted: dict[str, bool] = {}  # a word as typed → right or not, until the words known change
        self._joined: dict[tuple[str, str], str | None] = {}  # two words as typed → the word they make

    def _whole(self, word: str) -> bool:
        return word in self.known or self.dictionary.correct(word)

    def _right(self, word: str) -> bool:
        """A folded word known, in the dictionary in one of its accepted spellings, or a
        plural or comparative of such a word written joined («کادرها»)."""
        if any(self._whole(w) for w in _spellings(word)):
            return True
        stem = _SUFFIXED.fullmatch(word)
        return stem is not None and len(stem[1]) > 1 and self._whole(stem[1])

    def accepts(self, word: str) -> bool:
        """Whether word is right, alone or as a compound of right parts («شده‌است»)."""
        verdict = self._accepted.get(word)
        if verdict is None:
            folded = fold(word)
            verdict = self._right(folded) or (ZWNJ in folded and all(self._right(p) for p in folded.split(ZWNJ)))
            if len(self._accepted) >= _CACHED:
                self._accepted.clear()
            self._accepted[word] = verdict
        return verdict

    def half_space(self, word: str) -> str | None:
        """The word with a half-space put in where the dictionary then has it: «میکند» → «می‌کند»."""
        word = fold(word)
        for i in range(1, len(word)):
            if word[i - 1] != ZWNJ != word[i] and self.dictionary.correct(fixed := word[:i] + ZWNJ + word[i:]):
                return fixed
        return None

    def _apart(self, text: str, left: re.Match, right: re.Match) -> str | None:
        """Two neighbours written apart that make one word: a prefix or a suffix typed
        apart («می کند», «فعالیت های», «خلاصه ای»), or a word that is wrong alone and
        right joined to its neighbour («بین المللی», «آ نگاه»); the word they make.
        Not «۱۵ می» or «ماه می» (the month)."""
        if text[left.end():right.start()] != " ":
            return None
        pair = left[0], right[0]
        if pair in self._joined:
            joined = self._joined[pair]
        else:
            if len(self._joined) >= _CACHED:
                self._joined.clear()
            joined = self._joined[pair] = self._one_word(fold(left[0]), fold(right[0]))
        if joined and fold(left[0]) == "می" and _MONTH_BEFORE.search(text, max(0, left.start() - 8), left.start()):
            return None
        return joined

    def _one_word(self, a: str, b: str) -> str | None:
        """The word two folded words make, if they make one («می» + «کند»: «می‌کند»); not
        a prefix before a word no verb is («می در»)."""
        suffix = len(a) > 1 and (b in SUFFIXES or (b == "ای" and a.endswith("ه")))
        prefix = a in PREFIXES and b not in NOT_VERBS and len(b) > 1
        if suffix or prefix:
            candidates = [join(a, b)]
        elif not (self.accepts(a) and self.accepts(b)):
            candidates = [a + ZWNJ + b, a + b]
        else:
            return None
        return next((c for c in candidates if self._right(c)), None)

    def doubts(self, text: str, start: int = 0, end: int | None = None) -> list[Doubt]:
        """The doubtful words of text (from start to end, with the text around as their context), in order."""
        found: list[Doubt] = []
        checked = list(words(text, start, end))
        i = 0
        while i < len(checked):
            m = checked[i]
            after = checked[i + 1] if i + 1 < len(checked) else None
            if after is not None and (joined := self._apart(text, m, after)):
                found.append(Doubt(m.start(), after.end(), text[m.start():after.end()], joined))
                i += 2  # a word is part of one fix at most
                continue
            preverb = after is not None and fold(m[0]) in _PREVERBS and ends_with_verb(after[0])
            if not (self.accepts(m[0]) or preverb or _abbreviation(text, m)):
                found.append(Doubt(m.start(), m.end(), m[0], self.half_space(m[0])))
            i += 1
        return found

    def redoubt(self, before: str, found: list[Doubt], text: str) -> list[Doubt]:
        """The doubtful words of text, knowing those of the text before an edit (found):
        only a stretch around what changed is checked again, the rest moved with it. The
        same as doubts(text) but where words joined in pairs chain past that stretch («می
        کند ها …»), which a full check later puts right."""
        p = _common_prefix(before, text)
        q = _common_prefix(before[p:][::-1], text[p:][::-1])
        delta = len(text) - len(before)
        lo = text.rfind(" ", 0, max(0, p - _AROUND)) + 1
        hi = text.find(" ", min(len(text), len(text) - q + _AROUND))
        hi = len(text) if hi < 0 else hi
        for d in found:  # a doubt kept as it was lies wholly outside the stretch
            if d.start < lo < d.end:
                lo = d.start
            if d.start < hi - delta < d.end:
                hi = d.end + delta
        after = [Doubt(d.start + delta, d.end + delta, d.word, d.joined) for d in found if d.start >= hi - delta]
        return [d for d in found if d.end <= lo] + self.doubts(text, lo, hi) + after

    def suggestions(self, doubt: Doubt) -> list[str]:
        """What to put instead of a doubtful word, the likeliest first."""
        offered = [doubt.joined] if doubt.joined else []
        if " " not in doubt.word:
            offered += self.dictionary.suggest(fold(doubt.word))
        return list(dict.fromkeys(offered))[:SUGGESTIONS]
