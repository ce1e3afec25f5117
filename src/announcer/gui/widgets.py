"""Widgets the window needs that Qt lacks: a date field for either calendar, an
editable, reorderable list of records with a detail form, and the preview's page view.

Qt's namespace (Qt.Key …) and the calendar popup are imported where they are used, not
at the top: PySide builds the Python enums of the whole namespace on first use, 20–30 ms
that the editor's start need not pay."""

import datetime as dt
import typing
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QDate, QEvent, QMimeData, QObject, QPoint, QStringListModel, Signal
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLineEdit, QListView, QTextEdit,
                               QToolButton, QVBoxLayout, QWidget)

from ..dates import Calendar
from ..locations import ICONS

def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())  # QDate's parts are Gregorian whatever it displays


class DateEdit(QLineEdit):
    """A date typed with any digits in either calendar, or picked from a month view.

    The text is the date as the document writes it; reading it back is the binder's
    job (through the core's dates module). `picked` fires when a day is chosen."""

    picked = Signal(object)  # datetime.date

    def __init__(self, parent=None):
        super().__init__(parent)
        self.calendar = Calendar.GREGORIAN  # the document's: which month view to offer
        self.current: dt.date | None = None
        self.popup = None  # the calendar, while it is open
        action = self.addAction(QIcon(str(ICONS / "calendar.svg")), QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(self.tr("Pick a date (Alt+Down)"))
        action.triggered.connect(self.show_picker)

    def keyPressEvent(self, event) -> None:
        from PySide6.QtCore import Qt

        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier  # the keypad's arrow too
        if event.key() == Qt.Key.Key_Down and modifiers == Qt.KeyboardModifier.AltModifier:
            self.show_picker()
        else:
            super().keyPressEvent(event)

    def make_picker(self):
        """The month view of the document's calendar: a Persian page for the Jalali
        calendar (with the Gregorian day numbers too, for both), Qt's own for the Gregorian."""
        if self.calendar is not Calendar.GREGORIAN:
            from .jalalipicker import JalaliMonthView

            picker = JalaliMonthView(self, self.current or dt.date.today(), both=self.calendar.writes_both,
                                     persian_digits=self.isRightToLeft())
            picker.picked.connect(self.choose_day)
            return picker
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QCalendarWidget

        picker = QCalendarWidget(self)
        picker.setWindowFlags(Qt.WindowType.Popup)
        picker.setFirstDayOfWeek(Qt.DayOfWeek.Saturday)
        # The Persian week rests on Friday, not on Qt's Saturday and Sunday.
        workday, rest = picker.weekdayTextFormat(Qt.DayOfWeek.Monday), picker.weekdayTextFormat(Qt.DayOfWeek.Sunday)
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            picker.setWeekdayTextFormat(day, workday)
        picker.setWeekdayTextFormat(Qt.DayOfWeek.Friday, rest)
        picker.setSelectedDate(to_qdate(self.current or dt.date.today()))
        picker.clicked.connect(self.choose)
        picker.activated.connect(self.choose)
        return picker

    def show_picker(self) -> None:
        self.popup = self.make_picker()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.setFocus()

    def choose(self, day: QDate) -> None:
        self.choose_day(from_qdate(day))

    def choose_day(self, day: dt.date) -> None:
        if self.popup:
            self.popup.close()
        self.picked.emit(day)


def start_right_when_empty(edit: QLineEdit) -> None:
    """Keep an empty one-line field's cursor at the right, where Persian starts.

    With text, Qt aligns it to the start of its own direction; empty, it follows the
    keyboard's direction, which Linux reports as left to right whatever the layout. Called
    on the field's first focus: naming Qt's namespace before the first paint costs the
    start 15–30 ms (docs/performance.md)."""
    from PySide6.QtCore import Qt

    if edit.property("startsRight"):
        return
    edit.setProperty("startsRight", True)
    own = edit.alignment()
    at_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

    def follow(text: str) -> None:
        edit.setAlignment(own if text else at_right)
    edit.textChanged.connect(follow)
    follow(edit.text())


class ParagraphEdit(QTextEdit):
    """Free text in paragraphs as a Persian editor shows it: each paragraph aligned to the
    start of its own direction (a Persian one right, a Latin one left), and the cursor of
    an empty field at the right, where Persian starts. Pasted formatting is dropped.

    QPlainTextEdit aligns every paragraph left whatever its direction; QTextEdit follows
    each paragraph's own. An empty paragraph has no direction of its own, so the field
    gives it right to left from its first focus on (the cursor shows only then)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setProperty("layoutDirection", 1)  # Qt.RightToLeft as a number: see start_right_when_empty
        self._following = False

    def focusInEvent(self, event) -> None:
        if not self._following:
            self._following = True
            self.textChanged.connect(self._direction_when_empty)
            self._direction_when_empty()
        super().focusInEvent(event)

    def _direction_when_empty(self) -> None:
        from PySide6.QtCore import Qt

        option = self.document().defaultTextOption()
        wanted = Qt.LayoutDirection.RightToLeft if self.document().isEmpty() else Qt.LayoutDirection.LayoutDirectionAuto
        if option.textDirection() != wanted:
            option.setTextDirection(wanted)
            self.document().setDefaultTextOption(option)


class WholeWidth(QObject):
    """Keeps a scroll area (the form's) at least as wide as what it holds needs: its
    fields and list buttons are never cut off at the pane's edge, however the window or
    the splitter narrows it (the preview beside it refits). Watches the content's layout,
    which grows when a kind of section's form is first shown.

    It keeps no state of its own: PySide may hand Qt's call to a new Python wrapper of
    this object, without the attributes the first one had."""

    def __init__(self, area):
        super().__init__(area)
        area.widget().installEventFilter(self)
        _fit_width(area)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # Its parent is the scroll area; not the content's parent, the viewport: a plain
            # QWidget that Qt made, whose Python type PySide finds by trying every widget
            # class (45 classes and their enums built, 30 M instructions at start).
            _fit_width(self.parent())
        return False


def _fit_width(area) -> None:
    needed = area.widget().minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width() + 2 * area.frameWidth()
    if area.minimumWidth() != needed:
        area.setMinimumWidth(needed)


def focus_order(form: QWidget) -> list[QWidget]:
    """The fields of a form in its reading order (the order of the .ui file, which made
    them): each widget bound to a field, and a record list's list and buttons."""
    order = []
    for child in form.findChildren(QWidget):  # depth first, in the order they were made
        if isinstance(child, RecordList):
            order += [child.list, child.add_button, child.remove_button, child.up_button, child.down_button]
        elif child.property("field") is not None:
            order.append(child)
    return order


# Qt's item data roles, as numbers: naming Qt.ItemDataRole would build Qt's namespace
# with the first row drawn (see start_right_when_empty).
_DISPLAY, _TOOLTIP, _FOREGROUND = 0, 3, 9
_ROW_TYPE = "application/x-announcer-row"  # what a row dragged carries: its number


class Rows(QStringListModel):
    """A record list's rows, each summarised when a view first asks for its text, which
    it does for the rows it shows: the sections' list of a draft 200 times the example
    has 1,004 rows, and summarising each and making its row at the start cost 115 M
    instructions. A row's text is kept until its record changes.

    A QStringListModel for its flags, which Qt answers (a row is dragged and dropped
    between two others): a model whose flags Python answers builds Qt's namespace with
    the first row drawn (126 M, docs/performance.md). Its own list holds a blank for each
    record, so that whatever Qt asks of it stays within it; it is never shown, and the list
    cannot be edited in place (RowList).

    It only shows and asks: a row moved by a drag is `moved`, for the binder to move its
    record, after which the list shows the records again."""

    moved = Signal(int, int)  # from row, to row

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary: Callable[[int], str] = str  # a row's text: set by show()
        self.texts: dict[int, str] = {}  # the rows' texts made so far
        self.tips: dict[int, str] = {}  # the rows marked, with their tooltips
        self.ink: QBrush | None = None  # the marked rows' text colour

    def show(self, count: int, summary: Callable[[int], str], changed: int | None = None) -> bool:
        """Show count records, summarised by summary(row); changed: the one record that
        changed, or None for any. True when the rows were made again (no row is current)."""
        self.summary = summary
        if count != self.rowCount():
            self.texts.clear()
            self.tips.clear()
            self.setStringList([""] * count)
            return True
        if changed is not None and changed < count:
            self.texts.pop(changed, None)
            self.dataChanged.emit(self.index(changed), self.index(changed))
        elif count:
            self.texts.clear()
            self.tips.clear()
            self.dataChanged.emit(self.index(0), self.index(count - 1))
        return False

    def mark(self, tips: dict[int, str], ink: QBrush) -> None:
        """Colour the rows of tips with ink, each with its tooltip; the others as the list's text."""
        self.tips, self.ink = tips, ink
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def data(self, index, role=_DISPLAY):
        row = index.row()
        if not 0 <= row < self.rowCount():
            return None
        if role == _DISPLAY:
            if row not in self.texts:
                self.texts[row] = self.summary(row)
            return self.texts[row]
        if role == _TOOLTIP:
            return self.tips.get(row)
        if role == _FOREGROUND and row in self.tips:
            return self.ink
        return None

    def moveRows(self, _parent, source, count, _destination_parent, destination) -> bool:
        """A row dropped between two others (Qt's list view asks the model to move it)."""
        if count != 1:
            return False
        self.moved.emit(source, destination if destination < source else destination - 1)
        return True

    def mimeTypes(self) -> list[str]:
        return [_ROW_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        data.setData(_ROW_TYPE, QByteArray(str(indexes[0].row()).encode()))
        return data

    def dropMimeData(self, data, _action, _row, _column, parent) -> bool:
        """A row dropped onto another (its rows take drops, as a QStringListModel's do):
        it takes that one's place. False: the binder moved it, and Qt is to remove nothing."""
        source = bytes(data.data(_ROW_TYPE).data()).decode()
        if parent.isValid() and source.isdigit() and int(source) != parent.row():
            self.moved.emit(int(source), parent.row())
        return False


class RowList(QListView):
    """The list of a RecordList: its rows (Rows), one selected, none edited in place, and
    the current row as QListWidget tells it."""

    currentRowChanged = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = Rows(self)
        self.setModel(self.rows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.selectionModel().currentRowChanged.connect(self._current)

    def _current(self, current, _previous) -> None:
        self.currentRowChanged.emit(current.row())

    def currentRow(self) -> int:
        return self.currentIndex().row()

    def setCurrentRow(self, row: int) -> None:
        self.setCurrentIndex(self.rows.index(row))

    def count(self) -> int:
        return self.rows.rowCount()

    def text(self, row: int) -> str:
        return self.rows.index(row).data()


class RecordList(QWidget):
    """A list of records: add, remove, move up/down, drag to reorder, all from the
    keyboard too (Insert, Delete, Ctrl+Up, Ctrl+Down in the list), and a detail form below it
    for the selected record. It only shows and asks; the binder changes the model.

    Its buttons stand in a column beside the list, at its top: the list grows with its
    records, and a + below it moved down with each one added."""

    addRequested = Signal()
    removeRequested = Signal(int)
    moveRequested = Signal(int, int)  # from row, to row
    currentChanged = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = RowList(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        # Every row is one line (fieldmarks.short): the view measures one (the last), not each
        # of them, which at 200x the example (1,004 sections) was 412 M instructions of the
        # start. A row wider than the list ends in «…» instead of scrolling it sideways.
        self.list.setUniformItemSizes(True)
        if not QApplication.isRightToLeft():  # the records are Persian in any interface language
            from PySide6.QtCore import Qt

            self.list.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._fit(0)
        self.list.currentRowChanged.connect(self.currentChanged)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.rows.moved.connect(self.moveRequested)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.buttons = QHBoxLayout()  # the caller's buttons (add_tool), under the list
        self.tools: list[QWidget] = []
        self.add_button = self._button("+", self.tr("Add (Insert)"))
        self.remove_button = self._button("−", self.tr("Remove (Delete)"))
        self.up_button = self._button("▲", self.tr("Move up (Ctrl+Up)"))
        self.down_button = self._button("▼", self.tr("Move down (Ctrl+Down)"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            column.addWidget(button)
        column.addStretch()
        self.buttons.addStretch()
        self.add_button.clicked.connect(self.addRequested)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.list.installEventFilter(self)  # the list's own key handling would take these keys first
        self.detail_host = QWidget(self)
        QVBoxLayout(self.detail_host).setContentsMargins(12, 0, 0, 0)
        beside = QHBoxLayout()
        beside.addWidget(self.list)
        beside.addLayout(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(beside)
        layout.addLayout(self.buttons)
        layout.addWidget(self.detail_host)
        self._update_buttons()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt

            key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
            actions = {(Qt.Key.Key_Insert, False): self.addRequested.emit, (Qt.Key.Key_Delete, False): self._remove,
                       (Qt.Key.Key_Up, True): lambda: self._move(-1), (Qt.Key.Key_Down, True): lambda: self._move(1)}
            action = actions.get((key, bool(ctrl)))
            if action:
                action()
                return True
        return False

    def _button(self, symbol: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(symbol)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setMinimumWidth(32)
        return button

    def add_tool(self, button: QWidget) -> None:
        """A button of the caller's in a row under the list, next after the list's own
        buttons for Tab."""
        self.buttons.insertWidget(len(self.tools), button)
        QWidget.setTabOrder(self.tools[-1] if self.tools else self.down_button, button)
        self.tools.append(button)

    def set_detail(self, widget: QWidget) -> None:
        """Show a form below the list; Tab goes from the list's buttons into it, then on
        to what followed them (a form loaded later is last in the window's focus chain)."""
        self.detail_host.layout().addWidget(widget)
        widget.show()  # a form loaded on its own starts hidden once the window is on screen
        previous = self.tools[-1] if self.tools else self.down_button
        for field in focus_order(widget):
            QWidget.setTabOrder(previous, field)
            previous = field

    def show_rows(self, records: list, summary: Callable[[typing.Any], str], changed: int | None = None) -> None:
        """Show the records, the list asking summary(record) for each row it shows, keeping
        the selection where it can; changed: the one record that changed (only its row is
        summarised again), or None for any. Quietly: the caller, who changed the records,
        shows the selected one itself."""
        row, count = self.list.currentRow(), len(records)
        self.list.blockSignals(True)
        if self.list.rows.show(count, lambda at: summary(records[at]), changed):
            self.list.setCurrentRow(min(row, count - 1) if row >= 0 else (0 if count else -1))
            self._fit(count)
        self.list.blockSignals(False)
        self._update_buttons()

    def mark_rows(self, tips: dict[int, str], ink: QBrush) -> None:
        """Colour the rows of tips with ink, each with its tooltip (a record's problems)."""
        self.list.rows.mark(tips, ink)

    def _fit(self, rows: int) -> None:
        """Grow with the records, from five rows (the height of the buttons beside it) to
        eight; past that the list scrolls."""
        row = self.list.sizeHintForRow(0) if rows else self.list.fontMetrics().height() + 6
        self.list.setFixedHeight(min(max(rows, 5), 8) * row + 2 * self.list.frameWidth() + 4)

    def select(self, row: int) -> None:
        if row == self.list.currentRow():
            self.currentChanged.emit(row)  # the same row may hold another record now
        else:
            self.list.setCurrentRow(row)  # which tells currentChanged

    def _update_buttons(self, *_) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.detail_host.setVisible(row >= 0)  # no record, no form to fill

    def _remove(self) -> None:
        if self.list.currentRow() >= 0:
            self.removeRequested.emit(self.list.currentRow())

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        if 0 <= row + step < self.list.count() and row >= 0:
            self.moveRequested.emit(row, row + step)
