"""The date picker and the composed text agree on every day it offers."""

import datetime as dt

from PySide6.QtCore import QCalendar, QDate, Qt
from PySide6.QtTest import QTest


from announcer.dates import JALALI_MONTHS, Calendar, format_date, from_jalali, to_jalali
from announcer.persian.digits import number
from conftest import ROOT
from gui_helpers import add, choose, field

SHOTS = ROOT / "out" / "screenshots"


def test_the_jalali_month_view_agrees_with_jdatetime_for_every_day_1300_to_1499(window):
    choose(window, "settings.calendar", Calendar.JALALI)
    add(window, "session.days")
    edit = field(window, "session.days[0]")
    edit.current = from_jalali(1300, 1, 1)
    view = edit.make_picker()
    checked = 0
    for page in range(2400):  # every month, turned page by page as Page Down does
        assert view.title.text().startswith(f"{JALALI_MONTHS[page % 12]} {number(1300 + page // 12)}")
        for button in view.buttons:
            day = button.property("day")
            if day is not None:
                assert button.text() == number(to_jalali(day)[2]), day  # the cell shows its Jalali day
                checked += 1
        view.step(1)
    assert checked == (from_jalali(1500, 1, 1) - from_jalali(1300, 1, 1)).days > 73_000
    view.step(1)  # the last page stays: no day past 1499
    assert view.title.text().startswith("اسفند ۱۴۹۹")


def test_both_calendars_show_both_day_numbers_and_picking_sets_the_day(window):
    choose(window, "settings.calendar", Calendar.BOTH)
    add(window, "session.days")
    edit = field(window, "session.days[0]")
    edit.current = dt.date(2007, 12, 15)
    edit.show_picker()
    view = edit.popup
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(SHOTS / "jalali-picker-both-fa.png"))  # for a person to look at
    assert view.title.text() == "آذر ۱۳۸۶ (نوامبر–دسامبر ۲۰۰۷)"
    (button,) = [b for b in view.buttons if b.property("day") == dt.date(2007, 12, 16)]
    assert button.text() == "۲۵\n۱۶" and button.isVisible()
    assert view.buttons.index(button) % 7 == 1  # a Sunday: the second column of a Persian week
    button.click()
    assert window.document.model.session.days == [dt.date(2007, 12, 16)] and not view.isVisible()


def test_picking_a_day_sets_the_model_and_the_text(window):
    choose(window, "settings.calendar", Calendar.JALALI)
    add(window, "session.days")
    edit = field(window, "session.days[0]")
    edit.show_picker()
    edit.popup.select(from_jalali(1386, 9, 23))
    QTest.keyClick(edit.popup, Qt.Key.Key_Left)  # the next day: left, in a right-to-left page
    QTest.keyClick(edit.popup, Qt.Key.Key_Return)
    assert window.document.model.session.days == [dt.date(2007, 12, 15)]
    assert edit.text() == "۲۴ آذر ۱۳۸۶" == format_date(dt.date(2007, 12, 15), Calendar.JALALI)
    assert not edit.popup.isVisible()


def test_qt_and_the_official_table_differ_after_1435():
    # Why the month view is ours: Qt puts Nowruz 1437 on 20 March 2058, the official table on the 21st.
    parts = QCalendar(QCalendar.System.Jalali).partsFromDate(QDate(2058, 3, 21))
    assert (parts.year, parts.month, parts.day) != to_jalali(dt.date(2058, 3, 21)) == (1437, 1, 1)


def test_a_bad_date_is_marked_at_its_field_and_the_text_kept(window):
    add(window, "session.days")
    from gui_helpers import type_into
    type_into(window, "session.days[0]", "1404/12/30")
    window.checking.validate()
    edit = field(window, "session.days[0]")
    assert edit.text() == "1404/12/30"
    assert edit.property("problem") is True
    assert edit.toolTip() == "این روز در تقویم شمسی وجود ندارد"
    assert window.document.model.session.days == [dt.date.today()]  # the last good value
    type_into(window, "session.days[0]", "1404/12/29")
    window.checking.validate()
    assert edit.property("problem") is False and edit.toolTip() == ""


def test_alt_down_opens_the_picker_from_either_arrow_key(window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    add(window, "session.days")
    edit = field(window, "session.days[0]")
    for modifiers in (Qt.KeyboardModifier.AltModifier,
                      Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.KeypadModifier):
        edit.popup = None
        QTest.keyClick(edit, Qt.Key.Key_Down, modifiers)
        assert edit.popup is not None and edit.popup.isVisible()
        edit.popup.close()
    edit.popup = None
    QTest.keyClick(edit, Qt.Key.Key_Down)  # without Alt, the arrow is the field's own
    assert edit.popup is None


def test_the_picker_rests_on_friday_and_starts_on_saturday(window):
    from PySide6.QtCore import Qt

    add(window, "session.days")
    picker = field(window, "session.days[0]").make_picker()
    colour = {day: picker.weekdayTextFormat(day).foreground().color().name() for day in Qt.DayOfWeek}
    assert picker.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    assert colour[Qt.DayOfWeek.Friday] != colour[Qt.DayOfWeek.Thursday]  # the weekend's colour
    assert colour[Qt.DayOfWeek.Saturday] == colour[Qt.DayOfWeek.Sunday] == colour[Qt.DayOfWeek.Thursday]
