"""Who owns a draft's lock or a recovery copy (process, host, user), and whether that
owner is gone.

Every window claims a token of its own. A lock or a copy names the token with the
process that wrote it, so that a second window of the same process is told apart from
the first, and a copy is offered only once its owner is known to be gone: its process
ended on this host since this boot, or (in this process) its window closed."""

import datetime as dt
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QSysInfo

from ..processes import alive

log = logging.getLogger(__name__)
_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")  # Linux: changes at every boot, so pids of an earlier boot mean nothing
_live: set[str] = set()  # the tokens of this process's windows


def _boot() -> str:
    try:
        return _BOOT_ID.read_text().strip()
    except OSError:
        return ""  # not Linux: a pid is trusted across boots


def _user() -> str:
    import getpass  # 1 ms of imports, needed only once a draft is locked

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment nor in the user database
        log.warning("no user name for this process", exc_info=True)
        return ""


@dataclass(frozen=True)
class Owner:
    """A window of an editor process, as written into a lock or a recovery copy."""

    token: str
    pid: int
    host: str
    user: str = ""
    boot: str = ""
    since: str = ""  # ISO time with its offset

    @classmethod
    def claim(cls) -> "Owner":
        """A new owner for a window of this process."""
        owner = cls(os.urandom(8).hex(), os.getpid(), QSysInfo.machineHostName(), _user(), _boot(),
                    dt.datetime.now().astimezone().isoformat(timespec="seconds"))
        _live.add(owner.token)
        return owner

    def release(self) -> None:
        """The window is closed: what it leaves behind has no owner any more."""
        _live.discard(self.token)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data) -> "Owner":
        """Raises (TypeError, ValueError) when data does not describe an owner."""
        owner = cls(**data)
        if not isinstance(owner.pid, int) or not all(
                isinstance(v, str) for v in (owner.token, owner.host, owner.user, owner.boot, owner.since)):
            raise ValueError(f"not an owner: {data!r}")
        return owner

    @property
    def here(self) -> bool:
        """This process (another of its windows, or a closed one)."""
        return self.pid == os.getpid() and self.host == QSysInfo.machineHostName() and self.boot == _boot()

    def gone(self) -> bool:
        """True only when the owner is known to have ended; an owner on another host
        cannot be asked and is taken to be alive."""
        if self.host != QSysInfo.machineHostName():
            return False
        if self.boot and self.boot != _boot():
            return True
        if self.here:
            return self.token not in _live
        return not alive(self.pid)

    def started(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.since)
        except ValueError:
            return None
