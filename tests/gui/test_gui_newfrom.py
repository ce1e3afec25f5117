"""File → New from this announcement, with its dialog opened for real.
Screenshot: out/issue-13/new-from-dialog-fa.png."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox

from announcer import draft, schema
from announcer.model import Announcement
from conftest import EXAMPLE, ROOT
from gui_helpers import answered, preview_paragraphs, sections

SHOTS = ROOT / "out" / "issue-13"


def _answer(uncheck=(), button=QDialogButtonBox.StandardButton.Ok, shot=None):
    def answer(dialog):
        if shot:
            SHOTS.mkdir(parents=True, exist_ok=True)
            assert dialog.grab().save(str(SHOTS / shot))
        for part in uncheck:
            dialog.findChild(QCheckBox, f"keep_{part}").click()
        dialog.findChild(QDialogButtonBox).button(button).click()
    return answer


def test_new_from_the_example_is_issue_224_untitled_with_the_title_and_no_session(window, monkeypatch):
    monkeypatch.undo()  # the real dialog
    QSettings().remove("new_from/keep")
    window.files.open_path(EXAMPLE)

    def keep_all(dialog):
        box = dialog.findChild(QCheckBox, "keep_sections")
        assert box.text() == "بخش‌ها، به همین ترتیب و خالی" and box.isChecked()
        _answer(shot="new-from-dialog-fa.png")(dialog)
    _, title = answered(window.ui.actionNewFrom.trigger, keep_all)
    assert title == "تازه از روی این اطلاعیه"
    model = window.document.model
    assert window.document.path is None and not window.document.modified
    assert model.publication.issue == 224 and model.title.body == "کمیته خارج کشور"
    assert model.session.days == []
    # The sections of this meeting, in its order, each empty; the list shows them.
    kinds = [part.kind for part in draft.load(EXAMPLE).sections]
    assert [part.kind for part in model.sections] == kinds
    assert all(getattr(part, part.kind) == schema.at(f"sections[].{part.kind}").default() for part in model.sections)
    assert sections(window).list.count() == len(kinds) == 9
    paragraphs = preview_paragraphs(window)
    assert paragraphs[0] == "انترناسیونال ۲۲۴"
    assert paragraphs[1] == "اطلاعیه برگزاری جلسه کمیته خارج کشور حزب کمونیست کارگری ایران"
    assert not any("گزارش" in p or "انتخاب" in p for p in paragraphs)


def test_the_dialog_remembers_what_to_keep_and_cancel_changes_nothing(window, monkeypatch):
    monkeypatch.undo()
    QSettings().remove("new_from/keep")
    window.files.open_path(EXAMPLE)
    answered(window.ui.actionNewFrom.trigger, _answer(uncheck=("city", "publication", "sections")))
    assert window.document.model.session.city == "" and window.document.model.publication.issue is None
    assert window.document.model.sections == Announcement().sections  # a new draft's
    window.files.open_path(EXAMPLE)

    def unchecked_again(dialog):
        assert not dialog.findChild(QCheckBox, "keep_city").isChecked()
        assert not dialog.findChild(QCheckBox, "keep_sections").isChecked()
        assert dialog.findChild(QCheckBox, "keep_title").isChecked()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    answered(window.ui.actionNewFrom.trigger, unchecked_again)
    assert window.document.path == EXAMPLE and window.document.model.publication.issue == 223
