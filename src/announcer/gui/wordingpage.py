"""The Wording page (عبارت‌ها): the draft's own wording of each fixed phrase.

Each phrase of phrases.py is listed by what it is for (phrase_labels.py, in the
interface's language) with its wording, and shown with its default, what each of its
placeholders stands for and holds now, one sentence of the current announcement that
uses it, and an editor whose placeholders are highlighted (an unknown one in red, with
the reason below). A phrase is Persian, so it reads right to left wherever it is shown,
even when it starts with a placeholder («{kind} برگزاری جلسه {who}»); no key of the
program's («phrases.title») is shown. Edits go to the open document as undoable changes of
`phrases`. The wording can be kept as the user's default for new drafts, and exported
or imported as a small file a committee shares. Built the first time it is shown."""

import html
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (QDockWidget, QMainWindow, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSplitter, QVBoxLayout)

from .. import compose, draft, wording
from ..phrase_labels import known_placeholders, phrase_label, placeholder_label
from ..problems import DraftError
from . import filedialogs
from .checking import Checking
from .document import OpenDocument
from .settings import AppSettings
from .spelling import Highlighter, SpellCheck
from .widgets import ParagraphEdit

_BRACED = re.compile(r"\{[^{}]*\}?|\}")
RLI, LRI, FSI, PDI = "\u2067", "\u2066", "\u2068", "\u2069"  # bidi isolates: a run keeps its own direction
LONGEST_VALUE = 120  # characters of a placeholder's value shown (a resolution's text may be pages)


def _persian(text: str) -> str:
    """A phrase as rich text that reads right to left whatever it starts with."""
    return f'<p dir="rtl">{html.escape(text)}</p>'


class _PhraseEdit(ParagraphEdit):
    """A phrase's editor: right to left from the first character, even a «{»."""

    def __init__(self):
        super().__init__()
        self._direction_when_empty()

    def _direction_when_empty(self) -> None:
        from PySide6.QtGui import QTextOption

        option = QTextOption(self.document().defaultTextOption())
        if option.textDirection() != Qt.LayoutDirection.RightToLeft:
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            self.document().setDefaultTextOption(option)


class _Placeholders(Highlighter):
    """Highlights the placeholders a phrase may use, and in red the braces it may not,
    beside the spell check's marks."""

    def __init__(self, editor: ParagraphEdit, check):
        super().__init__(editor, check)
        self.key = ""
        self.known, self.wrong = QTextCharFormat(), QTextCharFormat()
        self.known.setBackground(QColor("#dbe9ff"))
        self.known.setForeground(QColor("#1a4c9c"))
        self.wrong.setBackground(QColor("#ffd9d9"))
        self.wrong.setForeground(QColor("#b00020"))

    def highlightBlock(self, text: str):
        super().highlightBlock(text)
        if not self.key:
            return
        allowed = set(wording.placeholders(self.key, wording.DEFAULTS[self.key]))
        for m in _BRACED.finditer(text):
            if m.group() in ("{{", "}}"):
                continue
            fine = m.group().endswith("}") and m.group()[1:-1] in allowed
            self.setFormat(m.start(), len(m.group()), self.known if fine else self.wrong)


class WordingPage(QFrame):
    """The list of phrases and the editor of the one selected."""

    def __init__(self, document: OpenDocument, settings: AppSettings, spelling: SpellCheck,
                 say: Callable[[str, int], None], checking: Checking):
        """spelling marks the phrase typed; say: a line in the status bar; checking says
        the problems of a wording file that cannot be read or written."""
        super().__init__()
        self.document, self.settings, self.say, self.checking = document, settings, say, checking
        self.setObjectName("wordingPage")
        self.phrases = QListWidget(objectName="phraseList")
        self.language = settings.language
        for key in wording.DEFAULTS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.phrases.addItem(item)
        self.name_label = QLabel(objectName="nameLabel", wordWrap=True)
        self.default_label = QLabel(objectName="defaultLabel", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.placeholders_label = QLabel(objectName="placeholdersLabel", wordWrap=True,
                                         textFormat=Qt.TextFormat.RichText)
        self.usage_label = QLabel(objectName="usageLabel", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.editor = _PhraseEdit()
        self.editor.setObjectName("phraseEditor")
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 3 + 12)
        self.highlighter = spelling.follow_editor(self.editor, _Placeholders)
        self.problem_label = QLabel(objectName="problemLabel", wordWrap=True, textFormat=Qt.TextFormat.PlainText)  # quotes the phrase
        self.reset = QPushButton(self.tr("Back to default"), objectName="resetButton")
        self.keep = QPushButton(self.tr("Keep as my default for new drafts"), objectName="keepButton")
        self.export_button = QPushButton(self.tr("Export…"), objectName="exportButton")
        self.import_button = QPushButton(self.tr("Import…"), objectName="importButton")
        self._layout()
        self.phrases.currentRowChanged.connect(self.select)
        self.editor.textChanged.connect(self.edited)
        self.reset.clicked.connect(self.back_to_default)
        self.keep.clicked.connect(self.keep_as_default)
        self.export_button.clicked.connect(self.export_file)
        self.import_button.clicked.connect(self.import_file)
        self.document.changed.connect(self.refresh)
        self.document.replaced.connect(self.refresh)
        self.phrases.setCurrentRow(0)
        self.refresh()

    def _layout(self):
        detail = QFrame()
        form = QVBoxLayout(detail)
        for caption, widget in ((self.tr("Phrase"), self.name_label), (self.tr("Default"), self.default_label),
                                (self.tr("Placeholders"), self.placeholders_label),
                                (self.tr("In this announcement"), self.usage_label),
                                (self.tr("This draft's wording"), self.editor)):
            title = QLabel(f"<b>{html.escape(caption)}</b>")
            form.addWidget(title)
            form.addWidget(widget)
        form.addWidget(self.problem_label)
        form.addWidget(self.reset, alignment=Qt.AlignmentFlag.AlignLeading)
        form.addStretch()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.phrases)
        split.addWidget(detail)
        buttons = QHBoxLayout()
        for button in (self.keep, self.export_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch()
        page = QVBoxLayout(self)
        page.addWidget(split)
        page.addLayout(buttons)

    def showEvent(self, event):
        super().showEvent(event)
        self.refresh()  # hidden, it let the draft's changes pass

    def select_key(self, key: str):
        """Show the phrase with this key (a problem's path is «phrases.KEY»)."""
        for row in range(self.phrases.count()):
            if self.phrases.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.phrases.setCurrentRow(row)
                self.editor.setFocus()

    @property
    def key(self) -> str:
        item = self.phrases.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def select(self, *_):
        self.document.merge_barrier = True  # another phrase: another undo step
        self.highlighter.key = self.key
        self.name_label.setText(phrase_label(self.key).text(self.language))
        self.default_label.setText(_persian(wording.DEFAULTS[self.key]))
        self._show_editor()
        self._show_usage()

    def _show_editor(self):
        text = wording.phrase({}, self.key) if self.key not in self.document.model.phrases \
            else self.document.model.phrases[self.key]
        if self.editor.toPlainText() != text:
            self.editor.blockSignals(True)
            self.editor.setPlainText(text)
            self.editor.blockSignals(False)
            self.highlighter.rehighlight()
        self._show_problem(text)

    def _show_problem(self, text: str):
        """Why the composer cannot use the text (red), or which placeholder it leaves out (amber)."""
        fa = self.settings.language == "fa"
        try:
            wording.placeholders(self.key, text)
        except wording.PlaceholderError as e:
            self.problem_label.setStyleSheet("color: #b00020")
            self.problem_label.setText(e.fa if fa else e.en)
        else:
            warned = wording.warnings({self.key: text})
            self.problem_label.setStyleSheet("color: #8a5a00")
            self.problem_label.setText((warned[0].fa if fa else warned[0].en) if warned else "")
        self.reset.setEnabled(self.key in self.document.model.phrases)

    def _show_usage(self):
        found, values = compose.usage_and_values(self.document.model, self.key)
        self._show_placeholders(values if found else None)
        if found is None:
            unused = self.tr("Not used in this announcement")
            self.usage_label.setText(f"<i>{html.escape(unused)}</i>")
            return
        before, used, after = map(html.escape, found)
        self.usage_label.setText(f'<p dir="rtl">{before}<span style="background:#fff1b8">{used}</span>{after}</p>')

    def _show_placeholders(self, values: dict[str, str] | None):
        """Each placeholder the phrase may use, what it stands for, and what it holds in
        this announcement (values; None when the announcement does not use the phrase)."""
        names = known_placeholders(self.key)
        if not names:
            self.placeholders_label.setText(html.escape(self.tr("None: the phrase is used as it is")))
            return
        lines = []
        for name in names:
            line = f"{LRI}{{{name}}}{PDI}: {placeholder_label(self.key, name).text(self.language)}"
            if values is not None and name in values:
                value = values[name][:LONGEST_VALUE] + ("…" if len(values[name]) > LONGEST_VALUE else "")
                line += self.tr("; now «%1»").replace("%1", f"{FSI}{value}{PDI}") if value.strip() \
                    else self.tr("; empty now")
            lines.append(html.escape(line))
        direction = "rtl" if self.language == "fa" else "ltr"
        self.placeholders_label.setText(f'<p dir="{direction}">' + "<br>".join(lines) + "</p>")

    def refresh(self, path: str | None = None):
        """The draft changed: marks on the phrases it rewords, and the selected one's text."""
        if not self.isVisible() and path is not None:
            return
        overridden = self.document.model.phrases
        for row in range(self.phrases.count()):
            item = self.phrases.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            # What the phrase is for, then its wording, right to left in either interface.
            item.setText(f"{phrase_label(key).text(self.language)}\n{RLI}{overridden.get(key, wording.DEFAULTS[key])}{PDI}")
            font = item.font()
            font.setBold(key in overridden)
            item.setFont(font)
        if self.key:
            if not self.editor.hasFocus():
                self._show_editor()
            self._show_usage()

    def edited(self):
        text = " ".join(self.editor.toPlainText().split("\n"))
        phrases = dict(self.document.model.phrases)
        if text == wording.DEFAULTS[self.key]:
            phrases.pop(self.key, None)
        else:
            phrases[self.key] = text
        self._set(phrases)
        self._show_problem(text)

    def _set(self, phrases: dict[str, str]):
        self.document.set("phrases", phrases, self.tr("Change to the wording"))

    def back_to_default(self):
        phrases = dict(self.document.model.phrases)
        phrases.pop(self.key, None)
        self.document.merge_barrier = True
        self._set(phrases)
        self._show_editor()

    def keep_as_default(self):
        self.settings.wording = self.document.model.phrases
        self.say(self.tr("New drafts will start with this wording"), 5000)

    def export_file(self):
        name = Path(self.document.path.parent if self.document.path else Path.home()) / ("wording" + draft.WORDING_SUFFIX)
        path = filedialogs.save_name(self, self.tr("Export wording"), str(name), self._filter())
        if not path:
            return
        try:
            draft.save_wording(path, self.document.model.phrases, keep=(self.document.path,) if self.document.path else ())
        except DraftError as e:
            self.checking.show_problems(self.tr("Cannot save %1").replace("%1", Path(path).name), e.problems, Path(path))

    def import_file(self):
        folder = str(self.document.path.parent) if self.document.path else ""
        path = filedialogs.open_name(self, self.tr("Import wording"), folder, self._filter())
        if not path:
            return
        try:
            phrases = draft.load_wording(path)
        except DraftError as e:
            self.checking.show_problems(self.tr("Cannot open %1").replace("%1", Path(path).name), e.problems, Path(path))
            return
        self.document.merge_barrier = True
        self._set(phrases)
        self.refresh()

    def _filter(self) -> str:
        return self.tr("Wording files (*.wording.json *.json)")


def wording_dock(window: QMainWindow, page: WordingPage) -> QDockWidget:
    """The page in a dock beside the form of window."""
    dock = QDockWidget(QCoreApplication.translate("WordingPage", "Wording"), window, objectName="wordingDock")
    dock.setWidget(page)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    return dock



