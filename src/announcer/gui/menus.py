"""The window's menus wired to what they do: Undo and Redo with Word's keys, File →
Recent, Edit → Find, View → Zoom. Each function is given the menus and the part whose
job the action is."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from ..persian.digits import number
from .filenames import isolated
from .settings import AppSettings


def undo_actions(menu: QMenu, before: QAction, stack: QUndoStack):
    """Edit → Undo and Redo, above `before`, answering the keys the fields' own undo does."""
    undo = stack.createUndoAction(menu, QCoreApplication.translate("Menus", "&Undo"))
    redo = stack.createRedoAction(menu, QCoreApplication.translate("Menus", "&Redo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    ctrl_y = QKeySequence("Ctrl+Y")  # Word's redo, which Qt's standard keys leave out on Linux
    redo.setShortcuts(redo_keys if ctrl_y in redo_keys else [*redo_keys, ctrl_y])
    menu.insertActions(before, [undo, redo])
    menu.insertSeparator(before)


def fill_recent(menu: QMenu, recent: list[str], open_recent: Callable[[str], None]):
    """File → Recent: the drafts last opened or saved; disabled when there are none."""
    menu.clear()
    for path in recent:
        # Left to right in the Persian menu («/home/me/drafts/», not «drafts/home/me/»);
        # «&» would underline the next letter.
        action = QAction(isolated(path).replace("&", "&&"), menu)
        action.triggered.connect(lambda _=False, p=path: open_recent(p))
        menu.addAction(action)
    menu.setEnabled(bool(recent))


def find_actions(ui, editor: QWidget):
    """Edit → Find (Ctrl+F), Find and replace (Ctrl+H), Find next and previous (F3,
    Shift+F3): the editor's find dialog (find.py), made the first time it is asked for."""
    def finder():
        from .find import finder

        return finder(editor)
    ui.actionFind.triggered.connect(lambda: finder().start(replacing=False))
    ui.actionReplace.triggered.connect(lambda: finder().start(replacing=True))
    ui.actionFindNext.triggered.connect(lambda: finder().step(1))
    ui.actionFindPrevious.triggered.connect(lambda: finder().step(-1))


def zoom_actions(ui, settings: AppSettings, say: Callable[[str, int], None]):
    """View → Zoom in, Zoom out, Fit page width, Fit whole page: the preview's zoom, as
    last chosen (the settings keep it), said in the status bar when it changes."""
    from .zoom import FIT_PAGE, FIT_WIDTH

    view = ui.preview
    ui.actionZoomIn.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])  # «+» is Shift+= on most keyboards
    ui.actionZoomIn.triggered.connect(lambda: view.step_zoom(1))
    ui.actionZoomOut.triggered.connect(lambda: view.step_zoom(-1))
    ui.actionFitWidth.triggered.connect(lambda: view.fit(FIT_WIDTH))
    ui.actionFitPage.triggered.connect(lambda: view.fit(FIT_PAGE))
    view.set_zoom(settings.zoom)

    def zoomed(zoom):
        settings.zoom = zoom
        percent = number(view.shown_percent(), settings.language == "fa")
        say(QCoreApplication.translate("Menus", "Zoom: %1%").replace("%1", percent), 3000)
    view.zoomChanged.connect(zoomed)
