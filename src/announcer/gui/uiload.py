"""Load Qt Designer forms at run time with QUiLoader (the project's one rule: no
generated code to keep in step with the .ui files)."""

from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from .resources import UI
from .widgets import DateEdit, RecordList


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    loader = QUiLoader()
    loader.registerCustomWidget(RecordList)
    loader.registerCustomWidget(DateEdit)
    widget = loader.load(str(UI / name), parent)
    if widget is None:
        raise RuntimeError(f"cannot load {name}: {loader.errorString()}")
    return widget
