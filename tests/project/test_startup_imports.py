"""The start-up rules of docs/performance.md, kept: what the editor imports on the way to
its first drawn frame, and that the frame is drawn without Qt's namespace. Each module
below is loaded when first used (or after the first paint), and an innocent import at
the top of a module would bring it back onto the start path without any other test
noticing."""

import json
import os
import shutil
import subprocess
import sys

from conftest import EXAMPLE, ROOT

# module → when it is loaded instead
LATER = {
    "announcer.persian.tidy": "Edit → Tidy",
    "announcer.gui.dialogs": "the first question asked",
    "hashlib": "never: recovery copies are named with a CRC-32",
    "logging.handlers": "the first line logged",
    "announcer.gui.spelling": "after the first paint",
    "announcer.persian.spelling": "after the first paint",
    "hunspell": "after the first paint (the dictionary)",
    "announcer.gui.completion": "after the first paint",
    "announcer.names": "after the first paint (the names index)",
    "announcer.render.docx": "an export to Word",
    "docx": "an export to Word",
    "announcer.render.qt.pdf": "an export to PDF or a print",
    "PySide6.QtPrintSupport": "a print",
    "announcer.gui.wordingpage": "the Wording page",
    "announcer.gui.find": "Find",
    "announcer.gui.newfromdialog": "New from this announcement",
    "announcer.gui.problemlist": "an export with problems",
    "announcer.gui.filedialogs": "the first open or save dialog",
    "announcer.render.fontembed": "an export to Word (the fonts it carries)",
    "subprocess": "a font's licence read or a child process",
    "uuid": "an export to Word (a font's key)",
    "html": "a blank draft's hint on its page, an export",
    "socket": "never on POSIX: the computer's name in a temporary file's comes from os.uname",
    "concurrent.futures": "after the first paint (the recovery copies' writer thread)",
    "importlib.resources": "never: the program's files are found beside locations.py",
}

_START = """
import json, os, sys
sys.path.insert(0, {src!r})
import PySide6.QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from announcer.gui import app as gui_app

def watch(window):
    def drawn():
        namespace = "Qt" in vars(PySide6.QtCore)  # PySide makes the module's classes when first named
        print(json.dumps({{"loaded": sorted(sys.modules), "qt_namespace": namespace}}), flush=True)
        os._exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, drawn)  # once the frame is drawn (before the preview's layout)
            return False
    window.installEventFilter(FirstPaint(window))

gui_app.offer_recovered_after_paint = watch
gui_app.main(["announcer", {draft!r}])
"""


def test_nothing_loaded_later_is_imported_before_the_first_paint(tmp_path):
    draft = shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name)  # a fresh copy: no stale lock to take over
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", _START.format(src=str(ROOT / "src"), draft=str(draft))],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    start = json.loads(done.stdout.strip().splitlines()[-1])
    loaded = set(start["loaded"])
    assert "announcer.gui.mainwindow" in loaded and "announcer.compose" in loaded  # it did start
    assert {m: LATER[m] for m in LATER if m in loaded} == {}
    # Naming Qt's namespace (`Qt.…`), or calling a method with an overload that takes one
    # of its enums (QPainter.setPen, fillRect), builds all its enums: 114 M instructions.
    assert not start["qt_namespace"], "Qt's namespace was built on the way to the first frame"
