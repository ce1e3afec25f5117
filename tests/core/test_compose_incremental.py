"""Composing again only what an edit touched gives exactly what composing it all gives."""

from hypothesis import given, settings, strategies as st

from announcer.compose import Composition, compose
from edits import apply, edits, fresh


@settings(max_examples=60, deadline=None)
@given(st.lists(edits, min_size=1, max_size=8))
def test_incremental_composition_equals_full_composition(steps):
    doc = fresh()
    composition = Composition()
    composition.update(doc)
    for path, value in steps:
        if apply(doc, path, value):
            assert composition.update(doc, {path}) == compose(doc)
