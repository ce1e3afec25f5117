"""Hostile draft locks (issue 20): a lock left beside a draft by another computer, another
program or another person never stops the editor, is never shown as markup, never turns
locking off, and names its owner by more than a pid (PID namespaces, reused pids).

The corpus of lock files is tests/data/hostile/locks/; the locks that cannot be files in
git (a folder, a FIFO, links) are made here."""

import datetime as dt
import json
import logging
import os
import shutil
import stat
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import DATA, EXAMPLE, _REAL_MESSAGE_BOX_EXEC
from gui_helpers import answered
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from announcer import draft, processes
from announcer.gui import dialogs, locking, owners
from announcer.gui.locking import Locked, acquire, holder, lock_path
from announcer.gui.owners import Owner

CORPUS = DATA / "hostile" / "locks"
READ_ONLY = "باز کردن فقط برای خواندن"
ANOTHER_PROGRAM = "در برنامه‌ای دیگر (فایل قفل آن از این ویرایشگر نیست)"
SARA = "به دست sara روی رایانهٔ \u2066another-host\u2069 (فرایند ۴۲۴۲، از "
PLAIN = Qt.TextFormat.PlainText
LINUX = Path("/proc/self/stat").exists()

# Each lock of the corpus: what the «draft in use» question says of its owner.
EXPECTED = {
    "bool-pid.json": ANOTHER_PROGRAM,  # true is no pid
    "deep-nesting.json": ANOTHER_PROGRAM,
    "html-in-user-and-host.json": 'به دست <a href="https://example.com/">click me</a> روی رایانهٔ '
                                  '\u2066<img src="/usr/share/pixmaps/debian-logo.png">\u2069 (فرایند ۴۲۴۲، از ',
    # An earlier editor's: read as before; its 09:00 UTC is 1 January from UTC-9 to UTC+14.
    "legacy-without-process-fields.json": SARA + "۱ ژانویه ۲۰۲۴، ساعت ",
    "libreoffice.json": ANOTHER_PROGRAM,
    "oversized.json": ANOTHER_PROGRAM,  # a whole owner, padded past 64 KB
    "since-year-0001.json": SARA + "?)",  # a moment local time cannot hold
    "since-year-9999.json": SARA + "?)",
    "string-start.json": ANOTHER_PROGRAM,  # a start time that is no number
}


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "d.announcement.json"
    draft.save(path, draft.load(EXAMPLE))
    return path


def _finished_process() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _write_lock(path, owner: Owner | dict):
    data = owner if isinstance(owner, dict) else owner.to_dict()
    lock_path(path).write_text(json.dumps(data), encoding="utf-8")


# ---- 1. a time that cannot be shown ----

@pytest.mark.parametrize("since", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00"])
def test_a_since_local_time_cannot_hold_is_no_moment(since, caplog):
    with caplog.at_level(logging.INFO, logger="announcer.gui.owners"):
        assert Owner("t", 4242, "another-host", since=since).started() is None
    assert since in caplog.text


def test_a_since_that_can_be_shown_is_kept():
    moment = Owner("t", 4242, "h", since="2024-01-01T10:00:00+01:00").started()
    assert moment == dt.datetime(2024, 1, 1, 9, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("moment", [dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.timezone(dt.timedelta(hours=-14))),
                                    dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=14)))])
def test_when_shows_any_moment_as_written_rather_than_raise(app, moment, caplog):
    with caplog.at_level(logging.WARNING, logger="announcer.gui.dialogs"):
        shown = dialogs.when(moment)
    assert shown == dialogs.when(moment.replace(tzinfo=None))  # the time as the file wrote it
    assert "cannot show" in caplog.text


def test_the_last_draft_beside_a_lock_of_year_9999_reopens_at_start(window, target, answers):
    _write_lock(target, json.loads((CORPUS / "since-year-9999.json").read_text()))
    window.settings.remember(target)
    answers.press(READ_ONLY)
    window.files.reopen_last()  # raised OverflowError at every start
    assert window.document.path == target and window.files.read_only
    assert SARA + "?)" in answers.seen[0]["text"]


# ---- the corpus: every lock there opens the draft read-only, after the question ----

def test_every_lock_of_the_corpus_has_an_expectation():
    assert sorted(p.name for p in CORPUS.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_draft_beside_a_hostile_lock_asks_and_opens_read_only(name, window, target, answers):
    lock = lock_path(target)
    shutil.copyfile(CORPUS / name, lock)
    answers.press(READ_ONLY)
    assert window.files.open_path(target)
    assert EXPECTED[name] in answers.seen[0]["text"]
    assert window.files.read_only and window.files.lock is None
    assert lock.read_bytes() == (CORPUS / name).read_bytes()  # kept as it was
    window.close()
    assert lock.read_bytes() == (CORPUS / name).read_bytes()


# ---- 5. what a file says is shown as plain text ----

def _labels(box: QMessageBox) -> dict[str, tuple[Qt.TextFormat, str]]:
    return {label.objectName(): (label.textFormat(), label.text()) for label in box.findChildren(QLabel)
            if label.text()}


def test_the_question_shows_html_of_a_lock_and_of_a_path_as_text(window, tmp_path, monkeypatch):
    folder = tmp_path / "<a href=x>folder"  # a name has no «/»: no closing tags
    folder.mkdir()
    target = folder / "<b>bold.announcement.json"
    draft.save(target, draft.load(EXAMPLE))
    shutil.copyfile(CORPUS / "html-in-user-and-host.json", lock_path(target))
    monkeypatch.setattr(QMessageBox, "exec", _REAL_MESSAGE_BOX_EXEC)  # the real box, closed below by a timer
    labels = {}

    def read_and_answer(box):
        labels.update(_labels(box))
        next(b for b in box.buttons() if b.text() == READ_ONLY).click()

    opened, title = answered(lambda: window.files.open_path(target), read_and_answer)
    assert opened and window.files.read_only and title == "پیش‌نویس در حال استفاده است"
    text_format, text = labels["qt_msgbox_label"]
    assert text_format == PLAIN
    assert '<a href="https://example.com/">click me</a>' in text and "<b>bold.announcement.json" in text
    assert '<img src="/usr/share/pixmaps/debian-logo.png">' in text
    text_format, text = labels["qt_msgbox_informativelabel"]
    assert text_format == PLAIN and str(folder) in text


def _shown_boxes(monkeypatch) -> list[tuple[Qt.TextFormat, str, str]]:
    """The boxes a test opens, each as (its labels' formats, text, informative text); closed at once."""
    shown = []

    def record(box):
        formats = {f for f, _ in _labels(box).values()}
        shown.append((formats, box.text(), box.informativeText()))
        return 0
    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def test_a_draft_that_cannot_open_is_named_as_text(window, tmp_path, monkeypatch):
    bad = tmp_path / "<img src=x>.json"
    bad.write_text("not json", encoding="utf-8")
    shown = _shown_boxes(monkeypatch)
    assert not window.files.open_path(bad)
    assert shown[0][0] == {PLAIN} and str(bad) in shown[0][1]


def test_an_exported_file_is_named_as_text(window, tmp_path, monkeypatch):
    shown = _shown_boxes(monkeypatch)
    assert window.outputs.ask_after_export(tmp_path / "<b>out.docx") is None
    assert shown[0][0] == {PLAIN} and "<b>out.docx" in shown[0][1]


def test_every_question_of_dialogs_is_plain_text(app, tmp_path, monkeypatch):
    shown = _shown_boxes(monkeypatch)
    path = tmp_path / "<a href='x'>l" / "<b>d.announcement.json"
    dialogs.ask_reload(None, path)
    dialogs.ask_replace(None, path)
    dialogs.ask_forget_missing(None, path)
    dialogs.tell_broken(None, [path])
    dialogs.warn_recovery_failed(None, path.parent, "<b>why</b>")
    assert [formats for formats, _, _ in shown] == [{PLAIN}] * 5
    assert "<b>d.announcement.json" in shown[0][1] and "<a href='x'>l" in shown[0][2]


def test_the_recovery_state_shows_a_path_as_text(window):
    window.recovery.error = PermissionError(13, "Permission denied", "/tmp/<b>recovery</b>")
    window.status_line.show_recovery_state()
    assert window.status_line.recovery_label.textFormat() == PLAIN
    assert "/tmp/<b>recovery</b>" in window.status_line.recovery_label.text()


def test_a_placeholder_of_the_draft_is_shown_as_text(window):
    window.files.open_path(EXAMPLE)
    window.ui.actionWording.trigger()
    page = window.wording.widget()
    label = page.findChild(QLabel, "problemLabel")
    page._show_problem("{<img src=x>}")
    assert label.textFormat() == PLAIN and "<img src=x>" in label.text()


def test_a_long_user_name_is_cut_short(app):
    owner = Owner("t", 4242, "another-host", user="x" * 60000, since="2024-01-01T10:00:00+01:00")
    said = dialogs.describe_owner(owner)
    assert len(said) < 300 and "x" * 60 + "…" in said


# ---- 6. a lock that cannot be read is someone's ----

def _unreadable_lock(kind: str, lock: Path, monkeypatch):
    if kind == "folder":
        lock.mkdir()
    elif kind == "fifo":
        os.mkfifo(lock)
    elif kind == "dev-zero":
        lock.symlink_to("/dev/zero")
    elif kind == "loop":
        lock.symlink_to(lock.name)
    elif kind == "dangling":
        lock.symlink_to("nowhere")
    elif kind == "oversized":
        lock.write_bytes(b" " * (64 * 1024 + 1))
    elif kind == "another-user":
        lock.write_text(json.dumps(Owner("t", 4242, "another-host").to_dict()))
        lock.chmod(0)
        if os.geteuid() == 0:  # root reads it anyway: as another user's file refuses this one
            real = locking.read_limited

            def refused(path, limit):
                if Path(path) == lock:
                    raise PermissionError(13, "Permission denied", str(path))
                return real(path, limit)
            monkeypatch.setattr(locking, "read_limited", refused)


def _what(lock: Path):
    return os.lstat(lock).st_mode, os.readlink(lock) if lock.is_symlink() else None, \
        lock.read_bytes() if lock.is_file() and not lock.is_symlink() and os.geteuid() == 0 else None


UNREADABLE = ["folder", "fifo", "dev-zero", "loop", "dangling", "oversized", "another-user"]


@pytest.mark.parametrize("kind", UNREADABLE)
def test_a_lock_that_cannot_be_read_is_held_by_someone(kind, target, app, monkeypatch):
    lock = lock_path(target)
    _unreadable_lock(kind, lock, monkeypatch)
    before = _what(lock)
    me = Owner.claim()
    with pytest.raises(Locked) as e:
        acquire(target, me)
    assert e.value.owner is None
    assert _what(lock) == before  # never removed nor written over
    me.release()


@pytest.mark.parametrize("kind", UNREADABLE)
def test_a_draft_beside_an_unreadable_lock_is_asked_about(kind, window, target, answers, monkeypatch):
    lock = lock_path(target)
    _unreadable_lock(kind, lock, monkeypatch)
    before = _what(lock)
    answers.press(READ_ONLY)
    assert window.files.open_path(target)
    assert ANOTHER_PROGRAM in answers.seen[0]["text"]
    assert window.files.read_only and window.files.lock is None
    window.close()
    assert _what(lock) == before


def test_a_folder_where_no_lock_can_be_made_opens_the_draft_without_one(window, target, monkeypatch, caplog):
    def refused(file, data):
        raise PermissionError(13, "Permission denied", str(file))
    monkeypatch.setattr(locking, "_create", refused)  # a read-only folder (root writes anywhere)
    with caplog.at_level(logging.WARNING):
        assert window.files.open_path(target)
    assert not window.files.read_only and window.files.lock is None and "cannot lock" in caplog.text


def test_a_lock_in_a_folder_where_none_can_be_made_is_still_respected(target, app, monkeypatch):
    theirs = Owner("t", 4242, "another-host", "sara")
    _write_lock(target, theirs)
    monkeypatch.setattr(locking, "_create", lambda file, data: (_ for _ in ()).throw(PermissionError(13, "denied")))
    with pytest.raises(Locked) as e:
        acquire(target, Owner.claim())
    assert e.value.owner == theirs


def test_a_lock_replaced_by_a_fifo_while_taken_over_is_put_back_without_waiting(target, app):
    lock = lock_path(target)
    os.mkfifo(lock)  # what another program made after this editor found the lock stale
    stale = Owner("dead", _finished_process(), "h")
    done = threading.Thread(target=locking._take_over, args=(lock, stale), daemon=True)
    done.start()
    done.join(5)
    if done.is_alive():  # reading the FIFO waits for a writer: be one, so the test ends
        os.close(os.open(lock.with_name(next(p.name for p in target.parent.iterdir() if p.name.endswith(".tmp"))),
                         os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("the lock put back was read, and waited on")
    assert stat.S_ISFIFO(os.lstat(lock).st_mode)
    assert sorted(p.name for p in target.parent.iterdir()) == sorted([target.name, lock.name])


# ---- 7. an owner is more than its pid ----

@pytest.mark.skipif(not LINUX, reason="Linux's /proc")
def test_a_process_is_known_by_its_namespace_and_start_time():
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    assert processes.start_time(os.getpid()) == int(fields[19]) > 0  # field 22 of proc(5)
    assert processes.pid_namespace() == os.readlink("/proc/self/ns/pid")
    me = Owner.claim()
    assert (me.pid_namespace, me.process_start) == (processes.pid_namespace(), processes.start_time(os.getpid()))
    assert me.process and Owner.claim().process == me.process and Owner.claim().token != me.token


@pytest.mark.parametrize("pid", [_finished_process(), 0, -1, 2**40, True])
def test_the_start_time_of_no_process_is_unknown(pid):
    assert processes.start_time(pid) == 0


def test_an_editor_in_another_pid_namespace_is_alive(target, app):
    me = Owner.claim()
    twin = replace(me, token="theirs", process="another-editor", pid_namespace="pid:[4026532000]")  # pid 1 twice
    assert not twin.here and not twin.gone()
    _write_lock(target, twin)
    with pytest.raises(Locked) as e:
        acquire(target, me)
    assert e.value.owner == twin
    assert dialogs.describe_owner(twin) != dialogs.describe_owner(me)  # not «another window of this editor»


def test_a_lock_in_this_namespace_is_taken_over_only_once_its_process_is_gone(target, app):
    me = Owner.claim()
    twin = replace(me, token="theirs", process="another-editor")
    assert not twin.here and twin.gone()  # this pid, but not this process (nor its window): it ended
    _write_lock(target, twin)
    assert holder(acquire(target, me).file) == me


@pytest.mark.skipif(not LINUX, reason="Linux's /proc")
def test_a_pid_reused_by_another_process_frees_the_lock(target, app):
    me = Owner.claim()
    parent = os.getppid()
    running = replace(me, token="theirs", process="another-editor", pid=parent,
                      process_start=processes.start_time(parent))
    assert not running.gone()
    reused = replace(running, process_start=running.process_start + 1)
    assert reused.gone()
    _write_lock(target, reused)
    assert holder(acquire(target, me).file) == me


def test_an_earlier_editors_owner_reads_and_behaves_as_before(target, app):
    me = Owner.claim()
    old = {k: v for k, v in me.to_dict().items() if k not in ("process", "pid_namespace", "process_start")}
    closed = Owner.from_dict(dict(old, token="closed"))
    assert (closed.process, closed.pid_namespace, closed.process_start) == ("", "", 0)
    assert closed.here and closed.gone()  # this process's pid, a window no longer open
    assert not Owner.from_dict(dict(old, token="theirs", pid=os.getppid())).gone()
    _write_lock(target, dict(old, token="theirs", pid=os.getppid()))
    with pytest.raises(Locked):
        acquire(target, me)


@pytest.mark.parametrize("field, value", [("pid", True), ("process_start", True), ("process_start", "12"),
                                          ("process_start", 1.5), ("pid_namespace", 4), ("process", None)])
def test_an_owner_is_read_strictly(field, value):
    with pytest.raises((TypeError, ValueError)):
        Owner.from_dict(dict(Owner.claim().to_dict(), **{field: value}))


def test_an_owner_reads_back_as_written(app):
    me = Owner.claim()
    assert Owner.from_dict(json.loads(json.dumps(me.to_dict()))) == me


def test_claiming_reads_proc_once(app, monkeypatch):
    Owner.claim()

    def no_more(*args):
        raise AssertionError("read again")
    monkeypatch.setattr(owners, "start_time", no_more)
    monkeypatch.setattr(owners, "pid_namespace", no_more)
    assert Owner.claim().process_start == processes.start_time(os.getpid())
