"""Name completion in the form: the name, role, body and city fields offer what was
typed in every draft opened or saved (names.py), matching «خليل» to «خلیل کیوان».

The index is read the first time a name field is typed in, or a few seconds after the
window opened a draft: never on the start path. One index serves every window."""

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QStringListModel, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit

from ..names import NameIndex, kind_of
from .settings import AppSettings

_index: NameIndex | None = None
_pending: list[tuple[Path, object]] = []  # drafts opened or saved before the index was read
_FLUSH_MS = 3000


def index_path() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "names.json"


def index() -> NameIndex:
    """The names index, read (or rebuilt from the recent drafts) on first use."""
    global _index
    if _index is None:
        _index = NameIndex(index_path(), known=AppSettings().recent)
    while _pending:
        path, model = _pending.pop(0)
        _index.record(path, model)
    return _index


def remember(path: Path, model):
    """A draft opened or saved (its names as names.names_in reads them, or the caller's
    copy of its model): its names are recorded; before the index is read, a few seconds
    later."""
    if _index is None:
        if not _pending:
            QTimer.singleShot(_FLUSH_MS, index)
        _pending.append((Path(os.path.abspath(path)), model))
    else:
        _index.record(path, model)


def forget_all():
    """Preferences → Clear remembered names."""
    _pending.clear()
    index().clear()


class _Completer(QCompleter):
    """Offers the index's names of one kind for what a line edit holds."""

    def __init__(self, adapter, kind: str):
        super().__init__(adapter.widget)
        self.adapter, self.kind = adapter, kind
        self.names = QStringListModel(self)
        self.setModel(self.names)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setWidget(adapter.widget)
        self.popup().setLayoutDirection(adapter.widget.layoutDirection())
        adapter.widget.textEdited.connect(self.offer)
        self.activated[str].connect(self.chosen)

    def offer(self, text: str):
        """Before the line edit shows its popup (Qt emits textEdited first)."""
        found = index().complete(self.kind, text)
        self.names.setStringList(found)
        if found:
            self.complete()
        else:
            self.popup().hide()

    def chosen(self, text: str):
        widget = self.adapter.widget
        widget.setText(text)
        self.adapter.edited()  # setText is not an edit: tell the form


def attach(binders):
    """Completers for every name field of the form (list records' fields included)."""
    for binder in binders:
        for adapter in binder.all_adapters():
            kind = kind_of(adapter.path)
            if kind and type(adapter.widget) is QLineEdit and not hasattr(adapter.widget, "names_completer"):
                adapter.widget.names_completer = _Completer(adapter, kind)
