"""The date picker and the composed text agree on every day it offers."""

import datetime as dt

from PySide6.QtCore import QCalendar, QDate

from announcer.dates import Calendar, format_date, from_jalali, to_jalali
from announcer.gui.widgets import from_qdate, jalali_picker_range, to_qdate
from gui_helpers import add, choose, field


def test_picker_and_composed_text_agree_for_every_day_1300_to_1435(window):
    choose(window, "settings.calendar", Calendar.JALALI)
    add(window, "session.days")
    edit = field(window, "session.days[0]")
    picker = edit.make_picker()
    qt_jalali = picker.calendar()
    assert qt_jalali.name() == QCalendar(QCalendar.System.Jalali).name()
    first, last = jalali_picker_range()
    assert (to_jalali(first), to_jalali(last)) == ((1300, 1, 1), (1435, 12, 29))
    assert (from_qdate(picker.minimumDate()), from_qdate(picker.maximumDate())) == (first, last)
    day, checked = first, 0
    while day <= last:
        qdate = to_qdate(day)
        parts = qt_jalali.partsFromDate(qdate)  # what the picker shows for this cell
        assert (parts.year, parts.month, parts.day) == to_jalali(day), day
        assert from_qdate(qdate) == day  # what picking the cell stores
        day += dt.timedelta(days=1)
        checked += 1
    assert checked == (last - first).days + 1 > 49_000


def test_picking_a_day_sets_the_model_and_the_text(window):
    choose(window, "settings.calendar", Calendar.JALALI)
    add(window, "session.days")
    edit = field(window, "session.days[0]")
    edit.show_picker()
    edit.popup.clicked.emit(to_qdate(from_jalali(1386, 9, 24)))
    assert window.session.model.session.days == [dt.date(2007, 12, 15)]
    assert edit.text() == "۲۴ آذر ۱۳۸۶" == format_date(dt.date(2007, 12, 15), Calendar.JALALI)
    assert not edit.popup.isVisible()


def test_qt_and_the_official_table_differ_after_the_picker_range():
    # Why the picker stops at 1435: Qt puts Nowruz 1437 on 20 March 2058, the official table on the 21st.
    parts = QCalendar(QCalendar.System.Jalali).partsFromDate(QDate(2058, 3, 21))
    assert (parts.year, parts.month, parts.day) != to_jalali(dt.date(2058, 3, 21)) == (1437, 1, 1)


def test_a_bad_date_is_marked_at_its_field_and_the_text_kept(window):
    add(window, "session.days")
    from gui_helpers import type_into
    type_into(window, "session.days[0]", "1404/12/30")
    window.validate()
    edit = field(window, "session.days[0]")
    assert edit.text() == "1404/12/30"
    assert edit.property("problem") is True
    assert edit.toolTip() == "این روز در تقویم شمسی وجود ندارد"
    assert window.session.model.session.days == [dt.date.today()]  # the last good value
    type_into(window, "session.days[0]", "1404/12/29")
    window.validate()
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
