"""The editor's log: every error it handles without the user's attention (a recovery
copy it could not read or write, a lock it could not remove) and every uncaught one,
in a rotating file in the application's data folder, named in Help → About.

The rotating handler is made at the first record: `logging.handlers` imports socket,
pickle and queue, 13 ms that the editor's start need not pay for a log that most
sessions never write to."""

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "announcer.log"


class _RotatingFileOnFirstRecord(logging.Handler):
    """A RotatingFileHandler, made when there is first something to write."""

    def __init__(self, path: Path):
        super().__init__(logging.INFO)
        self.path = path
        self.file: logging.Handler | None = None
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record):
        try:
            if self.file is None:
                from logging.handlers import RotatingFileHandler

                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.file = RotatingFileHandler(self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
                self.file.setFormatter(self.formatter)
            self.file.emit(record)
        except Exception:  # logging's own rule: a log that cannot be written must not stop the program
            self.handleError(record)

    def close(self):
        if self.file is not None:
            self.file.close()
        super().close()


def start() -> Path:
    """Send the program's log records (and uncaught exceptions) to the log file."""
    path = log_file()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(_RotatingFileOnFirstRecord(path))
    previous = sys.excepthook

    def log_uncaught(kind, value, traceback):
        logging.getLogger("announcer").critical("uncaught exception", exc_info=(kind, value, traceback))
        previous(kind, value, traceback)
    sys.excepthook = log_uncaught
    return path
