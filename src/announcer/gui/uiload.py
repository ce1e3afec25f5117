"""Load Qt Designer forms at run time with QUiLoader (the project's one rule: no
generated code to keep in step with the .ui files).

A form loaded on its own has a QFrame at its root, not a plain QWidget: PySide finds the
Python type of a plain QWidget made by Qt by trying every widget class (15–20 ms the
first time; tests/project/test_ui_forms.py keeps the rule)."""

from functools import cache

from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QFormLayout, QWidget

from ..locations import UI
from .letterhead import ImageField, KeepLetterhead
from .pageview import PageView
from .widgets import DateEdit, ParagraphEdit, RecordList


@cache
def _loader() -> QUiLoader:
    """One loader for every form, without Designer plugins.

    A new QUiLoader loads every plugin in the «designer» folder of the library paths
    (Qt Quick's, WebEngine's, PySide's own): 12 ms and 8 MB at start, for forms that use
    only Qt's widgets and the ones registered here. Hiding the library paths while it is
    made is the only way: the loader reads them in its constructor."""
    library_paths = QApplication.libraryPaths()
    QApplication.setLibraryPaths([])
    try:
        loader = QUiLoader()
    finally:
        QApplication.setLibraryPaths(library_paths)
    loader.registerCustomWidget(RecordList)
    loader.registerCustomWidget(DateEdit)
    loader.registerCustomWidget(PageView)
    loader.registerCustomWidget(ParagraphEdit)
    loader.registerCustomWidget(ImageField)
    loader.registerCustomWidget(KeepLetterhead)
    return loader


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    widget = _loader().load(str(UI / name), parent)
    if widget is None:
        raise RuntimeError(f"cannot load {name}: {_loader().errorString()}")
    return widget


def align_labels(forms: list[QWidget]) -> None:
    """Give the label column of every form the width of the widest label, so that the
    sections' fields start on one line down the whole form."""
    labels = [form.layout().itemAt(row, QFormLayout.ItemRole.LabelRole) for form in forms
              if isinstance(form.layout(), QFormLayout) for row in range(form.layout().rowCount())]
    widgets = [item.widget() for item in labels if item is not None and item.widget() is not None]
    width = max((widget.sizeHint().width() for widget in widgets), default=0)
    for widget in widgets:
        widget.setMinimumWidth(width)
