"""A form field's context menu undoes as the form does.

The form's undo is the session's undo stack (session.py): every keystroke of every
field is a step of it, and the fields' own undo is off or never fed. Qt's standard
context menu offered the field's own Undo and Redo, grey after any typing; here they
are the session's, enabled when it can undo or redo, and named by the step as the Edit
menu names it («واگرد تغییر «شهر»»)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu

_STANDARD = {"edit-undo", "edit-redo"}  # the names Qt gives its menu's Undo and Redo


def use_form_undo(menu: QMenu, stack: QUndoStack) -> None:
    """Put the stack's Undo and Redo in the place of the field's own in its standard menu."""
    own = [a for a in menu.actions() if a.objectName() in _STANDARD]
    if not own:
        return
    undo = stack.createUndoAction(menu, QCoreApplication.translate("MainWindow", "&Undo"))
    redo = stack.createRedoAction(menu, QCoreApplication.translate("MainWindow", "&Redo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)  # shown beside it; the window's action answers the keys
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    menu.insertActions(own[0], [undo, redo])
    for action in own:
        menu.removeAction(action)
