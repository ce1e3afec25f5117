"""Whether a process still runs: the one question behind stale temporary files, stale
draft locks and recovery copies whose editor is gone.

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

    kernel = ctypes.windll.kernel32
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel.GetLastError() == 5  # ERROR_ACCESS_DENIED: it runs, as another user
    try:
        code = ctypes.c_ulong()
        return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel.CloseHandle(handle)
