"""The dialogs of a paragraph rewritten by hand (rewriting.py): the editor, on the
secretary's text or the composed one, and the comparison of a rewrite with what the
composer writes now, word by word, when its fields changed since (or when the page no
longer shows it).

Both are right to left and in the bundled Vazirmatn, whatever the interface's language:
the paragraphs are Persian. The comparison marks the words only in one text twice over,
by colour and by line (struck through in the composed text, underlined in the
secretary's), so that it reads without colours too.

Imported at first use (docs/performance.md)."""

from difflib import SequenceMatcher
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QLabel, QPushButton, QTextBrowser,
                               QVBoxLayout)

from ..model import Rewrite
from ..render.qt.qtapp import UI_FONT
from .widgets import ParagraphEdit

BACK, KEEP, TAKE, EDIT = "back", "keep", "take", "edit"
ONLY_COMPOSED = "#f6c6c2"  # a word of the composed text that the secretary's has not
ONLY_YOURS = "#c5e8c8"  # and one of theirs the composed text has not
TEXT_POINTS = 12


def _quoted(words: str, right_to_left: bool) -> str:
    """Persian words for a quote of the interface's: a mark of its direction after them
    holds the closing quote to them, and the line's order. (The English quotes are “”,
    which nothing mirrors: a » after Persian letters was drawn as «.)"""
    return (words or "—") + ("\u200f" if right_to_left else "\u200e")


def word_diff(composed: str, yours: str) -> tuple[str, str]:
    """The two texts as HTML, word by word: the words only in the composed text struck
    through on red, those only in yours underlined on green."""
    a, b = composed.split(), yours.split()
    left, right = [], []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            left.append(escape(" ".join(a[i1:i2])))
            right.append(escape(" ".join(b[j1:j2])))
            continue
        if i2 > i1:
            left.append(f'<span style="background-color:{ONLY_COMPOSED}; text-decoration:line-through">'
                        f'{escape(" ".join(a[i1:i2]))}</span>')
        if j2 > j1:
            right.append(f'<span style="background-color:{ONLY_YOURS}; text-decoration:underline">'
                         f'{escape(" ".join(b[j1:j2]))}</span>')
    return " ".join(left), " ".join(right)


def changes(before: str, after: str, most: int = 5) -> list[tuple[str, str]]:
    """What became of the words of before in after, run by run: [(«استکهلم», «گوتنبرگ»)];
    a word added has "" before it, one left out "" after it; at most `most` runs."""
    a, b = before.split(), after.split()
    found = [(" ".join(a[i1:i2]), " ".join(b[j1:j2]))
             for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if tag != "equal"]
    return found[:most]


def _paragraph(html: str) -> str:
    return f'<p dir="rtl" style="font-family:\'{UI_FONT}\'; font-size:{TEXT_POINTS}pt">{html}</p>'


def _text_font() -> QFont:
    return QFont(UI_FONT, TEXT_POINTS)


class RewriteDialog(QDialog):
    """The paragraph's text to change freely; OK keeps it, «Back to the composed text»
    (for a paragraph already rewritten) drops the secretary's."""

    def __init__(self, parent, text: str, rewritten: bool):
        super().__init__(parent, objectName="rewriteDialog")
        self.setWindowTitle(self.tr("Rewrite the paragraph"))
        self.choice: str | None = None
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Your words take the composed paragraph's place on the page and in every export. "
                              "If a field it was composed from changes, the paragraph is marked and you choose "
                              "which text to keep."), wordWrap=True)
        layout.addWidget(note)
        self.editor = ParagraphEdit(self)
        self.editor.setObjectName("rewriteText")
        self.editor.setFont(_text_font())
        self.editor.setPlainText(text)
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use my text"))
        if rewritten:
            back = buttons.addButton(self.tr("Back to the composed text"), QDialogButtonBox.ButtonRole.ResetRole)
            back.setObjectName("backButton")
            back.setToolTip(self.tr("Drop your text: the paragraph is composed from its fields again"))
            back.clicked.connect(self._back)
        buttons.accepted.connect(self._use)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)
        self.editor.setFocus()
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)

    def _use(self):
        self.choice = self.editor.toPlainText()
        self.accept()

    def _back(self):
        self.choice = BACK
        self.accept()


def ask_rewrite(parent, text: str, rewritten: bool, spelling=None) -> str | None:
    """The secretary's new text, BACK (to the composed text), or None (cancelled); the
    window's spell check (gui/spelling.py) marks the text."""
    dialog = RewriteDialog(parent, text, rewritten)
    if spelling is not None:
        spelling.follow_editor(dialog.editor)
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()


class CompareDialog(QDialog):
    """A rewrite beside what the composer writes now, word by word; the choices."""

    def __init__(self, parent, rewrite: Rewrite, now: str | None, shown: bool):
        super().__init__(parent, objectName="compareDialog")
        self.choice: str | None = None
        layout = QVBoxLayout(self)
        if now is not None:
            self.setWindowTitle(self.tr("The composed text changed"))
            said = self.tr("The fields of this paragraph changed after you rewrote it. Here is what the program "
                           "composes from them now, beside your text: struck through, words only in the composed "
                           "text; underlined, words only in yours.")
        elif shown:
            self.setWindowTitle(self.tr("The paragraph is gone"))
            said = self.tr("The paragraph you rewrote is no longer in the announcement (its section or item was "
                           "removed, or its fields emptied). Your text is kept, but not shown.")
        else:
            self.setWindowTitle(self.tr("The paragraph is rewritten twice"))
            said = self.tr("This paragraph was rewritten twice; the page shows the first text, and this one is "
                           "not used.")
        message = QLabel(said, wordWrap=True, objectName="message")
        layout.addWidget(message)
        if now is not None and (since := changes(rewrite.composed, now)):
            arrow, rtl = self.tr("“%1” → “%2”"), self.isRightToLeft()
            runs = [arrow.replace("%1", _quoted(old, rtl)).replace("%2", _quoted(new, rtl)) for old, new in since]
            layout.addWidget(QLabel(self.tr("Changed in the composed text since: %1").replace("%1", self.tr("; ").join(runs)),
                                    wordWrap=True, objectName="changes"))
        panes = QGridLayout()
        if now is not None:
            composed_html, yours_html = word_diff(now, rewrite.text)
            panes.addWidget(QLabel(self.tr("Composed now, from the fields")), 0, 0)
            panes.addWidget(self._pane(composed_html, "composedText"), 1, 0)
        else:
            yours_html = escape(rewrite.text)
        panes.addWidget(QLabel(self.tr("Your text")), 0, 1)
        panes.addWidget(self._pane(yours_html, "yourText"), 1, 1)
        layout.addLayout(panes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if now is not None:
            self._button(buttons, self.tr("Keep my text"), KEEP, "keepButton",
                         self.tr("Your text stays, and is no longer marked"), QDialogButtonBox.ButtonRole.AcceptRole)
            self._button(buttons, self.tr("Take the composed text"), TAKE, "takeButton",
                         self.tr("Drop your text: the paragraph is composed from its fields again"))
            self._button(buttons, self.tr("Edit…"), EDIT, "editButton", self.tr("Change your text, in the editor"))
        else:
            self._button(buttons, self.tr("Remove my text"), TAKE, "takeButton",
                         self.tr("Drop your text (undo brings it back)"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 520 if now is not None else 360)

    def _pane(self, html: str, name: str) -> QTextBrowser:
        pane = QTextBrowser(self, objectName=name)
        pane.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        pane.setFont(_text_font())
        pane.setHtml(_paragraph(html))
        return pane

    def _button(self, buttons: QDialogButtonBox, text: str, choice: str, name: str, tip: str,
                role=QDialogButtonBox.ButtonRole.ActionRole) -> QPushButton:
        button = buttons.addButton(text, role)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str):
        self.choice = choice
        self.accept()


def ask_compare(parent, rewrite: Rewrite, now: str | None, shown: bool) -> str | None:
    """KEEP, TAKE, EDIT or None (cancelled) for a rewrite and what the composer writes now
    at its place (None: nothing, or the rewrite is not shown: `shown` says which)."""
    dialog = CompareDialog(parent, rewrite, now, shown)
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()
