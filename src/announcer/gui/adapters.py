"""How each kind of widget shows and reads a model value (the binder's adapters), the
labels of the choices an enum offers, and the check that the window accepts only what
the schema takes.

An adapter is made by the binder (binder.py) for each widget with a `field` property;
it asks the binder for its path and hands its edits back to it."""

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from .. import schema
from ..dates import Calendar, DateError, DateWord, format_date, parse_date
from ..model import AgendaLayout, ElectionLayout, OfficeOf, Quorum, RelativeDay, ResolutionKind, Stance, Voice, Vote
from ..persian.digits import number, parse_int
from ..persian.joining import join
from .letterhead import ImageField
from .widgets import DateEdit, ParagraphEdit

if TYPE_CHECKING:
    from .binder import Binder


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
        RelativeDay.NONE: QCoreApplication.translate("Binder", "Not said («روز …»)"),
        RelativeDay.TODAY: QCoreApplication.translate("Binder", "Today («امروز …»)"),
        RelativeDay.YESTERDAY: QCoreApplication.translate("Binder", "Yesterday («دیروز …»)"),
        Stance.EMPHASISED: QCoreApplication.translate("Binder", "Emphasised («… بر … تأکید کرد»)"),
        Stance.WELCOMED: QCoreApplication.translate("Binder", "Welcomed («… از … استقبال کرد»)"),
        Stance.SUPPORTED: QCoreApplication.translate("Binder", "Supported («… حمایت خود را از … اعلام کرد»)"),
        Stance.OPPOSED: QCoreApplication.translate("Binder", "Opposed («… مخالفت خود را با … اعلام کرد»)"),
        Stance.CONDEMNED: QCoreApplication.translate("Binder", "Condemned («… را محکوم کرد»)"),
        Stance.DEMANDED: QCoreApplication.translate("Binder", "Demanded («… خواستار … شد»)"),
        Stance.READY: QCoreApplication.translate("Binder", "Declared itself ready («… آمادگی خود را برای … اعلام کرد»)"),
    }


class InputError(ValueError):
    def __init__(self, fa: str, en: str):
        super().__init__(en)
        self.fa, self.en = fa, en


class Adapter:
    """How one kind of widget shows and reads a value."""

    live = True  # edits arrive keystroke by keystroke: don't rewrite the field under the cursor

    def __init__(self, binder: "Binder", widget: QWidget, rel: str):
        self.binder, self.widget, self.rel = binder, widget, rel

    @property
    def path(self) -> str:
        return self.binder.path(self.rel)

    def edited(self, *_):
        self.binder.edited(self)


class LineAdapter(Adapter):
    def connect(self):
        self.widget.textEdited.connect(self.edited)
        self.widget.editingFinished.connect(self.finished)

    def finished(self):
        """Leaving the field ends its undo step and shows the value as the document writes it."""
        self.binder.end_typing()
        if self.path not in self.binder.root.input_problems:
            self.widget.blockSignals(True)
            self.show(self.binder.document.get(self.path))
            self.widget.blockSignals(False)

    def show(self, value):
        if self.widget.text() != value:
            self.widget.setText(value)

    def read(self):
        return self.widget.text()


class TextAdapter(Adapter):
    def connect(self):
        self.widget.setUndoRedoEnabled(False)  # the form's undo covers it
        self.widget.textChanged.connect(self.edited)

    def show(self, value):
        if self.widget.toPlainText() != value:
            self.widget.setPlainText(value)

    def read(self):
        return self.widget.toPlainText()


class IntListAdapter(LineAdapter):
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


class SpinAdapter(Adapter):
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


class CheckAdapter(Adapter):
    def connect(self):
        self.widget.clicked.connect(self.edited)

    def show(self, value):
        self.widget.setChecked(value)

    def read(self):
        return self.widget.isChecked()


class ComboAdapter(Adapter):
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


class DateAdapter(Adapter):
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
            self.show(self.binder.document.get(self.path))

    def _format(self, day) -> str:
        settings = self.binder.document.model.settings
        return format_date(day, settings.calendar, settings.persian_digits) if day else ""

    def show(self, value):
        settings = self.binder.document.model.settings
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


class ImageAdapter(Adapter):
    """The letterhead's image, chosen from a file (letterhead.ImageField)."""

    live = False

    def connect(self):
        self.widget.changed.connect(self.edited)

    def show(self, value):
        if self.widget.value != value:
            self.widget.show_value(value)

    def read(self):
        return self.widget.value


def adapter_class(widget: QWidget, field: schema.Field):
    if isinstance(widget, ImageField):
        return ImageAdapter
    if isinstance(widget, DateEdit):
        return DateAdapter
    if isinstance(widget, QLineEdit):
        return IntListAdapter if field.item and field.item.type is int else LineAdapter
    for cls, adapter in ((ParagraphEdit, TextAdapter), (QSpinBox, SpinAdapter), (QCheckBox, CheckAdapter),
                         (QComboBox, ComboAdapter)):
        if isinstance(widget, cls):
            return adapter
    raise TypeError(f"no binding for {type(widget).__name__}")


def within_limits(value, path: str):
    """The value read from a field, if the schema takes it: the window accepts nothing
    that the draft file could not hold and reopen."""
    beyond = schema.out_of_range(value, schema.at(path), path) if value is not None else []
    if beyond:
        raise InputError(beyond[0].fa, beyond[0].en)
    return value
