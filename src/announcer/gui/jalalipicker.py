"""A month view for picking a day of the Jalali calendar: a Persian calendar page,
Saturday first and Friday the weekend, drawn from the core's dates (jdatetime's
official leap rule) rather than Qt's Jalali QCalendar, which is a day off from 1437 AP.

With both calendars, each day also shows its Gregorian day number. Digits follow the
interface's language. Keys: arrows move the day, Page Up/Down the month, Enter picks,
Escape closes."""

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from ..dates import GREGORIAN_MONTHS, JALALI_MONTHS, jalali_month, to_jalali
from ..model import FIRST_DATE, LAST_DATE
from ..persian.digits import number

WEEKDAY_INITIALS = ("ش", "ی", "د", "س", "چ", "پ", "ج")  # Saturday to Friday
_FRIDAY = 6
_FIRST, _LAST = (1300, 1), (1499, 12)  # the months every date of a draft may fall in


class JalaliMonthView(QFrame):
    """A popup month page; `picked` carries the Gregorian date of the day chosen."""

    picked = Signal(object)  # datetime.date

    def __init__(self, parent, current: dt.date, both: bool, persian_digits: bool):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.Box)
        self.both, self.digits = both, persian_digits
        self.selected = min(max(current, FIRST_DATE), LAST_DATE)
        self.year, self.month, _ = to_jalali(self.selected)
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.buttons = [QToolButton(self) for _ in range(42)]  # six weeks of seven days
        self._lay_out()
        self.show_month()

    def _lay_out(self) -> None:
        back, forward = QToolButton(self, text="‹"), QToolButton(self, text="›")
        back.clicked.connect(lambda: self.step(-1))
        forward.clicked.connect(lambda: self.step(1))
        header = QHBoxLayout()
        for widget in (back, self.title, forward):  # in a right-to-left window, «‹» stands right: earlier
            header.addWidget(widget, 1 if widget is self.title else 0)
        grid = QGridLayout()
        for column, initial in enumerate(WEEKDAY_INITIALS):
            label = QLabel(initial, alignment=Qt.AlignmentFlag.AlignCenter)
            if column == _FRIDAY:
                label.setStyleSheet("color: #c0392b")
            grid.addWidget(label, 0, column)
        for n, button in enumerate(self.buttons):
            button.setAutoRaise(True)
            button.setCheckable(True)
            button.setMinimumSize(40, 40 if self.both else 30)
            button.clicked.connect(lambda _=False, b=button: self.picked.emit(b.property("day")))
            grid.addWidget(button, 1 + n // 7, n % 7)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(grid)

    def show_month(self) -> None:
        """Fill the page for self.year and self.month."""
        cells = [day for week in jalali_month(self.year, self.month) for day in week]
        cells += [None] * (42 - len(cells))
        for button, day in zip(self.buttons, cells):
            button.setProperty("day", day)
            button.setVisible(day is not None)
            if day is None:
                continue
            text = number(to_jalali(day)[2], self.digits)
            button.setText(f"{text}\n{number(day.day, self.digits)}" if self.both else text)
            button.setEnabled(FIRST_DATE <= day <= LAST_DATE)
            button.setChecked(day == self.selected)
            button.setStyleSheet("color: #c0392b" if self.buttons.index(button) % 7 == _FRIDAY else "")
        self.title.setText(self._title([day for day in cells if day is not None]))

    def _title(self, days: list[dt.date]) -> str:
        title = f"{JALALI_MONTHS[self.month - 1]} {number(self.year, self.digits)}"
        if not self.both:
            return title
        first, last = days[0], days[-1]
        months = GREGORIAN_MONTHS[first.month - 1] if first.month == last.month else \
            f"{GREGORIAN_MONTHS[first.month - 1]}–{GREGORIAN_MONTHS[last.month - 1]}"
        return f"{title} ({months} {number(last.year, self.digits)})"

    def step(self, months: int) -> None:
        """Turn the page by months, within 1300–1499 AP."""
        index = max(min(self.year * 12 + self.month - 1 + months, _LAST[0] * 12 + _LAST[1] - 1),
                    _FIRST[0] * 12 + _FIRST[1] - 1)
        self.year, self.month = divmod(index, 12)
        self.month += 1
        self.show_month()

    def keyPressEvent(self, event) -> None:
        moves = {Qt.Key.Key_Right: -1, Qt.Key.Key_Left: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if self.layoutDirection() == Qt.LayoutDirection.LeftToRight:
            moves[Qt.Key.Key_Right], moves[Qt.Key.Key_Left] = 1, -1
        key = event.key()
        if key in moves:
            self.select(self.selected + dt.timedelta(days=moves[key]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.step(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.picked.emit(self.selected)
        else:
            super().keyPressEvent(event)  # Escape closes the popup

    def select(self, day: dt.date) -> None:
        """Mark day, turning to its month."""
        self.selected = min(max(day, FIRST_DATE), LAST_DATE)
        self.year, self.month, _ = to_jalali(self.selected)
        self.show_month()
