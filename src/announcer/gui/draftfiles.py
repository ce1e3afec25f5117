"""The draft a window holds on disk: new, open, reload, save, save as, and what is asked
on the way.

A window owns the draft it edits: it locks it (locking.py), watches it for changes made
elsewhere (ondisk.py) and keeps its own recovery copy (recovery.py); a draft someone
else has open is shown read-only, or opened as a copy. The window is told, by `held`,
each time a draft is opened or saved under a name (for File → Recent and the names
index), and by `stateChanged` when the title or the status bar should say something new.
Dialogs are imported where they are used: the start need not load them."""

import datetime as dt
import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from .. import draft
from ..dates import Calendar
from ..model import Announcement
from ..problems import DraftError
from . import heap
from .checking import Checking
from .filenames import isolated, suggested_stem, with_draft_suffix
from .locking import DraftLock, Locked, acquire
from .ondisk import Stamp, Watch
from .owners import Owner
from .recovery import Recovery, RecoveredCopy
from .document import OpenDocument
from .settings import AppSettings

log = logging.getLogger(__name__)


class DraftFiles(QObject):
    held = Signal(Path)  # a draft was opened or saved under this name
    stateChanged = Signal()  # read-only or not, saved: the title and the status bar say it

    def __init__(self, parent: QWidget, document: OpenDocument, settings: AppSettings, owner: Owner,
                 recovery: Recovery, say: Callable[[str], None], checking: Checking):
        """parent: the window the dialogs belong to; say: a line in its status bar;
        checking: says a file's problems, each with its field."""
        super().__init__(parent)
        self.parent_widget, self.document, self.settings = parent, document, settings
        self.owner, self.recovery, self.say, self.checking = owner, recovery, say, checking
        self.lock: DraftLock | None = None
        self.read_only = False  # a draft someone else has open, shown without a lock
        self.last_saved: dt.datetime | None = None
        self.watch = Watch(self)
        self.watch.changed.connect(self._changed_on_disk)
        self.asking = False  # a question about the draft on disk is open

    def confirm_discard(self) -> bool:
        """Ask before unsaved changes would be lost; True when it is fine to go on."""
        if not self.document.modified:
            return True
        from PySide6.QtWidgets import QMessageBox  # asked: not at the start, which opens a draft (8 M)

        answer = QMessageBox.question(
            self.parent_widget, self.tr("Unsaved changes"), self.tr("The announcement has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    @property
    def pristine(self) -> bool:
        """A new window nobody has typed in: a recovered copy may open here."""
        return self.document.path is None and not self.document.modified

    def can_recover(self, copy: RecoveredCopy) -> bool:
        """A recovered copy opens here when the window is new, or holds the very draft the
        copy was made from, unchanged (the start reopened the draft that crashed)."""
        return self.pristine or (not self.document.modified and copy.draft_path is not None
                                 and self.document.path == Path(os.path.abspath(copy.draft_path)))

    def new(self, model: Announcement | None = None) -> bool:
        """An untitled draft (a new one from the settings, or model) in place of this one."""
        if not self.confirm_discard():
            return False
        self.recovery.discard()
        self.show(model or self.settings.new_announcement(), None, None, read_only=False)
        return True

    def open_dialog(self):
        from .filedialogs import open_name

        if not self.confirm_discard():
            return
        folder = str(self.document.path.parent) if self.document.path else ""
        path = open_name(self.parent_widget, self.tr("Open draft"), folder, self._draft_filter())
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

        if dialogs.ask_forget_missing(self.parent_widget, path):
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
            self.say(self.tr("The last draft was not found: %1").replace("%1", isolated(last)))

    def open_path(self, path: Path, confirmed: bool = False) -> bool:
        """Open a draft: locked for this window, read-only or as a copy when someone else has it open."""
        path = Path(os.path.abspath(path))
        if not confirmed and not self.confirm_discard():
            return False
        stamp = Stamp.of(path)  # before reading: a change in between shows as a change
        try:
            model, version = draft.read(path)  # first: nothing is locked for a file that is no draft (a device)
        except DraftError as e:
            self.checking.show_problems(self.tr("Cannot open %1").replace("%1", path.name), e.problems, path)
            return False
        lock, mode = self._lock(path, calendar=model.settings.calendar)
        if mode is None:
            return False
        if mode == "copy":
            self.show(model, None, None, read_only=False, clean=False)
        else:
            self.show(model, path, stamp, read_only=mode == "read-only", lock=lock)
            self.held.emit(path)
        self._tell_upgraded(path, version)
        return True

    def _tell_upgraded(self, path: Path, version: int):
        """A draft written in an older format: said once, in the status bar, as it opens."""
        if version < draft.VERSION:
            self.say(self.tr("«%1» was written in an older format: it was upgraded, and saving writes the new format")
                     .replace("%1", isolated(path.name)))

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
                dialogs.tell_locked_target(self.parent_widget, path, e.owner, calendar)
                return None, None
            return None, dialogs.ask_locked(self.parent_widget, path, e.owner, calendar)
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

    def show(self, model: Announcement, path: Path | None, stamp: Stamp | None, read_only: bool,
             lock: DraftLock | None = None, clean: bool = True):
        """Hold this draft from now on: its lock, its stamp on disk, its model."""
        self._hold(lock)
        self.read_only, self.last_saved = read_only, None
        self.watch.follow(path, stamp)
        self.document.load(model, path, clean=clean)
        heap.draft_opened()

    def open_recovered(self, copy: RecoveredCopy):
        """Go on from a recovered copy. Its draft, if someone has it open now, is left to
        them: the copy opens as a new draft."""
        path, lock = copy.draft_path, None
        if path is not None:
            try:
                lock = acquire(path, self.owner)
            except Locked:
                self.say(self.tr("«%1» is open elsewhere: the recovered changes open as a new draft")
                         .replace("%1", isolated(path.name)))
                path = None
            except OSError:
                log.warning("cannot lock %s: recovered without a lock", path, exc_info=True)
        self.show(copy.model, path, Stamp.of(path) if path else None, read_only=False, lock=lock, clean=False)
        self.recovery.adopt(copy)

    def reload(self) -> bool:
        """Read the open draft again from disk, dropping what is shown."""
        path = self.document.path
        stamp = Stamp.of(path)
        try:
            model, version = draft.read(path)
        except DraftError as e:
            self.checking.show_problems(self.tr("Cannot open %1").replace("%1", path.name), e.problems, path)
            return False
        self.show(model, path, stamp, self.read_only, self.lock)
        self._tell_upgraded(path, version)
        return True

    def _changed_on_disk(self):
        """The draft's bytes changed elsewhere: reload a clean draft if the user wants;
        a modified one waits for Save, which asks."""
        if self.asking:
            return
        name = isolated(self.document.path.name)
        if self.document.modified:
            self.say(self.tr("«%1» was changed by someone else: saving will ask what to do").replace("%1", name))
            return
        from . import dialogs

        self.asking = True
        try:
            if dialogs.ask_reload(self.parent_widget, self.document.path):
                self.reload()
        finally:
            self.asking = False

    def save(self) -> bool:
        if self.document.path is None or self.read_only:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        from . import dialogs
        from .filedialogs import save_name

        if self.document.path and not self.read_only:
            suggested = self.document.path
        else:
            folder = self.document.path.parent if self.document.path else Path.home()
            suggested = folder / ((suggested_stem(self.document.model) or self.tr("Untitled")) + draft.FILE_SUFFIX)
        typed = save_name(self.parent_widget, self.tr("Save draft"), str(suggested), self._draft_filter())
        if not typed:
            return False
        path = with_draft_suffix(Path(typed))
        if path != Path(typed) and path.exists() and not dialogs.ask_replace(self.parent_widget, path):
            return False  # the dialog asked about the name typed, not this one
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        path = Path(os.path.abspath(path))
        same = path == self.document.path and not self.read_only
        if same and self.watch.changed_on_disk():
            from . import dialogs

            choice = dialogs.ask_changed_on_save(self.parent_widget, path)
            if choice == "save-as":
                return self.save_as()
            if choice == "reload":
                self.reload()
            if choice != "overwrite":
                return False
        if same:
            lock = self.lock
        else:
            lock, mode = self._lock(path, saving=True, calendar=self.document.model.settings.calendar)
            if mode is None:
                return False
        try:
            self.document.save(path)
        except DraftError as e:
            self._drop(lock)
            self.checking.show_problems(self.tr("Cannot save %1").replace("%1", path.name), e.problems, path)
            return False
        self._hold(lock)
        self.read_only = False
        self.watch.follow(path, Stamp.of(path))
        self.recovery.follow()  # the copy, if any more are made, is named after the new file
        self.last_saved = dt.datetime.now()
        self.held.emit(path)
        self.stateChanged.emit()
        return True

    def close(self):
        """The window closes: its lock goes, and its draft is no longer watched."""
        self.recovery.close()
        self._hold(None)
        self.watch.follow(None, None)  # a closed window asks nothing about its draft
