"""Hypothesis strategies that build any Announcement the model allows."""

import dataclasses
import datetime as dt
import typing
from enum import Enum

from hypothesis import strategies as st

from announcer.model import Announcement

# Any text a user could type or paste, without lone surrogates (which no editor produces).
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


def _for(tp, meta):
    origin = typing.get_origin(tp)
    if origin is typing.Union or str(origin) == "<class 'types.UnionType'>":
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return st.none() | _for(inner, meta)
    if origin is list:
        return st.lists(_for(typing.get_args(tp)[0], meta), max_size=3)
    if dataclasses.is_dataclass(tp):
        return model_of(tp)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return st.sampled_from(list(tp))
    if tp is dt.date:
        return st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31))
    if tp is int:
        return st.integers(min_value=meta.get("min", 0), max_value=10_000)
    return {str: text, bool: st.booleans()}[tp]


def model_of(cls):
    hints = typing.get_type_hints(cls)
    return st.builds(cls, **{f.name: _for(hints[f.name], f.metadata) for f in dataclasses.fields(cls)})


announcements = model_of(Announcement)
