"""Composer behaviour beyond the reference: empty sections, one or many, agreement."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from parts import announcement, at, first, part, put
from strategies import announcements

from announcer.blocks import Kind
from announcer.compose import compose
from announcer.dates import Calendar
from announcer.model import (
    AgendaLayout,
    Announcement,
    Document,
    ElectedPerson,
    Election,
    Guest,
    OtherDiscussion,
    Report,
    Reports,
    Resolution,
    ResolutionKind,
)

D = dt.date
Z = "\u200c"


def texts(doc) -> list[str]:
    return [b.text for b in compose(doc)]


def paragraph(doc, source: str) -> str:
    (text,) = [b.text for b in compose(doc) if b.source == source]
    return text


def test_empty_announcement_composes_nothing():
    assert texts(Announcement()) == []


def test_empty_sections_are_left_out(example):
    first(example, "agenda").items = []
    first(example, "agenda").approved = False
    put(example, "documents", [])
    put(example, "reports", Reports())
    sources = [b.source for b in compose(example)]
    assert not {at(example, "agenda"), at(example, "documents"), at(example, "reports")} & set(sources)
    assert not any("عبارت بود از" in t for t in texts(example))


def test_agenda_without_items_is_left_out_even_if_approved(example):
    first(example, "agenda").items = ["", "  "]
    assert at(example, "agenda") not in [b.source for b in compose(example)]


def test_agenda_not_approved_with_one_item(example):
    first(example, "agenda").items = ["گزارشات"]
    first(example, "agenda").approved = False
    assert paragraph(example, at(example, "agenda")) == "دستور جلسه عبارت بود از: گزارشات."


def test_agenda_as_a_list(example):
    example.settings.agenda_layout = AgendaLayout.LIST
    blocks = compose(example)
    items = [b for b in blocks if b.kind is Kind.ITEM]
    assert [b.text for b in items] == ["۱- گزارشات و بحث در باره آنها", "۲- وظایف فوری تشکیلات خارج",
                                       "۳- برگزاری کنفرانس خارج کشور حزب", "۴- آرایش و انتخابات رهبری تشکیلات خارج"]
    assert [b.source for b in items] == [f"sections[0].agenda.items[{i}]" for i in range(4)]
    assert paragraph(example, at(example, "agenda")) == "در ابتدا دستور جلسه تصویب شد. دستور جلسه عبارت بود از:"


def test_latin_digits_setting_reaches_every_number(example):
    example.settings.persian_digits = False
    text = "\n".join(texts(example))
    assert "انترناسیونال 223" in text and "1- گزارشات" in text and "در 16 صفحه" in text
    assert "۱۶" not in text.split("۸ مارس")[0]  # only the user's own free text keeps its digits


def test_jalali_calendar(example):
    example.settings.calendar = Calendar.JALALI
    assert "روزهای شنبه و یکشنبه ۲۴ و ۲۵ ماه جاری (آذر)" in paragraph(example, "session")


def test_both_calendars(example):
    example.settings.calendar = Calendar.BOTH
    assert "۱۵ و ۱۶ دسامبر ۲۰۰۷ برابر با ۲۴ و ۲۵ آذر ۱۳۸۶ با حضور" in paragraph(example, "session")


def test_session_without_optional_parts():
    doc = Announcement()
    doc.title.body = "کمیته"
    doc.session.days = [D(2007, 12, 15)]
    assert paragraph(doc, "session") == "جلسه کمیته روز شنبه ۱۵ دسامبر ۲۰۰۷ برگزار گردید."


def test_guests_on_all_days_or_several(example):
    example.session.guests = [Guest("اصغر کریمی", "", []), Guest("مینا احدی", "سخنگو", [1, 2])]
    text = paragraph(example, "session")
    assert text.endswith("اصغر کریمی در جلسه شرکت داشت. سخنگو، مینا احدی در جلسه شرکت داشت.")
    example.session.days.append(D(2007, 12, 17))
    assert paragraph(example, "session").endswith("سخنگو، مینا احدی در روزهای اول و دوم جلسه شرکت داشت.")


def test_one_document_on_a_one_day_session(example):
    example.session.days = example.session.days[:1]
    put(example, "documents", [Document("گزارش کمیته", 3)])
    assert paragraph(example, at(example, "documents")) == "در این نشست گزارش کمیته در ۳ صفحه مورد بحث و بررسی قرار گرفت."


def test_documents_without_inner_and_use_plain_and(example):
    put(example, "documents", [Document("گزارش"), Document("سند وظایف"), Document("قطعنامه")])
    assert paragraph(example, at(example, "documents")) == \
        "اسناد این نشست شامل گزارش، سند وظایف و قطعنامه طی دو روز مورد بحث و بررسی قرار گرفت."


@pytest.mark.parametrize("topic, title, text", [
    ("فعالیت‌ها", "دو تصویر", "در مبحث گزارشات، خلیل کیوان بحثی در باره فعالیت‌ها تحت عنوان «دو تصویر» ارائه داد."),
    ("", "دو تصویر", "در مبحث گزارشات، خلیل کیوان بحثی تحت عنوان «دو تصویر» ارائه داد."),
    ("فعالیت‌ها", "", "در مبحث گزارشات، خلیل کیوان بحثی در باره فعالیت‌ها ارائه داد."),
    ("", "", "در مبحث گزارشات، خلیل کیوان گزارشی ارائه داد."),
])
def test_one_speaker_is_named_once_in_one_sentence(topic, title, text):
    doc = announcement(part("reports", Reports(topic, [Report("خلیل کیوان", title, "")])))
    assert paragraph(doc, at(doc, "reports")) == text


def test_several_speakers_each_report_under_its_title():
    doc = announcement(part("reports", Reports("", [Report("الف", "یک"), Report("ب", "", "ب سخن گفت.")])))
    assert paragraph(doc, at(doc, "reports")) == ("در مبحث گزارشات به ترتیب الف و ب هر یک گزارشی ارائه دادند. "
                                         "الف بحثی تحت عنوان «یک» ارائه داد. ب سخن گفت.")


def test_speakers_without_topic():
    doc = announcement(part("reports", Reports("", [Report("الف"), Report("ب")])))
    assert paragraph(doc, at(doc, "reports")) == "در مبحث گزارشات به ترتیب الف و ب هر یک گزارشی ارائه دادند."


def test_resolution_kinds():
    doc = announcement(part("resolutions", [
        Resolution(ResolutionKind.DECISION, "کنفرانس برگزار شود."),
        Resolution(ResolutionKind.AUTHORISATION, "تاریخ را تعیین کند", "هیئت اجرائی"),
        Resolution(ResolutionKind.TEXT, "قرار شد گزارش منتشر شود"),
    ]))
    assert paragraph(doc, at(doc, "resolutions")) == ("کمیته تصویب کرد که کنفرانس برگزار شود. "
                                             "کمیته به هیئت اجرائی اختیار داد که تاریخ را تعیین کند. "
                                             "قرار شد گزارش منتشر شود.")


def test_other_discussion_text_that_does_not_continue_the_sentence(example):
    put(example, "discussion", OtherDiscussion(1, ["بودجه"], "پیشنهادهایی مطرح شد"))
    assert paragraph(example, at(example, "discussion", 0)) == \
        "در روز اول جلسه در مورد بودجه بحث و تبادل نظر شد. پیشنهادهایی مطرح شد."


def test_other_discussion_without_day():
    doc = announcement(part("discussion", OtherDiscussion(None, ["بودجه", "انتشارات"], "")))
    assert paragraph(doc, at(doc, "discussion", 0)) == "در جلسه در مورد بودجه و انتشارات بحث و تبادل نظر شد."


def _election(*people, seats=3):
    return Election(body="هیئت اجرائی", seats=seats, people=[ElectedPerson(n, r) for n, r in people],
                    announced=True, in_order=True)  # as the reference says it


def test_election_all_members_singular_and_plural():
    doc = announcement(part("election", _election(("مینا احدی", "عضو"), seats=1)))
    assert paragraph(doc, at(doc, "election", 0)) == ("کمیته تصویب کرد که یک هیئت اجرائی انتخاب گردد. "
                                              "مینا احدی برای عضویت در هیئت اجرائی انتخاب شد.")
    doc = announcement(part("election", _election(("الف", "عضو"), ("ب", "عضو"), seats=2)))
    assert paragraph(doc, at(doc, "election", 0)).endswith("الف و ب برای عضویت در هیئت اجرائی انتخاب شدند.")


def test_election_with_one_other_member():
    doc = announcement(part("election", _election(("الف", "دبیر"), ("ب", "عضو"), seats=2)))
    assert paragraph(doc, at(doc, "election", 0)) == (
        "کمیته تصویب کرد که یک هیئت اجرائی دو نفره انتخاب گردد. "
        "از این رو علاوه بر دبیر یک نفر دیگر برای عضویت در هیئت اجرائی انتخاب شد. "
        "در ابتدا الف به دبیری کمیته، سپس ب برای عضویت در هیئت اجرائی انتخاب شدند.")


def test_election_with_three_groups_ends_with_finally():
    doc = announcement(part("election", _election(("الف", "دبیر"), ("ب", "رئیس"), ("ج", "عضو"), ("د", "دبیر اول"),
                                                  seats=4)))
    assert paragraph(doc, at(doc, "election", 0)).endswith(
        "در ابتدا الف به دبیری کمیته، سپس ب به ریاست کمیته، سپس ج برای عضویت در هیئت اجرائی "
        "و سرانجام د به عنوان دبیر اول انتخاب شدند.")


def test_free_text_gets_a_full_stop_and_folded_spaces(example):
    example.sections[-2:] = [part("paragraph", "  کمیته   همه را فرا میخواند  "), part("paragraph", ""),
                             part("paragraph", "پایان!")]
    assert texts(example)[-2:] == ["کمیته همه را فرا میخواند.", "پایان!"]


def test_discussion_lines_are_paragraphs():
    doc = announcement(part("paragraph", "بند اول\n\nبند دوم."))
    assert texts(doc) == ["بند اول.", "بند دوم."]


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(announcements)
def test_any_model_composes(model):
    for block in compose(model):
        assert block.text and block.text == block.text.strip()
        assert "  " not in block.text
