"""Recovery: unsaved changes saved aside, offered again after a crash, never written
over the draft without asking."""

import os
import signal
import subprocess
import sys
import time

from PySide6.QtWidgets import QWidget

from announcer import draft
from announcer.gui import app as gui_app
from announcer.gui.mainwindow import MainWindow
from announcer.gui.recovery import pending
from announcer.gui.settings import AppSettings
from conftest import EXAMPLE, ROOT
from gui_helpers import type_into


def test_autosave_on_the_timer_and_offer_after_a_crash(window, tmp_path, monkeypatch, qtbot):
    target = tmp_path / "d.announcement.json"
    draft.save(target, draft.load(EXAMPLE))
    window.open_path(target)
    window.recovery.timer.setInterval(50)
    type_into(window, "session.city", "برلین")
    qtbot.waitUntil(lambda: window.recovery.file.exists(), timeout=2000)
    # The crash: the window is never closed. A new start finds the copy.
    choices = []
    monkeypatch.setattr(gui_app, "ask_about_recovered", lambda win, copy: choices.append(copy) or "open")
    second = MainWindow(AppSettings())
    gui_app.offer_recovered(second)
    assert [c.draft_path for c in choices] == [target]
    assert second.session.model.session.city == "برلین"
    assert second.session.path == target and second.session.modified
    assert draft.load(target).session.city == "استکهلم"  # the draft itself is untouched until saved
    second.session.undo_stack.setClean()
    second.close()


def test_focus_loss_saves_a_copy_and_saving_removes_it(window, tmp_path, qtbot):
    type_into(window, "session.city", "برلین")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    other = QWidget()  # another program's window, as far as ours can tell
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    copies = pending(AppSettings.recovery_folder())
    assert [c.model.session.city for c in copies] == ["برلین"] and copies[0].draft_path is None
    window._save_to(tmp_path / "x.announcement.json")
    assert pending(AppSettings.recovery_folder()) == []


def test_discarded_copies_are_not_offered_again(window, monkeypatch):
    type_into(window, "session.city", "برلین")
    window.recovery.save_now()
    monkeypatch.setattr(gui_app, "ask_about_recovered", lambda win, copy: "discard")
    gui_app.offer_recovered(window)
    assert pending(AppSettings.recovery_folder()) == []


def test_kill_of_the_real_editor_loses_at_most_the_autosave_interval(tmp_path):
    """A child editor process types, autosaves every 200 ms, and is killed with SIGKILL."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    script = f"""
import sys, time
sys.path.insert(0, {str(ROOT / 'src')!r}); sys.path.insert(0, {str(ROOT / 'tests')!r})
from announcer.gui.app import create_app, apply_language
from announcer.gui.mainwindow import MainWindow
from announcer.gui.settings import AppSettings
from gui_helpers import field
from PySide6.QtWidgets import QApplication
app = create_app([]); apply_language(app, "fa")
w = MainWindow(AppSettings(), recovery_interval_ms=200); w.show()
city = field(w, "session.city")
for n in range(1000):
    city.setText(f"شهر {{n}}"); city.textEdited.emit(city.text())
    QApplication.processEvents()
    print(n, flush=True)
    time.sleep(0.01)
"""
    child = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, text=True)
    typed = None
    started = time.monotonic()
    for line in child.stdout:
        typed = int(line)
        if time.monotonic() - started > 3:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    (copy,) = pending(AppSettings.recovery_folder())
    recovered = int(copy.model.session.city.split()[1])
    # At 10 ms a keystroke, 200 ms of autosave interval is about 20 keystrokes; allow for slow machines.
    assert typed - recovered <= 60, (typed, recovered)
    copy.discard()


def test_recovery_files_name_their_draft_and_keep_drafts_of_one_name_apart(tmp_path):
    from announcer.gui.recovery import _file_for

    a, b = tmp_path / "a" / "223.announcement.json", tmp_path / "b" / "223.announcement.json"
    assert _file_for(tmp_path, a).name.startswith("223.announcement-")
    assert _file_for(tmp_path, a) != _file_for(tmp_path, b)
    assert _file_for(tmp_path, a) == _file_for(tmp_path, tmp_path / "b" / ".." / "a" / a.name)
    assert _file_for(tmp_path, None).name == "untitled.recovery.json"
    long_name = tmp_path / ("ن" * 200 + ".announcement.json")  # 400 bytes: more than a file name may hold
    _file_for(tmp_path, long_name).write_text("{}")  # the file system takes the recovery file's name


def test_an_opened_copy_of_another_name_goes_away_when_the_work_is_saved(window, tmp_path, monkeypatch):
    folder = AppSettings.recovery_folder()
    window.session.set("session.city", "برلین")
    window.recovery.save_now()
    foreign = folder / "0123456789abcdef.recovery.json"  # as an earlier version named an unsaved draft's copy
    window.recovery.file.rename(foreign)
    window.session.undo_stack.setClean()
    monkeypatch.setattr(gui_app, "ask_about_recovered", lambda win, copy: "open")
    gui_app.offer_recovered(window)
    assert window.session.model.session.city == "برلین" and window.session.modified
    window._save_to(tmp_path / "saved.announcement.json")
    assert not foreign.exists() and pending(folder) == []
