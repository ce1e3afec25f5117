"""File → New from this announcement, without the window."""

from announcer.compose import compose
from announcer.model import Announcement
from announcer.newfrom import KEEPABLE, next_announcement
from announcer.persian.digits import number


def test_the_next_announcement_after_the_example_is_issue_224_with_no_session_data(example):
    new = next_announcement(example)
    assert new.publication.issue == 224 and new.publication.bulletin == example.publication.bulletin
    assert new.publication.date is None
    assert new.title == example.title and new.session.city == example.session.city
    assert new.session.attendance == example.session.attendance
    assert new.settings == example.settings
    blank = Announcement()
    for part in ("agenda", "documents", "reports", "discussion", "resolutions", "other_discussions",
                 "elections", "closing"):
        assert getattr(new, part) == getattr(blank, part), part
    assert new.session.days == [] and new.session.guests == [] and new.session.present is None
    header = compose(new)[0].text
    assert header == f"انترناسیونال {number(224)}" == "انترناسیونال ۲۲۴"


def test_what_is_not_kept_starts_blank(example):
    new = next_announcement(example, keep=set(KEEPABLE) - {"publication", "city"})
    assert new.publication == Announcement().publication and new.session.city == ""
    assert new.title == example.title


def test_the_wording_is_kept_as_a_copy(example):
    example.phrases["held"] = "برگزار شد."
    new = next_announcement(example)
    new.phrases["held"] = "x"
    assert example.phrases["held"] == "برگزار شد."
