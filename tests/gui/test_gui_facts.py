"""The fields real announcements asked for, in the window: each widget edits its field and
the preview says it (tests/core/test_compose_facts.py has what each composes)."""

from announcer.model import Announcement, ElectedPerson, Election, ElectionLayout, Part, Session
from gui_helpers import add, choose, field, preview_paragraphs, record_list, tick, type_into


def test_the_session_form_says_the_purpose_the_chair_and_the_apologies_counted(window, example):
    window.document.load(example, None)
    type_into(window, "session.purpose", "بررسی وظایف")
    type_into(window, "session.chair", "خلیل کیوان")
    type_into(window, "session.excused", "3")
    session = window.document.model.session
    assert (session.purpose, session.chair, session.excused) == ("بررسی وظایف", "خلیل کیوان", 3)
    (text,) = [p for p in preview_paragraphs(window) if p.startswith("جلسه کمیته خارج کشور")]
    assert text.startswith("جلسه کمیته خارج کشور حزب کمونیست کارگری ایران برای بررسی وظایف به ریاست خلیل کیوان روزهای")
    assert "۳ نفر از اعضا عذر غیبت خود را اعلام کردند." in text


def test_no_title_line_and_the_bulletin_credited_at_the_end(window, example):
    window.document.load(example, None)
    tick(window, "title.untitled")
    tick(window, "publication.credit")
    paragraphs = preview_paragraphs(window)
    assert not any(p.startswith("اطلاعیه برگزاری جلسه") for p in paragraphs)
    assert paragraphs[0].startswith("جلسه کمیته خارج کشور") and paragraphs[-1] == "به نقل از «انترناسیونال»، شماره ۲۲۳، ۲۱ دسامبر ۲۰۰۷"


def test_an_elections_candidates_and_its_results_as_a_numbered_list(window):
    election = Election(body="شورا", people=[ElectedPerson("الف", votes=94)])
    window.document.load(Announcement(session=Session(), sections=[Part(election=election)]), None)
    add(window, "sections[0].election.candidates")
    type_into(window, "sections[0].election.candidates[0].name", "د")
    type_into(window, "sections[0].election.candidates[0].votes", "46")
    assert record_list(window, "sections[0].election.candidates").list.count() == 1
    assert "الف با ۹۴ رأی برای عضویت در شورا انتخاب شد. د با ۴۶ رأی انتخاب نشد." in preview_paragraphs(window)
    choose(window, "sections[0].election.layout", ElectionLayout.LIST)
    assert preview_paragraphs(window)[-3:] == ["افراد زیر برای عضویت در شورا انتخاب شدند:", "۱- الف با ۹۴ رأی (عضو اصلی)",
                                               "۲- د با ۴۶ رأی"]
    seats = field(window, "sections[0].election.seats")
    seats.setValue(seats.minimum())  # «—»: not given
    assert window.document.model.sections[0].election.seats is None
