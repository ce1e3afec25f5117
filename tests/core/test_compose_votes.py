"""How the room decided, as the composer writes it: votes on resolutions, election
results, alternates, whose offices, acclamation and the quorum. Every combination is
asserted as the exact Persian a bulletin would print."""

import datetime as dt

import pytest

from parts import announcement, at, part
from announcer import draft
from announcer.compose import compose
from announcer.model import (Alternate, Announcement, ElectedPerson, Election, Guest, OfficeOf, Resolution,
                             ResolutionKind, Vote)
from announcer.validate import check
from conftest import DATA

Z = "\u200c"  # the half-space


def paragraph(doc, source: str) -> str:
    (text,) = [b.text for b in compose(doc) if b.source == source]
    return text


def resolved(*resolutions, digits: bool = True) -> str:
    doc = announcement(part("resolutions", list(resolutions)))
    doc.settings.persian_digits = digits
    return paragraph(doc, at(doc, "resolutions"))


DECISION = "کنفرانس در ماه مارس برگزار شود"


# ---- votes on a resolution ----

def test_a_resolution_without_a_vote_says_nothing_of_one():
    assert resolved(Resolution(text=DECISION)) == f"کمیته تصویب کرد که {DECISION}."


@pytest.mark.parametrize("vote, said", [(Vote.UNANIMOUS, "به اتفاق آرا"), (Vote.MAJORITY, "با اکثریت آرا")])
def test_unanimous_or_majority_comes_before_the_verb(vote, said):
    assert resolved(Resolution(text=DECISION, vote=vote)) == f"کمیته {said} تصویب کرد که {DECISION}."


def test_counted_votes_are_a_persian_list_with_persian_digits():
    r = Resolution(text=DECISION, vote=Vote.COUNTED, votes_for=28, votes_against=3, abstentions=2)
    assert resolved(r) == f"کمیته با ۲۸ رأی موافق، ۳ رأی مخالف و ۲ رأی ممتنع تصویب کرد که {DECISION}."


@pytest.mark.parametrize("counts, said", [
    ((28, 0, 2), "با ۲۸ رأی موافق و ۲ رأی ممتنع"),
    ((28, None, None), "با ۲۸ رأی موافق"),
    ((30, 3, 0), "با ۳۰ رأی موافق و ۳ رأی مخالف"),
    ((None, 0, 5), "با ۵ رأی ممتنع"),
])
def test_counts_of_zero_or_not_given_are_left_out(counts, said):
    r = Resolution(text=DECISION, vote=Vote.COUNTED, votes_for=counts[0], votes_against=counts[1],
                   abstentions=counts[2])
    assert resolved(r) == f"کمیته {said} تصویب کرد که {DECISION}."


def test_a_counted_vote_without_counts_says_nothing():
    r = Resolution(text=DECISION, vote=Vote.COUNTED, votes_for=0, votes_against=None, abstentions=0)
    assert resolved(r) == f"کمیته تصویب کرد که {DECISION}."


def test_counts_are_read_only_for_a_counted_vote():
    # validate.check names the counts that are left out (tests/core/test_validate.py)
    assert resolved(Resolution(text=DECISION, vote=Vote.MAJORITY, votes_for=28)) == \
        f"کمیته با اکثریت آرا تصویب کرد که {DECISION}."


def test_an_authorisation_says_its_vote_before_the_authority_given():
    r = Resolution(ResolutionKind.AUTHORISATION, "تاریخ را تعیین کند", "هیئت اجرائی", Vote.COUNTED, 40, 1)
    assert resolved(r) == "کمیته با ۴۰ رأی موافق و ۱ رأی مخالف به هیئت اجرائی اختیار داد که تاریخ را تعیین کند."


def test_free_text_is_followed_by_a_sentence_saying_how_it_was_adopted():
    r = Resolution(ResolutionKind.TEXT, "قرار شد گزارش منتشر شود", vote=Vote.COUNTED, votes_for=28,
                   votes_against=3, abstentions=2)
    assert resolved(r) == "قرار شد گزارش منتشر شود. این قرار با ۲۸ رأی موافق، ۳ رأی مخالف و ۲ رأی ممتنع تصویب شد."
    r = Resolution(ResolutionKind.TEXT, "قرار شد گزارش منتشر شود", vote=Vote.UNANIMOUS)
    assert resolved(r) == "قرار شد گزارش منتشر شود. این قرار به اتفاق آرا تصویب شد."


def test_an_authorisation_without_a_body_reads_as_free_text_with_its_vote():
    r = Resolution(ResolutionKind.AUTHORISATION, "قرار شد گزارش منتشر شود", "", Vote.MAJORITY)
    assert resolved(r) == "قرار شد گزارش منتشر شود. این قرار با اکثریت آرا تصویب شد."


def test_each_resolution_has_its_own_vote():
    assert resolved(Resolution(text="الف انجام شود", vote=Vote.UNANIMOUS), Resolution(text="ب انجام شود"),
                    Resolution(text="ج انجام شود", vote=Vote.COUNTED, votes_for=9)) == (
        "کمیته به اتفاق آرا تصویب کرد که الف انجام شود. کمیته تصویب کرد که ب انجام شود. "
        "کمیته با ۹ رأی موافق تصویب کرد که ج انجام شود.")


def test_counts_follow_the_digits_setting():
    r = Resolution(text=DECISION, vote=Vote.COUNTED, votes_for=28, votes_against=3)
    assert resolved(r, digits=False) == f"کمیته با 28 رأی موافق و 3 رأی مخالف تصویب کرد که {DECISION}."


# ---- the quorum ----

def _session(present=None, members=None, guests=()) -> str:
    doc = Announcement()
    doc.title.body = "مجمع عمومی انجمن"
    doc.session.days = [dt.date(2024, 5, 18)]
    doc.session.present, doc.session.members = present, members
    doc.session.guests = list(guests)
    return paragraph(doc, "session")


HELD = "جلسه مجمع عمومی انجمن روز شنبه ۱۸ مه ۲۰۲۴ برگزار گردید."


def test_the_quorum_follows_the_meeting_and_precedes_the_guests():
    assert _session(42, 60) == f"{HELD} جلسه با حضور ۴۲ نفر از ۶۰ عضو رسمیت یافت."
    assert _session(42, 60, [Guest("اصغر کریمی")]) == \
        f"{HELD} جلسه با حضور ۴۲ نفر از ۶۰ عضو رسمیت یافت. اصغر کریمی در جلسه شرکت داشت."


def test_a_quorum_without_the_number_of_members():
    assert _session(42) == f"{HELD} جلسه با حضور ۴۲ نفر رسمیت یافت."


def test_the_number_of_members_alone_says_nothing():
    assert _session(None, 60) == HELD


# ---- election results ----

def _board(*people, seats=5, offices_of=OfficeOf.ELECTED_BODY, alternates=(), acclamation=False) -> str:
    election = Election(body="هیئت مدیره", seats=seats, offices_of=offices_of, acclamation=acclamation,
                        announced=True, in_order=True,  # as the reference says it
                        people=[ElectedPerson(*p) for p in people], alternates=[Alternate(*a) for a in alternates])
    doc = announcement(part("election", election))
    doc.title.short_name = "مجمع"
    return paragraph(doc, at(doc, "election", 0))


def test_votes_per_elected_person():
    assert _board(("الف", "عضو", 35), ("ب", "عضو", 30), ("ج", "عضو"), seats=3) == (
        "مجمع تصویب کرد که یک هیئت مدیره سه نفره انتخاب گردد. "
        "الف با ۳۵ رأی، ب با ۳۰ رأی و ج برای عضویت در هیئت مدیره انتخاب شدند.")


def test_one_person_with_votes():
    assert _board(("الف", "عضو", 35), seats=1) == (
        "مجمع تصویب کرد که یک هیئت مدیره انتخاب گردد. الف با ۳۵ رأی برای عضویت در هیئت مدیره انتخاب شد.")


def test_an_office_of_the_elected_body():
    assert _board(("الف", "دبیر"), ("ب", "عضو"), ("ج", "عضو"), seats=3).endswith(
        "در ابتدا الف به دبیری هیئت مدیره، سپس ب و ج برای عضویت در هیئت مدیره انتخاب شدند.")


def test_several_offices_of_the_elected_body_with_votes():
    assert _board(("الف", "دبیر", 35), ("ب", f"خزانه{Z}دار", 33), ("ج", "عضو", 30), ("د", "عضو", 25), seats=4) == (
        "مجمع تصویب کرد که یک هیئت مدیره چهار نفره انتخاب گردد. "
        f"از این رو علاوه بر دبیر و خزانه{Z}دار دو نفر دیگر برای عضویت در هیئت مدیره انتخاب شدند. "
        f"در ابتدا الف با ۳۵ رأی به دبیری هیئت مدیره، سپس ب با ۳۳ رأی به عنوان خزانه{Z}دار هیئت مدیره "
        "و سرانجام ج با ۳۰ رأی و د با ۲۵ رأی برای عضویت در هیئت مدیره انتخاب شدند.")


def test_offices_of_the_deciding_body_read_as_the_reference_does():
    assert _board(("الف", "دبیر"), ("ب", f"خزانه{Z}دار"), ("ج", "عضو"), seats=3,
                  offices_of=OfficeOf.DECIDING_BODY).endswith(
        f"در ابتدا الف به دبیری مجمع، سپس ب به عنوان خزانه{Z}دار و سرانجام ج برای عضویت در هیئت مدیره انتخاب شدند.")


def test_alternates_follow_the_members_in_order():
    assert _board(("الف", "عضو"), seats=1, alternates=[("د", 12), ("ه",), ("ز", 9)]).endswith(
        "الف برای عضویت در هیئت مدیره انتخاب شد. "
        f"همچنین د با ۱۲ رأی، ه و ز با ۹ رأی به عنوان اعضای علی{Z}البدل هیئت مدیره انتخاب شدند.")


def test_one_alternate():
    assert _board(("الف", "عضو"), seats=1, alternates=[("د",), ("  ",)]).endswith(
        f"همچنین د به عنوان عضو علی{Z}البدل هیئت مدیره انتخاب شد.")


def test_an_election_by_acclamation_says_so_and_counts_no_votes():
    assert _board(("الف", "دبیر", 35), ("ب", "عضو"), seats=2, alternates=[("ج", 3)], acclamation=True) == (
        "مجمع تصویب کرد که یک هیئت مدیره دو نفره انتخاب گردد. "
        "از این رو علاوه بر دبیر یک نفر دیگر برای عضویت در هیئت مدیره انتخاب شد. "
        "در ابتدا الف به دبیری هیئت مدیره، سپس ب برای عضویت در هیئت مدیره انتخاب شدند. "
        f"همچنین ج به عنوان عضو علی{Z}البدل هیئت مدیره انتخاب شد. "
        f"انتخابات بدون رأی{Z}گیری و به اتفاق آرا انجام شد.")


def test_acclamation_without_anyone_elected_says_nothing():
    assert _board(acclamation=True, seats=1) == "مجمع تصویب کرد که یک هیئت مدیره انتخاب گردد."


# ---- an assembly that uses all of it (tests/data/assembly.announcement.json) ----

ASSEMBLY = DATA / "assembly.announcement.json"


def test_the_assembly_example_has_no_problems_and_reads_as_its_bulletin_would():
    doc = draft.load(ASSEMBLY)
    assert check(doc) == []
    assert paragraph(doc, "session") == (
        "جلسه مجمع عمومی سالانه انجمن فرهنگی ایرانیان گوتنبرگ روز شنبه ۱۸ ماه جاری (مه) در گوتنبرگ برگزار گردید. "
        "جلسه با حضور ۴۲ نفر از ۶۰ عضو رسمیت یافت. "
        f"نماینده فدراسیون انجمن{Z}های ایرانی سوئد، نسرین رضایی در جلسه شرکت داشت.")
    assert paragraph(doc, at(doc, "resolutions")) == (
        "مجمع با ۳۸ رأی موافق، ۲ رأی مخالف و ۲ رأی ممتنع تصویب کرد که گزارش مالی و بودجه سال آینده تأیید شود. "
        "مجمع با ۲۹ رأی موافق و ۱۳ رأی مخالف تصویب کرد که حق عضویت سالانه از سال آینده به ۴۰۰ کرون افزایش یابد. "
        "مجمع به اتفاق آرا به هیئت مدیره اختیار داد که برنامه فرهنگی سال آینده را تا پایان ماه ژوئن منتشر کند. "
        f"قرار شد جشن نوروز سال آینده با همکاری انجمن{Z}های دیگر شهر برگزار شود. این قرار با اکثریت آرا تصویب شد.")
    assert paragraph(doc, at(doc, "election", 0)) == (
        "بخش پایانی جلسه به انتخاب هیئت مدیره و هیئت بازرسی اختصاص داشت. "
        "مجمع تصویب کرد که یک هیئت مدیره پنج نفره برای دوره دو ساله انتخاب گردد. "
        f"از این رو علاوه بر دبیر و خزانه{Z}دار سه نفر دیگر برای عضویت در هیئت مدیره انتخاب شدند. "
        f"در ابتدا مریم احمدی با ۳۵ رأی به دبیری هیئت مدیره، سپس بهروز نیک{Z}نام با ۳۳ رأی به عنوان خزانه{Z}دار "
        "هیئت مدیره و سرانجام سارا کریمی با ۳۰ رأی، رضا موسوی با ۲۸ رأی و لیلا حسینی با ۲۶ رأی برای عضویت در "
        "هیئت مدیره انجمن فرهنگی ایرانیان گوتنبرگ انتخاب شدند. "
        f"همچنین امید رحیمی با ۱۹ رأی و نگار صادقی با ۱۷ رأی به عنوان اعضای علی{Z}البدل هیئت مدیره انتخاب شدند.")
    assert paragraph(doc, at(doc, "election", 1)) == (
        "مجمع تصویب کرد که یک هیئت بازرسی دو نفره انتخاب گردد. "
        "علی مرادی و زهره تهرانی برای عضویت در هیئت بازرسی انتخاب شدند. "
        f"انتخابات بدون رأی{Z}گیری و به اتفاق آرا انجام شد.")
