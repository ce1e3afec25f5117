"""Binds the form's widgets to the model by field path.

A widget with the dynamic property `field` (set in Designer) shows and edits the
model value at that path, relative to the binder's base; a RecordList gets a binder
of its own for its detail form, based at the selected record (the list of the body's
sections, marked `kinds`, one for each kind's form: parts.py). Edits go to the
open document (document.py) as undoable commands; after any change every widget is brought up to date
(except the one being typed in), so undo and redo show in the form."""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from .. import schema
from ..dates import format_date
from ..persian.digits import number
from ..problems import Problem
from .adapters import Adapter, InputError, LineAdapter, adapter_class, within_limits
from .fieldmarks import ProblemsByField, field_name, related, row_in, set_problem, short, step
from .uiload import load_ui
from .widgets import ParagraphEdit, RecordList, start_right_when_empty

STRONG_FOCUS = 11  # Qt.FocusPolicy.StrongFocus


class _ListBinding:
    """A RecordList bound to a list in the model, with a binder for its detail form."""

    def __init__(self, binder: "Binder", widget: RecordList, rel: str):
        self.binder, self.widget, self.rel = binder, widget, rel
        detail = load_ui(widget.property("detail"), widget.detail_host)
        widget.set_detail(detail)
        # Based at the first record until one is selected: its fields are every record's.
        self.detail = Binder(binder.document, detail, base=f"{self.path}[0]", root=binder.root)
        self.summary = widget.property("summary") or ""
        widget.addRequested.connect(self.add)
        widget.removeRequested.connect(self.remove)
        widget.moveRequested.connect(self.move)
        widget.currentChanged.connect(self.select)
        # A list of lines (agenda items, topics) or of people (a name each): Enter starts the next.
        for adapter in self.detail.adapters:
            if adapter.rel in ("", "name") and type(adapter) is LineAdapter:
                adapter.widget.returnPressed.connect(self.add)

    @property
    def path(self) -> str:
        return self.binder.path(self.rel)

    def items(self) -> list:
        return self.binder.document.get(self.path)

    def _text(self, item) -> str:
        if isinstance(item, dt.date):
            settings = self.binder.document.model.settings
            return format_date(item, settings.calendar, settings.persian_digits)
        return short(str(getattr(item, self.summary) if self.summary else item)) or \
            QCoreApplication.translate("Binder", "(empty)")

    def refresh(self, changed: str | None = None):
        """Show the records again after a change at path changed (None: any)."""
        self.widget.show_rows(self.items(), self._text, changed_row(self.path, changed))
        self.select(self.widget.list.currentRow())

    def select(self, row: int):
        """Show the record at row in the detail form, its problems marked."""
        if row >= 0:
            self.detail.rebase(f"{self.path}[{row}]")
            self.detail.mark_again()

    def add(self):
        row, item = schema.at(self.path).new_item(self.items(), self.widget.list.currentRow())
        text = QCoreApplication.translate("Binder", "new record in “%1”")
        self.binder.document.insert(self.path, row, item, step(text, self.widget))
        self.widget.select(row)
        self.detail.focus_first()

    def remove(self, row: int):
        text = QCoreApplication.translate("Binder", "removal from “%1”")
        self.binder.document.remove(self.path, row, step(text, self.widget))

    def move(self, source: int, target: int):
        text = QCoreApplication.translate("Binder", "move in “%1”")
        self.binder.document.move(self.path, source, target, step(text, self.widget))
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

    def __init__(self, document, widget: QWidget, base: str = "", root: "Binder | None" = None,
                 sections: type | None = None):
        """`sections`: the binding of a list of the body's sections, of any kind (parts.py,
        which builds on this module and is given by the window, not imported back)."""
        super().__init__(widget)
        self.document, self.base, self.sections = document, base, sections
        self.root = root or self
        self.input_problems: dict[str, Problem] = {}  # typed text that cannot be read, by path
        self.window_keys: set[str] = set()  # the window's shortcuts, which its fields leave to it
        self.editing: QWidget | None = None
        self.marked: tuple[ProblemsByField, str] | None = None  # the problems last marked (kept by the root)
        self.adapters: list[Adapter] = []
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
            self.document.changed.connect(self.refresh)
            self.document.replaced.connect(self.refresh_all)
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
                self.adapters.append(adapter_class(child, self.field(field))(self, child, field))

    def detach(self):
        """Stop following the open document (the root binder of a form about to be deleted)."""
        self.document.changed.disconnect(self.refresh)
        self.document.replaced.disconnect(self.refresh_all)

    @property
    def digits(self) -> bool:
        return self.document.model.settings.persian_digits

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
                value = self.document.get(adapter.path)
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

    def edited(self, adapter: Adapter):
        path = adapter.path
        try:
            value = within_limits(adapter.read(), path)
        except InputError as e:
            self.root.input_problems[path] = Problem(path, e.fa, e.en)
            self.root.typedProblemsChanged.emit()  # the model is unchanged; the field keeps its text
            return
        if self.root.input_problems.pop(path, None):
            self.root.typedProblemsChanged.emit()
        self.root.editing = adapter.widget
        text = step(QCoreApplication.translate("Binder", "change to “%1”"), adapter.widget)
        try:
            self.document.set(path, value, text)
        finally:
            self.root.editing = None

    def end_typing(self):
        """Focus left a field: the next edit starts a new undo step."""
        self.document.merge_barrier = True

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


def changed_row(path: str, changed: str | None) -> int | None:
    """The row of the list at path whose record a change at changed was within, or None
    (the list itself, or anything): only that row's summary is made again (a keystroke in
    one of 600 reports summarised them all, 1,004 summaries a key in the sections' list at
    200× the example)."""
    inside = changed[len(path) + 1:] if changed and changed.startswith(path + "[") else ""
    number = inside.split("]")[0]
    return int(number) if number.isdigit() else None
