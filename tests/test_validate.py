import datetime as dt

from announcer.model import (Announcement, ElectedPerson, Election, Guest, OtherDiscussion, Report,
                             Resolution, ResolutionKind)
from announcer.validate import check


def paths(doc):
    return [(p.path, p.en) for p in check(doc)]


def test_example_has_no_problems(example):
    assert check(example) == []


def test_required_fields():
    assert paths(Announcement()) == [("title.body", "the body that met is required"),
                                     ("session.days", "at least one day of the session is required")]


def test_cross_field_problems():
    doc = Announcement()
    doc.title.body = "کمیته"
    doc.session.days = [dt.date(2007, 12, 15), dt.date(2007, 12, 15)]
    doc.session.guests = [Guest("", "رئیس", []), Guest("الف", "", [3])]
    doc.reports.items = [Report("", "", "خلاصه")]
    doc.resolutions = [Resolution(ResolutionKind.AUTHORISATION, "کاری کند", "")]
    doc.other_discussions = [OtherDiscussion(5, ["الف"], "")]
    doc.elections = [Election(body="", seats=1, people=[ElectedPerson("الف"), ElectedPerson("ب")])]
    assert paths(doc) == [
        ("session.days", "a day is listed twice"),
        ("session.guests[0].name", "the guest has no name"),
        ("session.guests[1].days[0]", "the session has 2 day(s), there is no day 3"),
        ("reports.items[0].speaker", "the report has no speaker"),
        ("resolutions[0].body", "an authorisation needs the body that is given authority"),
        ("other_discussions[0].day", "the session has 2 day(s), there is no day 5"),
        ("elections[0].body", "the elected body has no name"),
        ("elections[0].people", "2 people elected to 1 seat(s)"),
    ]
