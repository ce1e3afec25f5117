"""The facts real announcements of other bodies hold (tests/data/real) and that have a field
now, where they were typed as free text before: each is said in formal Persian only when
its field holds it, in the phrases a body may reword."""

import dataclasses
import datetime as dt

from parts import announcement, part

from announcer.blocks import Kind
from announcer.compose import compose
from announcer.dates import Calendar, DateWord
from announcer.model import (Agenda, Alternate, Decisions, Document, ElectedPerson, Election, ElectionLayout, Guest,
                             Opening, OtherDiscussion, Procedure, Publication, RelativeDay, Session, Speech, Title, Voice)
from announcer.validate import check

ASSEMBLY = Title(body="مجمع عمومی", organisation="انجمن صنفی", short_name="مجمع")
DAY = [dt.date(2019, 8, 5)]


def blocks(*sections, **fixed) -> list[tuple[Kind, str, str]]:
    """The composed blocks, without the session's unless it is given."""
    return [(b.kind, b.text, b.source) for b in compose(announcement(*sections, **fixed))
            if b.source != "session" or "session" in fixed]


def texts(*sections, **fixed) -> list[str]:
    """The composed paragraphs, without the title, and without the session's unless it is given."""
    return [text for kind, text, source in blocks(*sections, **fixed) if source != "title"]


def test_an_untitled_announcement_opens_with_its_first_paragraph():
    untitled = dataclasses.replace(ASSEMBLY, untitled=True, headline="گزارش")
    assert [kind for kind, _, _ in blocks(title=untitled, session=Session(days=DAY))] == [Kind.PARAGRAPH]
    assert [kind for kind, _, _ in blocks(title=ASSEMBLY, session=Session(days=DAY))] == [Kind.TITLE, Kind.PARAGRAPH]


def test_the_publication_credited_at_the_end_in_place_of_the_header():
    pub = Publication("نامۀ مردم", 1210, dt.date(2024, 6, 17), credit=True)
    doc = dict(title=ASSEMBLY, session=Session(days=DAY), publication=pub,
               settings=dataclasses.replace(announcement().settings, calendar=Calendar.JALALI))
    found = blocks(part("paragraph", "بیانیه ای تصویب شد"), **doc)
    assert [kind for kind, _, _ in found] == [Kind.TITLE, Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.SIGNATURE]
    assert found[-1][1:] == ("به نقل از «نامۀ مردم»، شماره ۱۲۱۰، ۲۸ خرداد ۱۴۰۳", "publication")
    assert texts(publication=Publication("نامۀ مردم", credit=True))[-1] == "به نقل از «نامۀ مردم»"
    assert blocks(publication=Publication("نامۀ مردم", 1210))[0] == (Kind.HEADER, "نامۀ مردم ۱۲۱۰", "publication")


def test_the_session_says_its_purpose_and_its_chair_where_the_body_puts_them():
    session = Session(days=DAY, purpose="انتخاب هیئت مدیره", chair="خانجان الکوزی", chair_role="سرپرست هیئت مدیره",
                      venue="محل انجمن")
    assert texts(title=ASSEMBLY, session=session) == [
        "جلسه مجمع عمومی انجمن صنفی برای انتخاب هیئت مدیره به ریاست خانجان الکوزی، سرپرست هیئت مدیره روز دوشنبه "
        "۵ اوت ۲۰۱۹ در محل انجمن برگزار گردید."]
    phrases = {"purpose": "به منظور {purpose}", "chaired": "تحت ریاست {chair}", "speaker_with_role": "{name} {role}",
               "session_sentence": "{session} {chair} {purpose} {days} {venue} {held}"}
    assert texts(title=ASSEMBLY, session=session, phrases=phrases)[0].startswith(
        "جلسه مجمع عمومی انجمن صنفی تحت ریاست خانجان الکوزی سرپرست هیئت مدیره به منظور انتخاب هیئت مدیره روز")


def test_those_who_sent_apologies_counted_in_figures_or_words():
    session = Session(days=DAY, excused=5)
    assert texts(title=ASSEMBLY, session=session)[0].endswith(
        "برگزار گردید. ۵ نفر از اعضا عذر غیبت خود را اعلام کردند.")
    worded = {"excused": "{in_words} تن از هموندان کانون نیز اعلام کردند که به دلایلی نمی‌توانند در نشست حضور داشته باشند."}
    assert texts(title=ASSEMBLY, session=session, phrases=worded)[0].endswith(
        "برگزار گردید. پنج تن از هموندان کانون نیز اعلام کردند که به دلایلی نمی‌توانند در نشست حضور داشته باشند.")


def test_the_guests_and_the_attendance_together_in_one_sentence():
    guests = [Guest("سرکار خانم محمودی", "نماینده وزارت کار"), Guest("بازرس", days=[2])]
    session = Session(days=[dt.date(2019, 8, 5), dt.date(2019, 8, 6)], attendance="۶۰ نفر از اعضای انجمن",
                      guests=guests, together=True)
    phrases = {"guest_with_role": "{role} ({name})", "present_together": "{when}، {who} حضور داشتند.",
               "in_session": "در این جلسه"}
    assert texts(title=ASSEMBLY, session=session, phrases=phrases) == [
        "جلسه مجمع عمومی انجمن صنفی روزهای دوشنبه و سه‌شنبه ۵ و ۶ اوت ۲۰۱۹ برگزار گردید. در این جلسه، نماینده "
        "وزارت کار (سرکار خانم محمودی) و ۶۰ نفر از اعضای انجمن حضور داشتند. بازرس در روز دوم جلسه شرکت داشت."]
    # Not together: the attendance in the session's sentence, each guest in a sentence of its own.
    apart = texts(title=ASSEMBLY, session=dataclasses.replace(session, together=False))[0]
    assert "با حضور ۶۰ نفر از اعضای انجمن برگزار گردید." in apart and "حضور داشتند" not in apart


def test_a_meeting_dated_with_its_weekday_writes_the_weekday_first():
    settings = dataclasses.replace(announcement().settings, calendar=Calendar.JALALI, date_word=DateWord.DATED)
    assert texts(title=ASSEMBLY, session=Session(days=DAY), settings=settings) == [
        "جلسه مجمع عمومی انجمن صنفی روز دوشنبه مورخ ۱۴ مرداد ۱۳۹۸ برگزار گردید."]


def test_the_opening_recitation_and_the_agenda_discussed_are_said_only_when_ticked():
    assert texts(part("opening", Opening(recitation=True, opened_by="الف"))) == [
        "جلسه با تلاوت آیاتی از کلام‌الله مجید آغاز شد. الف جلسه را افتتاح کرد."]
    assert texts(part("agenda", Agenda(items=["گزارش", "انتخابات"], discussed=True))) == [
        "دستور جلسه عبارت بود از: ۱- گزارش و ۲- انتخابات. موارد دستور جلسه مورد بحث و بررسی قرار گرفت."]
    assert texts(part("agenda", Agenda(discussed=True)), phrases={"agenda_discussed": "به همه موضوعات در دستور پرداخته شد."}) \
        == ["به همه موضوعات در دستور پرداخته شد."]
    assert texts(part("agenda", Agenda(items=["گزارش"])), part("opening", Opening())) == [
        "دستور جلسه عبارت بود از: گزارش."]


def test_documents_adopted_are_said_apart_from_those_discussed():
    documents = [Document("گزارش مالی", 4), Document("اساسنامه جدید با ۷۰ ماده", adopted=True)]
    assert texts(part("documents", documents), title=ASSEMBLY) == [
        "در این نشست گزارش مالی در ۴ صفحه مورد بحث و بررسی قرار گرفت. در این نشست اساسنامه جدید با ۷۰ ماده به تصویب رسید."]
    phrases = {"documents_adopted_one": "{body} {documents} را به تصویب رساند."}
    assert texts(part("documents", documents[1:]), title=ASSEMBLY, phrases=phrases) == [
        "مجمع اساسنامه جدید با ۷۰ ماده را به تصویب رساند."]


def test_a_speaker_who_answered_questions_and_a_report_by_no_one_named():
    assert texts(part("speech", Speech("عرفانی", role="دبیر جلسه", voice=Voice.REPORT, topic="آمار", plural=True,
                                       answered=True)),
                 part("speech", Speech(voice=Voice.REPORT, topic="فعالیت‌های انجمن")),
                 part("speech", Speech("الف", voice=Voice.MESSAGE_READ, answered=True)),
                 part("speech", Speech(topic="بی‌گوینده"))) == [
        "عرفانی، دبیر جلسه گزارشی در باره آمار ارائه دادند و به پرسش‌های حاضران پاسخ دادند.",
        "گزارشی در باره فعالیت‌های انجمن ارائه شد.",
        "پیام الف در جلسه قرائت شد."]  # a message read out has no one to answer; a speech needs its speaker


def test_decisions_without_numbers_are_paragraphs_as_typed():
    found = blocks(part("decisions", Decisions(["مقرر شد کارگروه تشکیل شود", "مبلغ تخصیص یافت"], numbered=False)),
                   title=ASSEMBLY)[1:]  # after the title
    assert found == [(Kind.PARAGRAPH, "مجمع موارد زیر را تصویب کرد:", "sections[0].decisions"),
                         (Kind.PARAGRAPH, "مقرر شد کارگروه تشکیل شود.", "sections[0].decisions.items[0]"),
                         (Kind.PARAGRAPH, "مبلغ تخصیص یافت.", "sections[0].decisions.items[1]")]


def test_an_election_without_names_nor_seats_and_the_candidates_not_elected():
    assert texts(part("election", Election(body="هیئت مدیره و بازرسین", seats=None, unnamed=True))) == [
        "اعضای هیئت مدیره و بازرسین انتخاب شدند."]
    e = Election(body="شورا", people=[ElectedPerson("الف", votes=94)], seats=None,
                 candidates=[Alternate("د", 46), Alternate("ه", 41)])
    assert texts(part("election", e)) == ["الف با ۹۴ رأی برای عضویت در شورا انتخاب شد. د با ۴۶ رأی و ه با ۴۱ رأی انتخاب نشدند."]
    assert check(announcement(part("election", e), session=Session(days=DAY, present=40))) != []  # 46 votes of 40 present


def test_an_election_listed_on_a_line_after_its_intro():
    e = Election(body="هیات مدیره", layout=ElectionLayout.LINE, intro="اسامی انتخابی هیات مدیره به شرح زیر است:",
                 people=[ElectedPerson("بهبهانی"), ElectedPerson("کریمی"), ElectedPerson("پیمان", "رئیس")])
    assert blocks(part("election", e)) == [
        (Kind.PARAGRAPH, "اسامی انتخابی هیات مدیره به شرح زیر است:", "sections[0].election"),
        (Kind.PARAGRAPH, "بهبهانی، کریمی و پیمان (رئیس)", "sections[0].election.people")]
    # Without an intro, the composer's sentence introduces the names, with the term.
    assert texts(part("election", dataclasses.replace(e, intro="", term="دو سال")))[0] == \
        "افراد زیر به مدت دو سال برای عضویت در هیات مدیره انتخاب شدند:"


def test_an_election_listed_a_numbered_line_each_in_a_bodys_wording():
    e = Election(body="شورای انجمن علمی", layout=ElectionLayout.LIST, intro="آمار غیر رسمی شمارش آراء به شرح زیر است:",
                 people=[ElectedPerson("حمید شهابی", votes=94), ElectedPerson("صادق عیدی", votes=57)],
                 alternates=[Alternate("مینا مهرگان", 50)], candidates=[Alternate("بهزاد مجیدی", 46)])
    phrases = {"with_votes": "{name} {votes} رای", "listed_member": "{number}-{name}(اصلی)",
               "listed_alternate": "{number}-{name}(علی البدل)", "listed_candidate": "{number}-{name}"}
    assert blocks(part("election", e), phrases=phrases) == [
        (Kind.PARAGRAPH, "آمار غیر رسمی شمارش آراء به شرح زیر است:", "sections[0].election"),
        (Kind.ITEM, "۱-حمید شهابی ۹۴ رای(اصلی)", "sections[0].election.people[0]"),
        (Kind.ITEM, "۲-صادق عیدی ۵۷ رای(اصلی)", "sections[0].election.people[1]"),
        (Kind.ITEM, "۳-مینا مهرگان ۵۰ رای(علی البدل)", "sections[0].election.alternates[0]"),
        (Kind.ITEM, "۴-بهزاد مجیدی ۴۶ رای", "sections[0].election.candidates[0]")]
    # Put off, or nobody named: no list, as in a sentence.
    assert texts(part("election", dataclasses.replace(e, postponed=True))) == [
        "آمار غیر رسمی شمارش آراء به شرح زیر است: انتخاب شورای انجمن علمی به جلسه دیگری موکول شد."]


def test_a_speechs_text_starting_with_and_continues_its_sentence():
    speech = Speech("عباس فصیح خوشگرد", role="رئیس هیئت مدیره", voice=Voice.REPORT, topic="عملکرد انجمن",
                    text="و در مورد هر یک از بندها، یکی از اعضای هیئت مدیره سخن گفت.")
    assert texts(part("speech", speech)) == ["عباس فصیح خوشگرد، رئیس هیئت مدیره گزارشی در باره عملکرد انجمن ارائه داد و "
                                             "در مورد هر یک از بندها، یکی از اعضای هیئت مدیره سخن گفت."]
    assert texts(part("speech", dataclasses.replace(speech, text="وی سخن گفت."))) == [
        "عباس فصیح خوشگرد، رئیس هیئت مدیره گزارشی در باره عملکرد انجمن ارائه داد. وی سخن گفت."]


def test_who_explained_the_rules_and_a_procedures_text_continuing_its_sentence():
    procedure = Procedure(rules=True, rules_by="خانم محمودی، نماینده وزارت کار",
                          text="و سپس هیئت رئیسه جلسه با اکثریت آرا تعیین شد.")
    assert texts(part("procedure", procedure)) == [
        "خانم محمودی، نماینده وزارت کار آیین‌نامه جلسه را توضیح داد و سپس هیئت رئیسه جلسه با اکثریت آرا تعیین شد."]
    assert texts(part("procedure", Procedure(text="و سپس رأی‌گیری شد"))) == ["و سپس رأی‌گیری شد."]  # nothing to continue


def test_who_elected_them_is_said_before_the_results():
    e = Election(body="بازرسان", voters="اعضای حاضر", people=[ElectedPerson("الف"), ElectedPerson("ب")])
    assert texts(part("election", e)) == ["با رأی اعضای حاضر، الف و ب برای عضویت در بازرسان انتخاب شدند."]
    assert texts(part("election", dataclasses.replace(e, people=[], unnamed=True, seats=None))) == [
        "با رأی اعضای حاضر، اعضای بازرسان انتخاب شدند."]
    assert texts(part("election", dataclasses.replace(e, layout=ElectionLayout.LINE)))[0] == \
        "با رأی اعضای حاضر، افراد زیر برای عضویت در بازرسان انتخاب شدند:"


def test_the_candidates_presented_themselves_before_the_intro_which_may_continue_the_sentence():
    e = Election(body="هیئت مدیره", seats=None, unnamed=True, presented=True, intro="و سپس رأی‌گیری آغاز شد")
    assert texts(part("election", e)) == [
        "نامزدها خود و برنامه‌هایشان را معرفی کردند و سپس رأی‌گیری آغاز شد. اعضای هیئت مدیره انتخاب شدند."]
    assert texts(part("election", dataclasses.replace(e, intro=""))) == [
        "نامزدها خود و برنامه‌هایشان را معرفی کردند. اعضای هیئت مدیره انتخاب شدند."]


def test_the_day_from_the_day_of_writing_and_the_part_of_the_day():
    """«امروز» and «دیروز» stand for «روز» before one day, or for the day when none is given; the
    part of the day comes first; the weekday alone leaves the date out."""
    jalali = dataclasses.replace(announcement().settings, calendar=Calendar.JALALI)
    friday = [dt.date(2008, 4, 18)]
    today = Session(days=friday, relative_day=RelativeDay.TODAY)
    assert texts(title=ASSEMBLY, session=today, settings=jalali) == [
        "جلسه مجمع عمومی انجمن صنفی امروز جمعه ۳۰ فروردین ۱۳۸۷ برگزار گردید."]
    assert texts(title=ASSEMBLY, session=dataclasses.replace(today, days=[], part_of_day="عصر"), settings=jalali) == [
        "جلسه مجمع عمومی انجمن صنفی عصر امروز برگزار گردید."]
    thursday = Session(days=[dt.date(2017, 1, 26)], part_of_day="عصر", weekday_only=True)
    assert texts(title=ASSEMBLY, session=thursday) == ["جلسه مجمع عمومی انجمن صنفی عصر روز پنجشنبه برگزار گردید."]
    dated = dataclasses.replace(jalali, date_word=DateWord.DATED)
    assert texts(title=ASSEMBLY, session=Session(days=friday, relative_day=RelativeDay.YESTERDAY), settings=dated) == [
        "جلسه مجمع عمومی انجمن صنفی دیروز جمعه مورخ ۳۰ فروردین ۱۳۸۷ برگزار گردید."]
    two_days = Session(days=[dt.date(2008, 4, 17), dt.date(2008, 4, 18)], relative_day=RelativeDay.TODAY)
    assert "امروز" not in texts(title=ASSEMBLY, session=two_days)[0]  # a relative day is one day


def test_a_news_report_names_its_agency_before_the_first_sentence_and_a_meeting_convened_by_notice():
    session = Session(days=DAY, invited=True)
    assert texts(title=ASSEMBLY, session=session, publication=Publication(reported_by="ایسنا")) == [
        "به گزارش ایسنا، جلسه مجمع عمومی انجمن صنفی با دعوت قبلی روز دوشنبه ۵ اوت ۲۰۱۹ برگزار گردید."]
    named = dataclasses.replace(session, convened_by="هیئت مدیره")  # a convener named says who
    assert "به دعوت هیئت مدیره روز" in texts(title=ASSEMBLY, session=named)[0]
    assert texts(title=ASSEMBLY, session=Session(), publication=Publication(reported_by="ایسنا")) == [
        "به گزارش ایسنا، جلسه مجمع عمومی انجمن صنفی برگزار گردید."]
    assert texts(session=Session(), publication=Publication(reported_by="ایسنا")) == []  # nothing to lead


def test_the_opening_in_one_sentence_says_a_repeated_light_verb_once():
    joined = Opening(recitation=True, welcome=True, joined=True)
    assert texts(part("opening", joined)) == [
        "جلسه با تلاوت آیاتی از کلام\u200cالله مجید آغاز و سپس به حاضران خوشامد گفته شد."]
    assert texts(part("opening", dataclasses.replace(joined, joined=False))) == [
        "جلسه با تلاوت آیاتی از کلام\u200cالله مجید آغاز شد. به حاضران خوشامد گفته شد."]
    # Another verb keeps its own; the text is the last step; someone else than the opener welcomes.
    by = Opening(recitation=True, welcomed_by="مجری برنامه", joined=True, text="گروه سرود دو سرود اجرا کرد.")
    phrases = {"recitation": "آیاتی چند از قرآن مجید تلاوت شد.", "steps_first": "ابتدا {step}"}
    assert texts(part("opening", by), phrases=phrases) == [
        "ابتدا آیاتی چند از قرآن مجید تلاوت شد و سپس مجری برنامه به حاضران خوشامد گفت و سپس گروه سرود دو سرود اجرا کرد."]
    opened = Opening(opened_by="الف", welcome=True, welcomed_by="ب")
    assert texts(part("opening", opened)) == ["الف جلسه را افتتاح کرد. ب به حاضران خوشامد گفت."]
    assert texts(part("opening", Opening(anthem="انترناسیونال", joined=True))) == [
        "جلسه با سرود انترناسیونال آغاز شد."]  # one step: nothing to join


def test_a_discussion_that_ended_in_adopting_says_both_in_one_sentence():
    discussion = OtherDiscussion(None, ["تحولات کشور", "وظایف حزب"], adopted=["بیانیه‌ای در ارزیابی شرایط کشور"])
    assert texts(part("discussion", discussion), title=ASSEMBLY) == [
        "مجمع پس از بحث و تبادل نظر در مورد تحولات کشور و وظایف حزب، بیانیه‌ای در ارزیابی شرایط کشور را تصویب کرد."]
    worded = {"discussed_adopted": "{body} پس از تبادل نظر دربارۀ {topics}، {documents} را به تصویب رساند."}
    continued = dataclasses.replace(discussion, topics=["تحولات"], text="و از اعضا خواست آن را منتشر کنند")
    assert texts(part("discussion", continued), title=ASSEMBLY, phrases=worded) == [
        "مجمع پس از تبادل نظر دربارۀ تحولات، بیانیه‌ای در ارزیابی شرایط کشور را به تصویب رساند و از اعضا خواست آن را "
        "منتشر کنند."]
    assert texts(part("discussion", dataclasses.replace(discussion, topics=[])), title=ASSEMBLY) == [
        "در این نشست بیانیه‌ای در ارزیابی شرایط کشور به تصویب رسید."]


def test_an_election_put_off_to_a_given_time_and_the_body_in_office_kept_on():
    election = Election(body="هیئت مدیره", postponed=True, postponed_to="مجمع عمومی بعدی")
    assert texts(part("election", election)) == ["انتخاب هیئت مدیره به مجمع عمومی بعدی موکول شد."]
    kept = dataclasses.replace(election, extended=True, term="سه ماه", voters="نمایندگان صنف‌ها")
    assert texts(part("election", kept)) == [
        "با رأی نمایندگان صنف‌ها، هیئت مدیره فعلی به مدت سه ماه ابقا شد. انتخاب هیئت مدیره به مجمع عمومی بعدی موکول شد."]
    worded = {"election_extended": "{voters} به ابقای {body} فعلی {term} رای دادند."}
    assert texts(part("election", kept), phrases=worded)[0].startswith(
        "نمایندگان صنف‌ها به ابقای هیئت مدیره فعلی به مدت سه ماه رای دادند. انتخاب")  # the voters said once
    assert texts(part("election", dataclasses.replace(election, postponed_to=""))) == [
        "انتخاب هیئت مدیره به جلسه دیگری موکول شد."]
