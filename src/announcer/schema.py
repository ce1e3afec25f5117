"""The model described once: every field's path pattern, type, limits and text rules.

Walked from `model.Announcement`'s type hints and field metadata, once. The draft
decoder, the checks, the window's widgets and the test strategies all read it, so a
field added to model.py is decoded, checked, edited and tested without touching them.
Paths are those of `paths.py`; a pattern writes «[]» for any index:
«elections[].people[].name»."""

import dataclasses
import datetime as dt
import re
import types
import typing
from enum import Enum
from functools import cache, cached_property

from . import model
from .paths import child
from .persian.digits import number
from .problems import Problem

_INDEX = re.compile(r"\[\d+\]")


@dataclasses.dataclass(frozen=True)
class Field:
    """One field of the model, or the items of a list."""

    pattern: str  # «elections[].seats»; "" for the announcement itself
    type: type  # str, int, bool, datetime.date, an Enum, list, a record (a dataclass) or dict
    optional: bool = False  # None stands for «not given»
    item: "Field | None" = None  # a list's items
    fields: tuple["Field", ...] = ()  # a record's fields, or the keys a dict may have, in order
    minimum: int | dt.date | None = None  # a whole number's or a date's range
    maximum: int | dt.date | None = None
    characters: int | None = None  # the most characters of a text
    name: bool = False  # a person's or a body's name: tidying leaves it as typed
    paragraphs: bool = False  # free text in paragraphs (a multi-line field)
    one_of: bool = False  # a record of which exactly one field is given (model.Part)
    kept: bool = False  # text the program writes and keeps (a rewrite's anchor), not typed

    # What a field derives from the rest is kept once asked: the decoder and the walks ask
    # it of every value (19,000 times to read a draft of 200 times the example).
    @cached_property
    def key(self) -> str:
        """The field's own name in its record: «seats»."""
        return self.pattern.rsplit(".", 1)[-1]

    @cached_property
    def is_record(self) -> bool:
        return dataclasses.is_dataclass(self.type)

    @cached_property
    def is_mapping(self) -> bool:
        """A dict that may hold any of `fields`' keys and no other (the phrases' overrides)."""
        return self.type is dict

    @cached_property
    def is_enum(self) -> bool:
        return issubclass(self.type, Enum)

    @cached_property
    def by_key(self) -> dict[str, "Field"]:
        """A record's fields or a mapping's keys by their key, in order."""
        return {part.key: part for part in self.fields}

    @cached_property
    def members(self) -> dict[str, Enum]:
        """An enum's members by the value a draft writes."""
        return {member.value: member for member in typing.cast(type[Enum], self.type)}

    def default(self):
        """A fresh value: a list's new item, a record with its defaults, "" or today."""
        if self.type is dt.date:
            return min(max(dt.date.today(), model.FIRST_DATE), model.LAST_DATE)
        return self.type()  # str() == "", int() == 0, a record with its defaults

    def whole_range(self) -> tuple[str, str]:
        """What a whole number of this field must be (Persian, English)."""
        low, high = typing.cast(int, self.minimum), typing.cast(int, self.maximum)
        return (f"باید عددی از {number(low)} تا {number(high)} باشد", f"must be a whole number from {low} to {high:,}")

    def new_item(self, items: list, selected: int) -> tuple[int, object]:
        """Where a new item of this list goes, and what it is, the item at `selected`
        being the one chosen (-1: none): after it, with the item's default; but a new
        date is the day after the latest, at the end (a session's next day)."""
        item = typing.cast(Field, self.item)  # a list's field has its item
        if item.type is dt.date and items:
            return len(items), min(max(items) + dt.timedelta(days=1), model.LAST_DATE)
        return (selected + 1 if items else 0), item.default()

    def out_of_range(self, value: typing.Any) -> tuple[str, str] | None:
        """Why a value of the right type is out of this field's limits (Persian, English)."""
        if self.type is str and self.characters is not None and len(value) > self.characters:
            return (f"بیش از {number(self.characters)} نویسه است ({number(len(value))} نویسه)",
                    f"is longer than {self.characters:,} characters ({len(value):,})")
        if self.type is int and not self.minimum <= value <= self.maximum:
            return self.whole_range()
        if self.type is dt.date and not self.minimum <= value <= self.maximum:
            return ("باید روزی از سال ۱۳۰۰ تا ۱۴۹۹ خورشیدی (۱۹۲۱ تا ۲۱۲۱ میلادی) باشد",
                    "must be a day from 1300 to 1499 AP (1921 to 2121 AD)")
        return None


def _describe(tp: typing.Any, pattern: str, metadata: typing.Mapping[str, typing.Any]) -> Field:
    optional = typing.get_origin(tp) in (typing.Union, types.UnionType)
    if optional:
        (tp,) = [a for a in typing.get_args(tp) if a is not type(None)]
    common: dict[str, typing.Any] = {"pattern": pattern, "optional": optional}
    if typing.get_origin(tp) is list:
        (item,) = typing.get_args(tp)
        return Field(type=list, item=_describe(item, pattern + "[]", metadata), **common)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return Field(type=tp, fields=_record_fields(tp, pattern), one_of=getattr(tp, "ONE_OF", False), **common)
    if typing.get_origin(tp) is dict:
        _, value = typing.get_args(tp)
        return Field(type=dict, fields=tuple(_describe(value, child(pattern, key), {}) for key in metadata["keys"]),
                     **common)
    if tp is int:
        return Field(type=int, minimum=metadata["min"], maximum=metadata["max"], **common)
    if tp is dt.date:
        return Field(type=dt.date, minimum=model.FIRST_DATE, maximum=model.LAST_DATE, **common)
    if tp is str:
        paragraphs = metadata.get("paragraphs", False)
        characters = metadata.get("characters") or (model.PARAGRAPH_CHARACTERS if paragraphs else model.LINE_CHARACTERS)
        return Field(type=str, name=metadata.get("name", False), paragraphs=paragraphs, kept=metadata.get("kept", False),
                     characters=characters, **common)
    return Field(type=tp, **common)  # bool or an Enum


def _record_fields(record: typing.Any, pattern: str) -> tuple[Field, ...]:
    hints = typing.get_type_hints(record)
    return tuple(_describe(hints[f.name], child(pattern, f.name), f.metadata)
                 for f in dataclasses.fields(record))


@cache
def root() -> Field:
    """The announcement as a whole."""
    return Field(pattern="", type=model.Announcement, fields=_record_fields(model.Announcement, ""))


@cache
def _by_pattern() -> dict[str, Field]:
    found = {}

    def visit(f: Field):
        found[f.pattern] = f
        for part in f.fields + ((f.item,) if f.item else ()):
            visit(part)
    visit(root())
    return found


def pattern(path: str) -> str:
    """«elections[0].people[2].name» → «elections[].people[].name»."""
    return _INDEX.sub("[]", path)


def at(path: str) -> Field:
    """The field at a concrete path; KeyError for a path the model does not have."""
    return _by_pattern()[pattern(path)]


def walk(value, f: Field | None = None, path: str = ""):
    """Every value in a model with its path and field, parents before their parts."""
    f = f or root()
    yield path, f, value
    if value is None:  # an optional part not given
        return
    if f.is_record:
        for field in f.fields:
            yield from walk(getattr(value, field.key), field, child(path, field.key))
    elif f.type is list:
        for i, item in enumerate(value):
            yield from walk(item, f.item, f"{path}[{i}]")
    elif f.is_mapping:
        for field in f.fields:
            if field.key in value:
                yield from walk(value[field.key], field, child(path, field.key))


def texts(value, f: Field | None = None, path: str = ""):
    """Every typed text in a model (or a part of one, with its field and path) with its
    path: («session.city», "استکهلم"), …; not the enum choices, which nobody types, nor
    the text the program keeps (a rewritten paragraph's anchor and composed text)."""
    for here, field, text in walk(value, f, path):
        if field.type is str and text is not None and not field.kept:
            yield here, text


def out_of_range(value, f: Field | None = None, path: str = "") -> list[Problem]:
    """Every value in a model (or a part of one) beyond its field's limits: what the
    draft decoder refuses and the window does not accept."""
    return [Problem(here, *why) for here, field, v in walk(value, f, path)
            if v is not None and (why := field.out_of_range(v))]


def empty_section(kind: str) -> "model.Part":
    """A new section of kind, its value as a new one starts: Agenda(), [] or ""."""
    return model.Part(**{kind: at(f"sections[].{kind}").default()})
