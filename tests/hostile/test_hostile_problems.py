"""Many problems at once (the hostile round, issue 20): 20,000 bad agenda items froze
the window for 33 s, then showed a message box 420,126 px tall whose buttons were off
the screen. The box names the first problems and says how many more; marking the form
looks each field up once."""

import json
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from announcer.gui import problemlist
from conftest import EXAMPLE
from gui_helpers import record_list, row_colour, row_tip, sections


def _draft_with_agenda(tmp_path, items) -> object:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["announcement"]["sections"][0]["agenda"]["items"] = items
    path = tmp_path / "many.announcement.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_draft_with_20000_bad_items_opens_with_a_box_that_fits_the_screen(window, tmp_path, answers):
    path = _draft_with_agenda(tmp_path, list(range(20_000)))  # numbers where text belongs: 20,000 problems
    seen = []

    def close_the_box():  # as the user reads it and presses OK
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.text(), box.height()))
            box.accept()
    closer = QTimer(interval=50)
    closer.timeout.connect(close_the_box)
    closer.start()
    began = time.perf_counter()
    window.files.open_path(path)
    closer.stop()
    assert time.perf_counter() - began < 10  # a guard against the freeze; the time is not measured here
    text, height = seen[0]
    lines = text.split("\n")
    assert len(lines) <= 16
    assert lines[-1].strip("\u200e\u200f") == "… و ۱۹۹۸۸ اشکال دیگر"
    assert any("باید متن باشد" in line for line in lines)
    assert height < QApplication.primaryScreen().availableGeometry().height()


def test_20000_problems_mark_the_agenda_with_a_short_tooltip(window, tmp_path):
    window.files.open_path(_draft_with_agenda(tmp_path, ["بند\u200b"] * 20_000))  # each with an invisible character
    window.checking.validate()
    assert len(window.checking.problems) == 20_000
    for rows in (record_list(window, "sections[0].agenda.items").list, sections(window).list):  # and its section's row
        assert rows.property("problem")
        tip = rows.toolTip().split("\n")
        assert len(tip) == 13 and tip[-1] == "… و ۱۹۹۸۸ اشکال دیگر"
    assert len(row_tip(sections(window).list, 0).split("\n")) == 13 and row_colour(sections(window).list, 0) == "#c0392b"
    assert row_tip(sections(window).list, 1) == ""


def test_the_list_before_an_export_shows_500_problems_and_says_how_many_more(window, tmp_path, monkeypatch):
    window.files.open_path(_draft_with_agenda(tmp_path, ["بند\u200b"] * 2_000))
    shown = []

    def answer(parent, lines):
        shown.extend(lines)
        return None  # Cancel
    monkeypatch.setattr(problemlist, "ask_export_anyway", answer)
    assert window.outputs.export() is None
    assert len(shown) == 501
    assert shown[-1][0] == "… و ۱۵۰۰ اشکال دیگر"
