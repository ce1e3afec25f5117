"""File → New from this announcement, without the window."""

import dataclasses

from announcer.compose import compose
from announcer.model import Agenda, Announcement, ElectedPerson, Election, OtherDiscussion, Part, Reports
from announcer.newfrom import KEEPABLE, next_announcement
from announcer.persian.digits import number
from parts import announcement, part

# Each kind of section as a new one holds it: nothing of this meeting's words.
EMPTY = {"paragraph": "", "agenda": Agenda(), "documents": [], "reports": Reports(), "resolutions": [],
         "discussion": OtherDiscussion(), "election": Election()}


def test_the_next_announcement_after_the_example_is_issue_224_with_no_session_data(example):
    new = next_announcement(example)
    assert new.publication.issue == 224 and new.publication.bulletin == example.publication.bulletin
    assert new.publication.date is None
    credited = next_announcement(dataclasses.replace(example, publication=dataclasses.replace(example.publication, credit=True)))
    assert credited.publication.credit  # named at the end again, as the bulletin quotes it
    assert new.title == example.title and new.session.city == example.session.city
    assert new.session.attendance == example.session.attendance
    assert new.settings == example.settings
    assert [p.kind for p in new.sections] == ["agenda", "documents", "reports", "paragraph", "resolutions",
                                              "discussion", "election", "paragraph", "paragraph"]
    assert new.sections == [Part(**{p.kind: EMPTY[p.kind]}) for p in example.sections]
    assert new.session.days == [] and new.session.guests == [] and new.session.present is None
    blocks = compose(new)
    assert [b.source for b in blocks] == ["publication", "title", "session"]  # no section says anything
    assert blocks[0].text == f"انترناسیونال {number(224)}" == "انترناسیونال ۲۲۴"


def test_the_sections_kept_are_the_same_kinds_in_the_same_order_each_empty():
    doc = announcement(part("paragraph", "جلسه با سرود انترناسیونال آغاز شد."),
                       part("election", Election(body="هیئت رئیسه", people=[ElectedPerson("مینا احدی")])),
                       part("agenda", Agenda(items=["گزارشات"], approved=False)),
                       part("paragraph", "جلسه با موفقیت به پایان رسید."),
                       part("election", Election(body="هیئت اجرائی", seats=3)))
    new = next_announcement(doc, keep={"sections"})
    assert [p.kind for p in new.sections] == ["paragraph", "election", "agenda", "paragraph", "election"]
    assert new.sections == [Part(paragraph=""), Part(election=Election()), Part(agenda=Agenda()),
                            Part(paragraph=""), Part(election=Election())]
    new.sections[2].agenda.items.append("x")  # a section of its own, not the old one's
    assert doc.sections[2].agenda.items == ["گزارشات"]


def test_what_is_not_kept_starts_blank(example):
    new = next_announcement(example, keep=set(KEEPABLE) - {"publication", "city"})
    assert new.publication == Announcement().publication and new.session.city == ""
    assert new.title == example.title


def test_without_the_sections_kept_the_new_draft_has_a_new_drafts_sections(example):
    new = next_announcement(example, keep=set(KEEPABLE) - {"sections"})
    assert new.sections == Announcement().sections
    assert [p.kind for p in new.sections] == ["agenda", "documents", "reports", "paragraph", "resolutions", "election"]


def test_the_wording_is_kept_as_a_copy(example):
    example.phrases["held"] = "برگزار شد."
    new = next_announcement(example)
    new.phrases["held"] = "x"
    assert example.phrases["held"] == "برگزار شد."
