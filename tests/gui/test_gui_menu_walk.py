"""The menu walk: every action of every menu, in Persian and in English, triggered as a
user would, with the real dialogs it opens (a timer closes each as a user who changes
their mind). Nothing may raise: pytest-qt fails a test whose Qt callbacks did."""

import shutil

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu

from conftest import EXAMPLE, ROOT

SHOTS = ROOT / "out" / "screenshots"


def _actions(menu: QMenu):
    for action in menu.actions():
        if action.menu():
            yield from _actions(action.menu())
        elif not action.isSeparator():
            yield action


@pytest.mark.parametrize("language", ["fa", "en"])
def test_every_menu_action_with_its_real_dialogs(window, tmp_path, monkeypatch, language):
    monkeypatch.undo()  # the real dialogs, not the suite's guard against unexpected ones
    window.switch_language(language)
    draft = tmp_path / "d.announcement.json"
    shutil.copy(EXAMPLE, draft)
    assert window.files.open_path(draft)
    window.document.set("session.city", "برلین")  # unsaved: New and Open ask first
    window.fill_recent()
    closed = []

    def close_dialogs():
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            closed.append(dialog.windowTitle())
            dialog.reject()

    closer = QTimer(interval=30)
    closer.timeout.connect(close_dialogs)
    closer.start()
    triggered = []
    try:
        for menu in (window.ui.menuFile, window.ui.menuEdit, window.ui.menuView, window.ui.menuHelp):
            for action in list(_actions(menu)):
                if action is window.ui.actionQuit or not action.isEnabled():
                    continue
                triggered.append(action.text())
                action.trigger()
                QApplication.processEvents()
    finally:
        closer.stop()
    assert len(triggered) >= 9  # new, open, a recent draft, save, save as, export, undo, tidy, preferences, about
    assert closed  # the dialogs were real, and shown
    assert window.isVisible()
    window.ui.actionQuit.trigger()  # last: asks about the unsaved change; closing the question keeps the window


@pytest.mark.parametrize("language, heading", [("fa", "راهنمای اطلاعیه‌نویس"), ("en", "Announcer guide")])
def test_f1_opens_the_guide_in_the_interfaces_language(window, monkeypatch, language, heading):
    from PySide6.QtWidgets import QTextBrowser

    from gui_helpers import answered

    monkeypatch.undo()
    window.switch_language(language)
    seen = {}

    def read(dialog):
        page = dialog.findChild(QTextBrowser)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / f"guide-{language}.png"))  # for a person to look at
        seen["text"], seen["rtl"] = page.toPlainText(), dialog.isRightToLeft()
        dialog.accept()
    answered(window.ui.actionGuide.trigger, read)
    assert seen["text"].startswith(heading) and "Ctrl+E" in seen["text"]
    assert seen["rtl"] == (language == "fa")
    assert window.ui.actionGuide.shortcut().toString() == "F1"
