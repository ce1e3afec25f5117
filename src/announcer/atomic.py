"""Reading and writing the user's files safely.

Every file the program writes goes through `write_atomically`: a crash mid-write leaves
the old file or the new one, never half of one, and no write replaces anything but the
regular file the user named. `read_limited` reads a file only if it is a regular file
of a sane size, so a FIFO cannot block the program and a device cannot fill memory."""

import errno
import functools
import logging
import os
import re
import stat
import time
import zlib
from pathlib import Path

from .processes import alive

log = logging.getLogger(__name__)

_TEMPORARY = ".tmp"
# What temporary_name makes: «.NAME.~announcer-HOST BOOT-PID-RANDOM.tmp». Only such a name,
# made on this machine, is the program's own to remove: a folder may be shared with other
# computers and programs, whose temporary files (their writes under way) look alike.
_OURS = re.compile(r"\..*\.~announcer-([0-9a-f]{8})([0-9a-f]{4})-(\d+)-[0-9a-f]{6}\.tmp", re.DOTALL)
_STALE_SECONDS = 600  # a write takes well under a second: an older temporary file is left from a crash
_SHORTEST_NAME_BUDGET = 64  # bytes a temporary name may always use; a longer final name lends it its length
_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")  # Linux: a pid of an earlier boot names no process of ours


class NotRegularFile(OSError):
    """The path is a device, a FIFO, a socket or a folder, which the program never replaces or reads."""

    def __init__(self, path):
        super().__init__(errno.EINVAL, "not a regular file", str(path))


class SameAsSource(OSError):
    """Writing here would replace the file the output is made from."""

    def __init__(self, path):
        super().__init__(errno.EEXIST, "this is the draft being exported", str(path))


class ReadOnlyFile(PermissionError):
    """A file marked read-only, which a rename could replace (even as root): refused, as Word does."""

    def __init__(self, path):
        super().__init__(errno.EACCES, "the file is read-only", str(path))


class TooLarge(OSError):
    """A file larger than the program will read."""

    def __init__(self, path, limit: int):
        super().__init__(errno.EFBIG, f"larger than {limit} bytes", str(path))
        self.limit = limit


def read_limited(path, limit: int) -> bytes:
    """The file's bytes, refusing what is not a regular file or is larger than limit.

    Opened without blocking, so a FIFO is refused instead of waiting for a writer."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        f = os.fdopen(fd, "rb")
    except IsADirectoryError:
        os.close(fd)  # fdopen refuses a folder and leaves the descriptor open
        raise
    with f:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(path)
        data = f.read(limit + 1)  # the size can change between fstat and read
    if info.st_size > limit or len(data) > limit:
        raise TooLarge(path, limit)
    return data


def write_atomically(path: str | os.PathLike, data: bytes, keep: tuple = ()) -> None:
    """Write data to a temporary file beside path, flush and fsync it, then rename it over path.

    A symbolic link stays a link: its target is written. The existing file keeps its
    permissions (and owner, where the process may set it); a read-only one, anything
    that is not a regular file, and the files in `keep` (the draft being exported) are
    refused. On any error the existing file is left as it was."""
    target = _writable_target(Path(path), keep)
    _remove_stale_temporaries(target.parent)
    tmp = target.parent / temporary_name(target.name)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        _copy_mode_and_owner(target, tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def _writable_target(path: Path, keep: tuple) -> Path:
    """The real file to replace: a link's target; refused when replacing it would be wrong."""
    target = Path(os.path.realpath(path))
    try:
        info = target.stat()
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFile(path)
    if any(_same_file(target, other) for other in keep):
        raise SameAsSource(path)
    if not info.st_mode & stat.S_IWUSR:
        raise ReadOnlyFile(path)
    return target


def _same_file(a: Path, b) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def temporary_name(name: str) -> str:
    """«.NAME.~announcer-HOST BOOT-PID-RANDOM.tmp», cut so that it is no longer than the
    final name (or a short name): wherever the final name fits, so does the temporary one."""
    host, boot = _machine()
    tail = f".~announcer-{host}{boot}-{os.getpid()}-{os.urandom(3).hex()}{_TEMPORARY}"  # not secrets: it loads OpenSSL
    budget = max(len(name.encode()), _SHORTEST_NAME_BUDGET) - len(tail.encode()) - 1
    stem = name.encode()[:max(budget, 1)].decode("utf-8", "ignore")  # never half a character
    return f".{stem}{tail}"


@functools.cache
def _machine() -> tuple[str, str]:
    """This computer's marks in a temporary name: a checksum of its name (8 hex digits)
    and of this boot's id (4; «0000» where the system has none, and a pid is trusted
    across boots)."""
    try:
        boot = _BOOT_ID.read_bytes().strip()
    except OSError:
        boot = b""
    return f"{zlib.crc32(_host_name().encode()):08x}", f"{zlib.crc32(boot) & 0xffff:04x}" if boot else "0000"


def _host_name() -> str:
    """The computer's name: uname's where there is one (POSIX, the name gethostname gives);
    socket's on Windows only, since importing socket cost the editor's start 11 M
    instructions (docs/performance.md)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _is_ours_and_stale(entry: os.DirEntry, now: float) -> bool:
    """A temporary file this machine's writes made, whose writer has ended (or which is
    older than any write): another machine's, another program's are never touched."""
    ours = _OURS.fullmatch(entry.name)
    host, boot = _machine()
    if not ours or ours.group(1) != host:
        return False
    if ours.group(2) != boot:
        return True  # made before this machine started again: its writer is gone
    try:
        old = now - entry.stat(follow_symlinks=False).st_mtime > _STALE_SECONDS
    except OSError:
        return False
    return old or not alive(int(ours.group(3)))


def _remove_stale_temporaries(folder: Path) -> None:
    """Temporary files a killed write of ours left behind in this folder."""
    now = time.time()
    try:
        with os.scandir(folder) as entries:
            stale = [e.path for e in entries if _is_ours_and_stale(e, now)]
    except OSError as e:
        log.warning("could not look for stale temporary files in %s: %s", folder, e)
        return
    for path in stale:
        try:
            os.unlink(path)
            log.info("removed a temporary file left by an interrupted write: %s", path)
        except OSError as e:
            log.warning("could not remove the stale temporary file %s: %s", path, e)


def _copy_mode_and_owner(target: Path, tmp: Path) -> None:
    try:
        info = target.stat()
    except FileNotFoundError:
        os.chmod(tmp, 0o666 & ~_umask())
        return
    os.chmod(tmp, stat.S_IMODE(info.st_mode))
    if hasattr(os, "chown") and (info.st_uid, info.st_gid) != (os.getuid(), os.getgid()):
        try:
            os.chown(tmp, info.st_uid, info.st_gid)  # root saving a user's draft leaves it the user's
        except OSError as e:
            log.info("kept the new owner of %s: %s", target, e)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the platform allows opening a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as e:
        log.debug("cannot open %s to make a rename durable: %s", folder, e)
        return
    try:
        os.fsync(fd)
    except OSError as e:
        log.debug("cannot fsync %s: %s", folder, e)
    finally:
        os.close(fd)
