"""The open document: its model, file, undo history, and every change made to it.

Every edit of the form goes through here as an undoable command, so undo/redo
covers the whole form and the undo stack's clean state is the «saved» state. Several
changes made as one (Replace all) are one step: `one_step`."""

import copy
import os
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from .. import draft, paths
from ..model import Announcement


class _SetValue(QUndoCommand):
    """One field's new value; consecutive edits of the same field merge into one step."""

    def __init__(self, document: "OpenDocument", path: str, old, new, text: str):
        super().__init__(text)
        self.document, self.path, self.old, self.new = document, path, old, new

    def id(self) -> int:
        return 1

    def mergeWith(self, other) -> bool:
        if not isinstance(other, _SetValue) or other.path != self.path or self.document.merge_barrier:
            return False
        self.new = other.new
        return True

    def redo(self):
        self.document._apply(self.path, self.new)

    def undo(self):
        self.document._apply(self.path, self.old)


class _ReplaceList(QUndoCommand):
    """A list after an insertion, removal or move: both versions are kept whole."""

    def __init__(self, document, path: str, old: list, new: list, text: str):
        super().__init__(text)
        self.document, self.path, self.old, self.new = document, path, old, new

    def redo(self):
        self.document._apply(self.path, copy.deepcopy(self.new))

    def undo(self):
        self.document._apply(self.path, copy.deepcopy(self.old))


class OpenDocument(QObject):
    changing = Signal()  # the model is about to change in place (an edit, undo or redo)
    changed = Signal(str)  # a path whose value changed (by an edit, undo or redo)
    replaced = Signal()  # a whole new model (new, open, recover)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = Announcement()
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.merge_barrier = False  # set to end a run of typing (focus left the field)

    # ---- edits ----

    def get(self, path: str):
        return paths.get(self.model, path)

    # `text` names the step in the Edit menu («Undo change to “City”»); the form knows
    # what the user calls a field, the session only its path.

    def set(self, path: str, value, text: str = "") -> None:
        old = self.get(path)
        if old != value:
            self.undo_stack.push(_SetValue(self, path, copy.deepcopy(old), copy.deepcopy(value), text or path))
            self.merge_barrier = False

    def replace_list(self, path: str, new: list, text: str) -> None:
        old = self.get(path)
        self.undo_stack.push(_ReplaceList(self, path, copy.deepcopy(old), copy.deepcopy(new), text or path))

    def insert(self, path: str, index: int, item, text: str = "") -> None:
        items = list(self.get(path))
        items.insert(index, item)
        self.replace_list(path, items, text)

    def remove(self, path: str, index: int, text: str = "") -> None:
        items = list(self.get(path))
        del items[index]
        self.replace_list(path, items, text)

    def move(self, path: str, source: int, target: int, text: str = "") -> None:
        items = list(self.get(path))
        items.insert(target, items.pop(source))
        self.replace_list(path, items, text)

    @contextmanager
    def one_step(self, text: str):
        """The changes made inside are one undo step, named text («replace all»). Nothing
        merges into it: typing after it, or another such step, is a step of its own."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def _apply(self, path: str, value) -> None:
        self.changing.emit()
        paths.set_value(self.model, path, value)
        self.changed.emit(path)

    # ---- files ----

    def load(self, model: Announcement, path: Path | None, clean: bool = True) -> None:
        self.model, self.path = model, path
        self.undo_stack.clear()
        if not clean:  # a recovered copy: unsaved until the user saves it
            self.undo_stack.resetClean()
        self.replaced.emit()

    def save(self, path: Path | None = None) -> None:
        target = Path(os.path.abspath(path or self.path))
        draft.save(target, self.model)
        self.path = target
        self.undo_stack.setClean()

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()
