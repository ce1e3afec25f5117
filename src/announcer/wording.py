"""The wording of the composed text: `phrases.py`'s defaults and a draft's overrides.

A draft may reword any phrase under `phrases`, keyed by the phrase's name in lower case
(«held»: «برگزار شد.»). The composer reads every phrase through `phrase()`, so an
override applies wherever the phrase is used; one that `check` refuses (an unknown,
malformed or repeated placeholder) is not used, and the default stands in until it is
fixed.

A placeholder may appear once in a phrase: a phrase cannot multiply what is typed into
a field (`{text}` written 333 times made a 1 MB draft compose to 333 MB). What a phrase
adds by itself, once per item, the composer meters (compose.py)."""

import string
from collections.abc import Callable, Mapping
from functools import lru_cache

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


@lru_cache(maxsize=1024)  # the texts typed in the Wording page, one a key: a bounded cache
def placeholders(key: str, text: str) -> tuple[str, ...]:
    """The placeholders a phrase fills, in order; PlaceholderError for a brace that is
    not a plain placeholder of the default's, which the composer could not fill, and
    for a placeholder written twice."""
    allowed = set(_names(DEFAULTS[key])) | set(phrases.ALSO_KNOWS.get(key, ()))
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise PlaceholderError("آکولاد باز یا بسته‌ای جفت ندارد ({{ و }} آکولاد تنها می‌نویسند)",
                               "has a brace without its pair (write {{ or }} for a brace itself)") from None
    found = []
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in allowed:
            raise PlaceholderError(f"جای‌نشان ناشناختهٔ «{{{name}}}»؛ این عبارت این‌ها را می‌شناسد: {_braced(sorted(allowed))}",
                                   f"has an unknown placeholder {{{name}}}; this phrase knows {_braced(sorted(allowed))}")
        if spec or conversion:
            raise PlaceholderError(f"پس از نام جای‌نشان «{{{name}}}» چیزی (! یا :) نمی‌آید؛ آن را «{{{name}}}» بنویسید",
                                   f"writes {{{name}}} with a format («!» or «:» after the name); write {{{name}}} alone")
        if name in found:
            raise PlaceholderError(f"جای‌نشان «{{{name}}}» بیش از یک بار آمده است؛ هر جای‌نشان یک بار می‌آید",
                                   f"has {{{name}}} more than once; each placeholder may appear once")
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
    """phrases.py as the composer reads it, with a draft's overrides: `Phrases(doc.phrases).HELD`.

    With `spend`, every phrase read and every phrase filled is counted: spend(characters).
    With `heard`, the values each phrase is first filled with are kept there, by key (the
    Wording page shows what each placeholder holds)."""

    def __init__(self, overrides: Mapping[str, str], spend: Callable[[int], None] | None = None,
                 heard: dict[str, dict[str, str]] | None = None):
        self._overrides, self._spend, self._heard = overrides, spend, heard

    def __getattr__(self, name: str) -> str:
        text = phrase(self._overrides, name.lower())
        if self._spend is None and self._heard is None:
            return text
        return _Metered(text, self._spend or _free, name.lower(), self._heard)


def _free(characters: int) -> None:
    """No meter."""


class _Metered(str):
    """A phrase that counts its characters when read, and those it makes when filled;
    and keeps the values of its first filling in `heard`, if given."""

    _spend: Callable[[int], None]
    _key: str
    _heard: dict | None

    def __new__(cls, text: str, spend: Callable[[int], None], key: str = "", heard: dict | None = None):
        spend(len(text))
        metered = super().__new__(cls, text)
        metered._spend, metered._key, metered._heard = spend, key, heard
        return metered

    def format(self, /, *args, **values) -> str:
        filled = str.format(self, *args, **values)
        self._spend(len(filled))
        if self._heard is not None:
            self._heard.setdefault(self._key, {name: str(value) for name, value in values.items()})
        return filled


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
