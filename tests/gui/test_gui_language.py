"""Persian first, English selectable; the translation files are current; screenshots."""

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget

from conftest import EXAMPLE, ROOT

from announcer.locations import TRANSLATIONS
from gui_helpers import answered, field, preview_paragraphs

SHOTS = ROOT / "out" / "screenshots"


def test_persian_is_the_default_right_to_left(window):
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.ui.menuFile.title() == "&پرونده"
    assert [s.title() for s in window.sections[:2]] == ["سربرگ", "انتشار"]


def test_switch_to_english_and_back_keeps_the_document(window):
    window.files.open_path(EXAMPLE)
    window.document.set("session.city", "برلین")
    window.switch_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.ui.menuFile.title() == "&File"
    assert [s.title() for s in window.sections[:2]] == ["Letterhead", "Publication"]
    assert field(window, "session.city").text() == "برلین"
    assert window.isWindowModified()
    assert window.settings.language == "en"
    window.document.undo_stack.undo()  # the history survived the rebuild
    assert field(window, "session.city").text() == "استکهلم"
    window.switch_language("fa")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.ui.menuFile.title() == "&پرونده"


@pytest.mark.parametrize("name", ["announcer_fa", "qt_extra_fa"])
def test_every_string_is_translated_and_the_qm_is_current(tmp_path, name):
    ts = TRANSLATIONS / f"{name}.ts"
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")
    # Beside the interpreter: the README's commands run the tests without activating the venv.
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    built = tmp_path / f"{name}.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(built)], check=True, capture_output=True)
    assert filecmp.cmp(built, ts.with_suffix(".qm"), shallow=False), "run scripts/update-translations"


@pytest.mark.parametrize("language", ["fa", "en"])
def test_screenshots_with_the_example(window, language, qtbot):
    """Saved to out/screenshots for a person to look at; the test checks they are real."""
    window.switch_language(language)
    window.files.open_path(EXAMPLE)
    assert preview_paragraphs(window)[0] == "انترناسیونال ۲۲۳"
    session = window.sections[2]
    qtbot.waitUntil(lambda: session.height() >= session.minimumSizeHint().height())  # layout settled
    assert field(window, "session.days[0]").isVisible() and window.status_line.words.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = window.grab().toImage()
    path = SHOTS / f"window-{language}.png"
    assert image.save(str(path))
    assert image.width() >= 1000 and len({image.pixel(x, 300) for x in range(0, image.width(), 7)}) > 3


def test_the_status_bar_counts_in_the_interfaces_digits(window):
    window.files.open_path(EXAMPLE)
    assert window.status_line.words.text() == "واژه‌ها: ۶۹۰"
    window.switch_language("en")
    assert window.status_line.words.text() == "Words: 690"


@pytest.mark.parametrize("language, expected", [
    ("fa", ["انتخابات (بخش ۷) › تعداد کرسی‌ها: باید عددی از ۱ تا ۱۰۰۰۰ باشد",
            "عنوان › نهادی که جلسه داشت: نام نهادی که جلسه داشت لازم است",
            "جلسه › مهمانان ۱ › نام: نام مهمان خالی است",
            "انتخابات (بخش ۷) › منتخبان: ۳ نفر برای ۰ کرسی انتخاب شده‌اند"]),
    ("en", ["Election (section 7) › Seats: must be a whole number from 1 to 10,000",
            "Title › Body that met: the body that met is required",
            "Session › Guests 1 › Name: the guest has no name",
            "Election (section 7) › People elected: 3 people elected to 0 seat(s)"]),
])
def test_problems_name_fields_as_the_form_does(window, example, language, expected, monkeypatch):
    monkeypatch.undo()  # the real question
    window.switch_language(language)
    example.title.body = ""
    example.session.guests[0].name = ""
    example.sections[6].election.seats = 0
    window.document.load(example, None)
    shown = []

    def cancel(dialog):
        view = dialog.findChild(QListWidget, "problems")
        shown.extend(view.item(row).text() for row in range(view.count()))
        dialog.reject()

    assert answered(window.outputs.export, cancel)[0] is None  # the problems are shown first, and nothing is written
    assert shown == expected


def test_a_problem_clicked_before_an_export_goes_to_its_field(window, example, monkeypatch, qtbot):
    monkeypatch.undo()
    example.session.guests[0].name = ""
    window.document.load(example, None)

    def click_the_guest(dialog):
        dialog.grab().save(str(SHOTS / "export-problems-fa.png"))
        view = dialog.findChild(QListWidget, "problems")
        line = view.findItems("جلسه › مهمانان ۱ › نام: نام مهمان خالی است", Qt.MatchFlag.MatchExactly)[0]
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(line).center())

    assert answered(window.outputs.export, click_the_guest)[0] is None
    assert window.focusWidget() is field(window, "session.guests[0].name")  # focused when the window is active again
