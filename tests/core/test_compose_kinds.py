"""The kinds of section other bodies' meetings need (issue 21): each says, in formal
Persian, only what its fields hold, with plural verbs for a body or several people."""

import dataclasses
import datetime as dt

from parts import announcement, part

from announcer.blocks import Kind
from announcer.compose import compose
from announcer.validate import check
from announcer.model import (Agenda, Alternate, Decisions, Document, ElectedPerson, Election, ElectionLayout, Guest,
                             NextMeeting, Opening, OtherDiscussion, Position, Positions, Procedure, Publication, Quorum,
                             RelativeDay, Report, Reports, Session, Signature, Speech, Stance, Title, Voice)

ASSEMBLY = Title(body="مجمع عمومی", organisation="انجمن صنفی", short_name="مجمع")


def texts(*sections, **fixed) -> list[str]:
    """The composed paragraphs, without the title, and without the session's unless it is given."""
    return [b.text for b in compose(announcement(*sections, **fixed))
            if b.source != "title" and (b.source != "session" or "session" in fixed)]


def test_the_session_says_its_kind_convener_time_venue_proxies_and_apologies():
    session = Session(days=[dt.date(2024, 5, 18)], city="تهران", venue="محل دفتر انجمن", time="۱۰ صبح",
                      qualifier="فوق‌العاده", convened_by="هیئت مدیره", present=42, members=60, proxies=5,
                      apologies=["الف", "ب"], guests=[Guest("نمایندگان کارگران", plural=True)])
    assert texts(title=ASSEMBLY, session=session) == [
        "جلسه فوق‌العاده مجمع عمومی انجمن صنفی به دعوت هیئت مدیره روز شنبه ۱۸ مه ۲۰۲۴ ساعت ۱۰ صبح در محل دفتر "
        "انجمن در تهران برگزار گردید. جلسه با حضور ۴۲ نفر از ۶۰ عضو رسمیت یافت. ۵ نفر از حاضران با وکالت در "
        "جلسه شرکت داشتند. الف و ب عذر غیبت خود را اعلام کرده بودند. نمایندگان کارگران در جلسه شرکت داشتند."]


def test_a_quorum_not_reached_is_said_and_what_followed_only_when_entered():
    session = Session(days=[dt.date(2024, 5, 18)], present=12, members=60, apologies=["الف"])
    session.quorum = Quorum.NOT_REACHED
    assert texts(title=ASSEMBLY, session=session)[0].endswith(
        "برگزار گردید. جلسه به حد نصاب نرسید. الف عذر غیبت خود را اعلام کرده بود.")
    session.quorum = Quorum.POSTPONED
    assert "جلسه به حد نصاب نرسید و به زمان دیگری موکول شد." in texts(title=ASSEMBLY, session=session)[0]


def test_a_headline_of_the_secretarys_own_replaces_the_composed_title():
    title = Title(body="مجمع عمومی", headline="گزارش  مجمع عمومی فوق‌العاده ")
    (block,) = [b for b in compose(announcement(title=title)) if b.kind is Kind.TITLE]
    assert block.text == "گزارش مجمع عمومی فوق‌العاده"


def test_the_opening_says_the_anthem_the_silence_and_who_opened_the_meeting():
    assert texts(part("opening", Opening(anthem="«ای ایران»", silence=True, in_memory_of="جانباختگان",
                                         opened_by="رئیس هیئت مدیره", welcome=True))) == [
        "جلسه با سرود «ای ایران» آغاز شد. به یاد جانباختگان یک دقیقه سکوت اعلام شد. "
        "رئیس هیئت مدیره ضمن خوشامدگویی به حاضران جلسه را افتتاح کرد."]
    assert texts(part("opening", Opening(silence=True, welcome=True))) == [
        "یک دقیقه سکوت اعلام شد. به حاضران خوشامد گفته شد."]
    assert texts(part("opening", Opening(opened_by="الف"))) == ["الف جلسه را افتتاح کرد."]
    assert texts(part("opening", Opening())) == []  # a section added and left empty says nothing


def test_procedure_names_one_chair_or_a_presiding_board():
    assert texts(part("procedure", Procedure(credentials=True, presiding=["الف", "ب", "ج"], rules=True))) == [
        "اعتبارنامه‌ها تصویب شد. هیئت رئیسه جلسه مرکب از الف، ب و ج انتخاب شد. آیین‌نامه جلسه توضیح داده شد."]
    assert texts(part("procedure", Procedure(presiding=["الف"]))) == ["الف به عنوان رئیس جلسه انتخاب شد."]


def test_reports_without_the_committees_framing_and_by_a_body():
    assert texts(part("reports", Reports(items=[Report("هیئت مدیره", plural=True)], framed=False))) == [
        "هیئت مدیره گزارشی ارائه دادند."]
    assert texts(part("reports", Reports(items=[Report("کمیته مرکزی", plural=True)]))) == [
        "در مبحث گزارشات، کمیته مرکزی گزارشی ارائه دادند."]
    assert texts(part("reports", Reports(items=[Report("الف"), Report("ب", "مالی", plural=True)], framed=False))) == [
        "الف و ب هر یک گزارشی ارائه دادند. ب بحثی تحت عنوان «مالی» ارائه دادند."]


def test_speeches_and_messages_take_the_verb_of_their_speaker():
    assert texts(part("speech", Speech("مینا احدی", role="سخنگو", topic="وضعیت کارگران")),
                 part("speech", Speech("کمیته مرکزی", voice=Voice.MESSAGE_SENT, plural=True)),
                 part("speech", Speech("سازمان الف", voice=Voice.MESSAGE_READ)),
                 part("speech", Speech("بازرسان", voice=Voice.REPORT, plural=True, text="گزارش تصویب شد"))) == [
        "مینا احدی، سخنگو در باره وضعیت کارگران سخنرانی کرد.",
        "کمیته مرکزی پیامی به جلسه فرستادند.",
        "پیام سازمان الف در جلسه قرائت شد.",
        "بازرسان گزارشی ارائه دادند. گزارش تصویب شد."]


def test_numbered_decisions_are_one_line_each_after_the_body_that_made_them():
    doc = announcement(part("decisions", Decisions(["حق عضویت افزایش یابد", "", "گزارش منتشر شود."])), title=ASSEMBLY)
    blocks = [b for b in compose(doc) if b.source.startswith("sections")]
    assert [(b.kind, b.text, b.source) for b in blocks] == [
        (Kind.PARAGRAPH, "مجمع موارد زیر را تصویب کرد:", "sections[0].decisions"),
        (Kind.ITEM, "۱- حق عضویت افزایش یابد.", "sections[0].decisions.items[0]"),
        (Kind.ITEM, "۲- گزارش منتشر شود.", "sections[0].decisions.items[2]")]


def test_an_election_says_no_decision_nor_order_unless_asked():
    e = Election(body="هیئت مدیره", seats=5, term="دو سال", offices_later=True,
                 people=[ElectedPerson("الف", "رئیس"), ElectedPerson("ب"), ElectedPerson("ج")])
    (text,) = texts(part("election", e), title=ASSEMBLY)
    assert text == ("الف به ریاست مجمع و ب و ج برای عضویت در هیئت مدیره به مدت دو سال انتخاب شدند. "
                    "تقسیم مسئولیت‌ها به نخستین جلسه هیئت مدیره موکول شد.")
    assert "تصویب کرد" not in text and "در ابتدا" not in text and "سپس" not in text
    e.announced = e.in_order = True
    (text,) = texts(part("election", e), title=ASSEMBLY)
    assert text.startswith("مجمع تصویب کرد که یک هیئت مدیره پنج نفره به مدت دو سال انتخاب گردد. "
                           "از این رو علاوه بر رئیس چهار نفر دیگر")
    assert "در ابتدا الف به ریاست مجمع، سپس ب و ج برای عضویت در هیئت مدیره انتخاب شدند." in text


def test_an_election_with_names_withheld_or_put_off():
    assert texts(part("election", Election(body="هیئت بازرسان", seats=2, unnamed=True)),
                 part("election", Election(body="هیئت بازرسان", seats=1, unnamed=True)),
                 part("election", Election(body="شورا", postponed=True, people=[ElectedPerson("الف")]))) == [
        "دو نفر برای عضویت در هیئت بازرسان انتخاب شدند.", "یک نفر برای عضویت در هیئت بازرسان انتخاب شد.",
        "انتخاب شورا به جلسه دیگری موکول شد."]


def test_the_next_meeting_is_said_when_fixed_or_when_asked_to_say_it_is_not():
    assert texts(part("next_meeting", NextMeeting(dt.date(2024, 5, 30), "۱۰ صبح", "دفتر انجمن")),
                 part("next_meeting", NextMeeting(later=True)), part("next_meeting", NextMeeting())) == [
        "جلسه بعدی روز پنجشنبه ۳۰ مه ۲۰۲۴ ساعت ۱۰ صبح در دفتر انجمن برگزار خواهد شد.",
        "زمان و مکان جلسه بعدی متعاقباً اعلام خواهد شد."]


def test_a_signature_is_its_lines_as_typed_with_no_full_stop():
    doc = announcement(part("signature", Signature(["هیئت مدیره انجمن صنفی", "  تهران "], dt.date(2024, 5, 20))))
    assert [(b.kind, b.text) for b in compose(doc)] == [
        (Kind.SIGNATURE, "هیئت مدیره انجمن صنفی"), (Kind.SIGNATURE, "تهران"), (Kind.SIGNATURE, "۲۰ مه ۲۰۲۴")]


def every_kind():
    """Announcements that between them use every phrase of the new kinds (test_wording.py)."""
    session = Session(days=[dt.date(2024, 5, 18)], city="تهران", venue="دفتر", time="۱۰", qualifier="فوق‌العاده",
                      convened_by="هیئت مدیره", present=42, members=60, proxies=5, apologies=["الف"],
                      guests=[Guest("نمایندگان", plural=True)])
    yield announcement(
        part("opening", Opening(anthem="الف", silence=True, opened_by="الف")),
        part("opening", Opening(silence=True, in_memory_of="الف", opened_by="ب", welcome=True)),
        part("opening", Opening(welcome=True)),
        part("procedure", Procedure(credentials=True, presiding=["الف"], rules=True)),
        part("procedure", Procedure(presiding=["الف", "ب"])),
        part("reports", Reports(items=[Report("الف", plural=True)])),
        part("reports", Reports(items=[Report("الف")], framed=False)),
        part("reports", Reports(items=[Report("الف", plural=True)], framed=False)),
        part("reports", Reports(items=[Report("الف", "ت", plural=True), Report("ب")], framed=False)),
        *[part("speech", Speech("الف", role="ج", topic="ب", voice=voice, plural=plural))
          for voice in Voice for plural in (False, True)],
        part("decisions", Decisions(["الف"])),
        part("election", Election(body="ب", term="دو سال", offices_later=True, people=[ElectedPerson("الف")])),
        part("election", Election(body="ب", seats=1, unnamed=True)),
        part("election", Election(body="ب", seats=2, unnamed=True)),
        part("election", Election(body="ب", postponed=True)),
        part("next_meeting", NextMeeting(dt.date(2024, 5, 30))),
        part("next_meeting", NextMeeting(later=True)),
        title=ASSEMBLY, session=session)
    yield from facts_with_fields()
    for quorum in (Quorum.NOT_REACHED, Quorum.POSTPONED):
        yield announcement(title=ASSEMBLY, session=Session(days=[dt.date(2024, 5, 18)], quorum=quorum,
                                                          apologies=["الف", "ب"]))


def facts_with_fields():
    """Announcements that between them use every phrase of the fields real announcements
    asked for (test_compose_facts.py)."""
    session = Session(days=[dt.date(2024, 5, 18)], purpose="بررسی بودجه", chair="الف", chair_role="رئیس", excused=5,
                      attendance="۶۰ نفر از اعضا", together=True, guests=[Guest("ب", role="نماینده وزارت کار")])
    election = Election(body="هیئت مدیره", member_role="عضو", people=[ElectedPerson("الف"), ElectedPerson("ب", "دبیر")],
                        alternates=[Alternate("ج")], candidates=[Alternate("د"), Alternate("ه")])
    yield announcement(
        part("opening", Opening(recitation=True)),
        part("agenda", Agenda(discussed=True)),
        part("documents", [Document("اساسنامه", adopted=True)]),
        part("documents", [Document("الف", adopted=True), Document("ب", adopted=True)]),
        part("speech", Speech("الف", voice=Voice.REPORT, answered=True)),
        part("speech", Speech("الف", voice=Voice.REPORT, plural=True, answered=True)),
        part("speech", Speech(voice=Voice.REPORT, topic="عملکرد", answered=True)),
        part("election", Election(body="هیئت مدیره", seats=None, unnamed=True, voters="اعضای حاضر", presented=True)),
        part("procedure", Procedure(rules_by="الف")),
        part("election", election),
        part("election", dataclasses.replace(election, candidates=election.candidates[:1])),
        part("election", dataclasses.replace(election, layout=ElectionLayout.LINE)),
        part("election", dataclasses.replace(election, layout=ElectionLayout.LIST)),
        title=ASSEMBLY, session=session, publication=Publication("نامه", 12, dt.date(2024, 5, 20), credit=True))
    # The session's day from the day of writing, a news report's lead, the opening in one sentence,
    # a discussion that ended in adopting, an election put off to a given time and the body kept on.
    for relative in (RelativeDay.TODAY, RelativeDay.YESTERDAY):
        yield announcement(
            part("opening", Opening(recitation=True, welcomed_by="مجری", joined=True)),
            part("discussion", OtherDiscussion(None, ["بودجه"], adopted=["بیانیه"])),
            part("election", Election(body="هیئت مدیره", postponed=True, postponed_to="مجمع بعدی", extended=True)),
            title=ASSEMBLY, publication=Publication(reported_by="ایسنا"),
            session=Session(days=[dt.date(2024, 5, 18)], relative_day=relative, part_of_day="عصر", invited=True))
    # Topics raised and what a discussion concluded, positions, and results not yet official.
    results = Election(body="شورا", people=[ElectedPerson("الف", votes=9)], unofficial=True, complaints_until="ظهر فردا")
    yield announcement(
        part("discussion", OtherDiscussion(None, ["بودجه"], raised=True, concluded=["تأکید بر صرفه‌جویی"])),
        part("discussion", OtherDiscussion(None, ["بودجه", "اساسنامه"], raised=True)),
        *[part("positions", Positions(who, plural, [Position(stance, "الف") for stance in Stance]))
          for who, plural in (("", False), ("کارگران", True))],
        part("election", results),
        part("election", dataclasses.replace(results, layout=ElectionLayout.LIST, more=True)),
        title=ASSEMBLY)


def test_a_body_puts_the_parts_of_its_session_sentence_in_its_own_order():
    session = Session(days=[dt.date(2024, 5, 18)], city="تهران", venue="محل انجمن", time="۱۴", attendance="۶۰ نفر از اعضا")
    phrases = {"session_sentence": "{session} {days} {time} {venue} {city} {attendance} {held}", "session": "{who}",
               "at_time": "رأس ساعت {time}", "held": "برگزار شد."}
    assert texts(title=ASSEMBLY, session=session, phrases=phrases) == [
        "مجمع عمومی انجمن صنفی روز شنبه ۱۸ مه ۲۰۲۴ رأس ساعت ۱۴ در محل انجمن در تهران با حضور ۶۰ نفر از اعضا برگزار شد."]


def test_a_phrase_may_name_the_body_in_its_parts_where_the_body_words_it_so():
    session = Session(days=[dt.date(2019, 8, 5)], qualifier="به طور فوق‌العاده")
    phrases = {"session_of_kind": "{body} {qualifier} {organisation}", "held": "برگزار شد.",
               "in_session": "در این {body}", "reported_one": "{who} گزارش جامعی از {topic} ارائه داد."}
    assert texts(part("discussion", OtherDiscussion(None, ["بودجه"])),
                 part("speech", Speech("الف", voice=Voice.REPORT, topic="عملکرد سال")),
                 title=ASSEMBLY, session=session, phrases=phrases) == [
        "مجمع عمومی به طور فوق‌العاده انجمن صنفی روز دوشنبه ۵ اوت ۲۰۱۹ برگزار شد.",
        "در این مجمع در مورد بودجه بحث و تبادل نظر شد.", "الف گزارش جامعی از عملکرد سال ارائه داد."]
    assert check(announcement(title=ASSEMBLY, session=session, phrases={"session": "{qualifier} {who}"})) != []


def test_positions_say_each_stance_of_those_named_and_the_later_ones_also():
    positions = Positions("کارگران", True, [
        Position(Stance.READY, "برگزاری مجمع عمومی", "و با همبستگی به پیش خواهیم رفت"),
        Position(Stance.CONDEMNED, "سندیکاسازی دولتی."), Position(Stance.DEMANDED, " "),
        Position(Stance.DEMANDED, "بازنگری قانون", "این خواسته به وزارت کار فرستاده شد")])
    assert texts(part("positions", positions), title=ASSEMBLY) == [
        "کارگران آمادگی خود را برای برگزاری مجمع عمومی اعلام کردند و با همبستگی به پیش خواهیم رفت. "
        "همچنین کارگران سندیکاسازی دولتی را محکوم کردند. "
        "همچنین کارگران خواستار بازنگری قانون شدند. این خواسته به وزارت کار فرستاده شد."]
    # No one named: the body that met, by its short name, with a singular verb; a body's own wording.
    phrases = {"emphasised_one": "{subject} مورد تأکید {who} قرار گرفت.", "welcomed_one": "{when} {subject} مورد استقبال واقع شد.",
               "position_also": "همچنین، {sentence}"}
    assert texts(part("positions", Positions(items=[Position(Stance.EMPHASISED, "همکاری"), Position(Stance.WELCOMED, "نشست ماهانه")])),
                 title=ASSEMBLY, phrases=phrases) == [
        "همکاری مورد تأکید مجمع قرار گرفت. همچنین، در جلسه نشست ماهانه مورد استقبال واقع شد."]
    assert texts(part("positions", Positions("کارگران", True)), title=ASSEMBLY) == []


def test_a_discussion_may_raise_its_topics_and_say_what_it_concluded():
    discussion = OtherDiscussion(None, ["رویکرد آتی", "روابط با نهادها"], raised=True, concluded=["تأکید بر پیگیری", "ادامهٔ کار"])
    assert texts(part("discussion", discussion), title=ASSEMBLY) == [
        "در جلسه رویکرد آتی و روابط با نهادها مطرح شدند. نتیجه این گفتگو تأکید بر پیگیری و ادامهٔ کار بود."]
    assert texts(part("discussion", OtherDiscussion(None, ["بودجه"], raised=True, text="و تصمیم به تعویق افتاد")),
                 title=ASSEMBLY) == ["در جلسه بودجه مطرح شد و تصمیم به تعویق افتاد."]


def test_results_not_yet_official_say_so_and_until_when_a_complaint_may_come():
    election = Election(body="شورا", seats=2, people=[ElectedPerson("الف", votes=9), ElectedPerson("ب", votes=7)],
                        candidates=[Alternate("ج", 5)], unofficial=True, complaints_until="ساعت ۱۲ ظهر فردا")
    until = "این نتایج در صورتی که تا ساعت ۱۲ ظهر فردا شکایتی نرسد قطعی خواهد شد."
    assert texts(part("election", election), title=ASSEMBLY) == [
        f"الف با ۹ رأی و ب با ۷ رأی برای عضویت در شورا انتخاب شدند. ج با ۵ رأی انتخاب نشد. این نتایج غیررسمی است. {until}"]
    listed = dataclasses.replace(election, layout=ElectionLayout.LIST, more=True)
    assert texts(part("election", listed), title=ASSEMBLY) == [
        "نتایج غیررسمی شمارش آرا به شرح زیر است:", "۱- الف با ۹ رأی (عضو اصلی)", "۲- ب با ۷ رأی (عضو اصلی)", "۳- ج با ۵ رأی",
        "و ...", until]
    # Nothing elected yet: nothing said of results.
    assert texts(part("election", dataclasses.replace(election, people=[], candidates=[])), title=ASSEMBLY) == []
