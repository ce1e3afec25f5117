import datetime as dt

from parts import part

from announcer.model import (Alternate, Announcement, ElectedPerson, Election, Guest, Opening, OtherDiscussion, Position,
                             Positions, Quorum, Report, Reports, Resolution, ResolutionKind, Speech, Stance, Vote)
from announcer.validate import check


def paths(doc):
    return [(p.path, p.en) for p in check(doc)]


def test_example_has_no_problems(example):
    assert check(example) == []


def test_required_fields_and_the_missing_date_warning():
    assert paths(Announcement()) == [("title.body", "the body that met is required"),
                                     ("session.days", "no day of the session is given; the announcement says no date")]
    assert [p.warning for p in check(Announcement())] == [False, True]  # a meeting may be announced without its date


def test_cross_field_problems():
    doc = Announcement()
    doc.title.body = "کمیته"
    doc.session.days = [dt.date(2007, 12, 15), dt.date(2007, 12, 15)]
    doc.session.guests = [Guest("", "رئیس", []), Guest("الف", "", [3])]
    doc.sections = [part("reports", Reports(items=[Report("", "", "خلاصه")])),
                    part("resolutions", [Resolution(ResolutionKind.AUTHORISATION, "کاری کند", "")]),
                    part("discussion", OtherDiscussion(5, ["الف"], "")),
                    part("election", Election(body="", seats=1, people=[ElectedPerson("الف"), ElectedPerson("ب")]))]
    assert paths(doc) == [
        ("session.days", "a day is listed twice"),
        ("session.guests[0].name", "the guest has no name"),
        ("session.guests[1].days[0]", "the session has 2 day(s), there is no day 3"),
        ("sections[0].reports.items[0].speaker", "the report has no speaker"),
        ("sections[1].resolutions[0].body", "an authorisation needs the body that is given authority"),
        ("sections[2].discussion.day", "the session has 2 day(s), there is no day 5"),
        ("sections[3].election.body", "the elected body has no name"),
        ("sections[3].election.people", "2 people elected to 1 seat(s)"),
    ]


def _assembly(present=None, members=None) -> Announcement:
    doc = Announcement()
    doc.title.body = "مجمع عمومی"
    doc.session.days = [dt.date(2024, 5, 18)]
    doc.session.present, doc.session.members = present, members
    return doc


def test_more_present_than_members():
    assert paths(_assembly(61, 60)) == [("session.present", "61 present are more than the 60 members")]
    assert check(_assembly(61, 60))[0].fa == "شمار حاضران (۶۱) از شمار اعضا (۶۰) بیشتر است"
    assert check(_assembly(60, 60)) == [] and check(_assembly(61)) == []


def test_votes_beyond_those_present_when_both_are_known():
    doc = _assembly(42)
    doc.sections = [part("resolutions", [
        Resolution(text="الف", vote=Vote.COUNTED, votes_for=30, votes_against=10, abstentions=2),
        Resolution(text="ب", vote=Vote.COUNTED, votes_against=40, abstentions=3),
        Resolution(text="ج", vote=Vote.COUNTED, votes_for=43)]),
        part("election", Election(body="هیئت مدیره", seats=2, people=[ElectedPerson("الف", "عضو", 43)],
                                  alternates=[Alternate("ب", 42)]))]
    assert paths(doc) == [
        ("sections[0].resolutions[1].votes_against", "43 votes are more than the 42 members present"),
        ("sections[0].resolutions[2].votes_for", "43 votes are more than the 42 members present"),
        ("sections[1].election.people[0].votes", "43 votes are more than the 42 members present"),
    ]
    assert check(doc)[0].fa == "شمار آرا (۴۳) از شمار حاضران (۴۲) بیشتر است"
    doc.session.present = None  # unknown: nothing to compare with
    assert check(doc) == []


def test_counts_of_a_vote_that_is_not_counted_are_named():
    doc = _assembly()
    doc.sections = [part("resolutions", [Resolution(text="الف", vote=Vote.UNANIMOUS, abstentions=0),
                                         Resolution(text="ب", vote=Vote.COUNTED, votes_for=3)])]
    assert paths(doc) == [("sections[0].resolutions[0].vote",
                           "votes are counted but the vote is not “by count of votes”; the text leaves them out")]


def test_alternates_without_members_and_members_beyond_the_seats():
    doc = _assembly()
    doc.sections = [part("election", e) for e in (
        Election(body="هیئت مدیره", seats=1, alternates=[Alternate("ب")]),
        Election(body="هیئت مدیره", seats=1, people=[ElectedPerson("الف"), ElectedPerson("ب")]),
        Election(body="هیئت مدیره", seats=1, people=[ElectedPerson("الف")],
                 alternates=[Alternate("ب"), Alternate("ج")]))]  # alternates hold no seat
    assert paths(doc) == [("sections[0].election.alternates", "alternates are elected but no members"),
                          ("sections[1].election.people", "2 people elected to 1 seat(s)")]
    assert check(doc)[0].fa == "عضو علی\u200cالبدل بدون عضو اصلی انتخاب شده است"


def test_votes_in_an_election_by_acclamation_are_named():
    doc = _assembly()
    doc.sections = [part("election", Election(body="هیئت مدیره", seats=2, acclamation=True,
                                              people=[ElectedPerson("الف"), ElectedPerson("ب", "عضو", 20)],
                                              alternates=[Alternate("ج", 5)]))]
    assert paths(doc) == [
        ("sections[0].election.people[1].votes", "an election by acclamation has no votes to count"),
        ("sections[0].election.alternates[0].votes", "an election by acclamation has no votes to count")]


def test_what_the_new_kinds_would_leave_out_is_named():
    doc = _assembly(12, 60)
    doc.session.quorum = Quorum.NOT_REACHED
    doc.sections = [part("speech", Speech(topic="بودجه")), part("opening", Opening(in_memory_of="الف")),
                    part("election", Election(body="شورا", postponed=True, people=[ElectedPerson("ب")])),
                    part("positions", Positions(items=[Position(Stance.DEMANDED, "بازنگری"), Position(text="و بیانیه دادند")])),
                    part("election", Election(body="شورا", people=[ElectedPerson("ب")], more=True))]
    assert paths(doc) == [
        ("session.quorum", "the quorum was not reached but those present are counted; the text leaves the count out"),
        ("sections[0].speech.speaker",
         "the speech has no speaker; its topic is left out of the text without one"),
        ("sections[1].opening.silence",
         "someone is remembered but no minute of silence is ticked; the text leaves them out"),
        ("sections[2].election.postponed",
         "the election is put off but people are named as elected; the text leaves them out"),
        ("sections[3].positions.items[1].subject", "the position is on nothing; the text leaves it and its text out"),
        ("sections[4].election.more", "«و ...» follows a numbered list only; with this layout the text leaves it out"),
    ]
