"""Name completion in the form, typed into key by key: «خليل» (Arabic yeh) offers «خلیل
کیوان» once the example was opened. Screenshot: out/issue-13/completion-popup-fa.png."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from announcer.gui import completion
from conftest import EXAMPLE, ROOT
from gui_helpers import add, answered, field, key_text

SHOTS = ROOT / "out" / "issue-13"


@pytest.fixture(autouse=True)
def fresh_index():
    completion._index = None
    completion._pending.clear()
    completion.index_path().unlink(missing_ok=True)
    yield
    completion._index = None
    completion._pending.clear()


def _typed(window, path, text):
    widget = field(window, path)
    window.ui.formScroll.ensureWidgetVisible(widget)
    widget.setFocus()
    key_text(widget, text)
    QApplication.processEvents()
    return widget


def test_a_name_in_a_draft_opened_once_is_offered_in_another_name_field(window, qtbot):
    window.files.open_path(EXAMPLE)
    window.ui.actionNew.trigger()
    qtbot.waitUntil(lambda: hasattr(field(window, "title.body"), "names_completer"))
    add(window, "sections[2].reports.items")  # a form loaded after completion was attached
    speaker = _typed(window, "sections[2].reports.items[0].speaker", "خليل")  # Arabic yeh; «خلیل کیوان» was an elected person
    popup = speaker.names_completer.popup()
    assert popup.isVisible()
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == ["خلیل کیوان"]
    QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(popup.model().index(0, 0)).center())
    QApplication.processEvents()
    assert speaker.text() == "خلیل کیوان"
    assert window.document.model.sections[2].reports.items[0].speaker == "خلیل کیوان"


def test_cities_and_bodies_complete_from_their_own_kind(window, qtbot):
    window.files.open_path(EXAMPLE)
    window.ui.actionNew.trigger()
    qtbot.waitUntil(lambda: hasattr(field(window, "session.city"), "names_completer"))
    city = _typed(window, "session.city", "است")
    assert city.names_completer.model().stringList() == ["استکهلم"]
    city.names_completer.popup().hide()
    window.resize(800, 560)
    window.ui.formScroll.verticalScrollBar().setValue(0)
    body = _typed(window, "title.body", "كميته")  # Arabic kaf and yeh
    assert body.names_completer.model().stringList()[0] == "کمیته خارج کشور"
    _shoot(window, body.names_completer.popup(), "completion-popup-fa.png")


def _shoot(window, popup, name):
    """The window with the popup drawn where it stands (it is a window of its own; the
    offscreen screen is 800×600, so the window is made to fit)."""
    assert popup.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = window.grab()
    with QPainter(shot) as painter:
        painter.drawPixmap(window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0))), popup.grab())
    assert shot.save(str(SHOTS / name))


def test_a_saved_draft_is_remembered_and_preferences_can_clear_the_names(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.undo()  # the real preferences dialog
    window.files.open_path(EXAMPLE)
    window.document.set("session.city", "گوتنبرگ")
    monkeypatch.setattr("announcer.gui.filedialogs.save_name", lambda *a: str(tmp_path / "x.announcement.json"))
    assert window.files.save_as()
    assert completion.index().complete("city", "گوت") == ["گوتنبرگ"]

    def clear(dialog):
        dialog.findChild(QPushButton, "clearNamesButton").click()
        assert not dialog.findChild(QPushButton, "clearNamesButton").isEnabled()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    answered(window.ui.actionPreferences.trigger, clear)
    assert completion.index().complete("city", "گوت") == []
    assert completion.index().complete("name", "خلیل") == []


def test_a_draft_edited_at_once_is_remembered_as_it_was_opened(window, qtbot):
    """The names are recorded after the first paint from the model itself, read from it
    when it is about to change (MainWindow._keep_names): a city typed over before then
    is not the draft's."""
    window.files.open_path(EXAMPLE)
    opened = window.document.model.session.city  # «استکهلم»
    window.document.set("session.city", "گوتنبرگ")  # before the names are recorded
    assert window.names_to_record and window.names_to_record[0][1] is not window.document.model
    qtbot.waitUntil(lambda: not window.names_to_record)
    assert completion.index().complete("city", opened[:3]) == [opened]
    assert completion.index().complete("city", "گوت") == []
