"""The snags a first week in the window met (issue 25), each as a user meets it."""

import pytest
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


def test_the_calendar_is_chosen_above_the_first_date(window):
    from gui_helpers import choose, field

    from announcer.dates import Calendar

    calendar, first_date = field(window, "settings.calendar"), field(window, "publication.date")
    publication = next(s for s in window.sections if s.objectName() == "PublicationSection")  # «انتشار», under the letterhead
    assert calendar.parentWidget() is first_date.parentWidget() is publication
    assert calendar.mapTo(window, calendar.rect().topLeft()).y() < first_date.mapTo(window, first_date.rect().topLeft()).y()
    choose(window, "settings.calendar", Calendar.JALALI)
    type_into(window, "publication.date", "1386/9/30")
    assert field(window, "publication.date").text() == "۳۰ آذر ۱۳۸۶"


def test_new_drafts_start_with_the_calendar_chosen_in_preferences(window, monkeypatch):
    from PySide6.QtWidgets import QComboBox, QDialogButtonBox

    from announcer.dates import Calendar
    from gui_helpers import answered

    monkeypatch.undo()  # the real dialog

    def jalali(dialog):
        box = dialog.findChild(QComboBox, "calendarBox")
        assert box.currentData() == "gregorian" and box.count() == 4
        box.setCurrentIndex(box.findData("jalali"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    answered(window.ui.actionPreferences.trigger, jalali)
    assert window.document.model.settings.calendar == Calendar.GREGORIAN  # the open draft keeps its own
    window.ui.actionNew.trigger()
    assert window.document.model.settings.calendar == Calendar.JALALI
    assert window.status_line.calendar.text() == "تقویم شمسی"
    assert window.settings.calendar == Calendar.JALALI


def test_a_new_session_day_is_the_day_after_the_last(window):
    from conftest import EXAMPLE
    from gui_helpers import add, field, record_list

    window.files.open_path(EXAMPLE)  # the 15th and 16th of December 2007
    add(window, "session.days")
    days = record_list(window, "session.days")
    assert [days.list.text(r) for r in range(days.list.count())] == \
        ["۱۵ دسامبر ۲۰۰۷", "۱۶ دسامبر ۲۰۰۷", "۱۷ دسامبر ۲۰۰۷"]
    assert field(window, "session.days[2]").text() == "۱۷ دسامبر ۲۰۰۷"  # shown to edit


def test_a_reports_title_field_says_it_is_the_talks_title(window, example):
    from gui_helpers import field, select

    window.document.load(example, None)
    select(window, "sections[2].reports.items", 0)
    title = field(window, "sections[2].reports.items[0].title")
    label = title.parentWidget().layout().labelForField(title)
    assert label.text() == "عنوان بحث"
    assert window.checking.field_label("sections[2].reports.items[0].title").endswith("› عنوان بحث")
    window.switch_language("en")
    title = field(window, "sections[2].reports.items[0].title")
    assert title.parentWidget().layout().labelForField(title).text() == "Title of the talk"


def test_enter_in_an_elected_persons_name_adds_the_next_and_the_plus_button_stays_put(window):
    from gui_helpers import add, key_text, record_list

    path = "sections[5].election.people"  # a new draft's election
    window.activateWindow()  # the keys go to the active window, under X11 too
    assert QTest.qWaitForWindowActive(window)
    people = record_list(window, path)
    QApplication.processEvents()  # the section just shown is laid out
    plus = people.add_button.mapTo(people, people.add_button.rect().center())  # the form may scroll
    add(window, path)
    for name in ("خلیل کیوان", "اصغر کریمی", "غلام اکبری", "مینا احدی", "حسن صالحی", "نسرین رمضانعلی", "کاظم نیکخواه"):
        focused = QApplication.focusWidget()
        assert focused.property("field") == "name" and focused.text() == ""  # the new person's name
        key_text(focused, name)
        QTest.keyClick(focused, Qt.Key.Key_Return)
    names = [p.name for p in window.document.model.sections[5].election.people]
    assert names[:7] == ["خلیل کیوان", "اصغر کریمی", "غلام اکبری", "مینا احدی", "حسن صالحی", "نسرین رمضانعلی",
                         "کاظم نیکخواه"] and names[7:] == [""]
    QApplication.processEvents()
    assert people.add_button.mapTo(people, people.add_button.rect().center()) == plus


def _jalali(path):
    """A copy of the example whose dates are written in the Jalali calendar."""
    from announcer import draft
    from announcer.dates import Calendar
    from conftest import EXAMPLE

    model = draft.load(EXAMPLE)
    model.settings.calendar = Calendar.JALALI
    draft.save(path, model)
    return path


def test_the_lock_question_gives_the_time_in_the_drafts_calendar_in_persian_digits(window, tmp_path, answers):
    import json
    import re

    from announcer.gui.locking import lock_path
    from announcer.gui.owners import Owner

    target = _jalali(tmp_path / "jalali.announcement.json")
    owner = Owner("far", 4242, "another-host", user="someone", since="2024-01-01T12:00:00+00:00")
    lock_path(target).write_text(json.dumps(owner.to_dict()), encoding="utf-8")
    answers.press("انصراف")
    assert not window.files.open_path(target)
    text = answers.seen[0]["text"]
    assert "دی ۱۴۰۲، ساعت " in text  # 1 January 2024, whatever the time zone: 10 to 12 Dey 1402
    assert not re.search("[0-9]", text.replace("4242", "")) and "۴۲۴۲" in text


def test_the_recovery_question_gives_the_time_in_the_drafts_calendar(window, tmp_path, answers):
    import re

    from announcer.dates import GREGORIAN_MONTHS, JALALI_MONTHS
    from announcer.gui import app as gui_app
    from announcer.gui.mainwindow import MainWindow
    from announcer.gui.settings import AppSettings

    window.files.open_path(_jalali(tmp_path / "jalali.announcement.json"))
    type_into(window, "session.city", "برلین")
    window.recovery.save_now()
    window.recovery.stop()
    window.owner.release()  # as a crash leaves it
    start = MainWindow(AppSettings())
    answers.press("بعداً")
    gui_app.offer_recovered(start)
    text = answers.seen[0]["text"]
    assert any(f" {month} " in text for month in JALALI_MONTHS)
    assert not any(month in text for month in GREGORIAN_MONTHS) and not re.search("[0-9]", text)
    start.close()


def _inked_columns(widget) -> list[int]:
    """The columns of the widget's picture where text is drawn."""
    image = widget.grab().toImage()
    return [x for x in range(4, image.width() - 4)
            if any(image.pixelColor(x, y).lightness() < 110 for y in range(4, image.height() - 4))]


def test_a_guests_days_read_right_to_left_in_persian_digits(window, example):
    from gui_helpers import field, key_text, select

    window.document.load(example, None)
    window.activateWindow()  # focus in and out, as a user's typing has it
    assert QTest.qWaitForWindowActive(window)
    select(window, "session.guests", 0)
    days = field(window, "session.guests[0].days")

    def type_and_leave(text: str):
        days.setFocus()
        days.selectAll()
        key_text(days, text)
        QTest.keyClick(days, Qt.Key.Key_Tab)
        assert not days.hasFocus()
        QApplication.processEvents()
    type_and_leave("2")  # Latin digits, as a keyboard may type them
    assert window.document.model.session.guests[0].days == [2]
    assert days.text() == "\u200f۲"
    assert min(_inked_columns(days)) > days.width() / 2  # at the right, where Persian starts
    type_and_leave("1, 2")
    assert days.text() == "\u200f۱ و ۲" and window.document.model.session.guests[0].days == [1, 2]
    assert min(_inked_columns(days)) > days.width() / 2


@pytest.mark.parametrize("path, label", [("session.city", "شهر"), ("session.attendance", "حاضران")])
def test_undo_and_redo_in_a_fields_context_menu_act_on_the_form_after_typing(window, example, qtbot, path, label):
    """A city (a line, not spell-checked) and the attendance (a paragraph, spell-checked)."""
    from PySide6.QtCore import QPoint

    from gui_helpers import field, on_menu

    window.document.load(example, None)
    assert window.spelling is None  # the form's undo is in the menu from the start, before the spell check
    widget = field(window, path)
    before = window.document.get(path)
    type_into(window, path, "برلین")
    seen = []

    def choose(entry: int):
        def act(menu):
            actions = [a for a in menu.actions() if not a.isSeparator()]
            seen.append([(a.text(), a.isEnabled()) for a in actions[:2]])
            if not actions[entry].isEnabled():
                menu.close()  # grey: a user can only close the menu
                return
            menu.setActiveAction(actions[entry])
            QTest.keyClick(menu, Qt.Key.Key_Return)
        on_menu(act)
        assert widget.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu  # a right click asks for it
        widget.customContextMenuRequested.emit(QPoint(5, 5))  # a right click in the field
    choose(0)  # Undo
    assert window.document.get(path) == before
    choose(1)  # Redo
    assert window.document.get(path) == "برلین"
    text = widget.text() if hasattr(widget, "text") else widget.toPlainText()
    assert text == "برلین"
    (undo, redo), (_, redone) = seen
    assert undo[1] and undo[0].startswith("&واگرد") and label in undo[0] and not redo[1]
    assert redone[1] and redone[0].startswith("&انجام دوباره")


def test_new_from_this_announcement_can_open_in_a_new_window(window, monkeypatch):
    from PySide6.QtWidgets import QCheckBox, QDialogButtonBox

    from announcer.gui import mainwindow
    from conftest import EXAMPLE
    from gui_helpers import answered

    monkeypatch.undo()  # the real dialog
    window.files.open_path(EXAMPLE)
    type_into(window, "session.city", "برلین")  # unsaved: it stays as it is, asked nothing

    def in_a_new_window(dialog):
        box = dialog.findChild(QCheckBox, "newWindow")
        assert not box.isChecked()  # at first the draft replaces this one, as before
        box.click()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    opened, _ = answered(window.new_from, in_a_new_window)
    try:
        assert opened is not window and opened in mainwindow._spawned and opened.isVisible()
        assert opened.document.path is None and opened.document.model.publication.issue == 224
        assert window.document.path == EXAMPLE and window.document.model.session.city == "برلین"
        assert window.document.modified

        def remembered(dialog):
            assert dialog.findChild(QCheckBox, "newWindow").isChecked()
            dialog.reject()
        answered(window.ui.actionNewFrom.trigger, remembered)
    finally:
        opened.close()
