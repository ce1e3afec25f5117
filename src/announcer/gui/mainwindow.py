"""The editor window: the form beside the live preview, files, undo, recovery, status.

The window is built from ui/mainwindow.ui and one Designer form per section of the
announcement; building again (after a change of language) keeps the open session.
Dialogs, the Word export and the tidier are imported where they are used: the start
need not load them (docs/performance.md)."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QLineEdit, QMenu

from .. import draft, schema
from ..dates import Calendar
from ..model import Announcement
from ..persian.digits import number
from ..problems import DraftError, ExportError, Problem
from ..validate import check
from .binder import Binder
from .preview import Preview
from .recovery import Recovery
from .session import DocumentSession
from .settings import AppSettings, edit_settings
from .uiload import load_ui
from .widgets import ParagraphEdit

SECTIONS = ("publication.ui", "title.ui", "session.ui", "agenda.ui", "documents.ui", "reports.ui",
            "discussion.ui", "resolutions.ui", "other_discussions.ui", "elections.ui", "closing.ui",
            "document_settings.ui")


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings, recovery_interval_ms: int | None = None):
        super().__init__()
        self.settings = settings
        self.session = DocumentSession(self)
        self.recovery = Recovery(self.session, settings.recovery_folder(), recovery_interval_ms)
        self.last_saved: dt.datetime | None = None
        self.problems: list[Problem] = []
        self.setAcceptDrops(True)
        self.session.undo_stack.cleanChanged.connect(self.update_title)
        self.session.replaced.connect(self.update_title)
        self.session.changed.connect(self.schedule_validation)
        self.session.replaced.connect(self.schedule_validation)
        self.validation = QTimer(self, singleShot=True, interval=200)
        self.validation.timeout.connect(self.validate)
        self.build()

    # ---- building ----

    def build(self):
        """(Re)build the window from the Designer forms, in the current language."""
        for part in getattr(self, "binders", []) + [getattr(self, "preview", None)]:
            if part is not None:
                part.detach()  # the widgets they serve are about to go
        self.ui = load_ui("mainwindow.ui")  # a QMainWindow that lends us its parts (and keeps its actions)
        self.setCentralWidget(self.ui.centralWidget())  # the previous ones are deleted by Qt
        self.setMenuBar(self.ui.menuBar())
        self.setStatusBar(self.ui.statusBar())
        for part in (self.centralWidget(), self.menuBar(), self.statusBar()):
            part.setVisible(True)  # parts taken from an unshown window stay hidden otherwise
        # The sections are loaded in place: moving them with the central widget costs more.
        self.sections = [load_ui(name, self.ui.formHost) for name in SECTIONS]
        for section in self.sections:
            self.ui.formLayout.addWidget(section)
            section.show()  # at once, when the window is rebuilt on screen
        self.ui.formLayout.addStretch()
        self.resize(self.ui.size())
        self.ui.splitter.setSizes([int(self.width() * 0.45), int(self.width() * 0.55)])  # form, preview
        self.binders = [Binder(self.session, section) for section in self.sections]
        for binder in self.binders:
            binder.typedProblemsChanged.connect(self.schedule_validation)
        self._status_widgets()
        self.preview = Preview(self.ui.preview, self.session, self.settings.document_style)
        self.preview.fieldRequested.connect(self.go_to)
        self.preview.updated.connect(self.update_status)
        self.update_status(self.preview.blocks)
        self._actions()
        self.update_title()
        self.schedule_validation()  # after the first paint: a fresh window need not wait for it

    def _actions(self):
        ui = self.ui
        undo = self.session.undo_stack.createUndoAction(ui.menuEdit, self.tr("&Undo"))
        redo = self.session.undo_stack.createRedoAction(ui.menuEdit, self.tr("&Redo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)  # the keys the fields' own undo answers to
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        ctrl_y = QKeySequence("Ctrl+Y")  # Word's redo, which Qt's standard keys leave out on Linux
        redo.setShortcuts(redo_keys if ctrl_y in redo_keys else redo_keys + [ctrl_y])
        ui.menuEdit.insertActions(ui.actionTidy, [undo, redo])
        ui.menuEdit.insertSeparator(ui.actionTidy)
        for action, slot in ((ui.actionNew, self.new), (ui.actionOpen, self.open_dialog), (ui.actionSave, self.save),
                             (ui.actionSaveAs, self.save_as), (ui.actionExport, self.export),
                             (ui.actionQuit, self.close), (ui.actionTidy, self.tidy_field),
                             (ui.actionPreferences, self.preferences)):
            action.triggered.connect(slot)
        ui.menuRecent.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        keys = {key.toString() for menu in self.menuBar().findChildren(QMenu) for action in menu.actions()
                for key in action.shortcuts()}
        for binder in self.binders:
            binder.window_keys = keys

    def _fill_recent(self):
        menu = self.ui.menuRecent
        menu.clear()
        for path in self.settings.recent:
            action = QAction(path, menu)
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
            menu.addAction(action)
        menu.setEnabled(bool(self.settings.recent))

    def _status_widgets(self):
        self.words_label, self.saved_label, self.calendar_label = QLabel(), QLabel(), QLabel()
        for label in (self.words_label, self.saved_label, self.calendar_label):
            self.statusBar().addPermanentWidget(label)
            label.show()

    # ---- status, title, problems ----

    def update_title(self, *_):
        name = self.session.path.name if self.session.path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — {QCoreApplication.applicationName()}")
        self.setWindowModified(self.session.modified)

    def update_status(self, blocks):
        digits = self.session.model.settings.persian_digits
        words = sum(len(b.text.split()) for b in blocks)
        self.words_label.setText(self.tr("Words: %1").replace("%1", number(words, digits)))
        saved = QLocale().toString(self.last_saved.time(), QLocale.FormatType.ShortFormat) if self.last_saved else "—"
        self.saved_label.setText(self.tr("Saved: %1").replace("%1", saved))
        names = {Calendar.GREGORIAN: self.tr("Gregorian calendar"), Calendar.JALALI: self.tr("Jalali calendar"),
                 Calendar.BOTH: self.tr("Gregorian and Jalali calendars")}
        self.calendar_label.setText(names[self.session.model.settings.calendar])

    def schedule_validation(self, *_):
        self.validation.start()

    def validate(self):
        """Mark every field with a problem: cross-field checks and text that cannot be read."""
        typed = [p for b in self.binders for p in b.input_problems.values()]
        self.problems = typed + check(self.session.model)
        for binder in self.binders:
            binder.mark(self.problems, self.settings.language)
        if self.problems:
            self.statusBar().showMessage(self.tr("%1 problem(s): hover a marked field to read them")
                                         .replace("%1", number(len(self.problems), self.settings.language == "fa")))
        else:
            self.statusBar().clearMessage()

    def go_to(self, path: str):
        """Take the user to the field that produced a paragraph (or holds a problem)."""
        for binder, section in zip(self.binders, self.sections):
            if binder.focus(path) or path == section.property("section") and binder.focus_first():
                self.ui.formScroll.ensureWidgetVisible(QApplication.focusWidget() or section)
                return

    # ---- files ----

    def confirm_discard(self) -> bool:
        """Ask before unsaved changes would be lost; True when it is fine to go on."""
        from PySide6.QtWidgets import QMessageBox

        if not self.session.modified:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("The announcement has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new(self):
        if self.confirm_discard():
            self.recovery.discard()
            self.session.load(Announcement(), None)

    def open_dialog(self):
        from PySide6.QtWidgets import QFileDialog

        if not self.confirm_discard():
            return
        folder = str(self.session.path.parent) if self.session.path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open draft"), folder, self._draft_filter())
        if path:
            self.open_path(Path(path), confirmed=True)

    def _draft_filter(self) -> str:
        return self.tr("Announcement drafts (*.announcement.json *.json)")

    def open_path(self, path: Path, confirmed: bool = False) -> bool:
        if not confirmed and not self.confirm_discard():
            return False
        try:
            self.session.open(path)
        except DraftError as e:
            self.show_problems(self.tr("Cannot open %1").replace("%1", path.name), e.problems)
            return False
        self.last_saved = None
        self.settings.remember(path)
        return True

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        suggested = str(self.session.path or Path.home() / ("announcement" + draft.FILE_SUFFIX))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save draft"), suggested, self._draft_filter())
        return bool(path) and self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.session.save(path)
        except DraftError as e:
            self.show_problems(self.tr("Cannot save %1").replace("%1", path.name), e.problems)
            return False
        self.last_saved = dt.datetime.now()
        self.settings.remember(path)
        self.update_title()
        self.update_status(self.preview.blocks)
        return True

    def export(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from ..export import export_docx

        self.validate()  # the debounced check may not have run since the last edit
        if self.problems and QMessageBox.warning(
                self, self.tr("Problems in the announcement"),
                self.tr("Fix these first, or export anyway:") + "\n\n" + self._describe(self.problems),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Ignore,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Ignore:
            return None
        base = self.session.path.with_name(self.session.path.name.split(".")[0] + ".docx") if self.session.path \
            else Path.home() / "announcement.docx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Word"), str(base), self.tr("Word files (*.docx)"))
        if not path:
            return None
        try:
            warnings = export_docx(self.session.model, Path(path), self.settings.document_style)
        except ExportError as e:
            self.show_problems(self.tr("Cannot export %1").replace("%1", Path(path).name), e.problems)
            return None
        self._after_export(Path(path), warnings)
        return Path(path)

    def _after_export(self, path: Path, warnings: list[Problem]):
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        choice = self.ask_after_export(path, warnings)
        if choice:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path if choice == "file" else path.parent)))

    def ask_after_export(self, path: Path, warnings: list[Problem]) -> str | None:
        """Say the file is written; return «file» or «folder» to open, or None."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Exported"),
                          self.tr("The Word file was written:") + f"\n{path}", parent=self)
        if warnings:
            box.setDetailedText(self._describe(warnings))
        choices = {box.addButton(self.tr("Open the file"), QMessageBox.ButtonRole.AcceptRole): "file",
                   box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole): "folder"}
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return choices.get(box.clickedButton())

    def _describe(self, problems: list[Problem]) -> str:
        return "\n".join(p.text(self.settings.language) for p in problems)

    def show_problems(self, title: str, problems: list[Problem]):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, title, self._describe(problems))

    # ---- editing helpers ----

    def tidy_field(self):
        """Tidy the focused free-text field (never a name, as the schema says), as one undoable step."""
        from ..persian.tidy import tidy

        widget = QApplication.focusWidget()
        path = next((a.path for b in self.binders for a in b.all_adapters() if a.widget is widget), None)
        if path is None or schema.at(path).name:
            return
        if isinstance(widget, ParagraphEdit):
            widget.setPlainText(tidy(widget.toPlainText()))
        elif isinstance(widget, QLineEdit):
            widget.setText(tidy(widget.text()))
            widget.textEdited.emit(widget.text())

    def preferences(self):
        if edit_settings(self, self.settings):
            self.switch_language(self.settings.language)
        self.preview.restyle(self.settings.document_style)

    def switch_language(self, language: str):
        """Apply a language to the whole program and rebuild the window in it; the open
        document, its undo history and its file stay as they are."""
        from .app import apply_language

        self.settings.language = language
        apply_language(QApplication.instance(), language)
        self.setLocale(QLocale())  # children inherit the window's locale (digits in spin boxes)
        self.build()

    # ---- window events ----

    def changeEvent(self, event):
        # Focus lost (to another program, or to one of our dialogs): keep a recovery copy.
        # Not QApplication.applicationStateChanged: PySide 6.11 cannot hand its Qt enum to
        # a Python slot before Qt's namespace is first used (docs/performance.md).
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.recovery.save_now()
        super().changeEvent(event)

    def closeEvent(self, event):
        if self.confirm_discard():
            self.recovery.discard()
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event):
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile() and urls[0].toLocalFile().endswith(".json"):
            event.acceptProposedAction()

    def dropEvent(self, event):
        self.open_path(Path(event.mimeData().urls()[0].toLocalFile()))
        event.acceptProposedAction()
