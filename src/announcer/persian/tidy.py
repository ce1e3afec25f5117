"""Tidy a user's free Persian text: letters, digits, spacing, half-spaces, quotes.

The editor offers this to the user as a suggestion; it is never applied silently,
and never to names. It deliberately keeps «۱۵ می» (the month May) apart: Virastar
and hazm both glue it to the next word as if it were the verb prefix «می‌»."""

import re
import unicodedata

from .digits import to_persian
from .letters import ZWNJ, letters

_P = "\u0600-\u06ff"  # Arabic-script block: Persian letters, digits and signs
_NON_JOINING = "اآأإدذرزژوؤة"  # letters that never join to the next one
# Words that «می» is never a verb prefix before: «ماه می و ژوئن», «می در …».
NOT_VERBS = {"و", "در", "به", "از", "که", "را", "با", "تا", "یا", "هم", "نیز", "این", "آن"}
# Parts of a word often typed apart from it: a verb's prefix, a plural's or comparative's suffix.
PREFIXES = ("می", "نمی")
SUFFIXES = ("ها", "های", "هایی", "هایم", "هایش", "تر", "ترین", "تری")
_CLOSING = "،؛.:!؟"


def search_key(text: str) -> str:
    """Text as a search compares it: «ي» and «ك» as «ی» and «ک», no kashida or diacritics
    (combining marks), a half-space as a space, white space folded, lower case."""
    text = "".join(c for c in letters(text).replace(ZWNJ, " ") if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def _persian_digits(text: str) -> str:
    # Digits inside Latin words or numbers (ATM74, v2) stay as they are.
    return re.sub(r"(?<![A-Za-z0-9])[0-9٠-٩]+(?![A-Za-z])", lambda m: to_persian(m.group()), text)


def _punctuation(text: str) -> str:
    text = re.sub(rf"(?<=[{_P}\s]),(?=[\s{_P}])", "،", text)
    text = re.sub(rf"(?<=[{_P}\s]);", "؛", text)
    text = re.sub(rf"(?<=[{_P}\s])\?", "؟", text)
    text = re.sub(r"([؟!])[؟?!]*!+|[؟?]{2,}", lambda m: m.group(1) + "!" if m.group(1) else "؟", text)
    text = text.replace("...", "…").replace("--", "–")
    return re.sub(r'"([^"\n]*)"', r"«\1»", text)


def _spacing(text: str) -> str:
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(rf" +([{_CLOSING}»)\]])", r"\1", text)
    text = re.sub(r"([«(\[]) +", r"\1", text)
    # One space after punctuation before a letter (not between digits: ۱۰.۴۵۰, ۱۰:۳۰).
    text = re.sub(rf"([{_CLOSING}])(?=[^\s\d۰-۹{_CLOSING}»)\]])", r"\1 ", text)
    # A space between a Persian number and a Persian word: «۹متر» → «۹ متر».
    text = re.sub(r"([۰-۹])(?=[آ-ی])", r"\1 ", text)
    text = re.sub(r"([آ-ی])(?=[۰-۹])", r"\1 ", text)
    return "\n".join(line.strip(" ") for line in text.split("\n"))


def join(left: str, right: str) -> str:
    """Glue two parts of one word: nothing after a non-joining letter, else a half-space."""
    return left + ("" if left[-1] in _NON_JOINING else ZWNJ) + right


def _half_spaces(text: str) -> str:
    # می/نمی + verb, unless «می» follows a number or «ماه» (the month May).
    def prefix(m: re.Match) -> str:
        pre, word = m.group(1), m.group(2)
        before = m.string[: m.start()]
        if word in NOT_VERBS or (pre == "می" and re.search(r"([۰-۹0-9]|ماه)\s*$", before)):
            return m.group()
        return pre + ZWNJ + word
    text = re.sub(rf"(?<![آ-ی\u200c])({'|'.join(PREFIXES)}) ([آ-ی]{{2,}})", prefix, text)
    # ها/های/هایی and تر/ترین/تری after a word of at least two letters.
    suffix = re.compile(rf"([آ-ی]{{2,}})[ \u200c]({'|'.join(SUFFIXES)})(?![آ-ی])")
    text = suffix.sub(lambda m: join(m.group(1), m.group(2)), text)
    # A suffix written straight onto a final «ه»: «جمعهها» → «جمعه‌ها».
    text = re.sub(r"([آ-ی]ه)(ها|های)(?![آ-ی])", r"\1" + ZWNJ + r"\2", text)
    # Surplus half-spaces: doubled, next to a space, or after a non-joining letter.
    text = re.sub(f"{ZWNJ}+", ZWNJ, text)
    text = re.sub(rf" ?{ZWNJ} ?(?=\s)| {ZWNJ}", " ", text)
    return re.sub(rf"([{_NON_JOINING}]){ZWNJ}", r"\1", text)


def tidy(text: str) -> str:
    """Return text with Persian letters, digits, punctuation, spacing and half-spaces tidied."""
    for step in (letters, _persian_digits, _punctuation, _spacing, _half_spaces):
        text = step(text)
    return text
