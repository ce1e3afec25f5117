"""File → New from this announcement, with its dialog opened for real.
Screenshot: out/issue-13/new-from-dialog-fa.png."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox

from conftest import EXAMPLE, ROOT
from gui_helpers import answered, preview_paragraphs

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
    window.open_path(EXAMPLE)
    _, title = answered(window.ui.actionNewFrom.trigger, _answer(shot="new-from-dialog-fa.png"))
    assert title == "تازه از روی این اطلاعیه"
    model = window.session.model
    assert window.session.path is None and not window.session.modified
    assert model.publication.issue == 224 and model.title.body == "کمیته خارج کشور"
    assert model.session.days == [] and model.reports.items == [] and model.elections == []
    paragraphs = preview_paragraphs(window)
    assert paragraphs[0] == "انترناسیونال ۲۲۴"
    assert paragraphs[1] == "اطلاعیه برگزاری جلسه کمیته خارج کشور حزب کمونیست کارگری ایران"
    assert not any("گزارش" in p or "انتخاب" in p for p in paragraphs)


def test_the_dialog_remembers_what_to_keep_and_cancel_changes_nothing(window, monkeypatch):
    monkeypatch.undo()
    QSettings().remove("new_from/keep")
    window.open_path(EXAMPLE)
    answered(window.ui.actionNewFrom.trigger, _answer(uncheck=("city", "publication")))
    assert window.session.model.session.city == "" and window.session.model.publication.issue is None
    window.open_path(EXAMPLE)

    def unchecked_again(dialog):
        assert not dialog.findChild(QCheckBox, "keep_city").isChecked()
        assert dialog.findChild(QCheckBox, "keep_title").isChecked()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    answered(window.ui.actionNewFrom.trigger, unchecked_again)
    assert window.session.path == EXAMPLE and window.session.model.publication.issue == 223
