"""The form accepts only what the draft file can hold and reopen: its limits are the
schema's, and text typed past them stays in the field, marked, never half-stored."""

from announcer import draft, model
from gui_helpers import field, type_into


def test_a_guest_day_of_zero_is_refused_at_the_field_and_the_draft_reopens(window, example, tmp_path):
    window.document.load(example, None)
    type_into(window, "session.guests[0].days", "۰")
    window.checking.validate()
    days = field(window, "session.guests[0].days")
    assert days.text() == "۰" and days.property("problem") is True
    assert days.toolTip() == "باید عددی از ۱ تا ۳۶۶ باشد"
    assert window.document.model.session.guests[0].days == [1]
    path = tmp_path / "d.announcement.json"
    assert window.files.save_to(path)
    assert draft.load(path) == window.document.model


def test_number_boxes_take_their_range_from_the_schema(window, example):
    window.document.load(example, None)
    issue = field(window, "publication.issue")
    assert (issue.minimum(), issue.maximum()) == (0, model.MAX_ISSUE)  # 0 shows «—», no issue
    assert field(window, "sections[6].election.seats").maximum() == model.MAX_COUNT
    assert field(window, "sections[5].discussion.day").maximum() == model.MAX_DAYS
    type_into(window, "publication.issue", "۹۹۹۹۹۹۹")  # past the range: the box keeps the highest
    assert window.document.model.publication.issue <= model.MAX_ISSUE


def test_a_date_outside_1300_to_1499_is_refused_at_the_field(window, example):
    window.document.load(example, None)
    type_into(window, "publication.date", "۱۲۹۹/۱۲/۲۹")
    window.checking.validate()
    date = field(window, "publication.date")
    assert date.text() == "۱۲۹۹/۱۲/۲۹" and date.property("problem") is True
    assert "۱۳۰۰ تا ۱۴۹۹" in date.toolTip()
    assert window.document.model.publication.date == example.publication.date


def test_text_past_its_limit_is_kept_in_the_field_and_marked(window, example):
    window.document.load(example, None)
    type_into(window, "session.city", "ب" * (model.LINE_CHARACTERS + 1), paste=True)
    window.checking.validate()
    city = field(window, "session.city")
    assert len(city.text()) == model.LINE_CHARACTERS + 1 and city.property("problem") is True
    assert window.document.model.session.city == "استکهلم"


def test_a_draft_with_a_lone_surrogate_and_noncharacters_saves_and_reopens(window, example, tmp_path):
    example.title.body = "کمیته\ud800 خارج\ufffe کشور"
    window.document.load(example, None)
    window.checking.validate()
    assert field(window, "title.body").property("problem") is True
    assert "کمیته خارج کشور" in window.preview.text()
    path = tmp_path / "d.announcement.json"
    assert window.files.save_to(path)
    assert draft.load(path) == example
