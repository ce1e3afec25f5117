"""What typed text is as a clause (persian/clauses.py), and how the composer says it: a
report's summary typed as a topic becomes a sentence, a purpose typed with or without
its «برای» reads well."""

import dataclasses
import datetime as dt

import pytest
from parts import announcement, part

from announcer import draft
from announcer.compose import compose
from announcer.model import Election, Report, Reports, Session
from announcer.persian.clauses import ends_with_verb, says_purpose, share_verbs
from announcer.render.text import render
from real_measure import drafts

SENTENCES = ["در تصویر اول به رشد و گسترش جنبش پرداخت.", "بودجه سال آینده تأیید شود", "فعالانه شرکت کنند.",
             "آغاز میشود.", "فرا میخواند.", "به زودی منتشر خواهد شد.", "نشست را گشود", "دقایقی سخن راند.",
             "به شرح زیر است:", "انتظار چنین آماری را نداشتند.", "به نتیجه نرسید.", "هیئت جدید را برگزید.",
             "تصویب کرده‌اند.", "کار را ادامه می‌دهیم.", "اعلام کردیم."]
PHRASES = ["وضعیت مالی انجمن و بودجهٔ سال آینده", "گزارش درآمد", "روند", "انتقاد شدید", "بیانیه ای در ارزیابی شرایط کشور",
           "گزارش نشست", "اساسنامه جدید با 70 ماده و 135 بند", "تأثیر اوضاع منطقه بر حوادث ایران.", "میز گرد", ""]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentence_ends_with_its_verb(text):
    assert ends_with_verb(text)


@pytest.mark.parametrize("text", PHRASES)
def test_a_noun_phrase_does_not(text):
    assert not ends_with_verb(text)


def test_every_report_typed_in_the_real_drafts_ends_with_a_verb_and_no_agenda_item_or_title_does():
    """Over the fourteen real announcements and the example."""
    from conftest import EXAMPLE

    for path in [*drafts(), EXAMPLE]:
        doc = draft.load(path)
        for s in doc.sections:
            for text in [*(r.summary for r in s.reports.items if r.summary)] if s.reports else []:
                assert ends_with_verb(text), (path.name, text)
            for text in [*(t for t in s.agenda.items)] if s.agenda else []:
                assert not ends_with_verb(text), (path.name, text)
            for document in s.documents or []:
                assert not ends_with_verb(document.title), (path.name, document.title)


def test_a_purpose_says_whether_it_has_its_preposition():
    assert says_purpose("برای دوره دو ساله") and says_purpose("به منظور انتخاب هیئت مدیره")
    assert not says_purpose("دورهٔ دوسالهٔ آینده") and not says_purpose("بررسی آخرین تحولات")


def _text(*sections, **fixed) -> str:
    return render(compose(announcement(*sections, **fixed)))


def test_a_report_summary_typed_as_a_topic_is_said_as_what_the_report_covered():
    reports = Reports(items=[Report(speaker="مینا احدی", summary="وضعیت مالی انجمن و بودجهٔ سال آینده.")])
    assert "در این گزارش به وضعیت مالی انجمن و بودجهٔ سال آینده پرداخته شد." in _text(part("reports", reports))
    said = Reports(items=[Report(speaker="مینا احدی", summary="او از وضعیت مالی انجمن گفت")])
    text = _text(part("reports", said))
    assert "او از وضعیت مالی انجمن گفت." in text and "پرداخته شد" not in text


def test_an_election_for_a_term_typed_without_its_for_reads_with_it():
    election = Election(body="هیئت مدیره", seats=5, announced=True, purpose="دورهٔ دوسالهٔ آینده")
    assert "یک هیئت مدیره پنج نفره برای دورهٔ دوسالهٔ آینده انتخاب" in _text(part("election", election))
    typed = dataclasses.replace(election, purpose="برای دورهٔ دوسالهٔ آینده")
    assert _text(part("election", typed)) == _text(part("election", election))


def test_a_meetings_purpose_typed_with_its_for_is_not_said_twice():
    day = [dt.date(2024, 6, 15)]
    with_for = _text(session=Session(days=day, purpose="برای بررسی آخرین تحولات"))
    assert "برای بررسی آخرین تحولات" in with_for and "برای برای" not in with_for
    assert with_for == _text(session=Session(days=day, purpose="بررسی آخرین تحولات"))


def test_coordinated_clauses_say_a_repeated_light_verb_once():
    assert share_verbs(["آیاتی تلاوت شد", "به حاضران خوشامد گفته شد."]) == ["آیاتی تلاوت", "به حاضران خوشامد گفته شد."]
    assert share_verbs(["الف تلاوت شد", "ب اجرا شد", "ج اعلام شد."]) == ["الف تلاوت", "ب اجرا", "ج اعلام شد."]
    # Another verb, a simple verb alone, or the plural against the singular: each keeps its own.
    assert share_verbs(["آیاتی تلاوت شد", "مجری خوشامد گفت."]) == ["آیاتی تلاوت شد", "مجری خوشامد گفت."]
    assert share_verbs(["شد", "آغاز شد."]) == ["شد", "آغاز شد."]
    assert share_verbs(["آنان سخنرانی کردند", "او سخنرانی کرد."]) == ["آنان سخنرانی کردند", "او سخنرانی کرد."]
