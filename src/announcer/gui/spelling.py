"""Spell checking as the secretary types: doubtful words underlined in every text field
of the form, the Wording page and the rewrite dialog; suggestions, «Ignore» and «Add to
the word list» in a field's context menu; the count of doubtful words in the status bar,
which goes to each in turn. The rules are the core's (spellcheck.py, persian/spelling.py);
the window adds the secretary's word list and the names of earlier drafts (the names index).

Paragraph fields are marked by a QSyntaxHighlighter, which marks only the paragraphs a
keystroke changed. A QLineEdit has none: its marks are set as the formats of an empty
input-method event, Qt's one way to format part of a line edit's text, again after each
change of its text.

The dictionary (some 0.1–0.4 s to read) is loaded after the window's first paint, never
on the start path; until then, and when the check is off, nothing is marked."""

import logging
import re
import time
from bisect import bisect_left
from collections.abc import Callable, Generator
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer
from PySide6.QtGui import QAction, QColor, QInputMethodEvent, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMenu, QToolButton, QWidget

from .. import spellcheck, wordlist
from . import completion
from ..persian.digits import number
from ..persian.spelling import Dictionary, Doubt, Speller, dictionary
from .binder import Binder
from .widgets import ParagraphEdit

if TYPE_CHECKING:
    from .editor import Editor

log = logging.getLogger(__name__)

COUNT_AFTER_MS = 400  # the status bar's count waits for a pause in typing, as validation does
COUNT_SLICE_MS = 10  # the count checks texts for this long at a time, between the window's events
SHOWN_SUGGESTIONS = 6
LONG_PARAGRAPH = 5_000  # characters from which a keystroke checks only around itself (some 2 ms), not all (0.1 s at 200,000)
CHECK_WHOLE_AFTER_MS = 600


def word_list_path() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "words.txt"


def _mark(doubt: Doubt) -> QTextCharFormat:
    """A wavy underline: red for a word not in the dictionary, blue for a half-space to put in."""
    mark = QTextCharFormat()
    mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    mark.setUnderlineColor(QColor("#1565c0" if doubt.joined else "#d32f2f"))
    return mark


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _units(text: str) -> Callable[[int], int]:
    """What turns Python's index in text into Qt's, in UTF-16 units (an emoji takes two).
    Made once per text: a paragraph of 200,000 characters has thousands of marks."""
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    return (lambda i: i + bisect_left(astral, i)) if astral else (lambda i: i)


class Highlighter(QSyntaxHighlighter):
    """Marks the doubtful words of a paragraph field's document. Qt gives it the paragraph
    a keystroke changed; in a long one, only the stretch around the edit is checked again
    (Speller.redoubt), and the whole paragraph once typing pauses."""

    def __init__(self, editor: ParagraphEdit, check: "SpellCheck"):
        super().__init__(editor.document())
        self.editor, self.check = editor, check
        self.seen: dict[int, tuple[str, list[Doubt]]] = {}  # a long paragraph's text and doubts, by its number
        self.later: set[int] = set()  # long paragraphs to check whole at the pause
        self.whole = False  # the pause came: check whole
        self.pause = QTimer(self, singleShot=True, interval=CHECK_WHOLE_AFTER_MS)
        self.pause.timeout.connect(self._check_whole)

    def highlightBlock(self, text: str) -> None:
        n = self.currentBlock().blockNumber()
        before = self.seen.get(n)
        if len(text) < LONG_PARAGRAPH:
            self.seen.pop(n, None)
            doubts = self.check.doubts(text)
        elif before is None or self.whole:
            doubts = self.check.doubts(text)
        else:
            doubts = self.check.redoubt(*before, text)
            self.later.add(n)
            self.pause.start()
        if len(text) >= LONG_PARAGRAPH:
            self.seen[n] = (text, doubts)
        units = _units(text)
        for doubt in doubts:
            start = units(doubt.start)
            self.setFormat(start, units(doubt.end) - start, _mark(doubt))

    def _check_whole(self) -> None:
        self.whole = True
        try:
            for n in sorted(self.later):
                block = self.document().findBlockByNumber(n)
                if block.isValid():
                    self._held(lambda block=block: self.rehighlightBlock(block))
        finally:
            self.whole = False
            self.later.clear()

    def mark_again(self) -> None:
        """Mark the whole text again."""
        self.seen.clear()
        self._held(self.rehighlight)

    def _held(self, mark) -> None:
        """Qt says the document changed as it marks: the field's signals are held, or its
        binder would take the same text as typed, into a path its hidden form no longer shows."""
        self.editor.blockSignals(True)
        try:
            mark()
        finally:
            self.editor.blockSignals(False)


def _mark_line(edit: QLineEdit, doubts: list[Doubt]) -> None:
    text, cursor = edit.text(), edit.cursorPosition()
    units = _units(text)
    marks = [QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.TextFormat, units(d.start) - cursor,
                                         units(d.end) - units(d.start), _mark(d)) for d in doubts]
    QCoreApplication.sendEvent(edit, QInputMethodEvent("", marks))


class SpellCheck(QObject):
    """The window's spell check: its speller for the open draft, the fields it marks, its
    status-bar count and its menu entries."""

    def __init__(self, window: "Editor"):
        super().__init__(window)
        self.window, self.document = window, window.document
        self.speller: Speller | None = None  # None until the dictionary is loaded, or when there is none
        self.on = window.settings.spelling_on
        self.words = word_list_path()
        self.lines: list[QLineEdit] = []
        self.marked: dict[QLineEdit, tuple] = {}  # each line's text, speller and switch as last marked
        self.highlighters: list[Highlighter] = []
        self.followed: set[QWidget] = set()  # every text field of the form: its menu
        self.unchecked: set[QWidget] = set()  # of those, the ones not checked (names, dates, numbers)
        self.found: list[tuple[str, Doubt]] = []  # the draft's doubtful words, in the form's order
        self.recount: spellcheck.Recount | None = None  # the texts counted with this speller
        self.texts = spellcheck.Texts()  # the draft's texts and names, walked again where edited
        self.index = -1
        self.count_timer = QTimer(self, singleShot=True, interval=COUNT_AFTER_MS)
        self.count_timer.timeout.connect(self.count)
        self.counting: Generator[None, None, list[tuple[str, Doubt]]] | None = None  # a count under way
        self.count_slice = QTimer(self, singleShot=True, interval=0)
        self.count_slice.timeout.connect(self._count_on)
        # A name typed is known once typing pauses: renewing the speller checks the whole
        # draft again (80 ms a keystroke in the large draft, where the form takes 7).
        self.renew_timer = QTimer(self, singleShot=True, interval=COUNT_AFTER_MS)
        self.renew_timer.timeout.connect(self.renew)
        self.document.changed.connect(self.texts.edited)
        self.document.replaced.connect(self.texts.replaced)
        self.document.changed.connect(self._changed)
        self.document.replaced.connect(self.renew)
        window.field_menus.additions.append(self.add_suggestions)

    # ---- the speller ----

    def load(self) -> None:
        """Read the dictionary (after the first paint) and mark every field."""
        if self.speller is not None:
            return
        found = dictionary()
        if found is None:
            self.button.setVisible(False)
            return
        self.speller = self._speller(found)
        self.remark()

    def renew(self, *_) -> None:
        """Another draft (or the same reloaded): its names and ignored words."""
        self.renew_timer.stop()
        if self.speller is not None:
            self.speller = self._speller(self.speller.dictionary)
            self.remark()

    def _speller(self, found: Dictionary) -> Speller:
        return spellcheck.speller(found, self.document.model, self._known(), typed=self.texts.read(self.document.model)[1])

    def _known(self) -> list[str]:
        """The word list and every name typed in a draft before (the names index)."""
        return [*wordlist.read(self.words), *completion.index().every()]

    def _changed(self, path: str) -> None:
        """A word ignored is known at once, a name typed at the pause. Other edits only recount."""
        if self.speller is None:
            return
        if path.startswith("ignored_words"):
            self.renew()
        elif self._is_name(path):
            self.renew_timer.start()
        else:
            self.count_timer.start()

    @staticmethod
    def _is_name(path: str) -> bool:
        from .. import schema

        try:
            return spellcheck.is_name(path, schema.at(path))
        except KeyError:  # a list or a record as a whole (a section added or moved)
            return False

    def doubts(self, text: str) -> list[Doubt]:
        return self.speller.doubts(text) if self.on and self.speller is not None and text else []

    def redoubt(self, before: str, found: list[Doubt], text: str) -> list[Doubt]:
        return self.speller.redoubt(before, found, text) if self.on and self.speller is not None and text else []

    # ---- the fields ----

    def attach(self) -> None:
        """Follow every text field of the window's forms (called by each build, as the
        forms are made again), and put the count in the status bar and the toggle in Edit."""
        self.lines, self.highlighters, self.followed, self.unchecked = [], [], set(), set()
        self.marked = {}
        for binder in self.window.binders:
            self._follow_binder(binder)
            binder.formLoaded.connect(self._follow_new_forms)
        self._status()
        self._menu()
        self.remark()

    def _binders(self, binder: Binder):
        yield binder
        for binding in binder.lists:
            for detail in binding.details():
                yield from self._binders(detail)

    def _follow_binder(self, root: Binder) -> None:
        for binder in self._binders(root):
            binder.refreshed.connect(self._remark_lines)
            for adapter in binder.adapters:
                widget = adapter.widget
                if widget in self.followed or not isinstance(widget, (QLineEdit, ParagraphEdit)):
                    continue
                self.followed.add(widget)
                field = binder.field(adapter.rel)
                if field.type is not str or field.kept or spellcheck.is_name(adapter.path, field):
                    self.unchecked.add(widget)  # its menu is still ours: the form's undo
                    self._menu_for(widget)
                elif isinstance(widget, QLineEdit):
                    self.follow_line(widget)
                else:
                    self.follow_editor(widget)

    def _follow_new_forms(self) -> None:
        for binder in self.window.binders:
            self._follow_binder(binder)

    def follow_line(self, edit: QLineEdit) -> None:
        self.lines.append(edit)
        edit.textChanged.connect(lambda _text, edit=edit: self._mark_line(edit))
        self._menu_for(edit)
        self._mark_line(edit)

    def _mark_line(self, edit: QLineEdit) -> None:
        """Mark a line's doubtful words, unless they are marked for its text already: every
        form's refresh marks its lines (a refresh sets their texts with their signals
        blocked), and a keystroke at 50× the example refreshed 126 lines, 5 ms."""
        marked = edit.text(), self.speller, self.on
        if self.marked.get(edit) != marked:
            self.marked[edit] = marked
            _mark_line(edit, self.doubts(edit.text()))

    def follow_editor(self, editor: ParagraphEdit, kind: type[Highlighter] = Highlighter) -> Highlighter:
        """Mark a paragraph field's doubtful words (also the Wording page's, with its own
        marks as well, and the rewrite dialog's)."""
        highlighter = kind(editor, self)
        self.highlighters.append(highlighter)
        editor.destroyed.connect(lambda *_: self.highlighters.remove(highlighter) if highlighter in self.highlighters else None)
        self._menu_for(editor)
        return highlighter

    def _remark_lines(self) -> None:
        for edit in self.lines:
            self._mark_line(edit)

    def remark(self) -> None:
        """Mark every field again: the speller or the switch changed."""
        self._remark_lines()
        for highlighter in self.highlighters:
            highlighter.mark_again()
        self.count()

    # ---- the context menu ----

    def _menu_for(self, widget: QWidget) -> None:
        self.window.field_menus.follow(widget)

    def add_suggestions(self, widget: QWidget, pos, menu: QMenu) -> None:
        """The doubtful word's suggestions first in a field's menu (fieldmenu.py), when the
        click was on one, with Ignore and Add to my word list."""
        doubt = None if widget in self.unchecked else self._doubt_at(widget, pos)
        if doubt is None:
            return
        first = menu.actions()[0] if menu.actions() else None
        offered = self.speller.suggestions(doubt)[:SHOWN_SUGGESTIONS]
        for word in offered:
            action = QAction(word, menu)
            action.triggered.connect(lambda _=False, word=word: self.replace(widget, doubt, word))
            menu.insertAction(first, action)
        if not offered:
            none = QAction(self.tr("(no suggestions)"), menu, enabled=False)
            menu.insertAction(first, none)
        ignore = QAction(self.tr("Ignore in this draft"), menu)
        ignore.triggered.connect(lambda: self.ignore(doubt.word))
        add = QAction(self.tr("Add to my word list"), menu)
        add.triggered.connect(lambda: self.add_word(doubt.word))
        if doubt.joined:  # two words to join: a word list of pairs would hide every such slip
            add.setEnabled(False)
        menu.insertActions(first, [ignore, add])
        menu.insertSeparator(first)

    def _doubt_at(self, widget: QWidget, pos) -> Doubt | None:
        """The doubtful word under pos in widget, its place counted as Qt counts it in the
        widget's whole text (a paragraph field's: from the document's start)."""
        if isinstance(widget, QLineEdit):
            text, at, offset = widget.text(), widget.cursorPositionAt(pos), 0
        else:
            cursor = widget.cursorForPosition(pos)
            block = cursor.block()
            text, at, offset = block.text(), cursor.positionInBlock(), block.position()
        units = _units(text)
        for doubt in self.doubts(text):
            start, end = units(doubt.start), units(doubt.end)
            if start <= at <= end:
                return Doubt(start + offset, end + offset, doubt.word, doubt.joined)
        return None

    @staticmethod
    def select(widget: QWidget, start: int, end: int) -> None:
        """Select widget's text from start to end (Qt's units)."""
        if isinstance(widget, QLineEdit):
            widget.setSelection(start, end - start)
        else:
            cursor = widget.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)

    def replace(self, widget: QWidget, doubt: Doubt, word: str) -> None:
        """Put word in the doubtful word's place (doubt as _doubt_at gives it), as if typed:
        one undo step of the form."""
        self.document.merge_barrier = True  # a step of its own, not merged with the typing before
        self.select(widget, doubt.start, doubt.end)
        if isinstance(widget, QLineEdit):
            widget.insert(word)  # emits textEdited: the binder takes it as typed
        else:
            widget.textCursor().insertText(word)
        self.document.merge_barrier = True

    def ignore(self, word: str) -> None:
        """Pass word by in this draft: kept in the draft, undone with Undo."""
        ignored = self.document.model.ignored_words
        if word not in ignored:
            self.document.set("ignored_words", [*ignored, word], self.tr("ignore “%1”").replace("%1", word))

    def add_word(self, word: str) -> None:
        try:
            wordlist.add(self.words, word)
        except (OSError, ValueError) as e:
            log.warning("the word «%s» was not added to the word list %s: %s", word, self.words, e)
            self.window.statusBar().showMessage(self.tr("The word list cannot be written: %1").replace("%1", str(e)), 8000)
            return
        self.renew()

    # ---- the status bar and the menu ----

    def _status(self) -> None:
        self.button = QToolButton(self.window.statusBar(), objectName="spellingButton", autoRaise=True)
        self.button.clicked.connect(self.next)
        self.window.statusBar().addWidget(self.button)
        self.button.setVisible(False)

    def _menu(self) -> None:
        self.toggle = QAction(self.tr("Check &Spelling as You Type"), self.window.ui.menuEdit, checkable=True,
                              checked=self.on, objectName="actionSpelling")
        self.toggle.toggled.connect(self.switch)
        self.window.ui.menuEdit.insertAction(self.window.ui.actionFind, self.toggle)

    def switch(self, on: bool) -> None:
        self.on = on
        self.window.settings.spelling_on = on
        self.remark()

    def count(self) -> None:
        """Find every doubtful word of the draft, for the status bar's count and its walk:
        for COUNT_SLICE_MS at a time, between the window's events. A new speller (a name
        typed, a word ignored) checks every text again: 200–370 ms at 200 times the
        example with every text its own, which held the window as long."""
        if not self.on or self.speller is None:
            self.counting = None
            self._counted([])
            return
        if self.recount is None or self.recount.spell is not self.speller:
            self.recount = spellcheck.Recount(self.speller)
        self.counting = self.recount.counting(self.texts.read(self.document.model)[0])
        self._count_on()

    def _count_on(self) -> None:
        if self.counting is None:
            return
        end = time.perf_counter() + COUNT_SLICE_MS / 1000
        try:
            next(self.counting)  # a text at least, whatever the clock says
            while time.perf_counter() < end:
                next(self.counting)
        except StopIteration as done:
            self.counting = None
            self._counted(done.value)
            return
        self.count_slice.start()

    def _counted(self, found: list[tuple[str, Doubt]]) -> None:
        self.found = found
        self.index = min(self.index, len(self.found) - 1)
        fa = self.window.settings.language == "fa"
        self.button.setText(self.tr("%1 doubtful word(s): go to the next").replace("%1", number(len(self.found), fa)))
        self.button.setVisible(bool(self.found))

    def next(self) -> None:
        """Go to the next doubtful word: its field shown and the word selected."""
        if not self.found:
            return
        self.index = (self.index + 1) % len(self.found)
        path, doubt = self.found[self.index]
        self.window.go_to(path)
        widget = self.window.focusWidget()
        if isinstance(widget, (QLineEdit, ParagraphEdit)):
            text = self.document.get(path)
            units = _units(text)
            self.select(widget, units(doubt.start), units(doubt.end))
        self.window.statusBar().showMessage(self.tr("«%1»: right-click it for suggestions").replace("%1", doubt.word))
