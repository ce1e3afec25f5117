"""Changes made to the open draft by someone else: what the file looked like when it was
opened or saved (size, modification time, CRC-32 of its bytes), and a watcher that says
when it may have changed since.

The size and time say cheaply that nothing changed; the checksum tells a real change
from a file that was only touched or written again with the same bytes. (CRC-32, not a
hashlib digest: importing hashlib loads OpenSSL, 3.5 ms of the editor's start.)"""

import logging
import zlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ..atomic import read_limited
from ..draft import MAX_BYTES

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stamp:
    """A file as it was: size, modification time (ns) and checksum."""

    size: int
    mtime_ns: int
    crc: int

    @classmethod
    def of(cls, path: Path) -> "Stamp | None":
        """The file's stamp; None when it cannot be read (the load will say why)."""
        try:
            info = path.stat()  # before the bytes: a change in between then shows as a change
            data = read_limited(path, MAX_BYTES)  # a FIFO or a device is refused, not read
        except OSError:
            log.info("no stamp for %s", path, exc_info=True)
            return None
        return cls(info.st_size, info.st_mtime_ns, zlib.crc32(data))

    def changed(self, path: Path) -> bool:
        """Whether path holds other bytes than it did. A file gone is not «changed»:
        saving writes it again, and nobody's edit is lost."""
        try:
            info = path.stat()
            if (info.st_size, info.st_mtime_ns) == (self.size, self.mtime_ns):
                return False
            return zlib.crc32(read_limited(path, MAX_BYTES)) != self.crc
        except FileNotFoundError:
            return False
        except OSError:
            log.warning("cannot compare %s with what was opened", path, exc_info=True)
            return True  # cannot tell: ask rather than overwrite


class Watch(QObject):
    """Watches the open draft; `changed` when its bytes differ from its stamp.

    Writers that replace a file (as this editor does) end the watch on the old file,
    so the path is watched again after every signal. Signals are gathered for a moment:
    a save elsewhere arrives as several."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.path: Path | None = None
        self.stamp: Stamp | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._touched)
        self.delay = QTimer(self, singleShot=True, interval=150)
        self.delay.timeout.connect(self._check)

    def follow(self, path: Path | None, stamp: Stamp | None) -> None:
        """Watch path (None: nothing), whose bytes are those of stamp."""
        self.delay.stop()  # a signal gathered for the file watched before
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self.path, self.stamp = path, stamp
        if path is not None and stamp is not None:
            self.watcher.addPath(str(path))

    def changed_on_disk(self) -> bool:
        return self.path is not None and self.stamp is not None and self.stamp.changed(self.path)

    def _touched(self, _path: str):
        self.delay.start()

    def _check(self):
        if self.path is not None and str(self.path) not in self.watcher.files() and self.path.exists():
            self.watcher.addPath(str(self.path))  # replaced by a rename: watch the new file
        if self.changed_on_disk():
            self.changed.emit()
