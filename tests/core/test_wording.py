"""The body's own wording: every phrase of phrases.py overridable from the draft, bad
placeholders named by check, the wording file."""

import dataclasses
import datetime as dt
import json

import pytest
from hypothesis import given, settings

from parts import first, replaced
from test_compose_kinds import every_kind

from announcer import draft, wording
from announcer.cli import main
from announcer.compose import compose
from announcer.dates import Calendar, DateWord
from announcer.model import (AgendaLayout, Alternate, Announcement, Election, ElectedPerson, Guest, OfficeOf, Opening, Part, Report,
                             Resolution, ResolutionKind, Vote)
from announcer.problems import DraftError
from announcer.render.text import render
from announcer.validate import check
from strategies import announcements


def _text(doc) -> str:
    return render(compose(doc))


def _with(doc, key, text):
    return dataclasses.replace(doc, phrases={key: text})


def test_the_example_with_held_reworded_composes_it(example):
    text = _text(_with(example, "held", "برگزار شد."))
    assert "در استکهلم برگزار شد." in text and "برگزار گردید" not in text


@pytest.mark.parametrize("key", list(wording.DEFAULTS))
def test_every_phrase_can_be_reworded_and_the_text_shows_it(key, example):
    # A marker no default holds, with every placeholder kept, in some announcement that uses the phrase.
    names = wording.placeholders(key, wording.DEFAULTS[key])
    marker = "«نشان»"
    override = " ".join([marker, *(f"{{{n}}}" for n in dict.fromkeys(names))])
    for doc in _uses(example):
        default_text = _text(doc)
        reworded = _text(_with(doc, key, override))
        if reworded != default_text:
            assert marker in reworded, key
            return
    pytest.fail(f"no test announcement uses phrases.{key.upper()}")


def _uses(example):
    """Announcements that between them use every phrase."""
    yield example
    one = replaced(example, "reports", dataclasses.replace(
        first(example, "reports"), topic="", items=[Report(speaker="مینا احدی", title="وضعیت")]))
    yield one
    yield replaced(one, "reports", dataclasses.replace(first(one, "reports"), items=[Report(speaker="مینا احدی")]))
    yield replaced(one, "reports", dataclasses.replace(first(one, "reports"), items=[
        Report(speaker="مینا احدی", summary="وضعیت مالی انجمن و بودجهٔ سال آینده")]))
    yield replaced(example, "reports", dataclasses.replace(first(example, "reports"), topic=""))
    s = dataclasses.replace(example.session, present=42, members=60,
                            guests=[Guest(name="اصغر کریمی", role="", days=[])])
    yield dataclasses.replace(example, session=s)
    yield dataclasses.replace(example, session=dataclasses.replace(s, members=None))
    yield replaced(example, "documents", first(example, "documents")[:1])
    yield replaced(example, "resolutions", [
        Resolution(text="الف", vote=Vote.COUNTED, votes_for=28, votes_against=3, abstentions=2),
        Resolution(kind=ResolutionKind.TEXT, text="ب", vote=Vote.MAJORITY), Resolution(text="ج", vote=Vote.UNANIMOUS)])
    yield dataclasses.replace(replaced(example, "agenda", dataclasses.replace(first(example, "agenda"), items=["یک", "دو"])),
                              settings=dataclasses.replace(example.settings, agenda_layout=AgendaLayout.LIST))
    yield dataclasses.replace(example, title=dataclasses.replace(example.title, short_name=""))
    e = Election(body="هیئت مدیره", seats=3, offices_of=OfficeOf.ELECTED_BODY, acclamation=True, announced=True, in_order=True,
                 people=[ElectedPerson("الف", "دبیر"), ElectedPerson("ب", "خزانه‌دار"), ElectedPerson("ج", "عضو")])
    yield replaced(example, "election", dataclasses.replace(e, alternates=[Alternate("د")]))
    yield replaced(example, "election", dataclasses.replace(e, alternates=[Alternate("د"), Alternate("ه")]))
    yield replaced(example, "election", Election(body="هیئت", seats=1, people=[ElectedPerson("الف", "سخنگو", votes=30)]))
    for of in OfficeOf:
        yield replaced(example, "election", Election(body="هیئت", seats=1, offices_of=of,
                                                     people=[ElectedPerson("الف", "ناظر مالی")]))
    yield replaced(example, "reports", dataclasses.replace(first(example, "reports"), items=[
        Report(speaker="الف", title="یک"), Report(speaker="ب")]))
    # The date styles (tests/core/test_date_styles.py): each word and both orders of the calendars.
    yield dataclasses.replace(example, session=dataclasses.replace(example.session, days=[
        dt.date(2007, 12, 14), dt.date(2007, 12, 15), dt.date(2007, 12, 16)]))
    one_day = dataclasses.replace(example.session, days=[dt.date(2007, 12, 15)])
    for calendar, word in ((Calendar.BOTH, DateWord.DATED), (Calendar.BOTH_JALALI_FIRST, DateWord.ON_THE_DATE)):
        styled = dataclasses.replace(example.settings, calendar=calendar, date_word=word)
        yield dataclasses.replace(example, settings=styled)
        yield dataclasses.replace(example, settings=styled, session=one_day)
    yield dataclasses.replace(example, settings=dataclasses.replace(example.settings, numeric_dates=True))
    # A meeting dated by its month alone, in each calendar.
    in_june = dataclasses.replace(example.session, days=[dt.date(2024, 6, 15)], month_only=True)
    for calendar in (Calendar.GREGORIAN, Calendar.JALALI):
        yield dataclasses.replace(example, session=in_june, settings=dataclasses.replace(example.settings, calendar=calendar))
    # Sections that continue the sentence before them (tests/core/test_compose_joins.py).
    yield replaced(example, "agenda", dataclasses.replace(first(example, "agenda"), continues=True))
    yield replaced(example, "discussion", dataclasses.replace(first(example, "discussion"), continues=True))
    for opening in (Opening(recitation=True, continues=True), Opening(anthem="انترناسیونال", continues=True)):
        yield dataclasses.replace(example, sections=[Part(opening=opening), *example.sections])
    yield from every_kind()


def test_an_unknown_placeholder_is_refused_with_the_field_path(example):
    doc = _with(example, "session", "نشست {whom}")
    (problem,) = [p for p in check(doc) if p.path.startswith("phrases")]
    assert problem.path == "phrases.session" and "{whom}" in problem.en and "{who}" in problem.en
    assert "جلسه کمیته خارج کشور" in _text(doc)  # the default stands in until it is fixed


@pytest.mark.parametrize("text", ["{kind", "{kind!r} {who}", "{n:d}", "{}", "{kind.__class__}"])
def test_a_malformed_placeholder_is_refused(text, example):
    doc = _with(example, "title", text)
    assert [p.path for p in check(doc) if p.path.startswith("phrases")] == ["phrases.title"]
    assert "اطلاعیه برگزاری جلسه کمیته" in _text(doc)


def test_a_dropped_placeholder_is_a_warning_not_a_problem(example, tmp_path, capsys):
    doc = _with(example, "attendance", "با حضور اکثریت")
    assert not [p for p in check(doc) if p.path.startswith("phrases")]
    assert [w.path for w in wording.warnings(doc.phrases)] == ["phrases.attendance"]
    path = tmp_path / "d.announcement.json"
    draft.save(path, doc)
    assert main(["check", str(path)]) == 0
    assert "warning: phrases.attendance" in capsys.readouterr().err


def test_a_phrase_that_is_not_one_is_refused_when_the_draft_is_read(tmp_path):
    data = {"format": draft.FORMAT, "version": 1, "announcement": {"phrases": {"held": "برگزار شد.", "heald": "x"}}}
    with pytest.raises(DraftError) as e:
        draft.loads(json.dumps(data))
    assert [p.path for p in e.value.problems] == ["phrases.heald"]


def test_a_draft_without_phrases_reads_and_saves_without_them(example):
    assert example.phrases == {}
    assert "phrases" not in json.loads(draft.to_json(example))["announcement"]


def test_saving_and_reopening_keeps_the_phrases(example, tmp_path):
    doc = dataclasses.replace(example, phrases={"title": "{kind} برگزاری {who}", "held": "برگزار شد."})
    path = tmp_path / "d.announcement.json"
    draft.save(path, doc)
    assert draft.load(path) == doc
    assert json.loads(path.read_text())["announcement"]["phrases"] == doc.phrases


def test_a_wording_file_round_trips_and_names_a_bad_phrase(tmp_path):
    path = tmp_path / "house.wording.json"
    draft.save_wording(path, {"held": "برگزار شد."})
    assert draft.load_wording(path) == {"held": "برگزار شد."}
    path.write_text(json.dumps({"format": draft.WORDING_FORMAT, "version": 1, "phrases": {"nope": "x"}}))
    with pytest.raises(DraftError) as e:
        draft.load_wording(path)
    assert e.value.problems[0].path == "phrases.nope"
    path.write_text("{")
    with pytest.raises(DraftError):
        draft.load_wording(path)


@settings(max_examples=60, deadline=None)
@given(announcements)
def test_the_strategies_reword_phrases_and_any_wording_composes(doc):
    compose(doc)  # never raises, whatever the overrides hold
    assert set(doc.phrases) <= set(wording.DEFAULTS)


def test_the_strategies_reach_the_phrases():
    from hypothesis import find
    found = find(announcements, lambda d: "held" in d.phrases)
    assert isinstance(found.phrases["held"], str)


def test_a_new_announcement_has_no_overrides():
    assert Announcement().phrases == {}
