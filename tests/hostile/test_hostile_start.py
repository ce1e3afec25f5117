"""The editor starts whatever its data folders hold (the hostile round, issue 20):
damaged settings, a lock that cannot be read or shown, a deeply nested names index,
thousands of recovery copies, a damaged wording default, and all of them at once.

Each start is the program's own (gui/app.main) in a process of its own, with its own
settings and data folders; any modal dialog it shows is answered with Escape after its
text is recorded. The window must paint within a bounded time, and nothing may reach
stderr as a traceback."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT

FIRST_PAINT_WITHIN_S = 15  # a guard against hangs and freezes, far above a normal start

SCRIPT = """
import json, sys, time
sys.path.insert(0, {src!r})
began = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from announcer.gui import app as gui_app

class Watch(QObject):
    painted = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) and not self.painted:
            self.painted = True
            print("painted", time.perf_counter() - began, flush=True)
            QTimer.singleShot(2500, QApplication.quit)  # time for what comes after the first paint
        return False

def answer():
    box = QApplication.activeModalWidget()
    if box is not None:
        labels = [(w.text(), w.textFormat().value) for w in box.findChildren(QLabel) if w.text()]
        print("dialog", json.dumps({{"title": box.windowTitle(), "labels": labels}}), flush=True)
        box.reject()

watch, answers = Watch(), None
create = gui_app.create_app

def create_app(argv):
    global answers
    app = create(argv)
    app.installEventFilter(watch)
    answers = QTimer(interval=100)
    answers.timeout.connect(answer)
    answers.start()
    return app

gui_app.create_app = create_app
gui_app.main(["announcer"])
"""


def _settings(home: Path) -> Path:
    folder = home / "config" / "Announcer"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "Announcer.conf"


def _data(home: Path) -> Path:
    folder = home / "data" / "Announcer" / "Announcer"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _last_draft(home: Path) -> Path:
    """A draft that the settings name as the last one opened."""
    path = home / "drafts" / "last.announcement.json"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(EXAMPLE.read_bytes())
    _settings(home).write_text(f"[General]\nlast_file={path}\n", encoding="utf-8")
    return path


def _lock(draft: Path) -> Path:
    return draft.with_name(f".~lock.{draft.name}#")


def settings_garbage(home):
    _settings(home).write_text("[General]\nlanguage=fa, en\nrecent=5\nlast_file=1, 2\n"
                               "[docx]\nsize=nan\nfont=Vazir\\x1b]0;owned\\x7\n[wording]\ndefault=1, 2\n"
                               "[new_from]\nkeep=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1)\n", encoding="utf-8")


def settings_overflowing(home):
    _settings(home).write_text("[docx]\nsize=1e400\n[wording]\ndefault=\"{\\\"format\\\": 1}\"\n", encoding="utf-8")


def settings_fifo(home):
    os.mkfifo(_settings(home))


def settings_huge(home):
    with _settings(home).open("w") as f:
        f.write("[General]\n")
        for n in range(400_000):
            f.write(f"key{n}=" + "x" * 100 + "\n")


def lock_year_9999(home):
    _lock(_last_draft(home)).write_text(json.dumps(
        {"token": "ab", "pid": 4242, "host": "<a href='http://example.com'>elsewhere</a>", "user": "<b>someone</b>",
         "boot": "", "since": "9999-12-31T23:59:59-14:00"}), encoding="utf-8")


def lock_year_one(home):
    _lock(_last_draft(home)).write_text(json.dumps(
        {"token": "ab", "pid": 4242, "host": "elsewhere", "user": "x", "boot": "", "since": "0001-01-01T00:00:00+14:00"}),
        encoding="utf-8")


def lock_fifo(home):
    os.mkfifo(_lock(_last_draft(home)))


def lock_to_dev_zero(home):
    _lock(_last_draft(home)).symlink_to("/dev/zero")


def names_deeply_nested(home):
    (_data(home) / "names.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")


def recovery_crowded(home):
    """Copies that cannot be read, and copies of an editor that still runs (this test)."""
    folder = _data(home) / "recovery"
    folder.mkdir()
    for n in range(3_000):
        (folder / f"broken-{n}.recovery.json").write_text("{", encoding="utf-8")
    owner = {"token": "live", "pid": os.getpid(), "host": os.uname().nodename, "user": "", "boot": "", "since": ""}
    copy = json.dumps({"format": "persian-announcement-recovery", "version": 2, "owner": owner, "draft_path": None,
                       "saved": "2026-12-07T10:00:00+00:00", "draft": json.loads(EXAMPLE.read_text(encoding="utf-8"))})
    for n in range(3_000):
        (folder / f"live-{n}.recovery.json").write_text(copy, encoding="utf-8")


def wording_default_damaged(home):
    nested = "[" * 50_000 + "]" * 50_000
    _settings(home).write_text(f"[wording]\ndefault={json.dumps(nested)}\n", encoding="utf-8")


SCENARIOS = [settings_garbage, settings_overflowing, settings_fifo, settings_huge, lock_year_9999, lock_year_one,
             lock_fifo, lock_to_dev_zero, names_deeply_nested, recovery_crowded, wording_default_damaged]


def _start(home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data")}
    return subprocess.run([sys.executable, "-c", SCRIPT.format(src=str(ROOT / "src"))], env=env,
                          capture_output=True, text=True, timeout=120)


def _painted(out: subprocess.CompletedProcess) -> float:
    assert "Traceback" not in out.stderr, out.stderr[-3000:]
    assert out.returncode == 0, out.stderr[-3000:]
    lines = [line for line in out.stdout.splitlines() if line.startswith("painted ")]
    assert lines, out.stdout[-2000:] + out.stderr[-2000:]
    return float(lines[0].split()[1])


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
def test_the_editor_starts_whatever_its_folders_hold(scenario, tmp_path):
    scenario(tmp_path)
    out = _start(tmp_path)
    assert _painted(out) < FIRST_PAINT_WITHIN_S
    if scenario in (lock_year_9999, lock_year_one, lock_fifo, lock_to_dev_zero):
        dialogs = [json.loads(line.split(" ", 1)[1]) for line in out.stdout.splitlines() if line.startswith("dialog ")]
        assert dialogs, "a lock that is not this editor's is asked about, never taken as absent"
        for text, text_format in dialogs[0]["labels"]:
            assert text_format == 0, text  # Qt.PlainText: what a lock file holds is never read as markup
        if scenario is lock_year_9999:
            assert any("<a href='http://example.com'>elsewhere</a>" in text for text, _ in dialogs[0]["labels"])


def test_the_editor_starts_with_every_damaged_file_at_once(tmp_path):
    for scenario in (settings_garbage, names_deeply_nested, recovery_crowded):
        scenario(tmp_path)
    lock_year_9999(tmp_path)  # rewrites the settings to name the locked draft, keeping the folders
    assert _painted(_start(tmp_path)) < FIRST_PAINT_WITHIN_S
