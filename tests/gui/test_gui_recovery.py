"""Recovery: unsaved changes saved aside, one copy per window, offered again once their
editor is gone (never while it runs), never written over the draft without asking;
copies that cannot be read or written never stop the editor nor go unsaid."""

import json
import logging
import os
import signal
import subprocess
import sys
import threading

import pytest
from conftest import EXAMPLE, ROOT
from edits import apply, edits, fresh
from hypothesis import given, settings, strategies as st
from gui_helpers import type_into
from PySide6.QtWidgets import QDialog, QWidget
from recovery_list_helpers import DELETE, DISCARD, LATER, LATER_ALL, OK, OPEN, OPEN_CHECKED, REAL_DIALOG_EXEC, answer_list, crash, folder

from announcer import draft
from announcer.gui import app as gui_app
from announcer.gui import dialogs, mainwindow
from announcer.gui.recovery import Snapshot, _file_for, scan
from announcer.gui.settings import AppSettings

def test_autosave_once_typing_pauses_and_offer_after_a_crash(window, tmp_path, qtbot, second, answers):
    target = tmp_path / "d.announcement.json"
    draft.save(target, draft.load(EXAMPLE))
    window.files.open_path(target)
    window.recovery.pause.setInterval(50)
    type_into(window, "session.city", "برلین")
    qtbot.waitUntil(lambda: window.recovery.file.exists(), timeout=2000)
    crash(window)
    start = second()
    answers.press(OPEN)
    gui_app.offer_recovered(start)
    (asked,) = answers.seen
    assert "«\u2066d.announcement.json\u2069»" in asked["text"] and str(tmp_path) in asked["details"]
    assert any("۰" <= c <= "۹" for c in asked["text"])  # the time, in Persian digits
    assert start.document.model.session.city == "برلین"
    assert start.document.path == target and start.document.modified
    assert draft.load(target).session.city == "استکهلم"  # the draft itself is untouched until saved
    assert start.files.lock is not None  # the crashed window's lock was stale: taken over
    assert scan(folder()).copies == [] and start.recovery.file.exists()  # the copy is the new window's now


def test_a_copy_is_written_on_the_writers_thread_and_a_save_right_after_leaves_none(window, tmp_path, qtbot):
    """The timers' copy is encoded and written off the GUI thread (save_aside) from a
    snapshot taken at once: an edit after it is not in it; a save while it is being
    written waits for it, so no copy of a saved draft comes back after it was removed."""
    target = tmp_path / "d.announcement.json"
    draft.save(target, draft.load(EXAMPLE))
    window.files.open_path(target)
    type_into(window, "session.city", "برلین")
    threads = []
    write = window.recovery._write
    window.recovery._write = lambda data: threads.append(threading.current_thread()) or write(data)
    with qtbot.waitSignal(window.recovery.written, timeout=5000):
        window.recovery.save_aside()
        type_into(window, "session.city", "پاریس")  # after the snapshot
    assert threads and threads[0] is not threading.main_thread()
    assert json.loads(window.recovery.file.read_text(encoding="utf-8"))["draft"]["announcement"]["session"]["city"] == "برلین"
    window.recovery.save_aside()
    window.files.save()  # saved: the copy goes, after the one being written
    assert not window.recovery.file.exists()


def test_the_writers_thread_is_made_after_the_first_paint_not_at_the_first_copy(window, qtbot):
    """Its import held the first pause in typing 20–30 ms; before the paint it was 8 M
    instructions of the start (tests/project/test_startup_imports.py keeps it off that)."""
    assert window.painted
    qtbot.waitUntil(lambda: window.recovery.writer is not None, timeout=5000)
    writer = window.recovery.writer
    assert window.recovery.prepare() is writer


def test_focus_loss_saves_a_copy_and_saving_removes_it(window, tmp_path, qtbot):
    type_into(window, "session.city", "برلین")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    other = QWidget()  # another program's window, as far as ours can tell
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    data = json.loads(window.recovery.file.read_text(encoding="utf-8"))
    assert data["draft_path"] is None and data["draft"]["announcement"]["session"]["city"] == "برلین"
    assert scan(folder()).copies == []  # the window is alive: its copy is not for others
    window.files.save_to(tmp_path / "x.announcement.json")
    assert list(folder().glob("*.recovery.json")) == []


def test_later_keeps_a_copy_and_discard_asks_once(window, second, answers):
    type_into(window, "session.city", "برلین")
    window.recovery.save_now()
    crash(window)
    start = second()
    answers.press(LATER)
    gui_app.offer_recovered(start)
    assert len(scan(folder()).copies) == 1 and start.files.pristine
    answers.press(DISCARD).press("نگه داشتن")  # asked once, and kept
    gui_app.offer_recovered(start)
    assert len(scan(folder()).copies) == 1
    answers.press(DISCARD).press(DELETE)
    gui_app.offer_recovered(start)
    assert scan(folder()).copies == []
    assert [a["title"] for a in answers.seen[-2:]] == ["تغییرات بازیابی‌شده", "رونوشت بازیابی‌شده دور ریخته شود؟"]


def test_every_copy_is_offered_each_in_a_window_of_its_own(window, tmp_path, second, monkeypatch):
    """Two crashed windows (one untitled, one with a draft): the start reopens a last
    file, and still both copies are offered, in one list; each opens in a new window."""
    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)
    target = tmp_path / "d.announcement.json"
    draft.save(target, draft.load(EXAMPLE))
    other = second()
    other.files.open_path(target)
    for w, city in ((window, "برلین"), (other, "پاریس")):
        w.document.set("session.city", city)
        w.recovery.save_now()
        crash(w)
    start = second()
    start.files.open_path(EXAMPLE)  # the last file
    shown = answer_list(lambda: gui_app.offer_recovered(start), OPEN_CHECKED, rows=[0, 1])
    assert {row[0] for row in shown["rows"]} == {"\u2066d.announcement.json\u2069", "اطلاعیهٔ تازه، هرگز ذخیره نشده"}
    opened = sorted(mainwindow._spawned, key=lambda w: w.document.model.session.city)
    assert [w.document.model.session.city for w in opened] == ["برلین", "پاریس"]
    assert start.document.path == EXAMPLE and not start.document.modified


def test_two_windows_keep_their_own_copies(window, second, qtbot):
    """Two unsaved new drafts in one process: neither copy overwrites, offers or deletes the other."""
    other = second()
    window.document.set("session.city", "برلین")
    other.document.set("session.city", "پاریس")
    window.recovery.save_now()
    other.recovery.save_now()
    assert window.recovery.file != other.recovery.file
    window.document.undo_stack.setClean()  # as if saved: its copy goes, the other's stays
    assert not window.recovery.file.exists() and other.recovery.file.exists()
    assert scan(folder()).copies == []  # both editors alive: nothing to offer


CHILD = f"""
import sys, time
sys.path.insert(0, {str(ROOT / 'src')!r})
from pathlib import Path
from announcer.gui.app import create_app, apply_language
from announcer.gui.mainwindow import MainWindow
from announcer.gui.settings import AppSettings
app = create_app([]); apply_language(app, "fa")
w = MainWindow(AppSettings())
if len(sys.argv) > 1:
    w.files.open_path(Path(sys.argv[1]))
w.document.set("session.city", "تورنتو")
w.recovery.save_now()
print("ready", flush=True)
time.sleep(60)
"""


def run_child(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", CHILD, *map(str, args)], env=env, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    return child


def kill(child):
    child.send_signal(signal.SIGKILL)
    child.wait()


def test_two_processes_on_one_draft(window, tmp_path, answers):
    target = tmp_path / "d.announcement.json"
    draft.save(target, draft.load(EXAMPLE))
    child = run_child(target)
    try:
        assert scan(folder()).copies == []  # the other editor's copy, while it runs
        answers.press("باز کردن فقط برای خواندن")
        assert window.files.open_path(target)
        (asked,) = answers.seen
        assert "«\u2066d.announcement.json\u2069» هم‌اکنون باز است" in asked["text"]
        assert f"فرایند {''.join('۰۱۲۳۴۵۶۷۸۹'[int(d)] for d in str(child.pid))}" in asked["text"]
        assert window.files.read_only and not window.ui.formHost.isEnabled() and window.files.lock is None
        assert "فقط‌خواندنی" in window.windowTitle()
    finally:
        kill(child)
    (copy,) = scan(folder()).copies  # its editor is gone now
    assert copy.model.session.city == "تورنتو" and copy.draft_path == target
    assert window.files.open_path(target)  # the stale lock is taken over without a question
    assert window.files.lock is not None and not window.files.read_only and window.ui.formHost.isEnabled()
    copy.discard()


def test_an_untitled_draft_killed_is_offered_by_a_start_that_reopens_the_last_file(app, tmp_path, second, answers):
    last = tmp_path / "last.announcement.json"
    draft.save(last, draft.load(EXAMPLE))
    AppSettings().remember(last)
    kill(run_child())  # a new draft typed in, copied aside, killed
    start = second()
    start.files.reopen_last()
    assert start.document.path == last
    answers.press(OPEN)
    gui_app.offer_recovered(start)
    assert "هرگز ذخیره نشده" in answers.seen[0]["text"]
    (recovered,) = mainwindow._spawned
    assert recovered.document.model.session.city == "تورنتو" and recovered.document.path is None
    assert start.document.path == last


def test_recovery_files_name_their_draft_and_keep_drafts_and_windows_apart(tmp_path):
    a, b = tmp_path / "a" / "223.announcement.json", tmp_path / "b" / "223.announcement.json"
    assert _file_for(tmp_path, a, "t1").name.startswith("223.announcement-")
    assert _file_for(tmp_path, a, "t1") != _file_for(tmp_path, b, "t1")
    assert _file_for(tmp_path, a, "t1") != _file_for(tmp_path, a, "t2")  # two windows on one draft
    assert _file_for(tmp_path, a, "t1") == _file_for(tmp_path, tmp_path / "b" / ".." / "a" / a.name, "t1")
    assert _file_for(tmp_path, None, "t1") != _file_for(tmp_path, None, "t2")  # two untitled drafts
    long_name = tmp_path / ("ن" * 200 + ".announcement.json")  # 400 bytes: more than a file name may hold
    _file_for(tmp_path, long_name, "0123456789abcdef").write_text("{}")  # the file system takes the name


def test_an_opened_copy_of_another_name_goes_away_when_the_work_is_saved(window, tmp_path, second, answers):
    window.document.set("session.city", "برلین")
    window.recovery.save_now()
    foreign = folder() / "0123456789abcdef.recovery.json"  # as an earlier version named an unsaved draft's copy
    data = json.loads(window.recovery.file.read_text(encoding="utf-8"))
    del data["owner"]  # earlier versions named no owner
    foreign.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window.document.undo_stack.setClean()
    start = second()
    answers.press(OPEN)
    gui_app.offer_recovered(start)
    assert start.document.model.session.city == "برلین" and start.document.modified
    assert not foreign.exists()  # taken over into the window's own copy
    start.files.save_to(tmp_path / "saved.announcement.json")
    assert list(folder().glob("*.recovery.json")) == []


# ---- copies that cannot be read ----

def _copy(saved: str, draft_path, nested: bool = False) -> str:
    body = "[" * 100_000 + "]" * 100_000 if nested else json.dumps(draft.to_dict(draft.load(EXAMPLE)))
    path = json.dumps(str(draft_path)) if draft_path else "null"
    return (f'{{"format": "persian-announcement-recovery", "version": 1, "draft_path": {path}, '
            f'"saved": "{saved}", "draft": {body}}}')


@pytest.mark.parametrize("kind", ["nested", "long path", "year one"])
def test_an_unreadable_copy_is_moved_aside_logged_and_said(window, tmp_path, kind, second, answers, caplog):
    existing = tmp_path / "d.announcement.json"
    draft.save(existing, draft.load(EXAMPLE))
    text = {"nested": _copy("2024-01-01T10:00:00", None, nested=True),
            "long path": _copy("2024-01-01T10:00:00", "/" + "a" * 5000),
            "year one": _copy("0001-01-01T00:00:00", existing)}[kind]
    folder().mkdir(parents=True, exist_ok=True)
    (folder() / "bad.recovery.json").write_text(text, encoding="utf-8")
    start = second()
    answers.press(OK)
    with caplog.at_level(logging.ERROR, logger="announcer.gui.recovery"):
        gui_app.offer_recovered(start)  # no exception: the start goes on
    assert (folder() / "broken" / "bad.recovery.json").read_text(encoding="utf-8") == text
    assert not (folder() / "bad.recovery.json").exists()
    assert "bad.recovery.json" in caplog.text
    assert answers.seen[0]["text"] == f"۱ رونوشت بازیابی خوانده نشد و به \u2066{folder() / 'broken'}\u2069 منتقل شد."


def test_copies_with_and_without_a_time_zone_are_both_offered(window, tmp_path, second, monkeypatch):
    folder().mkdir(parents=True, exist_ok=True)
    (folder() / "a.recovery.json").write_text(_copy("2024-01-01T10:00:00", None), encoding="utf-8")
    (folder() / "b.recovery.json").write_text(_copy("2024-01-02T10:00:00+03:30", None), encoding="utf-8")
    assert [c.file.name for c in scan(folder()).copies] == ["b.recovery.json", "a.recovery.json"]
    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)
    shown = answer_list(lambda: gui_app.offer_recovered(second()), LATER_ALL)
    kept = scan(folder()).copies
    assert len(kept) == 2  # both kept for later
    assert [row[2] for row in shown["rows"]] == [dialogs.when(c.saved) for c in kept]  # newest first
    assert all(any("۰" <= ch <= "۹" for ch in row[2]) for row in shown["rows"])  # in Persian digits


def test_a_start_with_a_file_where_the_folder_should_be(window, second):
    folder().parent.mkdir(parents=True, exist_ok=True)
    folder().write_text("not a folder")
    try:
        gui_app.offer_recovered(second())  # nothing to offer, nothing raised
    finally:
        folder().unlink()


# ---- copies that cannot be written ----

@pytest.mark.parametrize("blocked", ["file in place", "file above"])
def test_copies_that_cannot_be_written_are_said_until_they_can(window, blocked, answers, qtbot):
    block = folder() if blocked == "file in place" else folder().parent
    block.parent.mkdir(parents=True, exist_ok=True)
    saved = block.with_name(block.name + ".saved")
    if block.exists():
        block.rename(saved)
    block.write_text("not a folder")
    try:
        type_into(window, "session.city", "برلین")
        answers.press(OK)
        assert not window.recovery.save_now()
        qtbot.waitUntil(lambda: bool(answers.seen), timeout=2000)
        assert answers.seen[0]["title"] == "تغییرات ذخیره‌نشده محافظت نمی‌شوند"
        assert str(block) in answers.seen[0]["details"]
        assert window.status_line.recovery_label.isVisible()
        assert window.status_line.recovery_label.text().startswith("از تغییرات ذخیره‌نشده رونوشت گرفته نمی‌شود")
        assert not window.recovery.save_now()  # the next failure: no second dialog
        qtbot.wait(50)
        assert len(answers.seen) == 1
    finally:
        block.unlink()
        if saved.exists():
            saved.rename(block)
    assert window.recovery.save_now() and window.recovery.file.exists()
    assert not window.status_line.recovery_label.isVisible()


@settings(max_examples=40, deadline=None)
@given(st.lists(edits, min_size=1, max_size=8))
def test_the_recovery_snapshot_kept_part_by_part_is_what_the_whole_draft_writes(steps):
    """The copy's snapshot (recovery.Snapshot, on partwalks.py, each part encoded again
    only when edited): after each edit what draft.to_dict writes, key for key, in order."""
    doc = fresh()
    snapshot = Snapshot()
    snapshot.of(doc)
    for path, value in steps:
        if apply(doc, path, value):
            snapshot.edited(path)
            assert draft.encode(snapshot.of(doc)) == draft.encode(draft.to_dict(doc))
