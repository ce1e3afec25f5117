"""The draft checked as it is typed: problems and warnings marked on their fields,
problems counted in the status bar and walked through one click at a time, and each
problem said with its field's label as the form shows it («جلسه › مهمانان ۱ › نام»).

The window hands over its forms at each build (`attach`): their binders know the
fields' labels and mark them; the rewritten paragraphs (rewriting.py) are checked
against what the composer writes now."""

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QGroupBox, QStatusBar, QToolButton, QWidget

from .. import schema
from ..persian.digits import number
from ..problems import Problem
from ..validate import Walked, check
from .binder import Binder
from .fieldmarks import ProblemsByField
from .filenames import isolated
from .preview import Preview
from .rewriting import Rewriting, rewrite_index
from .document import OpenDocument
from .settings import AppSettings

SHOWN_PROBLEMS = 12  # in a message box, which grows with its text
LISTED_PROBLEMS = 500  # in the list before an export, which scrolls; each names its field (0.3 ms)
_PAUSE_MS = 200  # after the last edit, the draft is checked


class Checking(QObject):
    def __init__(self, parent: QWidget, document: OpenDocument, settings: AppSettings, rewriting: Rewriting,
                 go_to: Callable[[str], None]):
        """parent: the window its boxes belong to; go_to: takes the user to a field."""
        super().__init__(parent)
        self.parent_widget, self.document, self.settings = parent, document, settings
        self.rewriting, self.go_to = rewriting, go_to
        self.problems: list[Problem] = []
        self.problem_index = -1
        self.binders: list[Binder] = []
        self.sections: list[QGroupBox] = []
        self.preview: Preview | None = None
        self.button: QToolButton | None = None
        self.timer = QTimer(self, singleShot=True, interval=_PAUSE_MS)
        self.timer.timeout.connect(self.validate)
        # Nothing is checked before the window's first paint (begin): a pause counted from
        # the build ran out before it whenever opening the draft took longer, and the
        # checks composed the whole preview on the way to the first frame.
        self.waiting = True
        self.walked = Walked()  # the checks walk again only the parts edited
        document.changed.connect(self.walked.edited)
        document.replaced.connect(self.walked.replaced)
        document.changed.connect(self.schedule)
        document.replaced.connect(self.schedule)

    def attach(self, binders: list[Binder], sections: list[QGroupBox], preview: Preview, status: QStatusBar):
        """The window was (re)built: these are its forms, its preview and its status bar.
        «۳ اشکال — رفتن به بعدی»: each click on the button there goes to the next problem."""
        self.binders, self.sections, self.preview, self.status = binders, sections, preview, status
        for binder in binders:
            binder.typedProblemsChanged.connect(self.schedule)
        self.button = QToolButton(status, autoRaise=True, objectName="problemsButton")
        self.button.clicked.connect(self.next_problem)
        status.addWidget(self.button)
        self.button.setVisible(bool(self.problems))
        self.schedule()  # a window built again (another language) is checked again

    def begin(self):
        """The window has painted for the first time: check the draft after the pause."""
        self.waiting = False
        self.timer.start()

    def schedule(self, *_):
        if not self.waiting:
            self.timer.start()

    def validate(self):
        """Mark every field with a problem or a warning: cross-field checks and text that
        cannot be read. Warnings are marked only: not counted, not asked about before an export."""
        typed = [p for b in self.binders for p in b.input_problems.values()]
        composed = self.rewriting.composed()  # now: the rewrites are checked against it
        found = typed + check(self.document.model, composed=composed, walked=self.walked) + self.preview.composition.problems
        self.problems = [p for p in found if not p.warning]
        by_field = ProblemsByField(found + self.rewriting.at_paragraphs(found))  # a stale rewrite at its section too
        for binder in self.binders:
            binder.mark(by_field, self.settings.language)
        self.rewriting.mark(found)
        self.button.setText(self.tr("%1 problem(s): go to the next")
                            .replace("%1", number(len(self.problems), self.settings.language == "fa")))
        self.button.setVisible(bool(self.problems))
        self.problem_index = min(self.problem_index, len(self.problems) - 1)

    def next_problem(self):
        """Go to the next field with a problem, and say the problem in the status bar."""
        if not self.problems:
            return
        self.problem_index = (self.problem_index + 1) % len(self.problems)
        problem = self.problems[self.problem_index]
        self.go_to(problem.path)
        self.status.showMessage(self.describe([problem]))

    def describe(self, problems: list[Problem], most: int = SHOWN_PROBLEMS) -> str:
        """One problem a line, the field named as the form names it: «جلسه › شهر: …»; past
        `most` problems a last line says how many more (a box 420,000 px tall showed none)."""
        language = self.settings.language
        lines = [f"{label}: {p.fa if language == 'fa' else p.en}" if (label := self.field_label(p.path))
                 else p.text(language) for p in problems[:most]]
        if len(problems) > most:
            lines.append(self.more(len(problems) - most))
        return "\n".join(lines)

    def more(self, count: int) -> str:
        return self.tr("… and %1 more").replace("%1", number(count, self.settings.language == "fa"))

    def listed(self) -> list[tuple[str, str]]:
        """Each problem said, with the path of its field: the list asked before an export."""
        lines = [(self.describe([p]), p.path) for p in self.problems[:LISTED_PROBLEMS]]
        if len(self.problems) > LISTED_PROBLEMS:
            lines.append((self.more(len(self.problems) - LISTED_PROBLEMS), self.problems[LISTED_PROBLEMS].path))
        return lines

    def field_label(self, path: str) -> str | None:
        """«part › field», a list's record numbered on the way: «جلسه › مهمانان ۱ › نام»; a
        section of the body named by its kind and place: «دستور جلسه (بخش ۱) › موارد ۲»;
        None for a problem of the file or of the whole announcement."""
        if (i := rewrite_index(path)) is not None:  # «جلسه › بند بازنویسی‌شده»
            return self.rewriting.label(i)
        path = self.shown_path(path)
        for binder, section in zip(self.binders, self.sections):
            names = binder.label(path, self.settings.language == "fa")
            if names is not None:
                if section.property("section") == "sections":  # each section names itself
                    return " › ".join(names)
                return " › ".join([section.title().replace("&", ""), *names])
        return None

    def shown_path(self, path: str) -> str:
        """The path of the field that shows path: a number of a list typed in one field
        («session.guests[0].days[1]») is that field's."""
        if path.endswith("]") and not schema.at(path).is_record and all(binder.label(path) is None for binder in self.binders):
            return re.sub(r"\[\d+\]$", "", path)
        return path

    def show_problems(self, title: str, problems: list[Problem], path: Path | None = None):
        """A box listing problems, each with its field; path: the file they are in."""
        from PySide6.QtWidgets import QMessageBox

        from . import dialogs

        where = f"{isolated(path)}\n\n" if path else ""
        box = QMessageBox(QMessageBox.Icon.Warning, title, dialogs.directed(where + self.describe(problems)),
                          QMessageBox.StandardButton.Ok, self.parent_widget)  # «… و ۱۲ اشکال دیگر» starts right to left too
        dialogs.plain(box)  # the path and the problems quote the file
        box.exec()
