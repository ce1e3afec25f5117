"""Recovery copies: the open draft saved aside while it has unsaved changes, so a crash
or a kill loses at most a few seconds of typing (AT_RISK_S): a copy is written once
typing pauses for PAUSE_MS, and at the latest LONGEST_MS after the first edit it does
not hold, however long the typing goes on (and when the window loses focus). A timer
fires only when the event loop is free: on a loaded machine, a start's dictionary load
made a copy due after 5 s come 0.8 s late, so LONGEST_MS leaves a second for that. The
window takes a snapshot of the model (draft.to_dict's, each part encoded again only when
edited) and a thread of its own encodes and writes it (save_aside), so typing does not
wait for the JSON or the disk. A recovery copy never replaces the draft file by itself:
the next start offers it, and the user saves it or not.

Every window writes its own copy, named by the draft and the window's owner token, and
the copy names its owner: a copy is offered only once its owner is gone, so a live
editor's copy is never offered to, nor deleted by, another. A copy that cannot be read
is moved aside to «broken/» and logged; a scan never stops the editor's start.

A scan is bounded whatever the folder holds: it looks at MAX_LISTED names at most, reads
the MAX_READ newest copies of those (by modification time) and at most MAX_READ_BYTES,
reads a copy's owner before its draft (a live editor's copy is never decoded), and
leaves the rest, logged, for a later start."""

import datetime as dt
import heapq
import json
import logging
import os
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from .. import draft, schema
from ..atomic import read_limited, write_atomically
from ..model import Announcement
from ..partwalks import PartWalks, Walk
from .owners import Owner

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)

FORMAT = "persian-announcement-recovery"
PAUSE_MS = 2_000  # a pause in typing this long, and the copy is written
LONGEST_MS = 4_000  # the most typing a copy may lack, while the editor is not busy elsewhere
AT_RISK_S = 5  # what a crash can lose (README): LONGEST_MS and a second for a busy event loop
BROKEN = "broken"
_ENVELOPE = 64 * 1024  # what a copy holds beside its draft: owner, path, time
MAX_READ = 200  # copies read a start: one a window, for far more windows than anyone has open
MAX_READ_BYTES = 64 * 2**20  # four copies of the largest draft there may be, or 6,000 of the example
MAX_LISTED = 50_000  # names looked at (each a stat, some 0.2 s in all): unreadable copies go 200 a start


@dataclass
class RecoveredCopy:
    """A recovery copy found at start, ready to offer."""

    file: Path  # the recovery file
    draft_path: Path | None  # the draft it belongs to; None for an unsaved one
    saved: dt.datetime  # with its time zone
    model: Announcement
    draft_newer: bool = False  # the draft was saved (by someone) after this copy

    def discard(self):
        self.file.unlink(missing_ok=True)


@dataclass
class Scan:
    """What a look into the recovery folder found."""

    copies: list[RecoveredCopy] = field(default_factory=list)  # to offer, newest first
    broken: list[Path] = field(default_factory=list)  # unreadable, now in the broken folder
    left: int = 0  # copies not read this time (the oldest), for a later start


def _file_for(folder: Path, draft_path: Path | None, token: str) -> Path:
    """The draft's name, for a person looking in the folder, a checksum of its full
    path, so that drafts of the same name in two folders keep apart, and the window's
    token. (CRC-32, not a hashlib digest: importing hashlib loads OpenSSL, 3.5 ms of the
    editor's start.)"""
    if draft_path is None:
        return folder / f"untitled-{token}.recovery.json"
    path = Path(draft_path).resolve()
    name = path.stem[:60]  # a long draft name would make a name the file system refuses
    return folder / f"{name}-{zlib.crc32(str(path).encode()):08x}-{token}.recovery.json"


def _read(file: Path) -> RecoveredCopy | None:
    """A copy whose owner is gone, or None for a live editor's (its draft is not decoded:
    that is most of the work). Raises whatever its content makes Python raise (a FIFO or
    a huge file: the reader's refusal)."""
    data = json.loads(read_limited(file, draft.MAX_BYTES + _ENVELOPE).decode("utf-8"))
    if data["format"] != FORMAT:
        raise ValueError(f"not a recovery copy: {data['format']!r}")
    owner = Owner.from_dict(data["owner"]) if "owner" in data else None  # copies of earlier versions name none
    if owner is not None and not owner.gone():
        return None
    model, problems = draft.from_dict(data["draft"])
    if problems:
        raise ValueError("; ".join(map(str, problems)))
    saved = dt.datetime.fromisoformat(data["saved"]).astimezone()  # older copies: local time without a zone
    draft_path = Path(data["draft_path"]) if data.get("draft_path") else None
    newer = draft_path is not None and draft_path.exists() and draft_path.stat().st_mtime > saved.timestamp()
    return RecoveredCopy(file, draft_path, saved, model, newer)


def scan(folder: Path, limit: int = MAX_READ) -> Scan:
    """Copies whose owner is gone, newest first, of the `limit` newest files; unreadable
    ones are moved aside. What is left is logged, and looked at by a later start."""
    found = Scan()
    try:
        files, found.left = _newest(folder, limit)
    except FileNotFoundError:
        return found  # no copy was ever written
    except OSError:
        log.exception("cannot look into the recovery folder %s", folder)
        return found
    budget = MAX_READ_BYTES
    for n, (file, size) in enumerate(files):
        budget -= min(size, draft.MAX_BYTES + _ENVELOPE)  # a larger one is refused unread
        if budget < 0:
            found.left += len(files) - n
            break
        try:
            copy = _read(file)
        except Exception:  # whatever a copy holds (it may come from anywhere), the start goes on
            log.exception("unreadable recovery copy %s", file)
            moved = _set_aside(file)
            if moved:
                found.broken.append(moved)
            continue
        if copy is not None:
            found.copies.append(copy)
    if found.left:
        log.info("%d recovery copies in %s are left for a later start (%d are read at each)",
                 found.left, folder, limit)
    found.copies.sort(key=lambda c: c.saved, reverse=True)
    return found


def _newest(folder: Path, limit: int) -> tuple[list[tuple[Path, int]], int]:
    """The `limit` newest copies by modification time, with their sizes, and how many
    more there are. (Links are not followed: one to nowhere is unreadable, and set aside.)"""
    stamps, listed = [], 0
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.endswith(".recovery.json") and not entry.name.startswith("."):
                listed += 1
                if listed > MAX_LISTED:
                    log.warning("the recovery folder %s holds more than %d copies: the newest of the first %d "
                                "listed are read", folder, MAX_LISTED, MAX_LISTED)
                    break
                try:
                    info = entry.stat(follow_symlinks=False)
                except FileNotFoundError:  # gone since listed: saved or closed by its window
                    continue
                stamps.append((info.st_mtime_ns, entry.name, info.st_size))
    newest = heapq.nlargest(limit, stamps)
    return [(folder / name, size) for _, name, size in newest], len(stamps) - len(newest)


def _set_aside(file: Path) -> Path | None:
    """Move an unreadable copy into the broken folder, under its own name or, when that
    is taken, a new one: a single look, however many copies of that name were set aside."""
    target = file.parent / BROKEN / file.name
    try:
        target.parent.mkdir(exist_ok=True)
        if target.exists():
            target = target.with_name(f"{file.name}.{time.time_ns():x}-{os.urandom(4).hex()}")
        file.rename(target)
    except OSError:
        log.exception("cannot move %s aside to %s", file, target.parent)
        return None
    log.warning("moved the unreadable recovery copy %s to %s", file.name, target)
    return target


class Snapshot(PartWalks[Any]):
    """draft.to_dict of the open model, each fixed part and section encoded again only
    when an edit changed it (partwalks.py): the whole took 35–50 ms of the GUI thread at
    200× the example, at every copy."""

    def __init__(self):
        super().__init__(_part_dict)

    def of(self, model: Announcement) -> dict:
        """draft.to_dict(model)."""
        found = iter(self.walked(model)[1:])  # the draft's own value is not a part
        announcement: dict[str, Any] = {}
        for f in schema.root().fields:
            encoded = next(found)
            if f.key == "sections":  # that was the list's own value: its sections follow
                announcement["sections"] = [next(found) for _ in model.sections]
            elif not f.is_mapping or getattr(model, f.key):  # an empty mapping is left out, as to_dict does
                announcement[f.key] = encoded
        return {"format": draft.FORMAT, "version": draft.VERSION, "announcement": announcement}


def _part_dict(walk: Walk) -> Any:
    path, field, value = next(iter(walk))
    return None if path in ("", "sections") else draft.part_dict(value, field)


class Recovery(QObject):
    """Copies the open document's unsaved changes aside once typing pauses, at the latest
    `longest` after the first edit the copy lacks, and when asked (focus lost).

    `failed` says why copies cannot be written, once, when they stop; `restored` when
    they can be written again."""

    failed = Signal(object)  # the OSError
    restored = Signal()
    written = Signal(object)  # from the writer's thread: the OSError, or None

    def __init__(self, document, folder: Path, owner: Owner, pause_ms: int = PAUSE_MS, longest_ms: int = LONGEST_MS):
        super().__init__(document)
        self.document, self.folder, self.owner = document, Path(folder), owner
        self.file = _file_for(self.folder, document.path, owner.token)
        self.error: OSError | None = None  # why the last copy could not be written
        self.pause = QTimer(self, singleShot=True, interval=pause_ms)  # restarted by every edit
        self.due = QTimer(self, singleShot=True, interval=longest_ms)  # started by the first edit since the copy
        for timer in (self.pause, self.due):
            timer.timeout.connect(self.save_aside)
        self.writer: ThreadPoolExecutor | None = None  # made after the first paint (prepare)
        self.writing: Future | None = None  # the copy save_aside has handed to the writer
        self.written.connect(self._written)
        self.snapshot = Snapshot()
        document.changed.connect(self.snapshot.edited)
        document.replaced.connect(self.snapshot.replaced)
        document.changed.connect(self._edited)
        document.replaced.connect(self.follow)
        document.replaced.connect(self._edited)  # a copy opened, or a recovered one: unsaved from the start
        document.undo_stack.cleanChanged.connect(self._clean_changed)

    def _edited(self, *_):
        if not self.document.modified:
            return
        self.pause.start()
        if not self.due.isActive():
            self.due.start()

    def stop(self):
        """No copy is written until the next edit."""
        self.pause.stop()
        self.due.stop()

    def follow(self):
        """The document now holds another draft (or the same one under a new name)."""
        new = _file_for(self.folder, self.document.path, self.owner.token)
        if new != self.file:
            self.discard()
            self.file = new

    def adopt(self, copy: RecoveredCopy):
        """Go on from a recovered copy: its content is copied into this window's own
        file, then the old file is removed (not before: it is all there is)."""
        if self.save_now():
            copy.discard()

    def save_now(self) -> bool:
        """Write the copy if there are unsaved changes, now; False when it could not be
        written (the next edit tries again)."""
        self.stop()
        self.wait()
        if not self.document.modified:
            return True
        return self._written(self._write(self._data()))

    def save_aside(self):
        """Write the copy if there are unsaved changes, on the writer's thread: typing goes
        on while it is encoded and written (90 ms at 200× the example, on the GUI thread
        once typing paused and every LONGEST_MS while it did not). Only the snapshot of
        the model is taken here, where the model is edited. `written` tells how it went."""
        self.stop()
        if not self.document.modified:
            return
        self.wait()
        data = self._data()
        self.writing = self.prepare().submit(lambda: self.written.emit(self._write(data)))

    def prepare(self) -> "ThreadPoolExecutor":
        """The writer's thread, made once: the window asks after its first paint, off the
        start (importing concurrent.futures was 8 M instructions of it) and before the first
        copy, which held the first pause in typing 20–30 ms for the import."""
        if self.writer is None:
            from concurrent.futures import ThreadPoolExecutor

            self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recovery")  # one write at a time, in order
        return self.writer

    def wait(self):
        """Until the copy handed to the writer is written (or has failed)."""
        if self.writing is not None:
            self.writing.result()
            self.writing = None

    def _data(self) -> dict:
        return {"format": FORMAT, "version": 2, "owner": self.owner.to_dict(),
                "draft_path": str(self.document.path) if self.document.path else None,
                "saved": dt.datetime.now().astimezone().isoformat(),
                "draft": self.snapshot.of(self.document.model)}

    def _write(self, data: dict) -> OSError | None:
        """Any thread: the copy encoded and written."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(self.file, draft.encode(data))  # lone surrogates too, as JSON escapes
        except OSError as e:
            return e
        return None

    def _written(self, error: OSError | None) -> bool:
        """The GUI thread hears how a write went: a failure said once, when copies stop."""
        if error is not None:
            first, self.error = self.error is None, error
            if first:
                log.error("recovery copies cannot be written to %s", self.folder, exc_info=error)
                self.failed.emit(error)
            return False
        if self.error is not None:
            log.info("recovery copies are written to %s again", self.folder)
            self.error = None
            self.restored.emit()
        return True

    def discard(self):
        self.wait()  # a copy being written would come back after it was removed
        try:
            self.file.unlink(missing_ok=True)
        except OSError:  # a folder that cannot be written, or a file where it should be
            log.warning("cannot remove the recovery copy %s", self.file, exc_info=True)

    def close(self):
        """The window closes with nothing left to recover."""
        self.stop()
        self.discard()
        self.owner.release()

    def _clean_changed(self, clean: bool):
        if clean:  # saved (or undone back to the saved state): the copy is no longer needed
            self.stop()
            self.follow()
            self.discard()
