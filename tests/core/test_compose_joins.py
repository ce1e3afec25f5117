"""A section that continues the sentence before it (its `continues`, «ادامهٔ جملهٔ بخش پیش»):
one sentence across two sections, as real secretaries write it («جلسه … برگزار و با تلاوت
… آغاز شد.», «در مجمع … که … برگزار شد نمایندگان … رأی دادند.»), the repeated verb said
once, and nothing joined where there is no sentence to continue."""

import datetime as dt

from parts import announcement, part

from announcer.compose import Composition, compose, usage
from announcer.model import (Agenda, AgendaLayout, Decisions, Election, Guest, Opening, OtherDiscussion, Session, DocumentSettings,
                             Title)
from announcer.render.text import render

SESSION = Session(days=[dt.date(2024, 6, 15)], city="تهران")
TITLE = Title(body="شورای شهر", short_name="شورا")
HELD = "جلسه شورای شهر روز شنبه ۱۵ ژوئن ۲۰۲۴ در تهران"


def _text(*sections, **fixed) -> str:
    return render(compose(announcement(*sections, **{"session": SESSION, "title": TITLE, **fixed})))


def _paragraphs(*sections, **fixed) -> list[str]:
    return _text(*sections, **fixed).strip().split("\n")[1:]  # after the title


def test_the_opening_continues_the_session_its_subject_said_once_and_the_repeated_verb_once():
    """«گردید» and «شد» are one verb to coordination: «… برگزار و با تلاوت … آغاز شد.»"""
    opening = part("opening", Opening(recitation=True, continues=True))
    assert _paragraphs(opening) == [f"{HELD} برگزار و با تلاوت آیاتی از کلام‌الله مجید آغاز شد."]
    opening.opening.continues = False
    assert _paragraphs(opening) == [f"{HELD} برگزار گردید.", "جلسه با تلاوت آیاتی از کلام‌الله مجید آغاز شد."]


def test_a_section_continues_the_last_sentence_of_the_one_before_and_a_different_verb_stays():
    opening = part("opening", Opening(opened_by="رئیس شورا"))
    agenda = part("agenda", Agenda(items=["بودجه", "انتخابات"], continues=True))
    assert _paragraphs(opening, agenda)[1] == \
        "رئیس شورا جلسه را افتتاح کرد و دستور جلسه عبارت بود از: ۱- بودجه و ۲- انتخابات."


def test_three_sections_in_one_sentence_as_the_city_council_writes_it():
    """08's sentence: the session, its recitation and the decisions' introduction, worded as the
    council words them; «شد» goes before «گردید»; the guests follow the sentence, then the decisions."""
    phrases = {"session_continued": "{session} {days} {attendance} {time}", "at_time": "رأس ساعت {time}",
               "recitation_continuing": "با تلاوت کلام الله مجید شروع شد.",
               "decisions": "پس از بحث و تبادل نظر تصمیمات ذیل اتخاذ گردید."}
    session = Session(days=[dt.date(2024, 6, 15)], attendance="اعضاء محترم", time="13/30",
                      guests=[Guest(name="معاون شهردار")])
    paragraphs = _paragraphs(part("opening", Opening(recitation=True, continues=True)),
                             part("decisions", Decisions(items=["الف", "ب"], continues=True)),
                             session=session, phrases=phrases)
    assert paragraphs == ["جلسه شورای شهر روز شنبه ۱۵ ژوئن ۲۰۲۴ با حضور اعضاء محترم رأس ساعت 13/30 با تلاوت کلام الله مجید "
                          "شروع و پس از بحث و تبادل نظر تصمیمات ذیل اتخاذ گردید. معاون شهردار در جلسه شرکت داشت.",
                          "۱- الف.", "۲- ب."]


def test_the_session_as_a_relative_clause_of_what_the_meeting_did():
    """ISNA's «در مجمع … که … برگزار شد نمایندگان … رأی دادند.»: the body's SESSION_CONTINUED."""
    phrases = {"session_continued": "در {session} که {days} {city} {held}", "held": "برگزار شد."}
    election = Election(body="هیئت مدیره", extended=True, term="سه ماه", voters="نمایندگان حاضر", continues=True)
    assert _paragraphs(part("election", election), phrases=phrases) == [
        "در جلسه شورای شهر که روز شنبه ۱۵ ژوئن ۲۰۲۴ در تهران برگزار شد با رأی نمایندگان حاضر، "
        "هیئت مدیره فعلی به مدت سه ماه ابقا شد."]


def test_nothing_is_joined_where_there_is_no_sentence_to_continue():
    """After an empty section, after a list, after a session with nothing to say, a continuing
    section reads as it would alone, its subject kept."""
    opening = part("opening", Opening(recitation=True, continues=True))
    alone = "جلسه با تلاوت آیاتی از کلام‌الله مجید آغاز شد."
    assert _paragraphs(part("discussion", OtherDiscussion()), opening) == [f"{HELD} برگزار گردید.", alone]
    assert render(compose(announcement(opening, title=Title(body="")))).strip() == alone
    listed = part("agenda", Agenda(items=["بودجه"]))
    discussion = part("discussion", OtherDiscussion(topics=["بودجه"], continues=True))
    assert _paragraphs(listed, discussion, settings=DocumentSettings(agenda_layout=AgendaLayout.LIST))[1:] == \
        ["دستور جلسه عبارت بود از:", "۱- بودجه", "در جلسه در مورد بودجه بحث و تبادل نظر شد."]


def test_an_introduction_to_lines_does_not_take_the_sentences_after_the_one_it_continues():
    """The session's guests would follow a colon: the decisions keep their own paragraph."""
    session = Session(days=[dt.date(2024, 6, 15)], city="تهران", guests=[Guest(name="معاون شهردار")])
    decisions = part("decisions", Decisions(items=["الف"], continues=True))
    assert _paragraphs(decisions, session=session)[:2] == \
        [f"{HELD} برگزار گردید. معاون شهردار در جلسه شرکت داشت.", "شورا موارد زیر را تصویب کرد:"]
    assert _paragraphs(decisions)[0] == f"{HELD} برگزار گردید و شورا موارد زیر را تصویب کرد:"  # not one verb


def test_the_wording_page_finds_a_join_s_phrases_in_the_joined_sentence():
    doc = announcement(part("opening", Opening(recitation=True, continues=True)), session=SESSION, title=TITLE)
    assert usage(doc, "session_continued") == ("", f"{HELD} برگزار گردید و", " با تلاوت آیاتی از کلام‌الله مجید آغاز شد.")
    assert usage(doc, "recitation_continuing")[1] == "با تلاوت آیاتی از کلام‌الله مجید آغاز شد."


def test_an_edit_to_a_section_recomposes_the_sentence_joined_to_it_and_a_toggle_recomposes_the_session():
    doc = announcement(part("opening", Opening(opened_by="رئیس شورا")),
                       part("agenda", Agenda(items=["بودجه"], continues=True)), session=SESSION, title=TITLE)
    composition = Composition()
    composition.update(doc)
    doc.sections[0].opening.opened_by = "دبیر شورا"
    blocks = composition.update(doc, {"sections[0].opening.opened_by"})
    assert blocks == compose(doc) and blocks[-1].text == "دبیر شورا جلسه را افتتاح کرد و دستور جلسه عبارت بود از: بودجه."
    doc.sections[0].opening.continues = True  # the session's sentence now reads as continued
    blocks = composition.update(doc, {"sections[0].opening.continues"})
    assert blocks == compose(doc) and blocks[-1].text == \
        f"{HELD} برگزار گردید و دبیر شورا جلسه را افتتاح کرد و دستور جلسه عبارت بود از: بودجه."
