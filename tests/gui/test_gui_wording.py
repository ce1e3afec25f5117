"""The Wording page (عبارت‌ها), driven by clicks and keys: the draft's own wording shows
in the preview, bad placeholders are marked, «back to default», the user's default and
the wording file. Screenshot: out/issue-13/wording-page-fa.png."""

import json

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPushButton

from announcer import draft
from announcer.gui import filedialogs
from announcer.gui.mainwindow import MainWindow
from announcer.gui.widgets import ParagraphEdit
from announcer.validate import check
from conftest import EXAMPLE, ROOT
from gui_helpers import key_text, preview_paragraphs

SHOTS = ROOT / "out" / "issue-13"


def _page(window):
    window.files.open_path(EXAMPLE)
    window.ui.actionWording.trigger()
    QApplication.processEvents()
    page = window.wording.widget()
    assert page.isVisible()
    return page


def _select(page, key):
    phrases = page.findChild(QListWidget, "phraseList")
    row = next(r for r in range(phrases.count()) if phrases.item(r).data(Qt.ItemDataRole.UserRole) == key)
    phrases.scrollToItem(phrases.item(row))
    rect = phrases.visualItemRect(phrases.item(row))
    QTest.mouseClick(phrases.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.key == key


def _retype(page, text):
    editor = page.findChild(ParagraphEdit, "phraseEditor")
    editor.setFocus()
    editor.selectAll()
    key_text(editor, text)
    QApplication.processEvents()


def test_rewording_held_shows_in_the_preview_and_back_to_default_restores_it(window):
    page = _page(window)
    _select(page, "held")
    assert page.findChild(QLabel, "defaultLabel").text() == '<p dir="rtl">برگزار گردید.</p>'
    usage = page.findChild(QLabel, "usageLabel").text()
    assert "در استکهلم" in usage and "برگزار گردید." in usage
    _retype(page, "برگزار شد.")
    assert window.document.model.phrases == {"held": "برگزار شد."}
    assert "در استکهلم برگزار شد." in preview_paragraphs(window)[2]
    assert "برگزار شد." in page.findChild(QLabel, "usageLabel").text()
    assert page.phrases.currentItem().font().bold()  # the list marks a reworded phrase
    reset = page.findChild(QPushButton, "resetButton")
    assert reset.isEnabled()
    QTest.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert window.document.model.phrases == {}
    assert page.findChild(ParagraphEdit, "phraseEditor").toPlainText() == "برگزار گردید."
    assert "در استکهلم برگزار گردید." in preview_paragraphs(window)[2]
    window.document.undo_stack.undo()  # back to default is one undo step, as is the typing
    assert window.document.model.phrases == {"held": "برگزار شد."}


def test_an_unknown_placeholder_is_marked_in_red_and_named(window):
    page = _page(window)
    _select(page, "session")
    _retype(page, "نشست {whom}")
    problem = page.findChild(QLabel, "problemLabel").text()
    assert "{whom}" in problem and "{who}" in problem and "ناشناخته" in problem
    layout = page.editor.document().firstBlock().layout()
    (marked,) = [f for f in layout.formats() if f.format.background().color() == QColor("#ffd9d9")]
    assert page.editor.toPlainText()[marked.start:marked.start + marked.length] == "{whom}"
    assert [p.path for p in check(window.document.model) if p.path.startswith("phrases")] == ["phrases.session"]
    assert preview_paragraphs(window)[2].startswith("جلسه کمیته خارج کشور")  # the default stands in
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SHOTS / "wording-page-problem-fa.png"))
    _retype(page, "نشست")
    assert page.findChild(QLabel, "problemLabel").text() == "{who} در این عبارت نیامده است"  # allowed: a warning
    assert not [p for p in check(window.document.model) if p.path.startswith("phrases")]
    _retype(page, "نشست {who}")
    assert page.findChild(QLabel, "problemLabel").text() == ""
    formats = page.editor.document().firstBlock().layout().formats()
    assert [f.format.background().color() for f in formats] == [QColor("#dbe9ff")]
    assert preview_paragraphs(window)[2].startswith("نشست کمیته خارج کشور")
    window.resize(1500, 950)
    QApplication.processEvents()
    assert window.grab().save(str(SHOTS / "wording-page-fa.png"))


def test_kept_as_default_new_drafts_start_with_the_wording(window):
    page = _page(window)
    _select(page, "held")
    _retype(page, "برگزار شد.")
    QTest.mouseClick(page.findChild(QPushButton, "keepButton"), Qt.MouseButton.LeftButton)
    window.document.undo_stack.setClean()
    window.ui.actionNew.trigger()
    assert window.document.model.phrases == {"held": "برگزار شد."}
    other = MainWindow(window.settings)  # a new window's draft too
    assert other.document.model.phrases == {"held": "برگزار شد."}
    other.close()
    other.deleteLater()
    QSettings().remove("wording/default")


def test_the_wording_is_exported_and_imported_as_a_file(window, monkeypatch, tmp_path):
    page = _page(window)
    _select(page, "title")
    _retype(page, "{kind} برگزاری {who}")
    path = tmp_path / "house.wording.json"
    monkeypatch.setattr(filedialogs, "save_name", lambda *a: str(path))
    QTest.mouseClick(page.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    assert json.loads(path.read_text())["phrases"] == {"title": "{kind} برگزاری {who}"}
    window.document.set("phrases", {})
    monkeypatch.setattr(filedialogs, "open_name", lambda *a: str(path))
    QTest.mouseClick(page.findChild(QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    assert window.document.model.phrases == {"title": "{kind} برگزاری {who}"}
    assert preview_paragraphs(window)[1] == "اطلاعیه برگزاری کمیته خارج کشور حزب کمونیست کارگری ایران"
    assert draft.load_wording(path) == window.document.model.phrases


def test_a_problem_in_the_wording_takes_the_user_to_the_phrase(window):
    window.files.open_path(EXAMPLE)
    window.document.set("phrases", {"agenda_was": "دستور جلسه {items}"})
    window.checking.validate()
    window.checking.next_problem()  # the status bar's problem button
    page = window.wording.widget()
    assert page.isVisible() and page.key == "agenda_was"
    assert "{items}" in page.findChild(QLabel, "problemLabel").text()


def test_the_wording_is_never_exported_over_the_open_draft(window, monkeypatch, tmp_path):
    target = tmp_path / "d.announcement.json"
    target.write_bytes(EXAMPLE.read_bytes())
    page = _page(window)
    window.files.open_path(target)
    monkeypatch.setattr(filedialogs, "save_name", lambda *a: str(target))
    shown = []
    monkeypatch.setattr(window.checking, "show_problems", lambda title, problems, path=None: shown.append((title, problems)))
    QTest.mouseClick(page.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    assert target.read_bytes() == EXAMPLE.read_bytes()
    assert shown and shown[0][0] == "d.announcement.json ذخیره نشد"


# ---- in the secretary's words (issue 25) ----

def _x(editor, text: str) -> float:
    """Where text starts on the editor's first line, in pixels from its left."""
    layout = editor.document().firstBlock().layout()
    return layout.lineAt(0).cursorToX(editor.toPlainText().index(text))[0]


@pytest.mark.parametrize("language", ["fa", "en"])
def test_a_phrase_that_starts_with_a_placeholder_reads_right_to_left(window, language):
    window.switch_language(language)
    page = _page(window)
    _select(page, "title")  # «{kind} برگزاری جلسه {who}»
    editor = page.findChild(ParagraphEdit, "phraseEditor")
    assert editor.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    assert _x(editor, "{kind}") > _x(editor, "برگزاری") > _x(editor, "{who}")  # its start at the right
    assert page.findChild(QLabel, "defaultLabel").text().startswith('<p dir="rtl">')
    item = page.phrases.currentItem().text()  # the phrase isolated right to left in a list of either direction
    assert item.split("\n")[1] == "\u2067{kind} برگزاری جلسه {who}\u2069"


@pytest.mark.parametrize("language, name, kind, now", [("fa", "سطر عنوان", "نوع سند", "اکنون"),
                                                       ("en", "The title line", "the kind of document", "now")])
def test_each_phrase_and_placeholder_is_named_with_its_value_and_no_key_is_shown(window, language, name, kind, now):
    window.switch_language(language)
    page = _page(window)
    _select(page, "title")
    assert page.findChild(QLabel, "nameLabel").text() == name
    assert page.phrases.currentItem().text().startswith(name + "\n")
    placeholders = page.findChild(QLabel, "placeholdersLabel").text()
    assert f"{{kind}}\u2069: {kind}" in placeholders and f"{now} «\u2068اطلاعیه\u2069»" in placeholders
    assert "{who}" in placeholders and "\u2068کمیته خارج کشور حزب کمونیست کارگری ایران\u2069" in placeholders
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1600, 900)
    QApplication.processEvents()
    assert window.grab().save(str(ROOT / "out" / "screenshots" / f"wording-{language}.png"))
    for row in range(page.phrases.count()):  # every phrase, as a user goes down the list
        page.phrases.setCurrentRow(row)
        shown = [label.text() for label in page.findChildren(QLabel)] + [page.phrases.item(row).text(),
                                                                         page.phrases.item(row).toolTip()]
        # No «phrases.held», no «session_sentence» (a key that is an English word, «city», may be a word).
        assert not any("phrases." in text or ("_" in page.key and page.key in text) for text in shown), shown
        assert page.findChild(QLabel, "nameLabel").text()


def test_a_phrase_unused_here_names_its_placeholders_without_a_value(window):
    page = _page(window)
    _select(page, "quorum")  # the example records no quorum
    placeholders = page.findChild(QLabel, "placeholdersLabel").text()
    assert "{present}\u2069: شمار حاضران" in placeholders and "اکنون" not in placeholders
    _select(page, "held")
    assert page.findChild(QLabel, "placeholdersLabel").text() == "ندارد: عبارت همان‌گونه که هست به کار می‌رود"
