"""Files in the window: open, save, export through the menu, the modified mark, the
close prompt, dropping a draft, undo and redo across the form."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from announcer import draft
from announcer.compose import compose
from conftest import EXAMPLE
from docx_xml import NS, paragraph_text, part
from gui_helpers import field, type_into


def test_open_save_and_reopen(window, tmp_path, monkeypatch):
    assert window.open_path(EXAMPLE)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("announcement-223.json")
    type_into(window, "session.city", "برلین")
    assert window.isWindowModified()
    target = tmp_path / "berlin.announcement.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.ui.actionSaveAs.trigger()
    assert not window.isWindowModified()
    assert draft.load(target).session.city == "برلین"
    assert window.settings.recent[0] == str(target)
    window.new()
    assert window.session.model.session.city == ""
    window.open_path(target)
    assert field(window, "session.city").text() == "برلین"


def test_undo_back_to_the_saved_state_clears_the_modified_mark(window, tmp_path):
    window.open_path(EXAMPLE)
    type_into(window, "session.city", "برلین")
    type_into(window, "title.kind", "بیانیه")
    assert window.isWindowModified()
    window.session.undo_stack.undo()
    assert field(window, "title.kind").text() == "اطلاعیه"
    assert window.isWindowModified()
    window.session.undo_stack.undo()
    assert field(window, "session.city").text() == "استکهلم"  # one step for the whole word typed
    assert not window.isWindowModified()
    window.session.undo_stack.redo()
    assert field(window, "session.city").text() == "برلین"
    window.preview.update_now()
    assert "در برلین برگزار گردید" in window.preview.text()


def test_undo_a_list_change(window):
    window.open_path(EXAMPLE)
    window.session.remove("documents", 0)
    assert len(window.session.model.documents) == 3
    window.session.undo_stack.undo()
    assert window.session.model.documents[0].title == "گزارش و ضمائم آن"


def test_export_through_the_menu(window, tmp_path, monkeypatch):
    window.open_path(EXAMPLE)
    target = tmp_path / "out.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    offered = []
    monkeypatch.setattr(window, "ask_after_export", lambda path, warnings: offered.append(path))
    window.ui.actionExport.trigger()
    assert offered == [target]
    body = part(target, "word/document.xml").xpath("//w:body/w:p", namespaces=NS)
    assert [paragraph_text(p) for p in body] == [b.text for b in compose(window.session.model)]


def test_export_with_problems_explains_them_first(window, tmp_path, monkeypatch):
    window.open_path(EXAMPLE)
    window.session.set("session.guests[0].days", [5])
    window.validate()
    shown = []

    def warning(parent, title, text, *args):
        shown.append(text)
        return QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "warning", warning)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(1) or ("", ""))
    window.ui.actionExport.trigger()
    assert "session.guests[0].days[0]: جلسه فقط ۲ روز دارد، نه روز ۵" in shown[0]
    assert asked == []  # cancelled before choosing a file


def test_close_with_unsaved_changes_asks(window, monkeypatch):
    type_into(window, "session.city", "برلین")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    assert not window.close()
    assert window.isVisible()
    assert window.close()
    assert answers == []


def test_dropping_a_draft_opens_it(window):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(EXAMPLE))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.session.path == Path(EXAMPLE)
    assert field(window, "publication.bulletin").text() == "انترناسیونال"


def test_a_bad_file_is_explained_and_the_open_draft_kept(window, tmp_path, monkeypatch):
    window.open_path(EXAMPLE)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "persian-announcement-draft", "version": 1, "announcement": {"elections": [{"seats": 0}]}}')
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    assert not window.open_path(bad)
    assert shown == ["elections[0].seats: باید عددی از ۱ تا ۱۰۰۰۰ باشد"]
    assert window.session.path == Path(EXAMPLE)
