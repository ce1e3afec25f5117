"""The schema: every field of the model described once, and its limits kept alike by
the draft decoder, the checks and the form."""

import dataclasses
import datetime as dt
import json
import unicodedata

import pytest
from hypothesis import given, strategies as st

from announcer import draft, model, paths, schema
from announcer.controls import _INVISIBLE, has_controls, strip_controls
from announcer.dates import from_jalali, to_jalali
from announcer.problems import DraftError
from announcer.validate import check

_LEAVES = [f for f in schema._by_pattern().values() if f.type not in (list,) and not f.is_record]


def test_the_date_limits_are_1300_to_1499_in_the_jalali_calendar():
    assert model.FIRST_DATE == from_jalali(1300, 1, 1)
    assert to_jalali(model.LAST_DATE)[0] == 1499 and to_jalali(model.LAST_DATE.replace(day=21))[0] == 1500


def test_every_field_of_every_record_is_described():
    def fields_of(record, pattern=""):
        for f in dataclasses.fields(record):
            here = paths.child(pattern, f.name)
            yield here
            described = schema.at(here)
            inner = described.item or described
            if inner.is_record:
                yield from fields_of(inner.type, inner.pattern)
    for pattern in fields_of(model.Announcement):
        assert schema.at(pattern).pattern == pattern
    assert schema.at("sections[3].election.people[0].name").name
    assert schema.at("sections[2].paragraph").paragraphs and not schema.at("sections[0].agenda.items[0]").paragraphs
    assert schema.at("sections").item.one_of and schema.at("sections[1].agenda").optional
    assert schema.at("session.guests[0].days").item.maximum == model.MAX_DAYS


def _limits(f: schema.Field) -> tuple[list, list]:
    """The values at a field's limits, and those just past them."""
    if f.type is str:
        return ["ب" * f.characters], ["ب" * (f.characters + 1)]
    if f.type is int:
        return [f.minimum, f.maximum], [f.minimum - 1, f.maximum + 1]
    if f.type is dt.date:
        day = dt.timedelta(days=1)
        return [f.minimum, f.maximum], [f.minimum - day, f.maximum + day]
    return [], []


def _a_model_with(path: str, value) -> model.Announcement:
    """A model where the field at path (its lists given one item) holds value."""
    doc, here = model.Announcement(sections=[]), ""
    for part in paths.split(path):
        if isinstance(part, int):
            paths.get(doc, here).append(schema.at(here).item.default())
            here += f"[{part}]"
        else:
            parent, here = here, paths.child(here, part)
            if not isinstance(paths.get(doc, parent), dict) and paths.get(doc, here) is None:
                # a section's kind, or a number not given: a value, so the section is of that kind
                paths.set_value(doc, here, schema.at(here).default())
    paths.set_value(doc, path, value)
    return doc


@pytest.mark.parametrize("f", [f for f in _LEAVES if _limits(f)[0]], ids=lambda f: f.pattern)
def test_a_value_past_a_limit_is_refused_by_the_decoder_and_named_by_check(f):
    path = f.pattern.replace("[]", "[0]")
    within, beyond = _limits(f)
    for value in within:
        doc = _a_model_with(path, value)
        assert schema.out_of_range(doc) == []  # check may still see a day number past the session's days
        assert draft.loads(draft.encode(draft.to_dict(doc)).decode()) == doc
    for value in beyond:
        doc = _a_model_with(path, value)
        assert path in {p.path for p in check(doc)}
        with pytest.raises(DraftError) as e:
            draft.loads(draft.encode(draft.to_dict(doc)).decode())
        assert [p.path for p in e.value.problems] == [path]


def test_the_invisible_class_is_unicodes_controls_format_surrogates_and_noncharacters():
    wrong = []
    for cp in range(0x110000):
        c = chr(cp)
        category = unicodedata.category(c)
        noncharacter = 0xFDD0 <= cp <= 0xFDEF or cp & 0xFFFE == 0xFFFE
        if category == "Cn" and not noncharacter:
            continue  # unassigned in this Python's Unicode: either way is fine
        want = ((category == "Cc" and c not in "\t\n\r") or (category == "Cf" and c not in "\u200c\u200d")
                or category == "Cs" or noncharacter)
        if want != bool(_INVISIBLE.match(c)):
            wrong.append(f"U+{cp:04X}")
    assert wrong == []


def test_every_invisible_character_is_unprintable_so_a_printable_text_has_none():
    """has_controls looks for them only in a text str.isprintable refuses (once the
    kept ZWNJ, ZWJ, tab and line breaks are out): each must be refused, or one would hide."""
    printable = [f"U+{cp:04X}" for cp in range(0x110000) if _INVISIBLE.match(chr(cp)) and chr(cp).isprintable()]
    assert printable == []
    assert [c for c in "\u200c\u200d\t\n\r" if c.isprintable()] == []  # else taking them out would be needless


_MIXED = st.text(alphabet="آب \u200c\u200d\n\t\r\u200e\u202e\xad\ufeff\x00", max_size=40)  # kept and invisible


@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=40) | _MIXED)
def test_has_controls_finds_what_the_class_finds(text):
    assert has_controls(text) == bool(_INVISIBLE.search(text))
    assert strip_controls(text) == _INVISIBLE.sub("", text)


def test_a_lone_surrogate_is_saved_as_an_escape_and_reads_back(tmp_path, example):
    example.title.body = "کمیته\ud800 خارج"
    path = tmp_path / "d.announcement.json"
    draft.save(path, example)
    assert b"\\ud800" in path.read_bytes()
    json.loads(path.read_bytes())  # valid UTF-8 JSON
    assert draft.load(path) == example
