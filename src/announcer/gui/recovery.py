"""Recovery copies: the open draft saved aside while it has unsaved changes, so a crash
or a kill loses at most the autosave interval. A recovery copy never replaces the
draft file by itself: the next start offers it, and the user saves it or not.

Every window writes its own copy, named by the draft and the window's owner token, and
the copy names its owner: a copy is offered only once its owner is gone, so a live
editor's copy is never offered to, nor deleted by, another. A copy that cannot be read
is moved aside to «broken/» and logged; a scan never stops the editor's start."""

import datetime as dt
import json
import logging
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from .. import draft
from ..atomic import read_limited, write_atomically
from ..model import Announcement
from .owners import Owner

log = logging.getLogger(__name__)

FORMAT = "persian-announcement-recovery"
INTERVAL_MS = 60_000
BROKEN = "broken"
_ENVELOPE = 64 * 1024  # what a copy holds beside its draft: owner, path, time


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


def _read(file: Path) -> tuple[RecoveredCopy, bool]:
    """Read a copy and whether its owner is gone; raises whatever its content makes
    Python raise (a FIFO or a huge file: the reader's refusal)."""
    data = json.loads(read_limited(file, draft.MAX_BYTES + _ENVELOPE).decode("utf-8"))
    if data["format"] != FORMAT:
        raise ValueError(f"not a recovery copy: {data['format']!r}")
    model, problems = draft.from_dict(data["draft"])
    if problems:
        raise ValueError("; ".join(map(str, problems)))
    saved = dt.datetime.fromisoformat(data["saved"]).astimezone()  # older copies: local time without a zone
    draft_path = Path(data["draft_path"]) if data.get("draft_path") else None
    newer = draft_path is not None and draft_path.exists() and draft_path.stat().st_mtime > saved.timestamp()
    owner = Owner.from_dict(data["owner"]) if "owner" in data else None  # copies of earlier versions name none
    return RecoveredCopy(file, draft_path, saved, model, newer), owner is None or owner.gone()


def scan(folder: Path) -> Scan:
    """Copies whose owner is gone, newest first; unreadable ones are moved aside."""
    found = Scan()
    try:
        files = sorted(folder.glob("*.recovery.json"))
    except OSError:
        log.exception("cannot look into the recovery folder %s", folder)
        return found
    for file in files:
        try:
            copy, orphaned = _read(file)
        except Exception:  # whatever a copy holds (it may come from anywhere), the start goes on
            log.exception("unreadable recovery copy %s", file)
            moved = _set_aside(file)
            if moved:
                found.broken.append(moved)
            continue
        if orphaned:
            found.copies.append(copy)
    found.copies.sort(key=lambda c: c.saved, reverse=True)
    return found


def _set_aside(file: Path) -> Path | None:
    """Move an unreadable copy into the broken folder, under a name not yet taken."""
    target = file.parent / BROKEN / file.name
    try:
        target.parent.mkdir(exist_ok=True)
        n = 1
        while target.exists():
            target, n = target.with_name(f"{file.name}.{n}"), n + 1
        file.rename(target)
    except OSError:
        log.exception("cannot move %s aside to %s", file, target.parent)
        return None
    log.warning("moved the unreadable recovery copy %s to %s", file.name, target)
    return target


class Recovery(QObject):
    """Autosaves the session's unsaved changes every interval and when asked (focus lost).

    `failed` says why copies cannot be written, once, when they stop; `restored` when
    they can be written again."""

    failed = Signal(object)  # the OSError
    restored = Signal()

    def __init__(self, session, folder: Path, owner: Owner, interval_ms: int | None = None):
        super().__init__(session)
        self.session, self.folder, self.owner = session, Path(folder), owner
        self.file = _file_for(self.folder, session.path, owner.token)
        self.error: OSError | None = None  # why the last copy could not be written
        self.timer = QTimer(self, interval=interval_ms or INTERVAL_MS)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        session.replaced.connect(self.follow)
        session.undo_stack.cleanChanged.connect(self._clean_changed)

    def follow(self):
        """The session now holds another draft (or the same one under a new name)."""
        new = _file_for(self.folder, self.session.path, self.owner.token)
        if new != self.file:
            self.discard()
            self.file = new

    def adopt(self, copy: RecoveredCopy):
        """Go on from a recovered copy: its content is copied into this window's own
        file, then the old file is removed (not before: it is all there is)."""
        if self.save_now():
            copy.discard()

    def save_now(self) -> bool:
        """Write the copy if there are unsaved changes; False when it could not be written."""
        if not self.session.modified:
            return True
        data = {"format": FORMAT, "version": 2, "owner": self.owner.to_dict(),
                "draft_path": str(self.session.path) if self.session.path else None,
                "saved": dt.datetime.now().astimezone().isoformat(),
                "draft": draft.to_dict(self.session.model)}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(self.file, draft.encode(data))  # lone surrogates too, as JSON escapes
        except OSError as e:
            first, self.error = self.error is None, e
            if first:
                log.exception("recovery copies cannot be written to %s", self.folder)
                self.failed.emit(e)
            return False
        if self.error is not None:
            log.info("recovery copies are written to %s again", self.folder)
            self.error = None
            self.restored.emit()
        return True

    def discard(self):
        try:
            self.file.unlink(missing_ok=True)
        except OSError:  # a folder that cannot be written, or a file where it should be
            log.warning("cannot remove the recovery copy %s", self.file, exc_info=True)

    def close(self):
        """The window closes with nothing left to recover."""
        self.timer.stop()
        self.discard()
        self.owner.release()

    def _clean_changed(self, clean: bool):
        if clean:  # saved (or undone back to the saved state): the copy is no longer needed
            self.follow()
            self.discard()
