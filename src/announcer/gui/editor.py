"""What the window's parts that work across all its forms (the spell check, the rewritten
paragraphs, find and replace) may use of the window: this and nothing else
(tests/gui/test_gui_parts.py reads their code to hold them to it). The parts with one job
(draftfiles, checking, statusline, outputs, the Wording page) are given what they need
one by one instead."""

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGroupBox, QStatusBar, QWidget

    from .binder import Binder
    from .checking import Checking
    from .draftfiles import DraftFiles
    from .fieldmenu import FieldMenus
    from .preview import Preview
    from .document import OpenDocument
    from .settings import AppSettings
    from .spelling import SpellCheck


class Editor(Protocol):
    document: "OpenDocument"  # the open draft and its undo history
    settings: "AppSettings"
    ui: Any  # the Designer form's menus and actions, and the preview's view (`ui.preview`)
    binders: "list[Binder]"  # the forms, rebuilt with the window: a part attaches to them at each build
    sections: "list[QGroupBox]"
    preview: "Preview"
    files: "DraftFiles"  # whether the draft is read-only
    checking: "Checking"  # the fields' labels
    field_menus: "FieldMenus"  # the text fields' context menus, which the spell check adds to

    def field_path(self, widget: "QWidget | None") -> str | None: ...
    def go_to(self, path: str) -> None: ...
    def spell_check(self) -> "SpellCheck": ...
    def statusBar(self) -> "QStatusBar": ...
    def focusWidget(self) -> "QWidget | None": ...
    def activateWindow(self) -> None: ...
    def isVisible(self) -> bool: ...
    def findChild(self, kind: Any, name: str) -> Any: ...  # the find dialog, one a window
