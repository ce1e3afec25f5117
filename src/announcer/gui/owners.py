"""Who owns a draft's lock or a recovery copy (process, host, user), and whether that
owner is gone.

Every window claims a token of its own. A lock or a copy names the token with the
process that wrote it, so that a second window of the same process is told apart from
the first, and a copy is offered only once its owner is known to be gone: its process
ended on this host since this boot, or (in this process) its window closed.

A process is named by more than its pid: a random id of its own (this process or
another), its PID namespace (another one's pids cannot be asked) and its start time (a
pid that runs with another start time was given to another process)."""

import datetime as dt
import logging
import os
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QSysInfo

from ..processes import alive, pid_namespace, start_time

log = logging.getLogger(__name__)
_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")  # Linux: changes at every boot, so pids of an earlier boot mean nothing
_live: set[str] = set()  # the tokens of this process's windows
_PROCESS = os.urandom(8).hex()  # this process, whatever its pid says in another namespace


def _boot() -> str:
    try:
        return _BOOT_ID.read_text().strip()
    except OSError:
        return ""  # not Linux: a pid is trusted across boots


@cache
def _this_process() -> tuple[str, int]:
    """This process's PID namespace and start time: /proc read once, not at every window."""
    return pid_namespace(), start_time(os.getpid())


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
    # Written since issue 20; "" and 0 in what earlier editors wrote, and where unknown.
    process: str = ""  # the process's random id
    pid_namespace: str = ""  # Linux: «pid:[…]»
    process_start: int = 0  # Linux: clock ticks since boot

    @classmethod
    def claim(cls) -> "Owner":
        """A new owner for a window of this process."""
        namespace, started = _this_process()
        owner = cls(os.urandom(8).hex(), os.getpid(), QSysInfo.machineHostName(), _user(), _boot(),
                    dt.datetime.now().astimezone().isoformat(timespec="seconds"), _PROCESS, namespace, started)
        _live.add(owner.token)
        return owner

    def release(self) -> None:
        """The window is closed: what it leaves behind has no owner any more."""
        _live.discard(self.token)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data) -> "Owner":
        """Raises (TypeError, ValueError) when data does not describe an owner; the
        fields an earlier editor did not write take their defaults."""
        owner = cls(**data)
        texts = (owner.token, owner.host, owner.user, owner.boot, owner.since, owner.process, owner.pid_namespace)
        if type(owner.pid) is not int or type(owner.process_start) is not int or not all(isinstance(v, str) for v in texts):
            raise ValueError(f"not an owner: {data!r}")  # type(): true is an int, and no pid
        return owner

    @property
    def here(self) -> bool:
        """This process (another of its windows, or a closed one)."""
        if self.process:
            return self.process == _PROCESS
        # An earlier editor's: its pid, host and boot are all there is to go by.
        return self.pid == os.getpid() and self.host == QSysInfo.machineHostName() and self.boot == _boot()

    def gone(self) -> bool:
        """True only when the owner is known to have ended; an owner on another host or
        in another PID namespace cannot be asked and is taken to be alive."""
        if self.host != QSysInfo.machineHostName():
            return False
        if self.boot and self.boot != _boot():
            return True
        if self.here:
            return self.token not in _live
        namespace, _ = _this_process()
        if self.pid_namespace and namespace and self.pid_namespace != namespace:
            return False
        if self.pid == os.getpid():
            return True  # this pid is this process's now: the one that had it ended
        if not alive(self.pid):
            return True
        return self.process_start != 0 and start_time(self.pid) not in (0, self.process_start)  # its pid reused

    def started(self) -> dt.datetime | None:
        """When the window was made; None when since is no moment local time can hold
        (year 9999 at -14:00 is past Python's last one)."""
        try:
            moment = dt.datetime.fromisoformat(self.since)
            if moment.tzinfo is not None:
                moment.astimezone()
        except (ValueError, OverflowError, OSError) as e:  # OSError: Windows' local time before 1970
            log.info("the owner's time %r cannot be shown: %s", self.since[:100], e)
            return None
        return moment
