"""Composing again only what an edit touched gives exactly what composing it all gives."""

import copy

from hypothesis import given, settings, strategies as st

from announcer import schema
from announcer.compose import _FIXED, FIELD_WEIGHT, Composition, compose
from announcer.controls import has_controls
from announcer.paths import get
from strategies import announcements
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
            whole = Composition()
            whole.update(doc)
            assert composition.weights == whole.weights  # an item weighed again, the part not: the same budget


def test_a_report_composed_from_the_memo_spends_its_wording_again():
    """The reports' sentences come from the composition's memo after the first time, and
    the characters their reworded phrases add are counted again each time: the section
    is left out at the same report, and let in again at the same, as when all is composed."""
    doc = fresh()
    reports = doc.sections[2].reports
    reports.items = [copy.deepcopy(reports.items[0]) for _ in range(40)]
    for item in reports.items:
        item.summary = "به وضعیت مالی پرداخت."  # ends with its verb: the phrase below is not used
    doc.phrases["report_covered"] = "ک" * 8000 + " {summary}"
    composition = Composition()
    composition.update(doc)
    seen = []
    for n in [*range(40), *range(40)]:
        reports.items[n].summary = "وضعیت مالی" if reports.items[n].summary.endswith(".") else "به وضعیت مالی پرداخت."
        path = f"sections[2].reports.items[{n}].summary"
        whole = Composition()
        assert composition.update(doc, {path}) == whole.update(doc)
        assert [p.path for p in composition.problems] == [p.path for p in whole.problems]
        seen.append(bool(whole.problems))
    assert not seen[0] and seen[39] and not seen[-1]  # it went past the bound and came back


@settings(max_examples=80, deadline=None)
@given(announcements)
def test_a_part_weighs_each_field_it_holds_by_the_schema(doc):
    """The weight the budget counts is, over every field the schema walks in a part, its
    characters and FIELD_WEIGHT more for a text, FIELD_WEIGHT for any other value given,
    nothing for a record or a list itself; and the clean part has no invisible character
    left where the model had one."""
    composition = Composition()
    composition.update(doc)
    assert len(composition.weighed) == len(_FIXED) + len(doc.sections)
    for unit, weighed in composition.weighed.items():
        name, expected = unit if isinstance(unit, str) else f"sections[{unit}]", 0
        for _, field, value in schema.walk(get(doc, name), schema.at(name)):
            if value is None or field.is_record or field.type is list:
                continue
            expected += len(value) + FIELD_WEIGHT if field.type is str else FIELD_WEIGHT
        assert weighed.weight == expected == sum(weighed.items.values())
        for _, field, text in schema.walk(weighed.clean, schema.at(name)):
            assert field.type is not str or not has_controls(text or "")
