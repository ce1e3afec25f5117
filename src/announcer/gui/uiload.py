"""Load Qt Designer forms at run time with QUiLoader (the project's one rule: no
generated code to keep in step with the .ui files).

A form loaded on its own has a QFrame at its root, not a plain QWidget: PySide finds the
Python type of a plain QWidget made by Qt by trying every widget class (15–20 ms the
first time; tests/test_ui_forms.py keeps the rule)."""

from functools import cache

from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from .resources import UI
from .widgets import DateEdit, PageView, RecordList


@cache
def _loader() -> QUiLoader:
    """One loader for every form: each new one looks for Designer plugins again."""
    loader = QUiLoader()
    loader.registerCustomWidget(RecordList)
    loader.registerCustomWidget(DateEdit)
    loader.registerCustomWidget(PageView)
    return loader


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    widget = _loader().load(str(UI / name), parent)
    if widget is None:
        raise RuntimeError(f"cannot load {name}: {_loader().errorString()}")
    return widget
