"""Composing again only what an edit touched gives exactly what composing it all gives."""

import copy
import datetime as dt

from hypothesis import given, settings, strategies as st

from announcer import draft, paths, schema
from announcer.compose import Composition, compose
from announcer.dates import Calendar
from conftest import EXAMPLE
from strategies import text

_BASE = draft.load(EXAMPLE)
_TEXT_PATHS = [path for path, _ in schema.texts(_BASE)]
_OTHER_EDITS = [
    ("session.days", st.lists(st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)), min_size=1, max_size=3)),
    ("settings.calendar", st.sampled_from(list(Calendar))),
    ("settings.persian_digits", st.booleans()),
    ("publication.issue", st.none() | st.integers(1, 999)),
    ("sections[6].election.seats", st.integers(1, 9)),
    ("sections[0].agenda.approved", st.booleans()),
    ("sections[1].documents", st.just([])),
    # Sections that continue the sentence before them: an edit there recomposes the joined sentence.
    ("sections[0].agenda.continues", st.booleans()),
    ("sections[2].reports.continues", st.booleans()),
    ("sections[5].discussion.continues", st.booleans()),
    ("sections[6].election.continues", st.booleans()),
    # The sections moved, removed or repeated: the positions of the example's sections, in a new order.
    ("sections", st.lists(st.integers(0, 8), max_size=12)),
]
edits = st.one_of(st.tuples(st.sampled_from(_TEXT_PATHS), text),
                  *[st.tuples(st.just(path), values) for path, values in _OTHER_EDITS])


@settings(max_examples=60, deadline=None)
@given(st.lists(edits, min_size=1, max_size=8))
def test_incremental_composition_equals_full_composition(steps):
    doc = draft.loads(draft.to_json(_BASE))
    composition = Composition()
    composition.update(doc)
    for path, value in steps:
        if path == "sections":
            value = [copy.deepcopy(doc.sections[i]) for i in value if i < len(doc.sections)]
        try:
            paths.set_value(doc, path, value)
        except (IndexError, AttributeError, TypeError):  # a list emptied, or a section moved, by an earlier step
            continue
        assert composition.update(doc, {path}) == compose(doc)
