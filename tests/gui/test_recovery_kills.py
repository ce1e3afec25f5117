"""200 kills (SIGKILL) of an editor at random moments while it autosaves and saves:
after each, the draft is a version it saved and the newest recovery copy opens
(tests/killed_editor.py runs the trials)."""

import json
import os
import subprocess
import sys

import pytest
from conftest import EXAMPLE, ROOT
from gui_helpers import field

from announcer import draft
from announcer.gui import app as gui_app
from announcer.gui.mainwindow import MainWindow
from announcer.gui.settings import AppSettings

TRIALS = 200


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_random_kills_while_autosaving_and_saving(app, tmp_path, monkeypatch, answers):
    path, folder = tmp_path / "d.announcement.json", tmp_path / "recovery"
    draft.save(path, draft.load(EXAMPLE))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT / "tests")]))
    out = subprocess.run([sys.executable, str(ROOT / "tests" / "killed_editor.py"), str(path), str(folder),
                          str(TRIALS), "223"], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    seen = json.loads(out.stdout)
    print(seen)  # for the record: trials, kills that left a copy, kills after a new save, seconds
    assert seen["trials"] == TRIALS
    assert seen["copies"] > 0 and seen["saved"] > 0  # kills landed before, between and after saves
    beside = {p.name for p in tmp_path.iterdir()} - {path.name, folder.name}
    assert all(n.startswith(".") and n.endswith((".tmp", ".stale", "#")) for n in beside), beside  # never a draft
    # The newest copy left opens in the window as the next start offers it.
    monkeypatch.setattr(AppSettings, "recovery_folder", staticmethod(lambda: folder))
    (copy,) = folder.glob("*.recovery.json")
    city = json.loads(copy.read_text(encoding="utf-8"))["draft"]["announcement"]["session"]["city"]
    start = MainWindow(AppSettings())
    answers.press("باز کردن رونوشت بازیابی‌شده")
    gui_app.offer_recovered(start)
    assert start.document.modified and start.document.path == path
    assert field(start, "session.city").text() == city
    start.document.undo_stack.setClean()
    start.close()
