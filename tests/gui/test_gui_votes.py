"""Votes, the quorum, whose offices and alternates, recorded through the form as a user
does: the preview says them, undo takes them back, and a screenshot shows the widgets."""


from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from announcer.model import OfficeOf, Vote
from gui_helpers import add, choose, field, preview_paragraphs, record_list, select, type_into
from conftest import ROOT

SHOTS = ROOT / "out" / "screenshots"
Z = "\u200c"


def shown(window, source: str) -> str:
    """The preview's paragraph composed from the part of the model at source."""
    paragraphs = preview_paragraphs(window)
    return paragraphs[[b.source for b in window.preview.blocks].index(source)]


def test_the_quorum_typed_in_the_session_form(window, example):
    window.document.load(example, None)
    before = shown(window, "session")
    assert field(window, "session.present").lineEdit().text() == "—"  # not recorded
    type_into(window, "session.present", "۴۲")
    type_into(window, "session.members", "60")
    assert shown(window, "session") == before.replace(
        "برگزار گردید. ", "برگزار گردید. جلسه با حضور ۴۲ نفر از ۶۰ عضو رسمیت یافت. ")
    _save_screenshot(window, field(window, "session.members"), "session-quorum-fa.png")
    window.document.undo_stack.undo()
    assert window.document.model.session.members is None
    assert field(window, "session.members").lineEdit().text() == "—"


def test_votes_on_resolutions_chosen_and_typed(window, example):
    window.document.load(example, None)
    select(window, "sections[4].resolutions", 0)
    choose(window, "sections[4].resolutions[0].vote", Vote.COUNTED)
    type_into(window, "sections[4].resolutions[0].votes_for", "۲۸")
    type_into(window, "sections[4].resolutions[0].votes_against", "3")
    type_into(window, "sections[4].resolutions[0].abstentions", "0")  # a zero is left out
    select(window, "sections[4].resolutions", 1)
    choose(window, "sections[4].resolutions[1].vote", Vote.UNANIMOUS)
    assert shown(window, "sections[4].resolutions") == (
        "کمیته با ۲۸ رأی موافق و ۳ رأی مخالف تصویب کرد که کنفرانس تشکیلات خارج کشور حزب در اواخر ماه مارس "
        "بطور علنی برگزار گردد. کمیته به اتفاق آرا به هیئت اجرائی منتخب اختیار داد که تاریخ، محل و همچنین "
        "آئین نامه انتخاب نمایندگان را روشن کند.")
    _save_screenshot(window, field(window, "sections[4].resolutions[1].abstentions"), "resolution-votes-fa.png")
    window.document.undo_stack.undo()
    assert window.document.model.sections[4].resolutions[1].vote is Vote.UNRECORDED
    assert field(window, "sections[4].resolutions[1].vote").currentText() == "ثبت نشده"


def test_election_results_offices_alternates_and_acclamation(window, example):
    window.document.load(example, None)
    before = shown(window, "sections[6].election")
    choose(window, "sections[6].election.offices_of", OfficeOf.ELECTED_BODY)
    select(window, "sections[6].election.people", 0)
    type_into(window, "sections[6].election.people[0].votes", "35")
    add(window, "sections[6].election.alternates")
    type_into(window, "sections[6].election.alternates[0].name", "غلام اکبری")
    type_into(window, "sections[6].election.alternates[0].votes", "12")
    after = before.replace("خلیل کیوان به دبیری کمیته", "خلیل کیوان با ۳۵ رأی به دبیری هیئت اجرائی") + \
        f" همچنین غلام اکبری با ۱۲ رأی به عنوان عضو علی{Z}البدل هیئت اجرائی انتخاب شد."
    assert shown(window, "sections[6].election") == after
    _save_screenshot(window, record_list(window, "sections[6].election.alternates"), "election-votes-fa.png")

    acclamation = field(window, "sections[6].election.acclamation")
    acclamation.setFocus()
    QTest.keyClick(acclamation, Qt.Key.Key_Space)  # from the keyboard, as Tab reaches it
    assert shown(window, "sections[6].election") == (
        before.replace("به دبیری کمیته", "به دبیری هیئت اجرائی")
        + f" همچنین غلام اکبری به عنوان عضو علی{Z}البدل هیئت اجرائی انتخاب شد."
        + f" انتخابات بدون رأی{Z}گیری و به اتفاق آرا انجام شد.")
    window.checking.validate()  # votes in an election without a ballot are marked at their field
    assert field(window, "sections[6].election.alternates[0].votes").property("problem") is True
    window.document.undo_stack.undo()
    assert shown(window, "sections[6].election") == after
    assert not acclamation.isChecked()


def _save_screenshot(window, widget, name: str):
    """The window scrolled to a new widget, for a person to look at (out/ is git-ignored)."""
    window.ui.formScroll.ensureWidgetVisible(widget, 0, 200)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().toImage().save(str(SHOTS / name))
