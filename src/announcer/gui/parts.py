"""The body's sections in the form: a list of them in the order the announcement reads
them, each row the kind's name and the section's first words, and below it the form of
the section selected.

The + button and the Insert key offer the kinds of section (sections.KINDS) in a menu;
the new section goes after the selected one. Removing (Delete) and moving (Ctrl+Up and
Ctrl+Down, the buttons, a drag) are the record list's (widgets.RecordList). Every change
goes to the open document as one undoable step, as a record list's does (binder._ListBinding),
with the paragraphs rewritten by hand following their sections (rewrites.follow).

Each kind's form (ui/, named in sections.py) is loaded the first time a section of that
kind is shown and bound by a Binder based at the section's value («sections[3].agenda»),
so its fields name paths within it («items», «approved»); selecting another section of
that kind rebases it. A kind may come any number of times."""

import unicodedata
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QPoint
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QMenu

from .. import rewrites, schema
from ..model import Part
from ..persian.digits import number
from ..sections import BY_KIND, KINDS
from .binder import Binder, changed_row
from .fieldmarks import PROBLEM_COLOUR, ProblemsByField, field_name, problems_tip, row_in, set_problem, short
from .uiload import align_labels, load_ui
from .widgets import RecordList



def _language() -> str:
    """The interface's language, as language.apply_language set the locale for it."""
    return "fa" if QLocale().language() == QLocale.Language.Persian else "en"


def summary(part: Part) -> str:
    """A section's first words: its texts in order, without those a new section or record
    starts with (a person elected is «عضو»), until there are enough for a row of the
    list; a comma between two, unless the first ended in a mark of its own («.», «:»)."""
    kind = part.kind
    field = schema.at(f"sections[].{kind}")
    fresh = _fresh_texts(kind)
    words = ""
    for path, text in schema.texts(getattr(part, kind), field):
        text = " ".join(text.split())
        if text and fresh.get(schema.pattern(path)) != text:
            if words:
                words += " " if unicodedata.category(words[-1]) == "Po" else "، "
            words += text
            if len(words) > 60:
                break
    return short(words)


@cache
def _fresh_texts(kind: str) -> dict[str, str]:
    """The texts a new section of kind starts with, and a new record of each of its lists,
    by their field's pattern: {«people[].role»: «عضو», …}."""
    field = schema.at(f"sections[].{kind}")
    return {schema.pattern(path): text for path, text in schema.texts(_fresh(field), field) if text}


def _fresh(field: schema.Field):
    """A new value of field, each of its lists holding one new record."""
    if field.type is list:
        return [_fresh(field.item)]
    value = field.default()
    for inner in field.fields if field.is_record else ():
        if inner.type is list or inner.is_record:
            setattr(value, inner.key, _fresh(inner))
    return value


class SectionsBinding:
    """The list of the body's sections, bound to «sections», with a form for each kind."""

    def __init__(self, binder: Binder, widget: RecordList, rel: str):
        self.binder, self.widget, self.rel = binder, widget, rel
        self.language = _language()
        self.forms: dict[str, Binder] = {}  # each kind's form, by its key, once it was needed
        self.shown: str | None = None  # the kind whose form is shown
        if self.language == "en":  # a row starts with the kind's English name; its words are isolated
            widget.list.setLayoutDirection(widget.layoutDirection())
        self.menu = QMenu(QCoreApplication.translate("Parts", "Add section"), widget)
        for kind in KINDS:
            self.menu.addAction(kind.label.text(self.language)).setData(kind.key)
        self.menu.triggered.connect(lambda action: self.add(action.data()))
        widget.add_button.setToolTip(QCoreApplication.translate("Parts", "Add a section (Insert)"))
        widget.add_button.setAccessibleName(widget.add_button.toolTip())
        widget.addRequested.connect(self.offer)
        widget.removeRequested.connect(self.remove)
        widget.moveRequested.connect(self.move)
        widget.currentChanged.connect(self.select)

    @property
    def path(self) -> str:
        return self.binder.path(self.rel)

    def items(self) -> list[Part]:
        return self.binder.document.get(self.path)

    def name(self, kind: str) -> str:
        return BY_KIND[kind].label.text(self.language)

    def _text(self, part: Part) -> str:
        words = summary(part)
        if not words:
            return self.name(part.kind)
        if self.language == "en":  # Persian words after an English name, each in its own direction
            words = f"\u2068{words}\u2069"
        return f"{self.name(part.kind)}: {words}"

    # ---- the forms ----

    def form(self, kind: str) -> Binder:
        """The binder of kind's form, loaded the first time it is asked for."""
        if kind not in self.forms:
            form = load_ui(BY_KIND[kind].form, self.widget.detail_host)
            form.setTitle(self.name(kind))
            form.setProperty("kind", kind)
            self.widget.set_detail(form)
            form.hide()  # until a section of its kind is selected
            # Based at the first section until one of its kind is shown: its fields are every one's.
            binder = Binder(self.binder.document, form, base=f"{self.path}[0].{kind}", root=self.binder.root)
            self.forms[kind] = binder
            details = [binder]
            while details:  # its fields start on one line, and so do its records' (a person elected)
                align_labels([detail.parent() for detail in details])
                details = [d for detail in details for binding in detail.lists for d in binding.details()]
            self.binder.root.formLoaded.emit()
        return self.forms[kind]

    def refresh(self, changed: str | None = None):
        """Show the sections again after a change at path changed (None: any)."""
        self.widget.show_rows(self.items(), self._text, changed_row(self.path, changed))
        self.select(self.widget.list.currentRow())

    def select(self, row: int):
        """Show the form of the section at row, based at it, with its problems marked."""
        parts = self.items()
        kind = parts[row].kind if 0 <= row < len(parts) else None
        binder = self.form(kind) if kind else None
        for key, form in self.forms.items():
            form.parent().setVisible(key == kind)
        self.shown = kind
        if binder is not None:
            binder.rebase(f"{self.path}[{row}].{kind}")
            binder.mark_again()

    # ---- changes, each one undoable step ----

    def offer(self):
        """The menu of the kinds of section, under the + button (from its right edge, right to left)."""
        button = self.widget.add_button
        self.menu.popup(button.mapToGlobal(QPoint(button.width() if button.isRightToLeft() else 0, button.height())))

    def add(self, kind: str):
        """A new, empty section of kind after the selected one, selected, its first field focused."""
        row = self.widget.list.currentRow() + 1 if self.items() else 0
        sections = self.items()
        text = QCoreApplication.translate("Parts", "new section “%1”").replace("%1", self.name(kind))
        self._change([*sections[:row], schema.empty_section(kind), *sections[row:]], text)
        self.widget.select(row)
        self.form(kind).focus_first()

    def remove(self, row: int):
        sections = self.items()
        text = QCoreApplication.translate("Parts", "removal of the section “%1”").replace(
            "%1", self.name(sections[row].kind))
        self._change(sections[:row] + sections[row + 1:], text)

    def move(self, source: int, target: int):
        sections = list(self.items())
        text = QCoreApplication.translate("Parts", "move of the section “%1”").replace(
            "%1", self.name(sections[source].kind))
        sections.insert(target, sections.pop(source))
        self._change(sections, text)
        self.widget.select(target)

    def _change(self, sections: list[Part], text: str):
        """The body's sections as given (the same Part objects where they were kept), and
        the paragraphs rewritten by hand with them, each keeping to its section: one undo step."""
        document = self.binder.document
        followed = rewrites.follow(document.model.rewritten, self.items(), sections)
        with document.one_step(text):
            document.replace_list(self.path, sections, text)
            document.set("rewritten", followed, text)

    def selected(self) -> str | None:
        """The path of the section selected («sections[3]»), or None."""
        row = self.widget.list.currentRow()
        return f"{self.path}[{row}]" if row >= 0 else None

    # ---- what the binder asks of each of its lists (as of binder._ListBinding) ----

    def details(self) -> list[Binder]:
        return list(self.forms.values())

    def _section(self, path: str) -> tuple[int, str | None] | None:
        """The row of the section path is in and its kind (None for a row the draft does
        not have); None for a path outside the sections."""
        if not path.startswith(self.path + "["):
            return None
        row = row_in(path, self.path)
        kind = path[len(f"{self.path}[{row}]"):].lstrip(".").split(".")[0].split("[")[0]
        if not kind:
            parts = self.items()
            kind = parts[row].kind if row < len(parts) else None
        return row, kind

    def label(self, path: str, persian: bool) -> list[str] | None:
        """«دستور جلسه (بخش ۴)», then the names within its form: «موارد ۲»."""
        if path == self.path:
            return [field_name(self.widget)]
        found = self._section(path)
        if found is None or found[1] is None:
            return None
        row, kind = found
        name = self.name(kind)
        where = QCoreApplication.translate("Parts", "%1 (section %2)").replace("%2", number(row + 1, persian))
        if schema.pattern(path) in (f"{self.path}[]", f"{self.path}[].{kind}"):
            return [where.replace("%1", name)]
        inner = self.form(kind).label(path, persian)
        if inner is None:
            return None
        section = f"{self.path}[{row}].{kind}"
        if path.startswith(section + "[") and inner[0] == f"{name} {number(row_in(path, section) + 1, persian)}":
            name, inner = inner[0], inner[1:]  # a form that is one list names its record once: «اسناد ۲ (بخش ۲)»
        return [where.replace("%1", name), *inner]

    def focus(self, path: str) -> bool:
        """Select the section that holds path and focus its field, or its form's first."""
        if path == self.path:
            self.widget.list.setFocus()
            return True
        found = self._section(path)
        if found is None or found[1] is None:
            return False
        row, _ = found
        if row >= len(self.items()):
            return False
        self.widget.select(row)
        binder = self.forms[self.shown]
        if not binder.focus(path):
            binder.focus_first() or self.widget.list.setFocus()
        return True

    def mark(self, problems: ProblemsByField, language: str):
        """Frame the list and colour each row whose section has a problem, the reasons as
        its tooltip; mark the fields of the form shown (another is marked when shown)."""
        inside = problems.at(self.path)
        set_problem(self.widget.list, inside, language)
        by_row: dict[int, list] = {}
        for problem in inside:
            if problem.path != self.path:  # one of the list as a whole is the list's alone
                by_row.setdefault(row_in(problem.path, self.path), []).append(problem)
        self.widget.mark_rows({row: problems_tip(found, language) for row, found in by_row.items()},
                              QBrush(QColor(PROBLEM_COLOUR)))
        if self.shown is not None:
            self.forms[self.shown].mark(problems, language)
