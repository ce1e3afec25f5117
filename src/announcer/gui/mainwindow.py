"""The editor window: the form beside the live preview, files, undo, recovery, status.

The window is built from ui/mainwindow.ui and one Designer form for each fixed part of
the announcement (sections.FIXED); the body's sections are listed in one of them, each
kind with a form of its own (parts.py). Building again (after a change of language)
keeps the open session.
Dialogs, the Word export and the tidier are imported where they are used: the start
need not load them (docs/performance.md).

A window owns the draft it edits: it locks it (locking.py), watches it for changes made
elsewhere (ondisk.py) and keeps its own recovery copy (recovery.py); a draft someone
else has open is shown read-only, or opened as a copy."""

import copy
import datetime as dt
import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QLineEdit, QMenu, QToolButton

from .. import draft, schema
from ..dates import Calendar
from ..model import Announcement
from ..persian.digits import number
from ..problems import FILE, DraftError, Problem, ProblemError, file_problem
from ..sections import FIXED
from ..validate import Walked, check
from .binder import Binder, ProblemsByField
from .filenames import isolated, suggested_stem, with_draft_suffix
from .locking import DraftLock, Locked, acquire
from .ondisk import Stamp, Watch
from .owners import Owner
from .parts import SectionsBinding
from .preview import Preview
from .recovery import Recovery, RecoveredCopy
from .rewriting import Rewriting, rewrite_index
from .session import DocumentSession
from .preferences import edit_settings
from .settings import AppSettings
from .uiload import align_labels, load_ui
from .widgets import ParagraphEdit, WholeWidth

if TYPE_CHECKING:
    from .spelling import SpellCheck

log = logging.getLogger(__name__)
SHOWN_PROBLEMS = 12  # in a message box, which grows with its text
LISTED_PROBLEMS = 500  # in the list before an export, which scrolls; each names its field (0.3 ms)
_FAULT = Problem(FILE, "خطایی در برنامه نگذاشت خروجی ساخته شود؛ علت آن در گزارش کار برنامه آمده است (راهنما ← درباره)",
                 "an error in the program stopped the export; the log (Help → About) says why")
_spawned: set["MainWindow"] = set()  # windows opened for recovered copies, kept alive until closed

_COMPLETION_AFTER_MS = 300  # after the first paint, name completion is attached


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings, recovery_ms: tuple[int, int] | None = None):
        """recovery_ms: the pause in typing and the longest wait before a recovery copy
        (recovery.py's, unless a test wants them shorter)."""
        super().__init__()
        self.settings = settings
        self.session = DocumentSession(self)
        self.session.model = settings.new_announcement()  # the user's own wording and calendar
        self.owner = Owner.claim()
        self.recovery = Recovery(self.session, settings.recovery_folder(), self.owner, *(recovery_ms or ()))
        self.recovery.failed.connect(self._recovery_failed)
        self.recovery.restored.connect(self._show_recovery_state)
        self.recovery_warned = False  # the first failure shows a dialog, the status bar says the rest
        self.lock: DraftLock | None = None
        self.read_only = False  # a draft someone else has open, shown without a lock
        self.watch = Watch(self)
        self.watch.changed.connect(self._changed_on_disk)
        self.asking = False  # a question about the draft on disk is open
        self.last_saved: dt.datetime | None = None
        self.problems: list[Problem] = []
        self.setAcceptDrops(True)
        self.session.undo_stack.cleanChanged.connect(self.update_title)
        self.session.replaced.connect(self.update_title)
        self.walked = Walked()  # the checks walk again only the parts edited
        self.session.changed.connect(self.walked.edited)
        self.session.replaced.connect(self.walked.replaced)
        self.session.changed.connect(self.schedule_validation)
        self.session.replaced.connect(self.schedule_validation)
        self.validation = QTimer(self, singleShot=True, interval=200)
        self.validation.timeout.connect(self.validate)
        # Started by the first paint (a child timer, not QTimer.singleShot: it goes with the
        # window if that closes first). Timed from the build, a slow start saw it fire before.
        self.painted = False
        self.completion_timer = QTimer(self, singleShot=True, interval=_COMPLETION_AFTER_MS)
        self.completion_timer.timeout.connect(self.attach_completion)
        self.names_to_record: list[tuple[Path, Announcement]] = []
        self.completing = False  # name completion is attached (after the first paint)
        self.rewriting = Rewriting(self)  # paragraphs rewritten by hand: their buttons, marks and dialogs
        self.spelling: SpellCheck | None = None  # made after the first paint: spell_check()
        self.completion_timer.timeout.connect(self.spell_check)
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
        self.binders = [Binder(self.session, section, sections=SectionsBinding) for section in self.sections]
        self._align_labels()
        for binder in self.binders:
            binder.typedProblemsChanged.connect(self.schedule_validation)
            binder.formLoaded.connect(self._complete_new_fields)
        self._status_widgets()
        self.preview = Preview(self.ui.preview, self.session, self.settings.document_style, wait_for_paint=not self.painted)
        self.preview.fieldRequested.connect(self.go_to)
        self.preview.updated.connect(self.update_status)
        self.update_status(self.preview.blocks)
        self._actions()
        self.rewriting.attach()
        if self.spelling is not None:
            self.spelling.attach()
        self.update_title()
        self._show_recovery_state()
        self.schedule_validation()  # after the first paint: a fresh window need not wait for it
        if self.painted:  # built again: the new fields complete too
            self.completion_timer.start()
        if getattr(self, "wording", None):  # made again, in the new language, when next asked for
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

    def _complete_new_fields(self):
        """A kind of section's form was loaded: its name fields complete too, once completion is on."""
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
        undo = self.session.undo_stack.createUndoAction(ui.menuEdit, self.tr("&Undo"))
        redo = self.session.undo_stack.createRedoAction(ui.menuEdit, self.tr("&Redo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)  # the keys the fields' own undo answers to
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        ctrl_y = QKeySequence("Ctrl+Y")  # Word's redo, which Qt's standard keys leave out on Linux
        redo.setShortcuts(redo_keys if ctrl_y in redo_keys else [*redo_keys, ctrl_y])
        ui.menuEdit.insertActions(ui.actionTidy, [undo, redo])
        ui.menuEdit.insertSeparator(ui.actionTidy)
        for action, slot in ((ui.actionNew, self.new), (ui.actionOpen, self.open_dialog), (ui.actionSave, self.save),
                             (ui.actionSaveAs, self.save_as), (ui.actionExport, self.export),
                             (ui.actionQuit, self.close), (ui.actionTidy, self.tidy_field),
                             (ui.actionPreferences, self.preferences), (ui.actionAbout, self.about),
                             (ui.actionGuide, self.guide), (ui.actionNewFrom, self.new_from),
                             (ui.actionWording, self.show_wording), (ui.actionPrint, self.print_dialog),
                             (ui.actionPrintPreview, self.print_preview), (ui.actionCopyText, self.copy_text),
                             (ui.actionCopyFormatted, self.copy_formatted),
                             (ui.actionRewrite, self.rewriting.open_target)):
            action.triggered.connect(slot)
        self._find_actions()
        self._zoom_actions()
        ui.menuRecent.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        keys = {key.toString() for menu in self.menuBar().findChildren(QMenu) for action in menu.actions()
                for key in action.shortcuts()}
        for binder in self.binders:
            binder.window_keys = keys

    def _find_actions(self):
        """Edit → Find (Ctrl+F), Find and replace (Ctrl+H), Find next and previous (F3,
        Shift+F3): the find dialog (find.py), made the first time it is asked for."""
        def finder():
            from .find import finder

            return finder(self)
        ui = self.ui
        ui.actionFind.triggered.connect(lambda: finder().start(replacing=False))
        ui.actionReplace.triggered.connect(lambda: finder().start(replacing=True))
        ui.actionFindNext.triggered.connect(lambda: finder().step(1))
        ui.actionFindPrevious.triggered.connect(lambda: finder().step(-1))

    def _zoom_actions(self):
        """View → Zoom in, Zoom out, Fit page width, Fit whole page: the preview's zoom,
        as last chosen (the settings keep it)."""
        from .zoom import FIT_PAGE, FIT_WIDTH

        ui, view = self.ui, self.ui.preview
        ui.actionZoomIn.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])  # «+» is Shift+= on most keyboards
        ui.actionZoomIn.triggered.connect(lambda: view.step_zoom(1))
        ui.actionZoomOut.triggered.connect(lambda: view.step_zoom(-1))
        ui.actionFitWidth.triggered.connect(lambda: view.fit(FIT_WIDTH))
        ui.actionFitPage.triggered.connect(lambda: view.fit(FIT_PAGE))
        view.set_zoom(self.settings.zoom)
        view.zoomChanged.connect(self._zoomed)

    def _zoomed(self, zoom):
        self.settings.zoom = zoom
        percent = number(self.ui.preview.shown_percent(), self.settings.language == "fa")
        self.statusBar().showMessage(self.tr("Zoom: %1%").replace("%1", percent), 3000)

    def _fill_recent(self):
        menu = self.ui.menuRecent
        menu.clear()
        for path in self.settings.recent:
            # Left to right in the Persian menu («/home/me/drafts/», not «drafts/home/me/»);
            # «&» would underline the next letter.
            action = QAction(isolated(path).replace("&", "&&"), menu)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
            menu.addAction(action)
        menu.setEnabled(bool(self.settings.recent))

    def _remember_recent(self, path: Path):
        """A draft opened or saved heads File → Recent in every window: an empty menu is
        disabled, so it never asked to be filled when first shown."""
        self.settings.remember(path)
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                window._fill_recent()

    def _status_widgets(self):
        self.words_label, self.saved_label, self.calendar_label = QLabel(), QLabel(), QLabel()
        self.recovery_label = QLabel()  # shown while recovery copies cannot be written
        for label in (self.recovery_label, self.words_label, self.saved_label, self.calendar_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # the recovery folder's path is no markup
            self.statusBar().addPermanentWidget(label)
            label.show()
        # «۳ اشکال — رفتن به بعدی»: each click takes the user to the next field with a problem.
        self.problems_button = QToolButton(self.statusBar())
        self.problems_button.setAutoRaise(True)
        self.problems_button.clicked.connect(self.next_problem)
        self.statusBar().addWidget(self.problems_button)
        self.problems_button.setVisible(bool(self.problems))
        self.problem_index = -1
    # ---- status, title, problems ----

    def update_title(self, *_):
        name = self.session.path.name if self.session.path else self.tr("Untitled")
        if self.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name}[*] — {QCoreApplication.applicationName()}")
        self.setWindowModified(self.session.modified)
        self.ui.formHost.setEnabled(not self.read_only)

    def _show_recovery_state(self):
        error = self.recovery.error
        self.recovery_label.setVisible(error is not None)
        if error is not None:
            self.recovery_label.setText(self.tr("Unsaved changes are not copied aside: %1")
                                        .replace("%1", self._reason(error)))

    def _reason(self, error: OSError) -> str:
        problem = file_problem(error, writing=True)
        reason = problem.fa if self.settings.language == "fa" else problem.en
        return f"{reason} ({isolated(error.filename)})" if error.filename else reason

    def _recovery_failed(self, error: OSError):
        self._show_recovery_state()
        if not self.recovery_warned:
            from . import dialogs

            self.recovery_warned = True
            # Not at once: the copy may be written because the window lost focus, mid-event.
            QTimer.singleShot(0, lambda: dialogs.warn_recovery_failed(self, self.recovery.folder, self._reason(error)))

    def update_status(self, blocks):
        words = self.preview.word_count  # in the interface's digits: it is the program speaking
        self.words_label.setText(self.tr("Words: %1").replace("%1", number(words, self.settings.language == "fa")))
        saved = QLocale().toString(self.last_saved.time(), QLocale.FormatType.ShortFormat) if self.last_saved else "—"
        self.saved_label.setText(self.tr("Saved: %1").replace("%1", saved))
        names = {Calendar.GREGORIAN: self.tr("Gregorian calendar"), Calendar.JALALI: self.tr("Jalali calendar"),
                 Calendar.BOTH: self.tr("Gregorian and Jalali calendars"),
                 Calendar.BOTH_JALALI_FIRST: self.tr("Jalali and Gregorian calendars")}
        self.calendar_label.setText(names[self.session.model.settings.calendar])

    def schedule_validation(self, *_):
        self.validation.start()

    def validate(self):
        """Mark every field with a problem or a warning: cross-field checks and text that
        cannot be read. Warnings are marked only: not counted, not asked about before an export."""
        typed = [p for b in self.binders for p in b.input_problems.values()]
        composed = self.rewriting.composed()  # now: the rewrites are checked against it
        found = typed + check(self.session.model, composed=composed, walked=self.walked) + self.preview.composition.problems
        self.problems = [p for p in found if not p.warning]
        by_field = ProblemsByField(found + self.rewriting.at_paragraphs(found))  # a stale rewrite at its section too
        for binder in self.binders:
            binder.mark(by_field, self.settings.language)
        self.rewriting.mark(found)
        self.problems_button.setText(self.tr("%1 problem(s): go to the next")
                                     .replace("%1", number(len(self.problems), self.settings.language == "fa")))
        self.problems_button.setVisible(bool(self.problems))
        self.problem_index = min(self.problem_index, len(self.problems) - 1)

    def next_problem(self):
        """Go to the next field with a problem, and say the problem in the status bar."""
        if not self.problems:
            return
        self.problem_index = (self.problem_index + 1) % len(self.problems)
        problem = self.problems[self.problem_index]
        self.go_to(problem.path)
        self.statusBar().showMessage(self._describe([problem]))

    def go_to(self, path: str):
        """Take the user to the field that produced a paragraph (or holds a problem); to a
        paragraph rewritten by hand, in the preview (rewriting.Rewriting.show)."""
        if path.startswith("phrases."):  # a phrase of the draft's wording
            self.show_wording()
            self.wording.widget().select_key(path.split(".", 1)[1])
            return
        if (i := rewrite_index(path)) is not None:
            self.rewriting.show(i)
            return
        path = self._shown_path(path)
        for binder, section in zip(self.binders, self.sections):
            if binder.focus(path) or (path == section.property("section") and binder.focus_first()):
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

    @property
    def pristine(self) -> bool:
        """A new window nobody has typed in: a recovered copy may open here."""
        return self.session.path is None and not self.session.modified

    def can_recover(self, copy: RecoveredCopy) -> bool:
        """A recovered copy opens here when the window is new, or holds the very draft the
        copy was made from, unchanged (the start reopened the draft that crashed)."""
        return self.pristine or (not self.session.modified and copy.draft_path is not None
                                 and self.session.path == Path(os.path.abspath(copy.draft_path)))

    def new(self):
        if self.confirm_discard():
            self.recovery.discard()
            self._show(self.settings.new_announcement(), None, None, read_only=False)

    def new_from(self) -> "MainWindow | None":
        """An untitled draft for the next meeting: what the user chose to keep of this one,
        here or in a new window (this one staying as it is). Returns the window it is in."""
        from ..newfrom import next_announcement
        from .newfrom import ask_what_to_keep

        answer = ask_what_to_keep(self)
        if answer is None:
            return None
        keep, new_window = answer
        model = next_announcement(self.session.model, keep)
        if new_window:
            window = self.spawn()
            window._show(model, None, None, read_only=False)
            return window
        if not self.confirm_discard():
            return None
        self.recovery.discard()
        self._show(model, None, None, read_only=False)
        return self

    def show_wording(self):
        """The Wording page, beside the form; built the first time."""
        if not getattr(self, "wording", None):
            from .wording import wording_dock

            self.wording = wording_dock(self)
        self.wording.show()
        self.wording.raise_()

    def open_dialog(self):
        from .filedialogs import open_name

        if not self.confirm_discard():
            return
        folder = str(self.session.path.parent) if self.session.path else ""
        path = open_name(self, self.tr("Open draft"), folder, self._draft_filter())
        if path:
            self.open_path(Path(path), confirmed=True)

    def _draft_filter(self) -> str:
        return self.tr("Announcement drafts (*.announcement.json *.json)")

    def open_recent(self, item: str):
        path = Path(item)
        if path.exists():
            self.open_path(path)
            return
        from . import dialogs

        if dialogs.ask_forget_missing(self, path):
            self.settings.forget(item)

    def reopen_last(self):
        """At start: the draft open when the editor last closed, if it is still there."""
        last = self.settings.last_file
        if last is None:
            return
        try:
            there = last.is_file()
        except OSError:  # a name the file system refuses (too long …): as good as gone
            there = False
        if there:
            self.open_path(last)
        else:
            self.statusBar().showMessage(self.tr("The last draft was not found: %1").replace("%1", isolated(last)))

    def open_path(self, path: Path, confirmed: bool = False) -> bool:
        """Open a draft: locked for this window, read-only or as a copy when someone else has it open."""
        path = Path(os.path.abspath(path))
        if not confirmed and not self.confirm_discard():
            return False
        stamp = Stamp.of(path)  # before reading: a change in between shows as a change
        try:
            model, version = draft.read(path)  # first: nothing is locked for a file that is no draft (a device)
        except DraftError as e:
            self.show_problems(self.tr("Cannot open %1").replace("%1", path.name), e.problems, path)
            return False
        lock, mode = self._lock(path, calendar=model.settings.calendar)
        if mode is None:
            return False
        if mode == "copy":
            self._show(model, None, None, read_only=False, clean=False)
        else:
            self._show(model, path, stamp, read_only=mode == "read-only", lock=lock)
            self._remember_recent(path)
            self._remember_names(path)
        self._tell_upgraded(path, version)
        return True

    def _tell_upgraded(self, path: Path, version: int):
        """A draft written in an older format: said once, in the status bar, as it opens."""
        if version < draft.VERSION:
            self.statusBar().showMessage(
                self.tr("«%1» was written in an older format: it was upgraded, and saving writes the new format")
                .replace("%1", isolated(path.name)))

    def _remember_names(self, path: Path):
        """Completion will offer this draft's names; recorded after the first paint."""
        self.names_to_record.append((path, copy.deepcopy(self.session.model)))  # as it is now
        if self.painted:
            self.completion_timer.start()

    def _lock(self, path: Path, saving: bool = False,
              calendar: Calendar = Calendar.GREGORIAN) -> tuple[DraftLock | None, str | None]:
        """Lock path for this window. When someone else has it, ask how to open it (or,
        saving, say so), since when in the draft's calendar. Returns the lock (None: none
        could be made there) and «edit», «read-only», «copy» or None (cancelled)."""
        try:
            return acquire(path, self.owner), "edit"
        except Locked as e:
            from . import dialogs

            if saving:
                dialogs.tell_locked_target(self, path, e.owner, calendar)
                return None, None
            return None, dialogs.ask_locked(self, path, e.owner, calendar)
        except OSError:
            log.warning("cannot lock %s: going on without a lock", path, exc_info=True)
            return None, "edit"

    def _hold(self, lock: DraftLock | None):
        """Keep lock from now on; the one held before is released unless it is the same."""
        if self.lock is not None and (lock is None or lock.file != self.lock.file):
            self.lock.release()
        self.lock = lock

    def _drop(self, lock: DraftLock | None):
        """Release a lock just made for a draft that did not open or save."""
        if lock is not None and (self.lock is None or lock.file != self.lock.file):
            lock.release()

    def _show(self, model: Announcement, path: Path | None, stamp: Stamp | None, read_only: bool,
              lock: DraftLock | None = None, clean: bool = True):
        """Hold this draft from now on: its lock, its stamp on disk, its model."""
        self._hold(lock)
        self.read_only, self.last_saved = read_only, None
        self.watch.follow(path, stamp)
        self.session.load(model, path, clean=clean)

    def open_recovered(self, copy: RecoveredCopy):
        """Go on from a recovered copy. Its draft, if someone has it open now, is left to
        them: the copy opens as a new draft."""
        path, lock = copy.draft_path, None
        if path is not None:
            try:
                lock = acquire(path, self.owner)
            except Locked:
                self.statusBar().showMessage(self.tr("«%1» is open elsewhere: the recovered changes open as a new draft")
                                             .replace("%1", isolated(path.name)))
                path = None
            except OSError:
                log.warning("cannot lock %s: recovered without a lock", path, exc_info=True)
        self._show(copy.model, path, Stamp.of(path) if path else None, read_only=False, lock=lock, clean=False)
        self.recovery.adopt(copy)

    def reload(self) -> bool:
        """Read the open draft again from disk, dropping what is shown."""
        path = self.session.path
        stamp = Stamp.of(path)
        try:
            model, version = draft.read(path)
        except DraftError as e:
            self.show_problems(self.tr("Cannot open %1").replace("%1", path.name), e.problems, path)
            return False
        self._show(model, path, stamp, self.read_only, self.lock)
        self._tell_upgraded(path, version)
        return True

    def _changed_on_disk(self):
        """The draft's bytes changed elsewhere: reload a clean draft if the user wants;
        a modified one waits for Save, which asks."""
        if self.asking:
            return
        name = isolated(self.session.path.name)
        if self.session.modified:
            self.statusBar().showMessage(self.tr("«%1» was changed by someone else: saving will ask what to do")
                                         .replace("%1", name))
            return
        from . import dialogs

        self.asking = True
        try:
            if dialogs.ask_reload(self, self.session.path):
                self.reload()
        finally:
            self.asking = False

    def save(self) -> bool:
        if self.session.path is None or self.read_only:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        from . import dialogs
        from .filedialogs import save_name

        if self.session.path and not self.read_only:
            suggested = self.session.path
        else:
            folder = self.session.path.parent if self.session.path else Path.home()
            suggested = folder / ((suggested_stem(self.session.model) or self.tr("Untitled")) + draft.FILE_SUFFIX)
        typed = save_name(self, self.tr("Save draft"), str(suggested), self._draft_filter())
        if not typed:
            return False
        path = with_draft_suffix(Path(typed))
        if path != Path(typed) and path.exists() and not dialogs.ask_replace(self, path):
            return False  # the dialog asked about the name typed, not this one
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        path = Path(os.path.abspath(path))
        same = path == self.session.path and not self.read_only
        if same and self.watch.changed_on_disk():
            from . import dialogs

            choice = dialogs.ask_changed_on_save(self, path)
            if choice == "save-as":
                return self.save_as()
            if choice == "reload":
                self.reload()
            if choice != "overwrite":
                return False
        if same:
            lock = self.lock
        else:
            lock, mode = self._lock(path, saving=True, calendar=self.session.model.settings.calendar)
            if mode is None:
                return False
        try:
            self.session.save(path)
        except DraftError as e:
            self._drop(lock)
            self.show_problems(self.tr("Cannot save %1").replace("%1", path.name), e.problems, path)
            return False
        self._hold(lock)
        self.read_only = False
        self.watch.follow(path, Stamp.of(path))
        self.recovery.follow()  # the copy, if any more are made, is named after the new file
        self.last_saved = dt.datetime.now()
        self._remember_recent(path)
        self._remember_names(path)
        self.update_title()
        self.update_status(self.preview.blocks)
        return True

    def _export_filters(self) -> dict[str, str]:
        """The export dialog's name filters, each with the extension it writes."""
        return {self.tr("Word files (*.docx)"): ".docx", self.tr("PDF files (*.pdf)"): ".pdf",
                self.tr("Text for messengers and the web (*.txt)"): ".txt", self.tr("Web pages (*.html)"): ".html"}

    def export(self) -> Path | None:
        """Write the announcement as Word, PDF, text or a web page: the name's extension
        says which, or else the chosen type (whose extension a bare name gets)."""
        from ..export import FORMATS, export
        from .filedialogs import save_name_and_type

        self.validate()  # the debounced check may not have run since the last edit
        if self.problems and not self._export_anyway():
            return None
        base = self.session.path.with_name(self.session.path.name.split(".")[0] + ".docx") if self.session.path \
            else Path.home() / "announcement.docx"
        filters = self._export_filters()
        typed, chosen = save_name_and_type(self, self.tr("Export"), str(base), ";;".join(filters))
        if not typed:
            return None
        path, suffix = Path(typed), filters.get(chosen, ".docx")
        if not path.suffix:
            path = path.with_name(path.name + suffix)
        elif path.suffix.lower() in FORMATS:
            suffix = path.suffix.lower()  # a typed extension wins over the chosen type
        try:
            # Never over the open draft, whatever name the dialog was given.
            export(self.session.model, path, self.settings.document_style, source=self.session.path, suffix=suffix)
        except ProblemError as e:  # the file cannot be written, or the draft is too long to compose
            self.show_problems(self.tr("Cannot export %1").replace("%1", path.name), e.problems)
            return None
        except Exception:  # a fault of the program's: said, and logged with its traceback, never dropped
            log.exception("the export to %s failed", path)
            self.show_problems(self.tr("Cannot export %1").replace("%1", path.name), [_FAULT])
            return None
        self._after_export(path)
        return path

    def _export_anyway(self) -> bool:
        """Ask about the problems; a problem clicked takes the user to its field."""
        from .problemlist import EXPORT_ANYWAY, ask_export_anyway

        lines = [(self._describe([p]), p.path) for p in self.problems[:LISTED_PROBLEMS]]
        if len(self.problems) > LISTED_PROBLEMS:
            lines.append((self._more(len(self.problems) - LISTED_PROBLEMS), self.problems[LISTED_PROBLEMS].path))
        answer = ask_export_anyway(self, lines)
        if answer not in (None, EXPORT_ANYWAY):
            self.go_to(answer)
        return answer == EXPORT_ANYWAY

    def _after_export(self, path: Path):
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        choice = self.ask_after_export(path)
        if choice:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path if choice == "file" else path.parent)))

    def ask_after_export(self, path: Path) -> str | None:
        """Say the file is written; return «file» or «folder» to open, or None."""
        from PySide6.QtWidgets import QMessageBox

        from . import dialogs

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Exported"),
                          self.tr("The file was written:") + f"\n{isolated(path)}", parent=self)
        dialogs.plain(box)  # a name with «<b>» in it is a name
        choices = {box.addButton(self.tr("Open the file"), QMessageBox.ButtonRole.AcceptRole): "file",
                   box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole): "folder"}
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return choices.get(box.clickedButton())

    def _describe(self, problems: list[Problem], most: int = SHOWN_PROBLEMS) -> str:
        """One problem a line, the field named as the form names it: «جلسه › شهر: …»; past
        `most` problems a last line says how many more (a box 420,000 px tall showed none)."""
        language = self.settings.language
        lines = [f"{label}: {p.fa if language == 'fa' else p.en}" if (label := self.field_label(p.path))
                 else p.text(language) for p in problems[:most]]
        if len(problems) > most:
            lines.append(self._more(len(problems) - most))
        return "\n".join(lines)

    def _more(self, count: int) -> str:
        return self.tr("… and %1 more").replace("%1", number(count, self.settings.language == "fa"))

    def field_label(self, path: str) -> str | None:
        """«part › field», a list's record numbered on the way: «جلسه › مهمانان ۱ › نام»; a
        section of the body named by its kind and place: «دستور جلسه (بخش ۱) › موارد ۲»;
        None for a problem of the file or of the whole announcement."""
        if (i := rewrite_index(path)) is not None:  # «جلسه › بند بازنویسی‌شده»
            return self.rewriting.label(i)
        path = self._shown_path(path)
        for binder, section in zip(self.binders, self.sections):
            names = binder.label(path, self.settings.language == "fa")
            if names is not None:
                if section.property("section") == "sections":  # each section names itself
                    return " › ".join(names)
                return " › ".join([section.title().replace("&", ""), *names])
        return None

    def _shown_path(self, path: str) -> str:
        """The path of the field that shows path: a number of a list typed in one field
        («session.guests[0].days[1]») is that field's."""
        if path.endswith("]") and not schema.at(path).is_record and all(binder.label(path) is None for binder in self.binders):
            return re.sub(r"\[\d+\]$", "", path)
        return path

    def show_problems(self, title: str, problems: list[Problem], path: Path | None = None):
        from PySide6.QtWidgets import QMessageBox

        from . import dialogs

        where = f"{isolated(path)}\n\n" if path else ""
        box = QMessageBox(QMessageBox.Icon.Warning, title, dialogs.directed(where + self._describe(problems)),
                          QMessageBox.StandardButton.Ok, self)  # «… و ۱۲ اشکال دیگر» starts right to left too
        dialogs.plain(box)  # the path and the problems quote the file
        box.exec()

    def guide(self):
        """Help → Guide: how to fill an announcement, dates, keys, in the interface's language."""
        from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout

        from ..locations import HELP

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Guide"))
        page = QTextBrowser(dialog)
        page.setHtml((HELP / f"guide-{self.settings.language}.html").read_text(encoding="utf-8"))
        QVBoxLayout(dialog).addWidget(page)
        dialog.resize(640, 620)
        dialog.exec()

    def about(self):
        from . import dialogs
        from .logs import log_file

        dialogs.show_about(self, log_file(), self.settings.recovery_folder())

    # ---- printing and copying: the same blocks as the preview and every export ----

    def _blocks(self):
        """The announcement as composed now (the preview may wait for its debounce); a
        section too long to compose is left out, as the preview and the problems say."""
        from ..compose import Composition

        return Composition().update(self.session.model)

    def _page_info(self, blocks):
        """The pages' title, author and running header, as the PDF export has them."""
        from ..export import titles
        from ..render.pages import PageInfo

        title, author, header = titles(self.session.model, blocks)
        return PageInfo(title=title, header=header, author=author)

    def _printer(self):
        from PySide6.QtPrintSupport import QPrinter

        from ..render.pages import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the pages place their text by the Word file's margins
        printer.setPageLayout(page_layout())
        printer.setDocName(self._page_info(self._blocks()).title)
        return printer

    def paint_pages(self, printer) -> int:
        """Draw the announcement's pages, as the PDF has them, on printer."""
        from ..render.pages import paint

        blocks = self._blocks()
        return paint(blocks, printer, self.settings.document_style, self._page_info(blocks))

    def print_dialog(self) -> bool:
        """File → Print: the system's print dialog, then the pages."""
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        self.paint_pages(printer)
        return True

    def print_preview(self):
        """File → Print Preview: the printed pages, from which the user may print."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self._printer()  # kept here: the dialog does not own it
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(self.paint_pages)
        dialog.resize(900, 1000)
        dialog.exec()

    def copy_text(self):
        """Edit → Copy as text: paragraphs that stay right to left in a messenger (render/text.py)."""
        from ..render.text import for_pasting

        QApplication.clipboard().setText(for_pasting(self._blocks()))
        self.statusBar().showMessage(self.tr("The announcement was copied as text"), 5000)

    def copy_formatted(self):
        """Edit → Copy as formatted text: right-to-left HTML for Word, LibreOffice or mail,
        with the text beside it for programs that take only text."""
        from PySide6.QtCore import QMimeData

        from ..render.page import body
        from ..render.text import for_pasting

        blocks = self._blocks()
        data = QMimeData()
        data.setHtml(body(blocks, self.settings.document_style))
        data.setText(for_pasting(blocks))
        QApplication.clipboard().setMimeData(data)
        self.statusBar().showMessage(self.tr("The announcement was copied with its formatting"), 5000)

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

    def changeEvent(self, event):
        # Focus lost (to another program, or to one of our dialogs): keep a recovery copy.
        # Not QApplication.applicationStateChanged: PySide 6.11 cannot hand its Qt enum to
        # a Python slot before Qt's namespace is first used (docs/performance.md).
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.recovery.save_now()
        super().changeEvent(event)

    def closeEvent(self, event):
        if self.confirm_discard():
            self.recovery.close()
            self._hold(None)
            self.watch.follow(None, None)  # a closed window asks nothing about its draft
            _spawned.discard(self)
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
