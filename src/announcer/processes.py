"""Whether a process still runs: the one question behind stale temporary files, stale
draft locks and recovery copies whose editor is gone.

A pid alone does not name a process: editors in two PID namespaces (containers,
sandboxes) may both be pid 1, and an ended editor's pid is given to another process in
time. On Linux the namespace and the start time tell them apart (`pid_namespace`,
`start_time`); elsewhere they are unknown ("" and 0), and the pid is trusted.

On Windows, `os.kill(pid, 0)` would not ask: it terminates the process. There the
process is opened and its exit code read, as the Win32 documentation says to."""

import logging
import os

log = logging.getLogger(__name__)


def alive(pid: int) -> bool:
    """True while a process with this id runs (under any user); False for an id no process
    can have, such as one read from a damaged file."""
    if not isinstance(pid, int) or not 0 < pid < 2**31:
        return False
    if os.name == "nt":
        return _alive_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as another user
    except OSError:
        log.warning("cannot tell whether process %d runs", pid, exc_info=True)
        return True  # cannot tell: keep what it may still need
    return True


def _alive_on_windows(pid: int) -> bool:
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]  # Windows only
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel.GetLastError() == 5  # ERROR_ACCESS_DENIED: it runs, as another user
    try:
        code = ctypes.c_ulong()
        return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel.CloseHandle(handle)


_STAT_LIMIT = 4096  # /proc/PID/stat is a line of a few hundred bytes


def pid_namespace() -> str:
    """Linux: this process's PID namespace («pid:[4026531836]»): pids compare only within
    one. "" where unknown (not Linux, no /proc)."""
    try:
        return os.readlink("/proc/self/ns/pid")
    except OSError as e:
        log.info("no PID namespace known (%s): pids are compared as they are", e)
        return ""


def start_time(pid: int) -> int:
    """Linux: when a process started, in clock ticks since boot (field 22 of
    /proc/PID/stat); 0 where unknown: no such process, not Linux, not readable."""
    if type(pid) is not int or not 0 < pid < 2**31:
        return 0
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            line = f.read(_STAT_LIMIT)
    except FileNotFoundError:  # no such process, or no /proc
        return 0
    except OSError as e:
        log.info("cannot read when process %d started: %s", pid, e)
        return 0
    try:  # the command, field 2, is in parentheses and may hold spaces and parentheses itself
        return int(line[line.rindex(b")") + 1:].split()[19])
    except (ValueError, IndexError):
        log.warning("no start time in /proc/%d/stat: %r", pid, line[:200])
        return 0
