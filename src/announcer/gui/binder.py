"""Binds the form's widgets to the model by field path.

A widget with the dynamic property `field` (set in Designer) shows and edits the
model value at that path, relative to the binder's base; a RecordList gets a binder
of its own for its detail form, based at the selected record (the list of the body's
sections, marked `kinds`, one for each kind's form: parts.py). Edits go to the
session as undoable commands; after any change every widget is brought up to date
(except the one being typed in), so undo and redo show in the form."""

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QSpinBox,
                               QWidget)

from .. import schema
from ..dates import Calendar, DateError, DateWord, format_date, parse_date
from ..model import AgendaLayout, ElectionLayout, OfficeOf, Quorum, ResolutionKind, Voice, Vote
from ..persian.digits import number, parse_int
from ..persian.joining import join
from ..problems import Problem
from .letterhead import ImageField
from .uiload import load_ui
from .widgets import DateEdit, ParagraphEdit, RecordList, start_right_when_empty


def enum_labels() -> dict:
    return {  # literal calls, so that lupdate finds the strings
        Calendar.GREGORIAN: QCoreApplication.translate("Binder", "Gregorian, with Persian month names"),
        Calendar.JALALI: QCoreApplication.translate("Binder", "Jalali (Solar Hijri)"),
        Calendar.BOTH: QCoreApplication.translate("Binder", "Both, Gregorian first («… برابر با …»)"),
        Calendar.BOTH_JALALI_FIRST: QCoreApplication.translate("Binder", "Both, Jalali first, Gregorian in parentheses"),
        # English words between the Persian ones, so that a left-to-right line keeps their order.
        DateWord.DAY: QCoreApplication.translate("Binder", "«روز» or «روزهای»"),
        DateWord.DATED: QCoreApplication.translate("Binder", "«مورخ»"),
        DateWord.ON_THE_DATE: QCoreApplication.translate("Binder", "«در تاریخ» or «در تاریخ‌های»"),
        ResolutionKind.DECISION: QCoreApplication.translate("Binder", "Decision («… approved that …»)"),
        ResolutionKind.AUTHORISATION: QCoreApplication.translate("Binder", "Authorisation («… gave … authority to …»)"),
        ResolutionKind.TEXT: QCoreApplication.translate("Binder", "Free text"),
        Vote.UNRECORDED: QCoreApplication.translate("Binder", "Not recorded"),
        Vote.UNANIMOUS: QCoreApplication.translate("Binder", "Unanimous («به اتفاق آرا»)"),
        Vote.MAJORITY: QCoreApplication.translate("Binder", "By majority («با اکثریت آرا»)"),
        Vote.COUNTED: QCoreApplication.translate("Binder", "By count of votes (for, against, abstentions)"),
        OfficeOf.DECIDING_BODY: QCoreApplication.translate("Binder", "The body that met («… به دبیری کمیته»)"),
        OfficeOf.ELECTED_BODY: QCoreApplication.translate("Binder", "The body elected («… به دبیری هیئت مدیره»)"),
        AgendaLayout.INLINE: QCoreApplication.translate("Binder", "Inside the paragraph"),
        AgendaLayout.LIST: QCoreApplication.translate("Binder", "One numbered line per item"),
        Quorum.REACHED: QCoreApplication.translate("Binder", "Reached (said with the count of those present)"),
        Quorum.NOT_REACHED: QCoreApplication.translate("Binder", "Not reached («جلسه به حد نصاب نرسید»)"),
        Quorum.POSTPONED: QCoreApplication.translate("Binder", "Not reached, meeting put off («… و به زمان دیگری موکول شد»)"),
        Voice.SPEECH: QCoreApplication.translate("Binder", "A speech («… سخنرانی کرد»)"),
        Voice.REPORT: QCoreApplication.translate("Binder", "A report («… گزارشی ارائه داد»)"),
        Voice.MESSAGE_SENT: QCoreApplication.translate("Binder", "A message sent («… پیامی به جلسه فرستاد»)"),
        Voice.MESSAGE_READ: QCoreApplication.translate("Binder", "A message read out («پیام … در جلسه قرائت شد»)"),
        ElectionLayout.SENTENCE: QCoreApplication.translate("Binder", "In a sentence («… انتخاب شدند»)"),
        ElectionLayout.LINE: QCoreApplication.translate("Binder", "The names on a line of their own, after the intro"),
        ElectionLayout.LIST: QCoreApplication.translate("Binder", "A numbered line each, after the intro"),
    }


STRONG_FOCUS = 11  # Qt.FocusPolicy.StrongFocus


class InputError(ValueError):
    def __init__(self, fa: str, en: str):
        super().__init__(en)
        self.fa, self.en = fa, en


class _Adapter:
    """How one kind of widget shows and reads a value."""

    live = True  # edits arrive keystroke by keystroke: don't rewrite the field under the cursor

    def __init__(self, binder: "Binder", widget: QWidget, rel: str):
        self.binder, self.widget, self.rel = binder, widget, rel

    @property
    def path(self) -> str:
        return self.binder.path(self.rel)

    def edited(self, *_):
        self.binder.edited(self)


class _LineAdapter(_Adapter):
    def connect(self):
        self.widget.textEdited.connect(self.edited)
        self.widget.editingFinished.connect(self.finished)

    def finished(self):
        """Leaving the field ends its undo step and shows the value as the document writes it."""
        self.binder.end_typing()
        if self.path not in self.binder.root.input_problems:
            self.widget.blockSignals(True)
            self.show(self.binder.session.get(self.path))
            self.widget.blockSignals(False)

    def show(self, value):
        if self.widget.text() != value:
            self.widget.setText(value)

    def read(self):
        return self.widget.text()


class _TextAdapter(_Adapter):
    def connect(self):
        self.widget.setUndoRedoEnabled(False)  # the form's undo covers it
        self.widget.textChanged.connect(self.edited)

    def show(self, value):
        if self.widget.toPlainText() != value:
            self.widget.setPlainText(value)

    def read(self):
        return self.widget.toPlainText()


class _IntListAdapter(_LineAdapter):
    """Day numbers typed as «1, 2» in any digits, shown once typed as the document writes
    numbers, right to left: «۱، ۲» after a right-to-left mark, since numbers alone have
    no direction and a line edit laid «2» out left to right."""

    def show(self, value):
        text = "\u200f" + join(number(n, self.binder.digits) for n in value) if value else ""
        if self.widget.text() != text:
            self.widget.setText(text)

    def read(self):
        typed = self.widget.text().replace("\u200f", "")
        parts = [p for p in typed.replace("،", ",").replace("و", ",").replace(" ", ",").split(",") if p]
        try:
            return [parse_int(p) for p in parts]
        except ValueError:
            raise InputError("فقط شمارهٔ روزها، مثلاً ۱، ۲", "day numbers only, e.g. 1, 2") from None


class _SpinAdapter(_Adapter):
    """A whole number in the schema's range; for an optional one, a step below the
    range shows «—» and stands for no value."""

    def connect(self):
        field = schema.at(self.path)
        self.widget.setRange(field.minimum - (1 if field.optional else 0), field.maximum)
        self.widget.valueChanged.connect(self.edited)

    def show(self, value):
        shown = self.widget.minimum() if value is None else value
        if self.widget.value() != shown:
            self.widget.setValue(shown)

    def read(self):
        value = self.widget.value()
        return None if self.widget.specialValueText() and value == self.widget.minimum() else value


class _CheckAdapter(_Adapter):
    def connect(self):
        self.widget.clicked.connect(self.edited)

    def show(self, value):
        self.widget.setChecked(value)

    def read(self):
        return self.widget.isChecked()


class _ComboAdapter(_Adapter):
    def connect(self):
        self.widget.activated.connect(self.edited)

    def show(self, value):
        if not self.widget.count():  # filled on first show, when the value tells the enum
            self.enum = type(value)
            labels = enum_labels()
            for member in self.enum:
                self.widget.addItem(labels[member], member.value)
        self.widget.setCurrentIndex(self.widget.findData(value.value))

    def read(self):
        return self.enum(self.widget.currentData())  # Qt hands back the plain value


class _DateAdapter(_Adapter):
    """Shows the date as the document writes it; reads any typed form back."""

    live = False  # read when the user has finished typing, then shown in the document's form

    def connect(self):
        self.widget.editingFinished.connect(self.finished)
        self.widget.picked.connect(self.picked)

    def picked(self, day: dt.date):
        self.widget.setText(self._format(day))
        self.edited()

    def finished(self):
        """Read the typed date, then show it as the document writes it, even when it is the
        date already stored (typed in the other calendar, or with Latin digits)."""
        self.edited()
        if self.path not in self.binder.root.input_problems:
            self.show(self.binder.session.get(self.path))

    def _format(self, day) -> str:
        settings = self.binder.session.model.settings
        return format_date(day, settings.calendar, settings.persian_digits) if day else ""

    def show(self, value):
        settings = self.binder.session.model.settings
        self.widget.calendar = settings.calendar
        self.widget.current = value
        if self.widget.text() != self._format(value) and self.path not in self.binder.root.input_problems:
            self.widget.setText(self._format(value))

    def read(self):
        text = self.widget.text().strip()
        if not text:
            if self.rel == "":  # a day of the session cannot be empty
                raise InputError("تاریخ را بنویسید یا از تقویم برگزینید", "type a date or pick one")
            return None
        try:
            return parse_date(text)
        except DateError as e:
            raise InputError(e.fa, e.en) from None


class _ImageAdapter(_Adapter):
    """The letterhead's image, chosen from a file (letterhead.ImageField)."""

    live = False

    def connect(self):
        self.widget.changed.connect(self.edited)

    def show(self, value):
        if self.widget.value != value:
            self.widget.show_value(value)

    def read(self):
        return self.widget.value


def _adapter_class(widget: QWidget, field: schema.Field):
    if isinstance(widget, ImageField):
        return _ImageAdapter
    if isinstance(widget, DateEdit):
        return _DateAdapter
    if isinstance(widget, QLineEdit):
        return _IntListAdapter if field.item and field.item.type is int else _LineAdapter
    for cls, adapter in ((ParagraphEdit, _TextAdapter), (QSpinBox, _SpinAdapter), (QCheckBox, _CheckAdapter),
                         (QComboBox, _ComboAdapter)):
        if isinstance(widget, cls):
            return adapter
    raise TypeError(f"no binding for {type(widget).__name__}")


class _ListBinding:
    """A RecordList bound to a list in the model, with a binder for its detail form."""

    def __init__(self, binder: "Binder", widget: RecordList, rel: str):
        self.binder, self.widget, self.rel = binder, widget, rel
        detail = load_ui(widget.property("detail"), widget.detail_host)
        widget.set_detail(detail)
        # Based at the first record until one is selected: its fields are every record's.
        self.detail = Binder(binder.session, detail, base=f"{self.path}[0]", root=binder.root)
        self.summary = widget.property("summary") or ""
        self.texts: list[str] = []  # each row's text, as shown
        widget.addRequested.connect(self.add)
        widget.removeRequested.connect(self.remove)
        widget.moveRequested.connect(self.move)
        widget.currentChanged.connect(self.select)
        # A list of lines (agenda items, topics) or of people (a name each): Enter starts the next.
        for adapter in self.detail.adapters:
            if adapter.rel in ("", "name") and type(adapter) is _LineAdapter:
                adapter.widget.returnPressed.connect(self.add)

    @property
    def path(self) -> str:
        return self.binder.path(self.rel)

    def items(self) -> list:
        return self.binder.session.get(self.path)

    def _text(self, item) -> str:
        if isinstance(item, dt.date):
            settings = self.binder.session.model.settings
            return format_date(item, settings.calendar, settings.persian_digits)
        return short(str(getattr(item, self.summary) if self.summary else item)) or \
            QCoreApplication.translate("Binder", "(empty)")

    def refresh(self, changed: str | None = None):
        """Show the records again after a change at path changed (None: any)."""
        self.texts = row_texts(self.texts, self.items(), self._text, self.path, changed)
        self.widget.set_items(self.texts)
        self.select(self.widget.list.currentRow())

    def select(self, row: int):
        """Show the record at row in the detail form, its problems marked."""
        if row >= 0:
            self.detail.rebase(f"{self.path}[{row}]")
            self.detail.mark_again()

    def add(self):
        row, item = schema.at(self.path).new_item(self.items(), self.widget.list.currentRow())
        text = QCoreApplication.translate("Binder", "new record in “%1”")
        self.binder.session.insert(self.path, row, item, step(text, self.widget))
        self.widget.select(row)
        self.detail.focus_first()

    def remove(self, row: int):
        text = QCoreApplication.translate("Binder", "removal from “%1”")
        self.binder.session.remove(self.path, row, step(text, self.widget))

    def move(self, source: int, target: int):
        text = QCoreApplication.translate("Binder", "move in “%1”")
        self.binder.session.move(self.path, source, target, step(text, self.widget))
        self.widget.select(target)

    # ---- what the binder asks of each of its lists (parts.SectionsBinding answers the same) ----

    def details(self) -> list["Binder"]:
        """The binders of the forms it shows below the list."""
        return [self.detail]

    def label(self, path: str, persian: bool) -> list[str] | None:
        """The names on the way to the field at path, its record numbered: [«مهمانان ۱», «نام»]."""
        if schema.pattern(path) == schema.pattern(self.path):
            return [field_name(self.widget)]
        inner = self.detail.label(path, persian)
        if inner is None:
            return None
        return [f"{field_name(self.widget)} {number(row_in(path, self.path) + 1, persian)}", *inner]

    def focus(self, path: str) -> bool:
        """Show and focus the record that holds path, and its field."""
        if path == self.path:
            self.widget.list.setFocus()
            return True
        if not path.startswith(self.path + "["):
            return False
        row = row_in(path, self.path)
        self.widget.select(row)
        rest = path[len(f"{self.path}[{row}]"):].lstrip(".")
        if not (rest and self.detail.focus(path)):
            self.detail.focus_first() or self.widget.list.setFocus()
        return True

    def mark(self, problems: "ProblemsByField", language: str):
        set_problem(self.widget.list, problems.at(self.path), language)
        self.detail.mark(problems, language)


class Binder(QObject):
    typedProblemsChanged = Signal()  # text that cannot be read appeared or went away
    formLoaded = Signal()  # a list showed a form for the first time (a kind of section): new fields to complete
    refreshed = Signal()  # the widgets show the model again (their signals blocked): the spell check marks them again

    def __init__(self, session, widget: QWidget, base: str = "", root: "Binder | None" = None,
                 sections: type | None = None):
        """`sections`: the binding of a list of the body's sections, of any kind (parts.py,
        which builds on this module and is given by the window, not imported back)."""
        super().__init__(widget)
        self.session, self.base, self.sections = session, base, sections
        self.root = root or self
        self.input_problems: dict[str, Problem] = {}  # typed text that cannot be read, by path
        self.window_keys: set[str] = set()  # the window's shortcuts, which its fields leave to it
        self.editing: QWidget | None = None
        self.marked: tuple[ProblemsByField, str] | None = None  # the problems last marked (kept by the root)
        self.adapters: list[_Adapter] = []
        self.lists: list = []  # a _ListBinding for each RecordList, a parts.SectionsBinding for the body's sections
        self._collect(widget)
        for adapter in self.adapters:
            adapter.connect()
            if isinstance(adapter.widget, (QSpinBox, QComboBox)):
                # Focus by click or Tab, not by the wheel (Qt's WheelFocus), which would let
                # a wheel turned to scroll the form change the number under the pointer.
                adapter.widget.setProperty("focusPolicy", STRONG_FOCUS)  # a number: no Qt namespace at start
            if isinstance(adapter.widget, (QLineEdit, ParagraphEdit, QSpinBox, QComboBox)):
                adapter.widget.installEventFilter(self.root)
        if self.root is self:
            self.session.changed.connect(self.refresh)
            self.session.replaced.connect(self.refresh_all)
            self.refresh_all()

    def _collect(self, widget: QWidget):
        # One search for the widgets that name a field, before any detail form is loaded,
        # so the fields found are this form's own.
        for child in widget.findChildren(QWidget):
            field = child.property("field")
            if field is None:
                continue
            if isinstance(child, RecordList) and child.property("kinds"):  # the body's sections, of any kind
                if self.sections is not None:
                    self.lists.append(self.sections(self, child, field))
            elif isinstance(child, RecordList):
                self.lists.append(_ListBinding(self, child, field))  # its detail has a binder of its own
            else:
                self.adapters.append(_adapter_class(child, self.field(field))(self, child, field))

    def detach(self):
        """Stop following the session (the root binder of a form about to be deleted)."""
        self.session.changed.disconnect(self.refresh)
        self.session.replaced.disconnect(self.refresh_all)

    @property
    def digits(self) -> bool:
        return self.session.model.settings.persian_digits

    def path(self, rel: str) -> str:
        return ".".join(p for p in (self.base, rel) if p).replace(".[", "[")

    def field(self, rel: str) -> schema.Field:
        """What the schema says of the field at rel."""
        return schema.at(self.path(rel))

    # ---- model → widgets ----

    def rebase(self, base: str):
        self.base = base
        self.refresh_all()

    def refresh_all(self):
        self.refresh(None)

    def refresh(self, changed: str | None):
        """Show the model again in the widgets that a change at path `changed` can touch
        (all of them for None or a document setting, which changes how dates and
        numbers are written); never rewrite the field being typed in."""
        if changed is not None and changed.startswith("settings"):
            changed = None
        for adapter in self.adapters:
            if adapter.live and adapter.widget is self.root.editing:
                continue
            if changed is not None and not related(adapter.path, changed):
                continue
            try:
                value = self.session.get(adapter.path)
            except (IndexError, AttributeError):  # the record was removed; its list refreshes next
                continue
            adapter.widget.blockSignals(True)
            adapter.show(value)
            adapter.widget.blockSignals(False)
        for binding in self.lists:
            if changed is None or related(binding.path, changed):
                binding.refresh(changed)
        self.refreshed.emit()

    # ---- widgets → model ----

    def edited(self, adapter: _Adapter):
        path = adapter.path
        try:
            value = _within_limits(adapter.read(), path)
        except InputError as e:
            self.root.input_problems[path] = Problem(path, e.fa, e.en)
            self.root.typedProblemsChanged.emit()  # the model is unchanged; the field keeps its text
            return
        if self.root.input_problems.pop(path, None):
            self.root.typedProblemsChanged.emit()
        self.root.editing = adapter.widget
        text = step(QCoreApplication.translate("Binder", "change to “%1”"), adapter.widget)
        try:
            self.session.set(path, value, text)
        finally:
            self.root.editing = None

    def end_typing(self):
        """Focus left a field: the next edit starts a new undo step."""
        self.session.merge_barrier = True

    def eventFilter(self, watched, event) -> bool:
        # The window's keys win over a field's own: undo and redo cover the whole form, not
        # the field's little history, and Linux line edits would take Ctrl+E as «end of line».
        if event.type() == QEvent.Type.ShortcutOverride and \
                QKeySequence(event.keyCombination()).toString() in self.window_keys:
            event.ignore()
            return True
        if event.type() == QEvent.Type.Wheel and isinstance(watched, (QSpinBox, QComboBox)) and not watched.hasFocus():
            event.ignore()  # a wheel turned to scroll the form scrolls it, and changes no number on the way
            return True  # ignored, it goes on to the scroll area (QApplication::notify)
        if event.type() == QEvent.Type.FocusOut:
            self.end_typing()
        elif event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            start_right_when_empty(watched)
        return False

    # ---- finding and marking fields ----

    def all_adapters(self):
        yield from self.adapters
        for binding in self.lists:
            for detail in binding.details():
                yield from detail.all_adapters()

    def label(self, path: str, persian: bool = True) -> list[str] | None:
        """What the form calls the field at path, as the names on the way to it, a list's
        record numbered (in Persian digits or not): [«مهمانان ۱», «نام»]. None when no
        field of this form holds it."""
        wanted = schema.pattern(path)
        for adapter in self.adapters:
            if schema.pattern(adapter.path) == wanted:
                return [field_name(adapter.widget)]
        for binding in self.lists:
            names = binding.label(path, persian)
            if names is not None:
                return names
        return None

    def focus(self, path: str) -> bool:
        """Show and focus the field for path (or the list record it is in)."""
        for adapter in self.adapters:
            if adapter.path == path:
                adapter.widget.setFocus()
                return True
        return any(binding.focus(path) for binding in self.lists)

    def focus_first(self) -> bool:
        """Focus the first field that can take it, or else the first list (a form that is
        one list, whose records are still to be added)."""
        for adapter in self.adapters:
            if adapter.widget.isEnabled():
                adapter.widget.setFocus()
                return True
        for binding in self.lists:
            binding.widget.list.setFocus()
            return True
        return False

    def mark(self, problems: "list[Problem] | ProblemsByField", language: str):
        """Mark each field that has a problem, with the reason as its tooltip."""
        if not isinstance(problems, ProblemsByField):
            problems = ProblemsByField(problems)
        self.root.marked = (problems, language)
        for adapter in self.adapters:
            set_problem(adapter.widget, problems.at(adapter.path), language)
        for binding in self.lists:
            binding.mark(problems, language)


    def mark_again(self):
        """Mark the fields with the problems last marked: a form that shows another record
        (or another section) shows that one's."""
        if self.root.marked is not None:
            self.mark(*self.root.marked)


def _within_limits(value, path: str):
    """The value read from a field, if the schema takes it: the window accepts nothing
    that the draft file could not hold and reopen."""
    beyond = schema.out_of_range(value, schema.at(path), path) if value is not None else []
    if beyond:
        raise InputError(beyond[0].fa, beyond[0].en)
    return value


def field_name(widget: QWidget) -> str:
    """What the form calls a field: its label, a check box's own text, or else the title
    of the group the field fills."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent else None
    label = layout.labelForField(widget) if isinstance(layout, QFormLayout) else None
    if label is not None:
        text = label.text()
    elif isinstance(widget, QCheckBox):
        text = widget.text()
    else:
        while parent is not None and not isinstance(parent, QGroupBox):
            parent = parent.parentWidget()
        text = parent.title() if parent else ""
    return text.replace("&", "")


def short(text: str) -> str:
    """A record's summary in its list: the text folded, its first 60 characters."""
    text = " ".join(text.split())
    return text[:60] + "…" if len(text) > 60 else text


_INDEX = re.compile(r"\[(\d+)\]")


def row_in(path: str, list_path: str) -> int:
    """The record of the list at list_path (or at another record's list of the same
    field) that path is in: row_in(«a[1].b[2].c», «a[0].b») = 2."""
    return int(_INDEX.findall(path)[list_path.count("[")])


def step(text: str, widget: QWidget) -> str:
    """An undo step's name: a translated «… “%1”» with the field's name in it."""
    return text.replace("%1", field_name(widget))


class ProblemsByField:
    """Problems found by the field that shows them, each lookup a dict's: a field shows
    those at its path and at the items of it («session.days[1]»). Scanning the list for
    every field made 20,000 problems freeze the window for a second at every pause."""

    def __init__(self, problems: list[Problem]):
        self._by_path: dict[str, list[Problem]] = {}
        for p in problems:
            self._by_path.setdefault(p.path, []).append(p)
            bracket = p.path.find("[")
            while bracket > 0:  # «a[1].b[2]» is shown at «a» and at «a[1].b» too
                self._by_path.setdefault(p.path[:bracket], []).append(p)
                bracket = p.path.find("[", bracket + 1)

    def at(self, path: str) -> list[Problem]:
        return self._by_path.get(path, [])


def row_texts(texts: list[str], items: list, text, path: str, changed: str | None) -> list[str]:
    """The rows of the list at path: `texts` as they were, with only the edited record's
    made again when the change was within one record (a keystroke in one of 600 reports
    summarised them all, 1,004 summaries a key in the sections' list at 200× the example)."""
    inside = changed[len(path) + 1:] if changed and changed.startswith(path + "[") else ""
    number = inside.split("]")[0]
    if number.isdigit() and int(number) < len(items) == len(texts):
        row = int(number)
        return [*texts[:row], text(items[row]), *texts[row + 1:]]
    return [text(item) for item in items]


def related(a: str, b: str) -> bool:
    """One path is the other or inside it: «documents» and «documents[2].title»."""
    return a == b or a.startswith((b + ".", b + "[")) or b.startswith((a + ".", a + "["))


# Set on the marked widget alone: a style sheet on the application would route every
# widget through Qt's style sheet style, 5 % of the editor's start.
PROBLEM_COLOUR = "#c0392b"
WARNING_COLOUR = "#d68910"  # a warning only: amber, not red
PROBLEM_STYLE = f'*[problem="true"] {{ border: 2px solid {PROBLEM_COLOUR}; }}'
WARNING_STYLE = f'*[warning="true"] {{ border: 2px solid {WARNING_COLOUR}; }}'
TIP_LINES = 12


def set_problem(widget: QWidget, problems: list[Problem], language: str):
    flagged = any(not p.warning for p in problems)
    warned = bool(problems) and not flagged
    # restyling is slow: only on a change
    if bool(widget.property("problem")) != flagged or bool(widget.property("warning")) != warned:
        widget.setProperty("problem", flagged)
        widget.setProperty("warning", warned)
        widget.setStyleSheet(PROBLEM_STYLE if flagged else WARNING_STYLE if warned else "")
    tip = problems_tip(problems, language)
    if widget.toolTip() != tip:
        widget.setToolTip(tip)


def problems_tip(problems: list[Problem], language: str) -> str:
    """The reasons, one a line, the first TIP_LINES of them and how many more."""
    tip = "\n".join(p.fa if language == "fa" else p.en for p in problems[:TIP_LINES])
    if len(problems) > TIP_LINES:  # a tooltip taller than the screen shows none of them
        tip += "\n" + QCoreApplication.translate("Binder", "… and %1 more").replace(
            "%1", number(len(problems) - TIP_LINES, language == "fa"))
    return tip
