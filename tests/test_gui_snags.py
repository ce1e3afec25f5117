"""The snags a first week in the window met (issue 25), each as a user meets it."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from announcer.gui import filedialogs
from gui_helpers import type_into


def test_recent_files_are_enabled_after_the_first_save(window, tmp_path, monkeypatch):
    target = tmp_path / "first.announcement.json"
    assert not window.ui.menuRecent.isEnabled()  # empty settings: nothing recent yet
    type_into(window, "session.city", "برلین")
    monkeypatch.setattr(filedialogs, "save_name", lambda *a, **k: str(target))
    window.activateWindow()  # the keys go to the active window (under X11 too)
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert target.exists()
    assert window.ui.menuRecent.isEnabled()
    assert [a.text() for a in window.ui.menuRecent.actions()] == [f"\u2066{target}\u2069"]


def test_a_change_of_language_keeps_the_windows_size_and_its_panes(window):
    window.resize(1600, 1000)
    window.ui.splitter.setSizes([700, 900])
    QApplication.processEvents()
    panes = window.ui.splitter.sizes()
    window.switch_language("en")
    QApplication.processEvents()
    assert (window.width(), window.height()) == (1600, 1000)
    assert window.ui.splitter.sizes() == panes
    window.switch_language("fa")
    assert (window.width(), window.height()) == (1600, 1000)
