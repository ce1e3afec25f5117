"""Edit → Find (Ctrl+F) and Find and replace (Ctrl+H): a small dialog beside the form.

It stays open while the user works (not modal), over the preview. Next and Previous
(Enter, F3, Shift+F3) take the user to each match in the order of the form: the
section that holds it is selected, its field focused and the matched text selected in
it (the window's own field, so closing the dialog leaves the cursor there). The count
says «2 of 4» while a match is shown. Replace changes the match shown and goes on to
the next; Replace all changes every match as one undo step, and says how many it
changed and which fields it left because they would grow past their limit. The search
itself, folded for Persian («کیوان» finds «كيوان»), is search.py's; the changes go to
the open document as every edit does, so the preview and the problems follow."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (QCheckBox, QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QWidget)
from shiboken6 import isValid

from .. import search
from ..persian.digits import number
from ..problems import Problem
from ..search import Match
from .widgets import ParagraphEdit

if TYPE_CHECKING:
    from .editor import Editor

_RECOUNT_MS = 200  # after an edit, the count waits for a pause in the typing


def _utf16(text: str, index: int) -> int:
    """Qt's position (in UTF-16 units) of the character at index: an emoji counts two."""
    return len(text[:index].encode("utf-16-le")) // 2


def _index(text: str, position: int) -> int:
    """The character at Qt's position in text."""
    return len(text.encode("utf-16-le")[:2 * position].decode("utf-16-le", "ignore"))


class FindDialog(QDialog):
    def __init__(self, editor: "Editor"):
        super().__init__(editor)
        self.editor, self.document = editor, editor.document
        self.setObjectName("findDialog")
        self.current: Match | None = None  # the match shown
        self.marked: QWidget | None = None  # the field whose text is selected for it
        self.matches: list[Match] | None = None  # None: to be searched again
        self.placed = False  # over the preview, the first time it is shown
        self.find_label, self.replace_label = QLabel(), QLabel()
        self.find_edit = QLineEdit(objectName="findEdit", clearButtonEnabled=True)
        self.replace_edit = QLineEdit(objectName="replaceEdit", clearButtonEnabled=True)
        self.find_label.setBuddy(self.find_edit)
        self.replace_label.setBuddy(self.replace_edit)
        self.next_button = QPushButton(objectName="nextButton", default=True)
        self.previous_button = QPushButton(objectName="previousButton", autoDefault=False)
        self.replace_button = QPushButton(objectName="replaceButton", autoDefault=False)
        self.replace_all_button = QPushButton(objectName="replaceAllButton", autoDefault=False)
        self.whole_words = QCheckBox(objectName="wholeWords")
        self.count_label = QLabel(objectName="countLabel")
        self.message = QLabel(objectName="message", wordWrap=True, visible=False)
        self.close_button = QPushButton(objectName="closeButton", autoDefault=False)
        grid = QGridLayout(self)
        for row, widgets in enumerate(((self.find_label, self.find_edit, self.next_button, self.previous_button),
                                       (self.replace_label, self.replace_edit, self.replace_button,
                                        self.replace_all_button))):
            for column, widget in enumerate(widgets):
                grid.addWidget(widget, row, column)
        options = QHBoxLayout()
        options.addWidget(self.whole_words)
        options.addStretch()
        options.addWidget(self.count_label)
        grid.addLayout(options, 2, 1)
        grid.addWidget(self.close_button, 2, 3)
        grid.addWidget(self.message, 3, 0, 1, 4)
        grid.setColumnMinimumWidth(1, 260)
        self.find_edit.textChanged.connect(self._search_changed)
        self.whole_words.toggled.connect(self._search_changed)
        self.replace_edit.textChanged.connect(self._update_buttons)
        self.next_button.clicked.connect(lambda: self.step(1))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close)
        for keys, slot in (("F3", lambda: self.step(1)), ("Shift+F3", lambda: self.step(-1)),
                           ("Ctrl+F", lambda: self.start(False)), ("Ctrl+H", lambda: self.start(True))):
            action = QAction(self, shortcut=QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
        self.recount = QTimer(self, singleShot=True, interval=_RECOUNT_MS)
        self.recount.timeout.connect(self._show_count)
        self.document.changed.connect(self._stale)
        self.document.replaced.connect(self._another_draft)
        self.replacing = False
        self.retranslate()

    def retranslate(self):
        self.find_label.setText(self.tr("Fi&nd:"))
        self.replace_label.setText(self.tr("Re&place with:"))
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setToolTip(self.tr("The next match (Enter, F3)"))
        self.previous_button.setText(self.tr("Pre&vious"))
        self.previous_button.setToolTip(self.tr("The previous match (Shift+F3)"))
        self.replace_button.setText(self.tr("&Replace"))
        self.replace_button.setToolTip(self.tr("Replace the match shown, then go to the next"))
        self.replace_all_button.setText(self.tr("Replace &all"))
        self.replace_all_button.setToolTip(self.tr("Replace every match in the form, as one step to undo"))
        self.whole_words.setText(self.tr("&Whole words"))
        self.close_button.setText(self.tr("Close"))
        self.find_edit.setToolTip(self.tr("Any form of the letters: «کیوان» finds «كيوان»; "
                                          "half-spaces, diacritics and kashida are passed over"))
        self.setWindowTitle(self.tr("Find and replace") if self.replacing else self.tr("Find"))
        self._show_count()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:  # the interface's language was switched
            self.retranslate()
        super().changeEvent(event)

    # ---- showing ----

    def start(self, replacing: bool):
        """Show the dialog, the replace row too when replacing, with the text selected in
        the form's field (if any) to find, ready to type over."""
        self.replacing = replacing
        for widget in (self.replace_label, self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(replacing)
        self.setWindowTitle(self.tr("Find and replace") if replacing else self.tr("Find"))
        selected = "" if self.isVisible() else self._selected_in_form()
        if selected and search.fold(selected).text != search.fold(self.query()).text:
            self.find_edit.setText(selected)
        self.find_edit.selectAll()
        self._say("")
        self.adjustSize()
        if not self.placed:
            self._place()
        self._show_count()
        self.show()
        self.raise_()
        self.activateWindow()
        self.find_edit.setFocus()

    def _say(self, text: str):
        """A line below the buttons, there only while it says something."""
        if text != self.message.text() or self.message.isVisible() != bool(text):
            self.message.setText(text)
            self.message.setVisible(bool(text))
            self.adjustSize()

    def hideEvent(self, event):
        """Closed: the keyboard goes back to the window, to the field of the match shown."""
        super().hideEvent(event)
        if self.editor.isVisible():
            self.editor.activateWindow()

    def _place(self):
        """Over the bottom of the preview, so that the form beside it stays in view."""
        preview = self.editor.ui.preview
        corner = preview.mapToGlobal(QPoint(0, 0))
        self.move(corner.x() + max(0, (preview.width() - self.width()) // 2),
                  corner.y() + max(0, preview.height() - self.height() - 40))
        self.placed = True

    def _selected_in_form(self) -> str:
        """The text selected in the window's field, when it is on one line."""
        widget = self.editor.focusWidget()
        if isinstance(widget, QLineEdit):
            text = widget.selectedText()
        elif isinstance(widget, ParagraphEdit):
            text = widget.textCursor().selectedText()
        else:
            return ""
        return text if text.strip() and "\u2029" not in text and "\n" not in text else ""

    # ---- the matches ----

    def query(self) -> str:
        return self.find_edit.text()

    def _stale(self, *_):
        self.matches = None
        if self.isVisible():
            self.recount.start()

    def _another_draft(self):
        self.current = None
        self._stale()

    def _search_changed(self, *_):
        self.matches, self.current = None, None
        self._say("")
        self._unmark()
        self._show_count()

    def _matches(self) -> list[Match]:
        if self.matches is None:
            self.matches = search.find_all(self.document.model, self.query(), self.whole_words.isChecked())
        return self.matches

    def _order(self) -> dict[str, int]:
        """Each searched field's place in the form."""
        return {path: i for i, (path, _) in enumerate(search.searched(self.document.model))}

    def _persian(self) -> bool:
        return self.editor.settings.language == "fa"

    def _show_count(self):
        """«2 of 4» while a match is shown, «4 found» before, «Not found» for none."""
        if not self.query().strip():
            self.count_label.clear()
        else:
            matches, persian = self._matches(), self._persian()
            if not matches:
                self.count_label.setText(self.tr("Not found"))
            elif self.current in matches:
                self.count_label.setText(self.tr("%1 of %2").replace("%1", number(matches.index(self.current) + 1,
                                                                                    persian))
                                         .replace("%2", number(len(matches), persian)))
            else:
                self.count_label.setText(self.tr("%1 found").replace("%1", number(len(matches), persian)))
        self._update_buttons()

    def _update_buttons(self, *_):
        found = bool(self.query().strip()) and bool(self._matches())
        for button in (self.next_button, self.previous_button):
            button.setEnabled(found)
        for button in (self.replace_button, self.replace_all_button):
            button.setEnabled(found and not self.editor.files.read_only)

    def step(self, direction: int):
        """Go to the next match (direction 1) or the previous one (-1): after the one
        shown, or else after the cursor in the form's field; past the last, the first."""
        if not self.isVisible():
            self.start(self.replacing)
            if not self.query().strip():
                return
        matches = self._matches()
        if not matches:
            self._show_count()
            return
        order = self._order()
        keys = [(order[m.path], m.start) for m in matches]
        here = self._here(order)
        if direction > 0:
            after = [i for i, key in enumerate(keys) if here is None or key > here]
            index, wrapped = (after[0], False) if after else (0, here is not None)
        else:
            before = [i for i, key in enumerate(keys) if here is not None and key < here]
            index, wrapped = (before[-1], False) if before else (len(keys) - 1, here is not None)
        if not wrapped:
            self._say("")
        elif direction > 0:
            self._say(self.tr("Past the end of the form: from its start again"))
        else:
            self._say(self.tr("Past the start of the form: from its end again"))
        self.show_match(matches[index])

    def _here(self, order: dict[str, int]) -> tuple[int, int] | None:
        """Where the search goes on from: the match shown, or the cursor in the form's
        field (just before it, so that a match there is next); None: from the start."""
        if self.current is not None and self.current.path in order:
            return order[self.current.path], self.current.start
        widget = self.editor.focusWidget()
        path = self._path_of(widget)
        if path not in order:
            return None
        if isinstance(widget, QLineEdit):
            position = widget.selectionStart() if widget.hasSelectedText() else widget.cursorPosition()
        else:
            position = widget.textCursor().selectionStart()
        return order[path], _index(self.document.get(path), position) - 1

    def _path_of(self, widget) -> str | None:
        return next((adapter.path for binder in self.editor.binders for adapter in binder.all_adapters()
                     if adapter.widget is widget), None)

    def _widget(self, path: str) -> QWidget | None:
        """The field shown for path (its section and record selected)."""
        return next((adapter.widget for binder in self.editor.binders for adapter in binder.all_adapters()
                     if adapter.path == path and adapter.widget.isVisibleTo(self.editor)), None)

    def show_match(self, match: Match):
        """Take the user to match: its field focused, the matched text selected in it."""
        self._unmark()
        self.current = match
        self.editor.go_to(match.path)
        widget = self._widget(match.path)
        text = self.document.get(match.path)
        start, end = _utf16(text, match.start), _utf16(text, match.end)
        if isinstance(widget, QLineEdit):
            widget.setSelection(start, end - start)
        elif isinstance(widget, ParagraphEdit):
            cursor = widget.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()
        self.marked = widget
        QTimer.singleShot(0, self, self._scroll_to_mark)  # once the form of a section just shown is laid out
        self._show_count()

    def _marked(self) -> QWidget | None:
        """The field of the match shown, unless the form was built again since (a switch of language)."""
        return self.marked if self.marked is not None and isValid(self.marked) else None

    def _scroll_to_mark(self):
        if marked := self._marked():
            self.editor.ui.formScroll.ensureWidgetVisible(marked)

    def _unmark(self):
        """The field of the match shown before keeps no selection for it."""
        marked = self._marked()
        if isinstance(marked, QLineEdit):
            marked.deselect()
        elif isinstance(marked, ParagraphEdit):
            cursor = marked.textCursor()
            cursor.clearSelection()
            marked.setTextCursor(cursor)
        self.marked = None

    # ---- replacing ----

    def replace(self):
        """Replace the match shown (the first Replace only finds one), then show the next."""
        if self.editor.files.read_only:
            return
        if self.current not in self._matches():
            self.step(1)
            return
        match, replacement = self.current, self.replace_edit.text()
        new = search.replace_one(self.document.model, match, replacement)
        if isinstance(new, Problem):
            self._say(self.editor.checking.describe([new]))  # the field named as the form names it
            return
        self._unmark()
        name = self.tr("replacement in “%1”").replace("%1", self.editor.checking.field_label(match.path) or match.path)
        with self.document.one_step(name):
            self.document.set(match.path, new, name)
        self.current = Match(match.path, match.start, match.start + len(replacement))  # go on after it
        self._say("")
        if self._matches():
            self.step(1)
        else:
            self._show_count()

    def replace_all(self):
        """Replace every match, as one undo step, and say what was done."""
        if self.editor.files.read_only:
            return
        result = search.replace_all(self.document.model, self.query(), self.replace_edit.text(),
                                    self.whole_words.isChecked())
        self._unmark()
        self.current = None
        if result.texts:
            with self.document.one_step(self.tr("replace all")):
                for path, text in result.texts.items():
                    self.document.set(path, text)
        persian = self._persian()
        said = self.tr("%1 replaced in %2 field(s)").replace("%1", number(result.count, persian)) \
            .replace("%2", number(len(result.texts), persian))
        if result.refused:
            said += "\n" + self.editor.checking.describe(result.refused, most=5)  # each field named as the form names it
        self._say(said)
        self._show_count()


def finder(editor: "Editor") -> FindDialog:
    """The window's find dialog, made the first time it is asked for."""
    return editor.findChild(FindDialog, "findDialog") or FindDialog(editor)
