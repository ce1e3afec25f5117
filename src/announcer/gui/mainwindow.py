"""The editor window: the form beside the live preview, made of parts that each own one
job and are given what they need:

- draftfiles.py: the draft on disk (new, open, save, locks, the disk watch);
- checking.py: problems marked on their fields, counted and walked through;
- statusline.py: words, last saved, calendar, recovery copies in the status bar;
- outputs.py: export, print, clipboard;
- preview.py, rewriting.py, the Wording page (wording.py), the spell check (spelling.py).

The window is built from ui/mainwindow.ui and one Designer form for each fixed part of
the announcement (sections.FIXED); the body's sections are listed in one of them, each
kind with a form of its own (parts.py). Building again (after a change of language)
keeps the open document. Dialogs are imported where they are used: the start need not
load them (docs/performance.md)."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QTimer, QCoreApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QMenu

from .. import schema
from ..model import Announcement
from ..sections import FIXED
from . import menus
from .binder import Binder
from .checking import Checking
from .draftfiles import DraftFiles
from .fieldmenu import FieldMenus
from .outputs import Outputs
from .owners import Owner
from .parts import SectionsBinding
from .preferences import edit_settings
from .preview import Preview
from .recovery import Recovery
from .rewriting import Rewriting, rewrite_index
from .document import OpenDocument
from .settings import AppSettings
from .statusline import StatusLine
from .uiload import align_labels, load_ui
from .widgets import ParagraphEdit, WholeWidth

if TYPE_CHECKING:
    from .spelling import SpellCheck

_spawned: set["MainWindow"] = set()  # windows opened for recovered copies, kept alive until closed

_COMPLETION_AFTER_MS = 300  # after the first paint, name completion is attached


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings, recovery_ms: tuple[int, int] | None = None):
        """recovery_ms: the pause in typing and the longest wait before a recovery copy
        (recovery.py's, unless a test wants them shorter)."""
        super().__init__()
        self.settings = settings
        self.document = OpenDocument(self)
        self.document.model = settings.new_announcement()  # the user's own wording and calendar
        self.owner = Owner.claim()
        self.recovery = Recovery(self.document, settings.recovery_folder(), self.owner, *(recovery_ms or ()))
        self.rewriting = Rewriting(self)  # paragraphs rewritten by hand: their buttons, marks and dialogs
        self.checking = Checking(self, self.document, settings, self.rewriting, self.go_to)
        self.status_line = StatusLine(self, settings, self.recovery)
        self.files = DraftFiles(self, self.document, settings, self.owner, self.recovery, self._say, self.checking)
        self.files.held.connect(self._held)
        self.files.stateChanged.connect(self.update_title)
        self.files.stateChanged.connect(self.update_status)
        self.outputs = Outputs(self, self.document, settings, self.checking, self._say)
        self.field_menus = FieldMenus(self, self.document.undo_stack, lambda widget: self.field_path(widget) is not None)
        self.setAcceptDrops(True)
        self.document.undo_stack.cleanChanged.connect(self.update_title)
        self.document.changing.connect(self._keep_names)
        self.document.replaced.connect(self.update_title)
        # Started by the first paint (a child timer, not QTimer.singleShot: it goes with the
        # window if that closes first). Timed from the build, a slow start saw it fire before.
        self.painted = False
        self.completion_timer = QTimer(self, singleShot=True, interval=_COMPLETION_AFTER_MS)
        self.completion_timer.timeout.connect(self.attach_completion)
        self.names_to_record: list[tuple[Path, Announcement | dict]] = []  # the model itself until it changes, then its names
        self.completing = False  # name completion is attached (after the first paint)
        self.spelling: SpellCheck | None = None  # made after the first paint: spell_check()
        self.completion_timer.timeout.connect(self.spell_check)
        self.completion_timer.timeout.connect(self.recovery.prepare)
        self.wording = None  # the Wording page's dock, made when first asked for
        self.build()

    # ---- building ----

    def build(self):
        """(Re)build the window from the Designer forms, in the current language."""
        for part in [*getattr(self, "binders", []), getattr(self, "preview", None)]:
            if part is not None:
                part.detach()  # the widgets they serve are about to go
        # Built again (a new language): the window keeps its size and its panes their widths.
        panes = self.ui.splitter.sizes() if hasattr(self, "ui") else None
        self.ui = load_ui("mainwindow.ui")  # a QMainWindow that lends us its parts (and keeps its actions)
        self.setCentralWidget(self.ui.centralWidget())  # the previous ones are deleted by Qt
        self.setMenuBar(self.ui.menuBar())
        self.setStatusBar(self.ui.statusBar())
        for part in (self.centralWidget(), self.menuBar(), self.statusBar()):
            part.setVisible(True)  # parts taken from an unshown window stay hidden otherwise
        # The sections are loaded in place: moving them with the central widget costs more.
        self.sections = [self._load_section(section) for section in FIXED if section.form]
        for section in self.sections:
            self.ui.formLayout.addWidget(section)
            section.show()  # at once, when the window is rebuilt on screen
        self.ui.formLayout.addStretch()
        self.form_width = WholeWidth(self.ui.formScroll)  # the form never cut off: the preview narrows instead
        if panes is None:
            self.resize(self.ui.size())
        self.ui.splitter.setSizes(panes or [int(self.width() * 0.45), int(self.width() * 0.55)])  # form, preview
        self.binders = [Binder(self.document, section, sections=SectionsBinding) for section in self.sections]
        self._align_labels()
        for binder in self.binders:
            binder.formLoaded.connect(self._form_loaded)
            self.field_menus.follow_form(binder.all_adapters())
        self.preview = Preview(self.ui.preview, self.document, self.settings.document_style, wait_for_paint=not self.painted)
        self.preview.fieldRequested.connect(self.go_to)
        self.preview.updated.connect(self.update_status)
        self.status_line.attach(self.statusBar())
        self.checking.attach(self.binders, self.sections, self.preview, self.statusBar())
        self.update_status()
        self._actions()
        self.rewriting.attach()
        if self.spelling is not None:
            self.spelling.attach()
        self.update_title()
        if self.painted:  # built again: the new fields complete too
            self.completion_timer.start()
        if self.wording is not None:  # made again, in the new language, when next asked for
            self.wording.deleteLater()
            self.wording = None

    def _load_section(self, section):
        """A section's form, titled in the interface's language and named as the
        registry names it (sections.py), which is how go_to finds it."""
        form = load_ui(section.form, self.ui.formHost)
        form.setTitle(section.label.text(self.settings.language))
        form.setProperty("section", section.key)
        return form

    def attach_completion(self):
        """Name, role, body and city fields offer what earlier drafts held (completion.py),
        and the drafts opened or saved since the last time are recorded for it."""
        from . import completion

        self.completing = True
        completion.attach(self.binders)
        self._keep_names()  # the index keeps them a few seconds before it reads them
        while self.names_to_record:
            completion.remember(*self.names_to_record.pop(0))

    def spell_check(self) -> "SpellCheck":
        """The spell check (spelling.py): made, with its dictionary, after the first paint,
        or when a dialog that marks its text opens before that."""
        if self.spelling is None:
            from .spelling import SpellCheck

            self.spelling = SpellCheck(self)
            self.spelling.attach()
            self.spelling.load()
        return self.spelling

    def _form_loaded(self):
        """A kind of section's form was loaded: its fields get their menu, and its name
        fields complete too, once completion is on."""
        for binder in self.binders:
            self.field_menus.follow_form(binder.all_adapters())
        if self.completing:
            self.attach_completion()

    def _align_labels(self):
        """The fixed forms' fields start on one line; so do those of the record forms one
        list deep (a day, a guest), and those two deep. (A kind of section's form, loaded
        when first shown, lines up its own: parts.py.)"""
        align_labels(self.sections)
        binders = self.binders
        while binders:  # one list deeper each time
            binders = [detail for binder in binders for binding in binder.lists for detail in binding.details()]
            align_labels([detail.parent() for detail in binders])

    def _actions(self):
        ui = self.ui
        menus.undo_actions(ui.menuEdit, ui.actionTidy, self.document.undo_stack)
        files, outputs = self.files, self.outputs
        for action, slot in ((ui.actionNew, files.new), (ui.actionOpen, files.open_dialog), (ui.actionSave, files.save),
                             (ui.actionSaveAs, files.save_as), (ui.actionExport, outputs.export),
                             (ui.actionQuit, self.close), (ui.actionTidy, self.tidy_field),
                             (ui.actionPreferences, self.preferences), (ui.actionAbout, self.about),
                             (ui.actionGuide, self.guide), (ui.actionNewFrom, self.new_from),
                             (ui.actionWording, self.show_wording), (ui.actionPrint, outputs.print_dialog),
                             (ui.actionPrintPreview, outputs.print_preview), (ui.actionCopyText, outputs.copy_text),
                             (ui.actionCopyFormatted, outputs.copy_formatted),
                             (ui.actionRewrite, self.rewriting.open_target)):
            action.triggered.connect(slot)
        menus.find_actions(ui, self)
        menus.zoom_actions(ui, self.settings, self._say)
        ui.menuRecent.aboutToShow.connect(self.fill_recent)
        self.fill_recent()
        keys = {key.toString() for menu in self.menuBar().findChildren(QMenu) for action in menu.actions()
                for key in action.shortcuts()}
        for binder in self.binders:
            binder.window_keys = keys

    def fill_recent(self):
        menus.fill_recent(self.ui.menuRecent, self.settings.recent, self.files.open_recent)

    def update_title(self, *_):
        name = self.document.path.name if self.document.path else self.tr("Untitled")
        if self.files.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name}[*] — {QCoreApplication.applicationName()}")
        self.setWindowModified(self.document.modified)
        self.ui.formHost.setEnabled(not self.files.read_only)

    def update_status(self, *_):
        self.status_line.update(self.preview.word_count, self.files.last_saved, self.document.model.settings.calendar)

    def _say(self, message: str, ms: int = 0):
        self.statusBar().showMessage(message, ms)

    def _held(self, path: Path):
        """A draft opened or saved under path: it heads File → Recent in every window,
        and completion will offer its names (recorded after the first paint)."""
        self.settings.remember(path)
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                window.fill_recent()  # an empty menu is disabled: it never asks to be filled
        # As it is now: copied only before it changes (_keep_names), not on the way to the
        # first paint (at 200x the example, 270 M instructions of the start).
        self.names_to_record.append((path, self.document.model))
        if self.painted:
            self.completion_timer.start()

    def _keep_names(self):
        """The open model is about to change: the drafts waiting to be recorded keep its
        names as they were (read in 5 ms at 200× the example, where a copy of the model
        took 43)."""
        from ..names import names_in  # not on the way to the first paint

        model = self.document.model
        self.names_to_record = [(path, names_in(model) if held is model else held)
                                for path, held in self.names_to_record]

    def go_to(self, path: str):
        """Take the user to the field that produced a paragraph (or holds a problem); to a
        paragraph rewritten by hand, in the preview (rewriting.Rewriting.show)."""
        if path.startswith("phrases."):  # a phrase of the draft's wording
            self.show_wording().widget().select_key(path.split(".", 1)[1])
            return
        if (i := rewrite_index(path)) is not None:
            self.rewriting.show(i)
            return
        path = self.checking.shown_path(path)
        for binder, section in zip(self.binders, self.sections):
            if binder.focus(path) or (path == section.property("section") and binder.focus_first()):
                self.ui.formScroll.ensureWidgetVisible(QApplication.focusWidget() or section)
                return

    def new_from(self) -> "MainWindow | None":
        """An untitled draft for the next meeting: what the user chose to keep of this one,
        here or in a new window (this one staying as it is). Returns the window it is in."""
        from ..newfrom import next_announcement
        from .newfromdialog import ask_what_to_keep

        answer = ask_what_to_keep(self)
        if answer is None:
            return None
        keep, new_window = answer
        model = next_announcement(self.document.model, keep)
        if new_window:
            window = self.spawn()
            window.files.show(model, None, None, read_only=False)
            return window
        return self if self.files.new(model) else None

    def show_wording(self):
        """The Wording page, beside the form; built the first time."""
        if self.wording is None:
            from .wordingpage import WordingPage, wording_dock

            page = WordingPage(self.document, self.settings, self.spell_check(), self._say, self.checking)
            self.wording = wording_dock(self, page)
        self.wording.show()
        self.wording.raise_()
        return self.wording

    def guide(self):
        from .dialogs import show_guide

        show_guide(self, self.settings.language)

    def about(self):
        from . import dialogs
        from .logs import log_file

        dialogs.show_about(self, log_file(), self.settings.recovery_folder())

    # ---- editing helpers ----

    def tidy_field(self):
        """Tidy the focused free-text field (never a name, as the schema says), as one undoable step."""
        from ..persian.tidy import tidy

        widget = QApplication.focusWidget()
        path = self.field_path(widget)
        if path is None or schema.at(path).name:
            return
        if isinstance(widget, ParagraphEdit):
            widget.setPlainText(tidy(widget.toPlainText()))
        elif isinstance(widget, QLineEdit):
            widget.setText(tidy(widget.text()))
            widget.textEdited.emit(widget.text())

    def field_path(self, widget) -> str | None:
        """The path of the field a widget of the form edits, if it is one."""
        return next((a.path for b in self.binders for a in b.all_adapters() if a.widget is widget), None)

    def preferences(self):
        if edit_settings(self, self.settings):
            self.switch_language(self.settings.language)
        self.preview.restyle(self.settings.document_style)

    def spawn(self) -> "MainWindow":
        """Another window, beside this one, with the same settings."""
        window = MainWindow(self.settings, (self.recovery.pause.interval(), self.recovery.due.interval()))
        window.resize(self.size())
        window.show()
        _spawned.add(window)
        return window

    def switch_language(self, language: str):
        """Apply a language to the whole program and rebuild the window in it; the open
        document, its undo history and its file stay as they are."""
        from .language import apply_language

        self.settings.language = language
        apply_language(QApplication.instance(), language)
        self.setLocale(QLocale())  # children inherit the window's locale (digits in spin boxes)
        self.build()

    # ---- window events ----

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.completion_timer.start()
            self.checking.begin()

    def changeEvent(self, event):
        # Focus lost (to another program, or to one of our dialogs): keep a recovery copy.
        # Not QApplication.applicationStateChanged: PySide 6.11 cannot hand its Qt enum to
        # a Python slot before Qt's namespace is first used (docs/performance.md).
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.recovery.save_now()
        super().changeEvent(event)

    def closeEvent(self, event):
        if self.files.confirm_discard():
            self.files.close()
            _spawned.discard(self)
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event):
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile() and urls[0].toLocalFile().endswith(".json"):
            event.acceptProposedAction()

    def dropEvent(self, event):
        self.files.open_path(Path(event.mimeData().urls()[0].toLocalFile()))
        event.acceptProposedAction()
