import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from PySide6.QtWidgets import QMessageBox

# Timing belongs in the benchmark: a slow or busy machine must not fail a property test.
settings.register_profile("announcer", deadline=None)
settings.load_profile("announcer")

# The window tests run without a display, and keep their settings and recovery files
# away from the user's.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="announcer-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"  # the drafts, corpora and texts the tests read
sys.path.insert(0, str(ROOT / "src"))

from announcer.locations import EXAMPLE  # noqa: E402 (after the path above)

_REAL_MESSAGE_BOX_EXEC = QMessageBox.exec  # kept before no_unexpected_dialogs replaces it
# The reference lives in shared/ beside the checkout (as on CI); a copy in tests/data
# keeps the suite runnable from a lone clone.
REFERENCE_CANDIDATES = [ROOT.parent / "shared" / "reference" / "announcement-223.txt",
                        ROOT / "tests" / "data" / "announcement-223.txt"]


@pytest.fixture
def example():
    from announcer.draft import load
    return load(EXAMPLE)


@pytest.fixture(scope="session")
def reference_paragraphs() -> list[str]:
    path = next(p for p in REFERENCE_CANDIDATES if p.exists())
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


@pytest.fixture
def exported(tmp_path, example):
    """The example exported as a Word file."""
    from announcer.export import export_docx

    path = tmp_path / "example.docx"
    export_docx(example, path)
    return path


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the suite: fail instead. Tests that
    expect one patch it again with their answer."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3]}")
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    monkeypatch.setattr(QDialog, "exec", unexpected)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, unexpected)


@pytest.fixture
def answers(monkeypatch, qtbot):
    """Message boxes opened for real and answered by pressing a button (see
    gui_helpers.Answers); every answer given must have been used by the end."""
    from gui_helpers import Answers

    monkeypatch.setattr(QMessageBox, "exec", _REAL_MESSAGE_BOX_EXEC)
    given = Answers()
    yield given
    given.timer.stop()
    assert given.pending == [], "dialogs expected but never shown"


@pytest.fixture
def app(qapp):
    from announcer.gui.app import apply_language, create_app
    from announcer.gui.settings import AppSettings

    app = create_app([])
    AppSettings().store.clear()
    shutil.rmtree(AppSettings.recovery_folder(), ignore_errors=True)
    apply_language(app, "fa")
    return app


@pytest.fixture
def window(app, qtbot):
    from announcer.gui.mainwindow import MainWindow
    from announcer.gui.settings import AppSettings

    win = MainWindow(AppSettings())
    win.resize(1400, 900)
    win.show()
    qtbot.waitUntil(lambda: win.preview.painted and not win.preview.slices.isActive())  # laid out after the first paint
    yield win
    win.document.undo_stack.setClean()  # close without the unsaved-changes question
    win.close()
    win.deleteLater()


@pytest.fixture(scope="session", autouse=True)
def widgets_application(qapp):
    """One QApplication for the whole session, made first: a PDF exported before any
    window test would otherwise make the command line's QGuiApplication
    (render/qtapp.ensure_application), on which no window can be built, whatever order the
    tests run in."""
    yield qapp


@pytest.fixture(scope="session", autouse=True)
def clipboard_emptied_at_the_end():
    """Qt's offscreen platform crashes at exit when its clipboard still holds QMimeData
    (Edit → Copy as formatted text puts some there); xcb does not. Empty it first."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.clipboard().clear()


@pytest.fixture
def second(app):
    """Another window, as a second start of the editor shows it."""
    windows = []

    def make():
        from announcer.gui.mainwindow import MainWindow
        from announcer.gui.settings import AppSettings

        windows.append(MainWindow(AppSettings()))
        return windows[-1]
    yield make
    from announcer.gui import mainwindow

    for window in windows + list(mainwindow._spawned):
        window.document.undo_stack.setClean()
        window.close()
