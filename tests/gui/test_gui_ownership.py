"""One owner per draft: a second window (or editor) on an open draft is told who has it
and may read it, open a copy, or cancel; a stale lock is taken over; changes saved by
one window are offered to another that shows the draft."""

import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest
from conftest import EXAMPLE
from gui_helpers import field, type_into

from announcer import draft
from announcer.gui.locking import Locked, acquire, holder, lock_path
from announcer.gui.mainwindow import MainWindow
from announcer.gui.owners import Owner
from announcer.gui.settings import AppSettings
from announcer.gui import filedialogs
from announcer.processes import start_time

READ_ONLY, COPY, CANCEL = "باز کردن فقط برای خواندن", "باز کردن یک رونوشت", "انصراف"


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "d.announcement.json"
    draft.save(path, draft.load(EXAMPLE))
    return path


@pytest.fixture
def other(app):
    window = MainWindow(AppSettings())
    window.show()
    yield window
    window.document.undo_stack.setClean()
    window.close()


def test_a_second_window_is_told_and_reads_what_the_first_saves(window, other, target, answers, qtbot):
    assert window.files.open_path(target)
    assert holder(lock_path(target)) == window.owner
    answers.press(READ_ONLY)
    assert other.files.open_path(target)
    assert answers.seen[0]["text"] == "«\u2066d.announcement.json\u2069» هم‌اکنون باز است، در پنجرهٔ دیگری از همین ویرایشگر."
    assert sorted(answers.seen[0]["buttons"]) == sorted([READ_ONLY, COPY, CANCEL])
    assert other.files.read_only and not other.ui.formHost.isEnabled()
    answers.press("بارگذاری دوباره")
    type_into(window, "session.city", "برلین")
    assert window.files.save()
    qtbot.waitUntil(lambda: field(other, "session.city").text() == "برلین", timeout=3000)
    assert other.files.read_only and holder(lock_path(target)) == window.owner


def test_a_copy_opens_as_a_new_unsaved_draft(window, other, target, answers, monkeypatch, tmp_path):
    window.files.open_path(target)
    answers.press(COPY)
    assert other.files.open_path(target)
    assert other.document.path is None and other.document.modified and not other.files.read_only
    assert other.document.model == window.document.model
    monkeypatch.setattr(filedialogs, "save_name", lambda *a, **k: str(tmp_path / "mine"))
    assert other.files.save()
    assert other.document.path == tmp_path / "mine.announcement.json"
    assert holder(lock_path(target)) == window.owner  # the first window's lock is untouched


def test_cancel_keeps_what_the_window_showed(window, other, target, answers):
    window.files.open_path(target)
    other.files.open_path(EXAMPLE)
    answers.press(CANCEL)
    assert not other.files.open_path(target)
    assert other.document.path == EXAMPLE and other.files.lock is not None


def test_save_as_onto_a_draft_open_elsewhere_is_refused(window, other, target, answers, monkeypatch):
    window.files.open_path(target)
    type_into(other, "session.city", "برلین")
    monkeypatch.setattr(filedialogs, "save_name", lambda *a, **k: str(target))
    answers.press("تأیید")
    assert not other.files.save()
    assert "نام دیگری برگزینید" in answers.seen[0]["text"]
    assert draft.load(target).session.city == "استکهلم"


def test_closing_the_window_frees_the_draft(window, other, target):
    window.files.open_path(target)
    window.close()
    assert not lock_path(target).exists()
    assert other.files.open_path(target) and other.files.lock is not None  # no question


# ---- the lock file itself ----

def _finished_process() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _write_lock(path, owner: Owner):
    lock_path(path).write_text(json.dumps(owner.to_dict()), encoding="utf-8")


def test_a_stale_lock_is_taken_over(target, app):
    me = Owner.claim()
    _write_lock(target, replace(me, token="dead", process="another-editor", pid=_finished_process()))
    lock = acquire(target, me)
    assert holder(lock.file) == me
    lock.release()
    assert not lock.file.exists()
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # nothing left beside the draft


def test_a_lock_of_an_earlier_boot_is_stale(target, app):
    me = Owner.claim()
    _write_lock(target, replace(me, token="old", pid=1, boot="an-earlier-boot"))  # pid 1 runs, but not that one
    assert holder(acquire(target, me).file) == me


def test_a_live_lock_is_kept_and_never_removed_by_another(target, app):
    me = Owner.claim()
    alive = replace(me, token="theirs", process="another-editor", pid=os.getppid(), process_start=start_time(os.getppid()))
    _write_lock(target, alive)
    with pytest.raises(Locked) as e:
        acquire(target, me)
    assert e.value.owner == alive
    acquire(target, alive).release()  # as if the other editor closed the draft
    assert not lock_path(target).exists()


def test_locks_of_other_hosts_and_programs_are_respected(target, app):
    me = Owner.claim()
    _write_lock(target, replace(me, token="far", host="another-host", pid=_finished_process()))
    with pytest.raises(Locked):  # its process cannot be asked
        acquire(target, me)
    lock_path(target).write_text(",someone,their-pc,01.01.2024 10:00,file:///;", encoding="utf-8")  # LibreOffice's
    with pytest.raises(Locked) as e:
        acquire(target, me)
    assert e.value.owner is None
    me.release()
