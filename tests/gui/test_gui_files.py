"""Files in the window: open, save, export through the menu, the modified mark, the
close prompt, dropping a draft, undo and redo across the form."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QListWidget, QMessageBox

from announcer import draft
from announcer.compose import compose
from announcer.gui import filedialogs
from announcer.render.linebreaks import bind
from conftest import EXAMPLE, ROOT
from docx_xml import NS, paragraph_text, part
from gui_helpers import answered, field, type_into


def test_open_save_and_reopen(window, tmp_path, monkeypatch):
    assert window.files.open_path(EXAMPLE)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("announcement-223.json")
    type_into(window, "session.city", "برلین")
    assert window.isWindowModified()
    target = tmp_path / "berlin.announcement.json"
    monkeypatch.setattr(filedialogs, "save_name", lambda *a, **k: str(target))
    window.ui.actionSaveAs.trigger()
    assert not window.isWindowModified()
    assert draft.load(target).session.city == "برلین"
    assert window.settings.recent[0] == str(target)
    window.files.new()
    assert window.document.model.session.city == ""
    window.files.open_path(target)
    assert field(window, "session.city").text() == "برلین"


def test_undo_back_to_the_saved_state_clears_the_modified_mark(window, tmp_path):
    window.files.open_path(EXAMPLE)
    type_into(window, "session.city", "برلین")
    type_into(window, "title.kind", "بیانیه")
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert field(window, "title.kind").text() == "اطلاعیه"
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert field(window, "session.city").text() == "استکهلم"  # one step for the whole word typed
    assert not window.isWindowModified()
    window.document.undo_stack.redo()
    assert field(window, "session.city").text() == "برلین"
    window.preview.update_now()
    assert "در برلین برگزار گردید" in window.preview.text()


def test_undo_a_list_change(window):
    window.files.open_path(EXAMPLE)
    window.document.remove("sections[1].documents", 0)
    assert len(window.document.model.sections[1].documents) == 3
    window.document.undo_stack.undo()
    assert window.document.model.sections[1].documents[0].title == "گزارش و ضمائم آن"


def test_export_through_the_menu(window, tmp_path, monkeypatch):
    window.files.open_path(EXAMPLE)
    target = tmp_path / "out.docx"
    monkeypatch.setattr(filedialogs, "save_name_and_type", lambda *a, **k: (str(target), ""))
    offered = []
    monkeypatch.setattr(window.outputs, "ask_after_export", lambda path: offered.append(path))
    window.ui.actionExport.trigger()
    assert offered == [target]
    body = part(target, "word/document.xml").xpath("//w:body/w:p", namespaces=NS)
    assert [paragraph_text(p) for p in body] == [bind(b.text) for b in compose(window.document.model)]


def test_export_with_problems_explains_them_first(window, tmp_path, monkeypatch):
    monkeypatch.undo()  # the real question
    window.files.open_path(EXAMPLE)
    window.document.set("session.guests[0].days", [5])
    window.checking.validate()
    shown = []

    def cancel(dialog):
        view = dialog.findChild(QListWidget, "problems")
        shown.extend(view.item(row).text() for row in range(view.count()))
        dialog.reject()

    assert answered(window.ui.actionExport.trigger, cancel)[1] == "اشکال‌های اطلاعیه"
    assert shown == ["جلسه › مهمانان ۱ › روزهای حضور: جلسه فقط ۲ روز دارد، نه روز ۵"]  # and no file dialog: cancelled first


def test_close_with_unsaved_changes_asks(window, monkeypatch):
    type_into(window, "session.city", "برلین")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    assert not window.close()
    assert window.isVisible()
    assert window.close()
    assert answers == []


def test_dropping_a_draft_opens_it(window):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(EXAMPLE))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.document.path == Path(EXAMPLE)
    assert field(window, "publication.bulletin").text() == "انترناسیونال"


def test_a_bad_file_is_explained_and_the_open_draft_kept(window, tmp_path, monkeypatch):
    window.files.open_path(EXAMPLE)
    bad = tmp_path / "bad.json"
    # Version 1, migrated: the election is the fifth section, after the four a version-1 draft always had.
    bad.write_text('{"format": "persian-announcement-draft", "version": 1, "announcement": {"elections": [{"seats": 0}]}}')
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    assert not window.files.open_path(bad)
    # Each line starts right to left (RLM), the path isolated left to right within it.
    assert shown == [f"\u200f\u2066{bad}\u2069\n\n\u200fانتخابات (بخش ۵) › تعداد کرسی‌ها: باید عددی از ۱ تا ۱۰۰۰۰ باشد"]
    assert window.document.path == Path(EXAMPLE)


def test_a_file_problem_is_said_with_the_full_path_and_no_english_token(window, tmp_path, monkeypatch):
    gone = tmp_path / "gone.announcement.json"
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    assert not window.files.open_path(gone)
    assert shown == [f"\u200f\u2066{gone}\u2069\n\n\u200fفایل پیدا نشد"]


def test_recent_and_last_files_are_kept_absolute(window, tmp_path, monkeypatch):
    target = tmp_path / "d.announcement.json"
    draft.save(target, draft.load(EXAMPLE))
    monkeypatch.chdir(tmp_path)
    assert window.files.open_path(Path("d.announcement.json"))  # as typed on the command line
    monkeypatch.chdir(ROOT)  # the next start, from another folder
    assert window.settings.recent[0] == str(target) and window.settings.last_file == target
    window.files.new()
    window.files.reopen_last()
    assert window.document.path == target and field(window, "session.city").text() == "استکهلم"


def test_a_missing_last_file_is_said_at_start(window, tmp_path):
    window.settings.remember(tmp_path / "gone.announcement.json")
    window.files.reopen_last()
    assert window.document.path is None
    assert window.statusBar().currentMessage() == f"آخرین پیش‌نویس پیدا نشد: \u2066{tmp_path / 'gone.announcement.json'}\u2069"


def test_a_missing_recent_file_is_said_with_its_path_and_removed_on_request(window, tmp_path, answers):
    kept, gone = tmp_path / "kept.announcement.json", tmp_path / "gone.announcement.json"
    draft.save(kept, draft.load(EXAMPLE))
    window.settings.remember(gone)
    window.settings.remember(kept)
    window.fill_recent()
    answers.press("نگه داشتن در فهرست").press("حذف از پرونده‌های اخیر")
    for _ in range(2):
        next(a for a in window.ui.menuRecent.actions() if a.text() == f"\u2066{gone}\u2069").trigger()
    assert answers.seen[0]["text"] == (f"پیش‌نویس \u2066{gone}\u2069 پیدا نشد؛ "
                                       "شاید جابه‌جا شده، نامش تغییر کرده یا پاک شده باشد.")
    assert "(file)" not in answers.seen[0]["text"]
    assert window.settings.recent == [str(kept)]
    assert window.document.path is None  # the open draft stays


def test_save_as_adds_the_draft_suffix_and_suggests_the_title(window, tmp_path, monkeypatch):
    window.files.open_path(EXAMPLE)
    window.files.new()
    window.document.load(draft.load(EXAMPLE), None, clean=False)  # an unsaved copy of the example
    suggested = []

    def save_dialog(parent, title, name, *a, **k):
        suggested.append(Path(name).name)
        return str(tmp_path / ("berlin" if len(suggested) == 1 else "other.json"))
    monkeypatch.setattr(filedialogs, "save_name", save_dialog)
    assert window.files.save_as()
    assert suggested == ["انترناسیونال-۲۲۳.announcement.json"]
    assert window.document.path == tmp_path / "berlin.announcement.json"
    assert draft.load(tmp_path / "berlin.announcement.json") == window.document.model
    assert not (tmp_path / "berlin").exists()
    window.files.new()
    assert window.files.save_as()
    assert suggested[-1] == "بی‌نام.announcement.json"  # nothing to name it after; never «announcement.announcement.json»


def test_save_as_asks_before_replacing_the_name_with_the_suffix(window, tmp_path, monkeypatch, answers):
    existing = tmp_path / "berlin.announcement.json"
    draft.save(existing, draft.load(EXAMPLE))
    type_into(window, "session.city", "برلین")
    monkeypatch.setattr(filedialogs, "save_name", lambda *a, **k: str(tmp_path / "berlin"))
    answers.press("انصراف")
    assert not window.files.save_as()
    assert draft.load(existing).session.city == "استکهلم"
    answers.press("جایگزین کردن")
    assert window.files.save_as()
    assert draft.load(existing).session.city == "برلین"


def _changed_elsewhere(path: Path, city: str):
    other = draft.load(path)
    other.session.city = city
    draft.save(path, other)


def _edited_here_and_changed_elsewhere(window, tmp_path) -> Path:
    """A draft whose city is «برلین» in the window and «پاریس» on disk, written by another."""
    target = tmp_path / "d.announcement.json"
    draft.save(target, draft.load(EXAMPLE))
    window.files.open_path(target)
    type_into(window, "session.city", "برلین")
    _changed_elsewhere(target, "پاریس")
    return target


@pytest.mark.parametrize("choice", ["overwrite", "reload", "cancel"])
def test_save_over_a_draft_changed_elsewhere_asks(window, tmp_path, answers, choice):
    target = _edited_here_and_changed_elsewhere(window, tmp_path)
    button = {"overwrite": "نوشتن روی تغییرات آنان", "reload": "بارگذاری نسخهٔ آنان و کنار گذاشتن تغییرات من",
              "cancel": "انصراف"}[choice]
    answers.press(button)
    assert window.files.save() == (choice == "overwrite")
    assert answers.seen[0]["title"] == "پیش‌نویس روی دیسک تغییر کرده است"
    on_disk = draft.load(target).session.city
    shown = field(window, "session.city").text()
    assert (on_disk, shown, window.isWindowModified()) == {
        "overwrite": ("برلین", "برلین", False), "reload": ("پاریس", "پاریس", False),
        "cancel": ("پاریس", "برلین", True)}[choice]


def test_save_over_a_draft_changed_elsewhere_can_go_to_another_name(window, tmp_path, answers, monkeypatch):
    target = _edited_here_and_changed_elsewhere(window, tmp_path)
    monkeypatch.setattr(filedialogs, "save_name", lambda *a, **k: str(tmp_path / "mine"))
    answers.press("ذخیره با نام دیگر…")
    assert window.files.save()
    assert draft.load(tmp_path / "mine.announcement.json").session.city == "برلین"
    assert draft.load(target).session.city == "پاریس"
    assert window.document.path == tmp_path / "mine.announcement.json"


def test_a_clean_draft_changed_elsewhere_offers_to_reload(window, tmp_path, answers, qtbot):
    target = tmp_path / "d.announcement.json"
    draft.save(target, draft.load(EXAMPLE))
    window.files.open_path(target)
    answers.press("بارگذاری دوباره")
    _changed_elsewhere(target, "پاریس")
    qtbot.waitUntil(lambda: field(window, "session.city").text() == "پاریس", timeout=3000)
    assert not window.isWindowModified()
    assert "«\u2066d.announcement.json\u2069» در جای دیگری تغییر کرده است" in answers.seen[0]["text"]


def test_a_save_of_our_own_asks_nothing(window, tmp_path, qtbot):
    target = tmp_path / "d.announcement.json"
    draft.save(target, draft.load(EXAMPLE))
    window.files.open_path(target)
    for city in ("برلین", "پاریس"):
        type_into(window, "session.city", city)
        assert window.files.save()
    qtbot.wait(400)  # the watcher's signals of our own saves arrive, and ask nothing (no dialog expected)
    assert draft.load(target).session.city == "پاریس"


def test_help_about_names_the_log_file(window, answers):
    from announcer.gui.logs import log_file

    answers.press("تأیید")
    window.ui.actionAbout.trigger()
    assert f"\u2066{log_file()}\u2069" in answers.seen[0]["details"]
    assert answers.seen[0]["title"] == "دربارهٔ اطلاعیه‌نویس"
    assert "\u20660.1.0\u2069" in answers.seen[0]["text"]  # the version, from the package metadata
    for licence in ("python-docx 1.2", "— MIT", "jdatetime", "PSF-2.0", "Qt / PySide6", "LGPL-3.0",
                    "Vazirmatn — SIL Open Font License 1.1"):
        assert licence in answers.seen[0]["details"], licence


def test_a_closed_window_asks_nothing_about_its_draft(window, tmp_path, qtbot):
    target = tmp_path / "d.announcement.json"
    draft.save(target, draft.load(EXAMPLE))
    window.files.open_path(target)
    _changed_elsewhere(target, "پاریس")  # the watcher's signal is gathered for a moment …
    window.close()  # … and the window closes meanwhile
    qtbot.wait(400)  # no question comes (none is expected: one would fail the test)


def test_recent_paths_read_left_to_right_and_keep_their_ampersands(window, tmp_path):
    odd = tmp_path / "R&D" / "d.announcement.json"
    window.settings.remember(odd)
    window.fill_recent()
    (action,) = window.ui.menuRecent.actions()
    assert action.text() == f"\u2066{tmp_path}/R&&D/d.announcement.json\u2069"


def test_a_problem_of_one_day_in_a_list_goes_to_the_list_field(window):
    window.files.open_path(EXAMPLE)
    window.document.set("session.guests[0].days", [1, 5])
    window.checking.validate()
    window.checking.next_problem()
    assert window.statusBar().currentMessage() == "جلسه › مهمانان ۱ › روزهای حضور: جلسه فقط ۲ روز دارد، نه روز ۵"
    assert window.focusWidget() is field(window, "session.guests[0].days")
