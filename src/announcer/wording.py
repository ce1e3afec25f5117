"""The wording of the composed text: `phrases.py`'s defaults and a draft's overrides.

A draft may reword any phrase under `phrases`, keyed by the phrase's name in lower case
(«held»: «برگزار شد.»). The composer reads every phrase through `phrase()`, so an
override applies wherever the phrase is used; one that `check` refuses (an unknown or
malformed placeholder) is not used, and the default stands in until it is fixed."""

import string
from collections.abc import Mapping
from functools import cache

from . import phrases
from .persian.joining import join
from .problems import Problem

# Every phrase by its key, in the order of phrases.py: {"title": "{kind} برگزاری جلسه {who}", …}.
DEFAULTS: dict[str, str] = {name.lower(): text for name, text in vars(phrases).items()
                            if name.isupper() and isinstance(text, str)}


class PlaceholderError(ValueError):
    """A phrase whose braces do not name the phrase's placeholders (Persian, English)."""

    def __init__(self, fa: str, en: str):
        super().__init__(en)
        self.fa, self.en = fa, en


def _braced(names) -> str:
    return join(f"{{{n}}}" for n in names) if names else "—"


@cache
def placeholders(key: str, text: str) -> tuple[str, ...]:
    """The placeholders a phrase fills, in order; PlaceholderError for a brace that is
    not a plain placeholder of the default's, which the composer could not fill."""
    allowed = set(_names(DEFAULTS[key]))
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise PlaceholderError("آکولاد باز یا بسته‌ای جفت ندارد ({{ و }} آکولاد تنها می‌نویسند)",
                               "has a brace without its pair (write {{ or }} for a brace itself)") from None
    found = []
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in allowed or spec or conversion:
            raise PlaceholderError(f"جای‌نشان ناشناختهٔ «{{{name}}}»؛ این عبارت این‌ها را می‌شناسد: {_braced(sorted(allowed))}",
                                   f"has an unknown placeholder {{{name}}}; this phrase knows {_braced(sorted(allowed))}")
        found.append(name)
    return tuple(found)


def _names(text: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def phrase(overrides: Mapping[str, str], key: str) -> str:
    """The wording of one phrase: the draft's override when it can be filled, else the default."""
    text = overrides.get(key)
    if text is None:
        return DEFAULTS[key]
    try:
        placeholders(key, text)
    except PlaceholderError:
        return DEFAULTS[key]
    return text


class Phrases:
    """phrases.py as the composer reads it, with a draft's overrides: `Phrases(doc.phrases).HELD`."""

    def __init__(self, overrides: Mapping[str, str]):
        self._overrides = overrides

    def __getattr__(self, name: str) -> str:
        return phrase(self._overrides, name.lower())


def problems(overrides: Mapping[str, str]) -> list[Problem]:
    """The overrides the composer cannot use, each named `phrases.KEY`."""
    found = []
    for key, text in overrides.items():
        try:
            placeholders(key, text)
        except PlaceholderError as e:
            found.append(Problem(f"phrases.{key}", e.fa, e.en))
    return found


def warnings(overrides: Mapping[str, str]) -> list[Problem]:
    """Overrides that leave out a placeholder of the default: allowed (the wording may not
    need it), but said, since it is usually a slip."""
    found = []
    for key, text in overrides.items():
        try:
            missing = [n for n in dict.fromkeys(_names(DEFAULTS[key])) if n not in placeholders(key, text)]
        except PlaceholderError:
            continue
        if missing:
            found.append(Problem(f"phrases.{key}", f"{_braced(missing)} در این عبارت نیامده است",
                                 f"leaves out {_braced(missing)}"))
    return found


_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use marks around a phrase, which no draft's text holds
_SENTENCE_ENDS = (". ", ": ", "؟ ", "! ")


def usage(doc, key: str) -> tuple[str, str, str] | None:
    """One sentence of doc's composed text that uses the phrase, as (before, the phrase
    filled, after); None when this announcement does not use it."""
    import dataclasses

    from .compose import compose  # the composer reads this module

    marked = {**doc.phrases, key: _OPEN + phrase(doc.phrases, key) + _CLOSE}
    for block in compose(dataclasses.replace(doc, phrases=marked)):
        start = block.text.find(_OPEN)
        if start < 0:
            continue
        text = block.text.replace(_OPEN, "").replace(_CLOSE, "")  # a phrase used twice is marked twice
        end = block.text.index(_CLOSE, start) - 1
        begin = max(text.rfind(sep, 0, start) for sep in _SENTENCE_ENDS)
        begin = begin + 2 if begin >= 0 else 0
        if text[end - 1:end] == ".":  # the phrase ends its sentence
            finish = end
        else:
            stops = [i for i in (text.find(".", end), text.find(":", end)) if i >= 0]
            finish = min(stops) + 1 if stops else len(text)
        return text[begin:start], text[start:end], text[end:finish]
    return None
