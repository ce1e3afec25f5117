"""Atomic file writes: a crash mid-save leaves the old file or the new one, never half of one."""

import errno
import os
import stat
import tempfile
from pathlib import Path


def write_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Write data to a temporary file beside path, flush and fsync it, then replace path.

    The existing file keeps its permissions; a read-only one is refused. On any error
    the existing file is left untouched and the temporary file removed."""
    target = Path(path)
    if target.is_file() and not target.stat().st_mode & stat.S_IWUSR:
        # A rename would replace a read-only file (even as root): respect the flag as Word does.
        raise PermissionError(errno.EACCES, "the file is read-only", str(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the platform allows opening a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
