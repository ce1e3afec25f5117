"""Hypothesis strategies for any Announcement, built from the schema: a field added to
the model is generated here without touching this file."""

import dataclasses
import string

from hypothesis import strategies as st

from announcer import schema
from announcer.controls import BIDI_CONTROLS

# Characters a secretary types or pastes, and the ones pasted text smuggles in: Persian
# letters and digits, the half-space, bidi controls, invisible format characters, C0/C1
# controls, noncharacters and lone surrogates (half of a character).
_TRICKY = ("آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيك۰۱۲۳۴۵۶۷۸۹٠١٢" + "\u200c\u200d" + BIDI_CONTROLS
           + "\u200b\ufeff\u2060\u00ad\u206a\U000e0041\ufff9\x00\x07\x1b\x85\x9f\ufffe\uffff\ud800\udfff"
           + "«»،؛؟ .\n\t" + string.ascii_letters)
character = st.characters(exclude_categories=()) | st.sampled_from(_TRICKY)
text = st.text(character, max_size=30)


def for_field(f: schema.Field, beyond: bool = False):
    """Values for a field: within its limits (all the window accepts), or with
    beyond=True also numbers and dates past them (what a hand-made draft may hold)."""
    if f.type is list:
        values = st.lists(for_field(f.item, beyond), max_size=3)
    elif f.one_of:  # a section: one kind, given
        values = st.one_of([st.builds(f.type, **{part.key: for_field(dataclasses.replace(part, optional=False), beyond)})
                            for part in f.fields])
    elif f.is_record:
        values = st.builds(f.type, **{part.key: for_field(part, beyond) for part in f.fields})
    elif f.is_mapping:  # any of its keys, or none
        values = st.fixed_dictionaries({}, optional={part.key: for_field(part, beyond) for part in f.fields})
    elif f.is_enum:
        values = st.sampled_from(list(f.type))
    elif f.type is bool:
        values = st.booleans()
    elif f.type is int:
        values = st.integers(f.minimum, f.maximum) | (st.integers() if beyond else st.nothing())
    elif f.type is str:
        values = text
    else:  # a date
        values = st.dates(f.minimum, f.maximum) | (st.dates() if beyond else st.nothing())
    return st.none() | values if f.optional else values


announcements = for_field(schema.root())
any_announcements = for_field(schema.root(), beyond=True)
