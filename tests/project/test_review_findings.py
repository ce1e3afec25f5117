"""Ways a draft could still be lost or the editor stopped, found by a review of the
integrity and recovery work; each test failed before its fix."""

import json
import os

import pytest
from PySide6.QtWidgets import QMessageBox

from announcer import draft
from announcer.atomic import write_atomically
from announcer.cli import main
from announcer.gui import app as gui_app
from announcer.gui import mainwindow
from announcer.gui.locking import acquire, lock_path
from announcer.gui.recovery import scan
from announcer.gui.owners import Owner
from announcer.gui.settings import AppSettings
from announcer.processes import alive
from announcer.gui import filedialogs
from conftest import EXAMPLE
from gui_helpers import type_into
from recovery_list_helpers import OPEN, crash, folder

HUGE_PID = 10**30


def _open_saved(window, tmp_path, name="d.announcement.json"):
    target = tmp_path / name
    draft.save(target, draft.load(EXAMPLE))
    assert window.files.open_path(target)
    return target


def test_export_from_the_window_never_replaces_the_open_draft(window, tmp_path, monkeypatch):
    target = _open_saved(window, tmp_path)
    saved = target.read_bytes()
    monkeypatch.setattr(filedialogs, "save_name_and_type", lambda *a, **k: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    assert window.outputs.export() is None
    assert target.read_bytes() == saved
    assert "این همان پیش‌نویسی است که خروجی از آن ساخته می‌شود" in shown[-1]


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_opening_a_fifo_or_a_device_says_so_and_locks_nothing(window, tmp_path, monkeypatch, kind):
    if kind == "fifo":
        path = tmp_path / "pipe.announcement.json"
        os.mkfifo(path)
    else:
        path = tmp_path / "zero.announcement.json"
        path.symlink_to("/dev/zero")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    assert not window.files.open_path(path)
    assert shown and "این یک فایل معمولی نیست" in shown[0]
    assert not lock_path(path).exists() and not lock_path(path.resolve()).exists()


def test_an_autosave_of_a_draft_with_a_lone_surrogate_is_written(window, tmp_path):
    example = draft.load(EXAMPLE)
    example.session.attendance = "اعضا\ud800"
    target = tmp_path / "d.announcement.json"
    draft.save(target, example)
    assert window.files.open_path(target)
    type_into(window, "session.city", "برلین")
    assert window.recovery.save_now() and window.recovery.error is None
    (copy,) = [c for c in window.recovery.folder.glob("*.recovery.json")]
    assert json.loads(copy.read_bytes())["draft"]["announcement"]["session"]["attendance"] == "اعضا\ud800"


def test_processes_that_cannot_exist_are_not_alive():
    assert alive(os.getpid())
    assert not alive(HUGE_PID) and not alive(-1) and not alive(0) and not alive("12")


def _owner_of_this_host(pid: int) -> dict:
    return {"token": "ab" * 8, "pid": pid, "host": Owner.claim().host, "user": "", "boot": "", "since": ""}


def test_a_huge_pid_in_a_recovery_copy_a_lock_or_a_temporary_name_stops_nothing(app, tmp_path):
    folder().mkdir(parents=True, exist_ok=True)
    copy = {"format": "persian-announcement-recovery", "version": 2, "owner": _owner_of_this_host(HUGE_PID),
            "draft_path": None, "saved": "2026-01-01T10:00:00+00:00", "draft": draft.to_dict(draft.load(EXAMPLE))}
    (folder() / "x-abab.recovery.json").write_text(json.dumps(copy), encoding="utf-8")
    assert len(scan(folder()).copies) == 1  # its editor cannot exist: offered, not a crash
    target = tmp_path / "d.announcement.json"
    draft.save(target, draft.load(EXAMPLE))
    lock_path(target).write_text(json.dumps(_owner_of_this_host(HUGE_PID)), encoding="utf-8")
    acquire(target, Owner.claim())  # the lock's owner cannot exist: taken over
    (tmp_path / f".d.announcement.json.{HUGE_PID}-abcdef.tmp").write_bytes(b"half")
    assert main(["export", str(target), "-o", str(tmp_path / "d.docx")]) == 0


def test_a_recovered_copy_opens_in_the_window_that_reopened_its_draft(window, tmp_path, second, answers):
    target = _open_saved(window, tmp_path)
    type_into(window, "session.city", "برلین")
    assert window.recovery.save_now()
    crash(window)
    AppSettings().remember(target)
    start = second()
    start.files.reopen_last()  # the start reopens the draft that crashed
    answers.press(OPEN)
    gui_app.offer_recovered(start)
    assert start.document.path == target and start.document.modified
    assert start.document.model.session.city == "برلین"
    assert not mainwindow._spawned


def test_a_draft_named_to_the_limit_still_gets_a_lock(tmp_path):
    target = tmp_path / ("ب" * 113 + ".announcement.json")  # 244 bytes
    write_atomically(target, draft.encode(draft.to_dict(draft.load(EXAMPLE))))
    lock = acquire(target, Owner.claim())
    assert lock.file.exists() and len(lock.file.name.encode()) <= 255
    other = tmp_path / ("ب" * 113 + ".announcement2.json")
    assert lock_path(other) != lock.file


def test_a_number_where_text_belongs_is_a_problem_not_text():
    text = '{"format": "persian-announcement-draft", "version": 1, "announcement": {"session": {"city": %s}}}'
    with pytest.raises(draft.DraftError) as e:
        draft.loads(text % ("1" * 40))
    assert [p.path for p in e.value.problems] == ["session.city"]
    assert e.value.problems[0].en.startswith("must be text, not 111111111111")


@pytest.mark.parametrize("key, value", [("docx/size", "abc"), ("recent", 5), ("docx/font", 7),
                                        ("last_file", "/tmp/" + "x" * 300 + "/d.json")])
def test_a_damaged_setting_never_stops_the_start(app, key, value, second):
    AppSettings().store.setValue(key, value)
    start = second()
    start.files.reopen_last()
    assert start.settings.document_style.size > 0 and isinstance(start.settings.recent, list)
