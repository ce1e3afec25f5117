"""A text field's context menu: the field's own actions, with Undo and Redo that undo as
the form does, and what other parts add to it (the spell check's suggestions, first).

The form's undo is the open document's undo stack (document.py): every keystroke of every
field is a step of it, and the fields' own undo is off or never fed. Qt's standard
context menu offered the field's own Undo and Redo, grey after any typing; here they
are the document's, enabled when it can undo or redo, and named by the step as the Edit
menu names it («واگرد تغییر «شهر»»). Every field of the form has this menu from the
window's build, before the spell check (made after the first paint) adds to it."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from .widgets import ParagraphEdit

_STANDARD = {"edit-undo", "edit-redo"}  # the names Qt gives its menu's Undo and Redo
Addition = Callable[[QWidget, QPoint, QMenu], None]  # adds its actions to a field's menu
# Qt.ContextMenuPolicy.CustomContextMenu, as a number: naming it would build every enum of
# Qt's namespace before the first paint (docs/performance.md).
CUSTOM_CONTEXT_MENU = 3


def use_form_undo(menu: QMenu, stack: QUndoStack) -> None:
    """Put the stack's Undo and Redo in the place of the field's own in its standard menu."""
    own = [a for a in menu.actions() if a.objectName() in _STANDARD]
    if not own:
        return
    undo = stack.createUndoAction(menu, QCoreApplication.translate("Menus", "&Undo"))
    redo = stack.createRedoAction(menu, QCoreApplication.translate("Menus", "&Redo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)  # shown beside it; the window's action answers the keys
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    menu.insertActions(own[0], [undo, redo])
    for action in own:
        menu.removeAction(action)


class FieldMenus(QObject):
    """The context menus of a window's text fields (and of the editors its dialogs show)."""

    def __init__(self, parent: QObject, stack: QUndoStack, in_form: Callable[[QWidget], bool]):
        """in_form: whether a widget is a field of the form, whose Undo is the form's."""
        super().__init__(parent)
        self.stack, self.in_form = stack, in_form
        self.additions: list[Addition] = []

    def follow(self, widget: QLineEdit | ParagraphEdit) -> None:
        """Give widget this menu (once, whoever asks first)."""
        if widget.property("fieldMenu"):
            return
        widget.setProperty("fieldMenu", True)
        widget.setProperty("contextMenuPolicy", CUSTOM_CONTEXT_MENU)
        widget.customContextMenuRequested.connect(lambda pos, widget=widget: self._show(widget, pos))

    def follow_form(self, adapters) -> None:
        """Every text field among a form's adapters (binder.all_adapters())."""
        for adapter in adapters:
            if isinstance(adapter.widget, (QLineEdit, ParagraphEdit)):
                self.follow(adapter.widget)

    def menu(self, widget: QWidget, pos: QPoint) -> QMenu:
        menu = widget.createStandardContextMenu(pos) if isinstance(widget, ParagraphEdit) else widget.createStandardContextMenu()
        if self.in_form(widget):
            use_form_undo(menu, self.stack)
        for add in self.additions:
            add(widget, pos, menu)
        return menu

    def _show(self, widget: QWidget, pos: QPoint) -> None:
        menu = self.menu(widget, pos)
        menu.exec(widget.mapToGlobal(pos))
        menu.deleteLater()
