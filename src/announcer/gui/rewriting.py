"""Paragraphs rewritten by hand, in the window (issue 22): the secretary opens a paragraph
of the page (the preview's context menu, F2, or the «Rewrite a paragraph» button of its
part's form), writes it in their own words, and the page shows theirs from then on.

The model's part is rewrites.py: a rewrite names its paragraph by its source and its
place among that source's paragraphs, (at, n), and keeps the composed text it was
written over. When the composer now writes something else there, the rewrite is stale:
the preview marks the paragraph, its part's form marks its button (and a section's row),
check names it, and opening it shows the two texts side by side (rewritedialogs.py) to
keep theirs, take the composed one or edit. Every change is one undo step of the
session, the whole list `rewritten` set at once, so undo and redo cover it as any edit.

The dialogs are imported when first opened (docs/performance.md)."""

import re

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from ..model import Rewrite
from ..problems import Problem
from .. import rewrites
from ..rewrites import Key
from ..sections import HEAD
from .fieldmarks import related, set_problem, short
from .parts import SectionsBinding

if TYPE_CHECKING:
    from .editor import Editor

_REWRITE = re.compile(r"rewritten\[(\d+)\]")
_SECTION = re.compile(r"sections\[(\d+)\]")

def rewrite_index(path: str) -> int | None:
    """The rewrite a path names: 3 for «rewritten[3]» and «rewritten[3].text»."""
    found = _REWRITE.match(path)
    return int(found.group(1)) if found else None


def _within(source: str, part: str) -> bool:
    """A paragraph's source belongs to a part of the form: «sections[3].decisions.items[1]» to «sections[3]»."""
    return source == part or source.startswith((part + ".", part + "["))


class Rewriting(QObject):
    """The window's rewrites: opening a paragraph, the steps that change them, the
    buttons of the forms and the marks of those whose fields changed."""

    def __init__(self, window: "Editor"):
        super().__init__(window)
        self.window = window
        self.clicked: Key | None = None  # the paragraph last clicked or gone to in the preview
        self.buttons: list[RewriteButton] = []
        self.problems: list[Problem] = []  # check's problems of the rewrites, as last marked
        window.document.replaced.connect(self._forget_click)

    def _forget_click(self):
        self.clicked = None

    # ---- what the page holds now ----

    @property
    def document(self):
        return self.window.document

    @property
    def rewritten(self) -> list[Rewrite]:
        return self.document.model.rewritten

    def composed(self):
        """The paragraphs as composed before the rewrites, for the model as it is now (the
        preview may be waiting for its debounce)."""
        preview = self.window.preview
        preview.current()
        return preview.composition.composed

    def keys(self) -> list[Key]:
        """The page's paragraphs, as the preview shows them, each (source, n)."""
        return rewrites.page_keys(self.composed(), self.rewritten)

    def index(self, key: Key) -> int | None:
        """The rewrite of a paragraph, if it has one (the first, should a draft have two)."""
        return rewrites.first(self.rewritten).get(key)

    def now(self, key: Key) -> str | None:
        """What the composer writes now at a paragraph; None when it writes nothing there."""
        return rewrites.composed_at(self.composed(), Rewrite(*key))

    def stale(self, i: int) -> bool:
        """Whether rewrite i was written over a text the composer no longer writes there."""
        r = self.rewritten[i]
        return rewrites.is_stale(r, self.now((r.at, r.n)))

    # ---- opening a paragraph ----

    def open(self, key: Key):
        """The paragraph in the editor; one whose fields changed since it was rewritten,
        or whose rewrite is not shown, in the comparison first."""
        if self._refused():
            return
        i = self.index(key)
        if i is not None and self.stale(i):
            self.compare(i)
        elif self.now(key) is not None:
            self.edit(key)

    def open_paragraph(self, number: int):
        """The page's paragraph number (the preview's)."""
        keys = self.keys()
        if 0 <= number < len(keys):
            self.clicked = keys[number]
            self.open(keys[number])

    def open_target(self):
        """Edit → Rewrite paragraph (F2): the paragraph at the preview's cursor when the
        preview has the keyboard; else the one of the field being edited (the paragraph
        last clicked, if it is that field's); else the one last clicked."""
        if self._refused():
            return
        key = self.target()
        if key is None:
            self.window.statusBar().showMessage(
                self.tr("Click a paragraph of the preview, then press F2 to rewrite it"), 5000)
            return
        self.clicked = key
        self.open(key)

    def target(self) -> Key | None:
        keys = self.keys()
        view = self.window.ui.preview
        focus = self.window.focusWidget()
        if focus is view or focus is view.viewport():
            number = view.cursor_paragraph()
            return keys[number] if 0 <= number < len(keys) else None
        path = self.window.field_path(focus)
        if path is not None:
            # The paragraphs this field feeds, the one of its own record first («items[2]»
            # before the agenda's sentence).
            mine = sorted((key for key in keys if related(key[0], path)), key=lambda key: -len(key[0]))
            if mine:
                return self.clicked if self.clicked in mine else mine[0]
        return self.clicked if self.clicked in keys else None

    def _refused(self) -> bool:
        """A draft shown read-only is not changed, rewrites included."""
        if self.window.files.read_only:
            self.window.statusBar().showMessage(
                self.tr("The draft is open read-only: save it under another name to change it"), 5000)
        return self.window.files.read_only

    def edit(self, key: Key):
        """The editor, on the secretary's text if the paragraph is rewritten, else on the composed one."""
        from .rewritedialogs import BACK, ask_rewrite

        now = self.now(key)
        if now is None:
            return
        i = self.index(key)
        answer = ask_rewrite(self.window, self.rewritten[i].text if i is not None else now, rewritten=i is not None,
                             spelling=self.window.spell_check())
        if answer == BACK:
            self.back_to_composed(i)
        elif answer is not None:
            self.store(key, now, answer)

    def compare(self, i: int):
        """The comparison of rewrite i with what the composer writes now, and what the
        secretary chooses: keep theirs, take the composed text, or edit."""
        from .rewritedialogs import EDIT, KEEP, TAKE, ask_compare

        r = self.rewritten[i]
        key = (r.at, r.n)
        shown = self.index(key) == i  # a second rewrite of a paragraph is not shown: only removed
        choice = ask_compare(self.window, r, self.now(key) if shown else None, shown)
        if choice == KEEP:
            self.keep(i)
        elif choice == TAKE:
            self.back_to_composed(i)
        elif choice == EDIT:
            self.edit(key)

    def show(self, i: int):
        """Go to rewrite i (a problem, a match of Find): its paragraph selected in the
        preview, which takes the keyboard (F2 opens it); a rewrite the page does not show
        (its paragraph is gone, or it is a paragraph's second) in the comparison."""
        if not 0 <= i < len(self.rewritten):
            return
        r = self.rewritten[i]
        key, keys = (r.at, r.n), self.keys()
        if self.index(key) == i and key in keys:
            self.clicked = key
            view = self.window.ui.preview
            view.select_paragraph(keys.index(key))
            view.setFocus()
        elif not self._refused():
            self.compare(i)

    # ---- the changes, each one undo step ----

    def store(self, key: Key, composed: str, text: str):
        """The secretary's text for a paragraph, over the composed one: added, or in place
        of its rewrite. A text that says what the composer says is no rewrite."""
        rewritten, i = list(self.rewritten), self.index(key)
        if rewrites.fold(text) == rewrites.fold(composed):
            if i is not None:
                self.back_to_composed(i)
            return
        rewrite = Rewrite(key[0], key[1], composed, text)
        if i is None:
            rewritten.append(rewrite)
        else:
            rewritten[i] = rewrite
        self._set(rewritten, self.tr("rewrite of a paragraph"))

    def keep(self, i: int):
        """Keep the secretary's text, over what the composer writes now: no longer stale."""
        r = self.rewritten[i]
        now = self.now((r.at, r.n))
        if now is None:
            return
        rewritten = list(self.rewritten)
        rewritten[i] = Rewrite(r.at, r.n, now, r.text)
        self._set(rewritten, self.tr("keeping your text of a paragraph"))

    def back_to_composed(self, i: int | None):
        """The composed text again where rewrite i stood."""
        if i is None:
            return
        rewritten = list(self.rewritten)
        del rewritten[i]
        self._set(rewritten, self.tr("back to the composed text"))

    def back_to_composed_at(self, number: int):
        """The preview's paragraph number back to the composed text."""
        keys = self.keys()
        if 0 <= number < len(keys) and not self._refused():
            self.back_to_composed(self.index(keys[number]))

    def _set(self, rewritten: list[Rewrite], text: str):
        with self.document.one_step(text):
            self.document.set("rewritten", rewritten, text)

    # ---- the preview's context menu ----

    def fill_menu(self, menu: QMenu, number: int):
        """The preview's context menu on paragraph number: rewrite it, or take the
        composed text back (before the menu's Copy and Select All)."""
        keys = self.keys()
        if not 0 <= number < len(keys):
            return
        self.clicked = keys[number]  # F2 goes on with it
        first = menu.actions()[0] if menu.actions() else None
        edit = QAction(self.tr("&Rewrite this paragraph…"), menu, shortcut=self.window.ui.actionRewrite.shortcut())
        edit.triggered.connect(lambda: self.open_paragraph(number))
        actions = [edit]
        if self.index(keys[number]) is not None:
            back = QAction(self.tr("&Back to the composed text"), menu)
            back.triggered.connect(lambda: self.back_to_composed_at(number))
            actions.append(back)
        for action in actions:
            action.setEnabled(not self.window.files.read_only)
        menu.insertActions(first, actions)
        menu.insertSeparator(first)

    # ---- the forms' buttons and marks ----

    def attach(self):
        """Give each form whose part writes text (and the sections' list, for the section
        selected) a button that lists its paragraphs to rewrite; the preview's menu and
        clicks. Called by each build of the window."""
        self.buttons = []
        for section in self.window.sections:
            key = section.property("section")
            if key in {s.key for s in HEAD}:
                button = RewriteButton(self, lambda key=key: key)
                holder = QWidget(section)
                row = QHBoxLayout(holder)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(button)
                row.addStretch()
                section.layout().addRow("", holder)
                self.buttons.append(button)
        for binding in (b for binder in self.window.binders for b in binder.lists if isinstance(b, SectionsBinding)):
            button = RewriteButton(self, binding.selected)
            binding.widget.add_tool(button)
            binding.widget.currentChanged.connect(lambda _row, button=button: self._mark_button(button))
            self.buttons.append(button)
        view = self.window.ui.preview
        view.menuRequested.connect(self.fill_menu)
        view.blockClicked.connect(self._clicked)

    def _clicked(self, number: int):
        keys = self.keys()
        self.clicked = keys[number] if 0 <= number < len(keys) else None

    def paragraphs(self, part: str) -> list[tuple[str, Key | int]]:
        """A part's paragraphs, each as the button's menu names it (its first words, ✎ when
        rewritten, ⚠ when stale), with its key; then its rewrites the page no longer shows,
        each with its index."""
        composed, rewritten = self.composed(), self.rewritten
        shown = dict(zip(rewrites.page_keys(composed, rewritten), self.window.preview.blocks))
        found: list[tuple[str, Key | int]] = []
        for key in rewrites.keys(composed):
            if not _within(key[0], part):
                continue
            block = shown.get(key)
            if block is None:
                found.append(("✎ " + self.tr("(left out of the announcement)"), key))
            else:
                mark = "" if block.rewrite is None else "⚠ " if block.stale else "✎ "
                found.append((mark + short(block.text), key))
        for i, r in enumerate(rewritten):
            if _within(r.at, part) and (self.index((r.at, r.n)) != i or self.now((r.at, r.n)) is None):
                found.append(("⚠ " + self.tr("%1 (not shown)").replace("%1", short(r.text)), i))
        return found

    def offer(self, button: "RewriteButton"):
        """A part's paragraphs to rewrite: the only one opened at once, else a menu."""
        part = button.part()
        if part is None or self._refused():
            return
        found = self.paragraphs(part)
        if not found:
            self.window.statusBar().showMessage(self.tr("This part has no paragraph on the page yet"), 5000)
            return
        if len(found) == 1:
            self._choose(found[0][1])
            return
        menu = QMenu(button)
        for text, target in found:
            menu.addAction(text.replace("&", "&&"), lambda target=target: self._choose(target))
        menu.exec(button.mapToGlobal(QPoint(button.width() if button.isRightToLeft() else 0, button.height())))
        menu.deleteLater()

    def _choose(self, target: Key | int):
        if isinstance(target, int):
            self.compare(target)
        else:
            self.clicked = target
            self.open(target)

    def at_paragraphs(self, problems: list[Problem]) -> list[Problem]:
        """Each problem of a rewrite, also at the field its paragraph comes from, so that
        the form marks it there (a section's row, a free paragraph's text, a list)."""
        moved = []
        for p in problems:
            i = rewrite_index(p.path)
            if i is not None and i < len(self.rewritten):
                moved.append(Problem(self.rewritten[i].at, p.fa, p.en, p.warning))
        return moved

    def mark(self, problems: list[Problem]):
        """Mark each button whose part has a rewrite with a problem (stale, not shown)."""
        self.problems = [p for p in problems if rewrite_index(p.path) is not None]
        for button in self.buttons:
            self._mark_button(button)

    def _mark_button(self, button: "RewriteButton"):
        part, rewritten, mine = button.part(), self.rewritten, []
        for problem in self.problems if part is not None else ():
            i = rewrite_index(problem.path)
            if i < len(rewritten) and _within(rewritten[i].at, part):
                mine.append(problem)
        set_problem(button, mine, self.window.settings.language)
        if not mine:
            button.setToolTip(button.tip)

    def label(self, i: int) -> str | None:
        """What the form calls rewrite i: its paragraph's part, then «Rewritten paragraph»."""
        if not 0 <= i < len(self.rewritten):
            return None
        name = self.tr("Rewritten paragraph")
        where = self._place(self.rewritten[i].at)
        return f"{where} › {name}" if where else name

    def _place(self, at: str) -> str | None:
        """What the form calls the part a paragraph comes from: a fixed part's title, the
        field the composer names now, or else its section, if the draft has it (a rewrite
        read from a file may name a paragraph long gone, or a path no draft has)."""
        head = next((s for s in HEAD if s.key == at), None)
        if head is not None:
            return head.label.text(self.window.settings.language)
        if at in {block.source for block in self.composed()}:
            return self.window.checking.field_label(at)
        section = _SECTION.match(at)
        if section and int(section.group(1)) < len(self.document.model.sections):
            return self.window.checking.field_label(section.group(0))
        return None


class RewriteButton(QToolButton):
    """«✎ Rewrite a paragraph…» in a form: the part's paragraphs to rewrite; its border
    says when one of them was rewritten over a text the composer no longer writes."""

    def __init__(self, rewriting: Rewriting, part):
        super().__init__()
        self.part = part  # the part of the model it lists, as a path («session», «sections[3]»), or None
        self.setObjectName("rewriteButton")
        self.setText("✎ " + self.tr("Rewrite a paragraph…"))
        self.tip = self.tr("Write a paragraph of the page in your own words (F2 in the preview)")
        self.setToolTip(self.tip)
        self.setAccessibleName(self.tr("Rewrite a paragraph"))
        self.clicked.connect(lambda: rewriting.offer(self))
