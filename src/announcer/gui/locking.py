"""One owner per draft: a lock file beside an open draft, named as LibreOffice names its
own («.~lock.NAME#»), holding the owner (process, host, user, since when) as JSON.

The lock is made whole or not at all: written to a temporary file and hard-linked into
place, which fails if a lock is already there (a plain exclusive create where the file
system has no hard links). A lock whose owner is gone is stale and taken over; a lock
that is not ours is never written over nor removed. A lock that is there but cannot be
read (a folder, a FIFO, a link to a device or to itself, too large, another user's) is
someone's whose name is unknown: never taken as no lock."""

import json
import logging
import os
import zlib
from pathlib import Path

from ..atomic import read_limited, temporary_name
from .owners import Owner

log = logging.getLogger(__name__)
_LARGEST_LOCK = 64 * 1024  # an owner is a few hundred bytes


class Locked(Exception):
    """The draft is open elsewhere; owner is None when the lock is not one of ours
    (another program's, or unreadable)."""

    def __init__(self, path: Path, owner: Owner | None):
        super().__init__(f"{path} is locked by {owner}")
        self.path, self.owner = path, owner


_LONGEST_NAME = 255  # bytes, on the usual file systems


def lock_path(draft_path: Path) -> Path:
    """«.~lock.NAME#»; for a name too long to take the 8 bytes more, the name cut short
    with a checksum of the whole, so two long names still lock apart."""
    name = f".~lock.{draft_path.name}#"
    if len(name.encode()) > _LONGEST_NAME:
        keep = draft_path.name.encode()[:_LONGEST_NAME - 8 - 10].decode("utf-8", "ignore")
        name = f".~lock.{keep}-{zlib.crc32(draft_path.name.encode()):08x}#"
    return draft_path.with_name(name)


def holder(lock: Path) -> Owner | None:
    """The owner written in a lock file; None when it is not ours or cannot be read.
    Raises FileNotFoundError when there is no lock."""
    try:
        text = read_limited(lock, _LARGEST_LOCK).decode("utf-8", "replace")  # a FIFO is refused, not waited on
    except FileNotFoundError:
        raise
    except OSError as e:
        log.warning("lock %s cannot be read, so it is taken to be another program's: %s", lock, e)
        return None
    try:
        return Owner.from_dict(json.loads(text))
    except (ValueError, TypeError, RecursionError):
        log.info("lock %s is not one of ours: %r", lock, text[:200])
        return None


class DraftLock:
    """A lock this window holds on a draft."""

    def __init__(self, draft_path: Path, owner: Owner):
        self.draft_path, self.owner = draft_path, owner
        self.file = lock_path(draft_path)

    def release(self) -> None:
        """Remove the lock, if it is still ours (a lock file someone replaced stays)."""
        try:
            if holder(self.file) == self.owner:
                self.file.unlink()
        except FileNotFoundError:
            log.warning("the lock %s had gone before it was released", self.file)
        except OSError:
            log.warning("cannot remove the lock %s", self.file, exc_info=True)


def acquire(draft_path: Path, owner: Owner) -> DraftLock:
    """Lock a draft for owner. Raises Locked when a live owner holds it, OSError when no
    lock can be made there (a read-only folder)."""
    lock = DraftLock(draft_path, owner)
    data = json.dumps(owner.to_dict(), ensure_ascii=False).encode("utf-8")
    for _ in range(3):  # a stale lock taken over, or a lock that went away while it was read
        if _create_unless_there(lock.file, data):
            return lock
        try:
            found = holder(lock.file)
        except FileNotFoundError:
            continue
        if found == owner:
            return lock  # this window locked it before (the draft is opened again)
        if found is None or not found.gone():
            raise Locked(draft_path, found)
        _take_over(lock.file, found)
    raise Locked(draft_path, None)


def _create_unless_there(file: Path, data: bytes) -> bool:
    """_create, where a lock that is there is read even when no lock can be made beside
    it (a read-only folder): only a folder without one opens the draft unlocked."""
    try:
        return _create(file, data)
    except OSError:
        if os.path.lexists(file):
            log.info("no lock can be made beside %s, but one is there", file, exc_info=True)
            return False
        raise


def _create(file: Path, data: bytes) -> bool:
    """Make file with data unless it exists; False when it does."""
    tmp = file.with_name(temporary_name(file.name))  # one a later write removes if a kill leaves it
    tmp.write_bytes(data)
    try:
        os.link(tmp, file)
        return True
    except FileExistsError:
        return False
    except OSError:  # no hard links here (FAT, some network shares): an exclusive create
        return _create_exclusively(file, data)
    finally:
        tmp.unlink(missing_ok=True)


def _create_exclusively(file: Path, data: bytes) -> bool:
    try:
        fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    return True


def _take_over(file: Path, stale: Owner) -> None:
    """Remove a stale lock, unless another editor replaced it meanwhile: it is moved
    aside first, and put back if it is not the stale one."""
    aside = file.with_name(temporary_name(file.name))
    try:
        file.rename(aside)
    except FileNotFoundError:
        return  # another editor took it over first
    if holder(aside) == stale:
        log.info("took over the stale lock %s of %s", file, stale)
        aside.unlink()
    elif not _put_back(aside, file):
        log.warning("a lock replaced while it was taken over, and another made since: %s", aside)
    else:
        aside.unlink()


def _put_back(aside: Path, file: Path) -> bool:
    """Put a lock moved aside back as it is (a hard link: nothing read, so a FIFO does not
    block); False when another lock was made since."""
    try:
        os.link(aside, file)
        return True
    except FileExistsError:
        return False
    except OSError:  # no hard links here: its bytes, read within bounds
        return _create(file, read_limited(aside, _LARGEST_LOCK))
