"""How the form names a field (its label, a list's record numbered) and marks one with
a problem (red) or a warning (amber), with the problems in its tooltip."""

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QWidget

from ..persian.digits import number
from ..problems import Problem


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
