"""Recovery copies: the open draft saved aside while it has unsaved changes, so a crash
or a kill loses at most the autosave interval. A recovery copy never replaces the
draft file by itself: the next start offers it, and the user saves it or not."""

import datetime as dt
import json
import zlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from .. import draft
from ..atomic import write_atomically
from ..model import Announcement

FORMAT = "persian-announcement-recovery"
INTERVAL_MS = 60_000


@dataclass
class RecoveredCopy:
    """A recovery copy found at start, ready to offer."""

    file: Path  # the recovery file
    draft_path: Path | None  # the draft it belongs to; None for an unsaved one
    saved: dt.datetime
    model: Announcement

    def discard(self):
        self.file.unlink(missing_ok=True)


def _file_for(folder: Path, draft_path: Path | None) -> Path:
    """The draft's name, for a person looking in the folder, and a checksum of its full
    path, so that drafts of the same name in two folders keep apart. (CRC-32, not a
    hashlib digest: importing hashlib loads OpenSSL, 3.5 ms of the editor's start.)"""
    if draft_path is None:
        return folder / "untitled.recovery.json"
    path = Path(draft_path).resolve()
    name = path.stem[:60]  # a long draft name would make a name the file system refuses
    return folder / f"{name}-{zlib.crc32(str(path).encode()):08x}.recovery.json"


def pending(folder: Path) -> list[RecoveredCopy]:
    """Recovery copies newer than their draft file (or of a draft never saved), newest first."""
    copies = []
    for file in folder.glob("*.recovery.json"):
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            model, problems = draft.from_dict(data["draft"])
            saved = dt.datetime.fromisoformat(data["saved"])
            draft_path = Path(data["draft_path"]) if data.get("draft_path") else None
        except (OSError, ValueError, KeyError, TypeError):
            continue  # an unreadable copy helps nobody; leave it for inspection
        if problems:
            continue
        if draft_path and draft_path.exists() and draft_path.stat().st_mtime >= saved.timestamp():
            file.unlink(missing_ok=True)  # the draft was saved after this copy: nothing to recover
            continue
        copies.append(RecoveredCopy(file, draft_path, saved, model))
    return sorted(copies, key=lambda c: c.saved, reverse=True)


class Recovery(QObject):
    """Autosaves the session's unsaved changes every interval and when asked (focus lost)."""

    def __init__(self, session, folder: Path, interval_ms: int | None = None):
        super().__init__(session)
        self.session, self.folder = session, Path(folder)
        self.file = _file_for(self.folder, session.path)
        self.timer = QTimer(self, interval=interval_ms or INTERVAL_MS)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        session.replaced.connect(self.follow)
        session.undo_stack.cleanChanged.connect(self._clean_changed)

    def follow(self):
        """The session now holds another draft (or the same one under a new name)."""
        new = _file_for(self.folder, self.session.path)
        if new != self.file:
            self.file.unlink(missing_ok=True)
            self.file = new

    def adopt(self, file: Path):
        """Go on in a recovered copy's own file, whatever it is named (an older version
        named them otherwise): the next copy replaces it, and saving the work removes it."""
        self.file = file

    def save_now(self):
        if not self.session.modified:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"format": FORMAT, "version": 1,
                "draft_path": str(self.session.path) if self.session.path else None,
                "saved": dt.datetime.now().isoformat(),
                "draft": draft.to_dict(self.session.model)}
        write_atomically(self.file, json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def discard(self):
        self.file.unlink(missing_ok=True)

    def _clean_changed(self, clean: bool):
        if clean:  # saved (or undone back to the saved state): the copy is no longer needed
            self.follow()
            self.discard()
