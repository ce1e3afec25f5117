"""Read the editor's preview as a screen reader does, over AT-SPI (run by
test_gui_atspi.py inside xvfb-run and dbus-run-session: python atspi_reader.py DRAFT).

Starts the accessibility bus, then the editor on DRAFT with Qt's AT-SPI bridge on, walks
the accessible tree over D-Bus (gdbus) to the object named «پیش‌نمایش» and prints one
JSON line: its role, its children's roles and names, and whether the editor was still
running after being read."""

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREVIEW = "پیش‌نمایش"


def _gdbus(address: str, dest: str, path: str, method: str, *args: str) -> str:
    return subprocess.run(["gdbus", "call", "--address", address, "--dest", dest, "--object-path", path,
                           "--method", method, *args], capture_output=True, text=True, timeout=10).stdout.strip()


def _children(address: str, dest: str, path: str) -> list[tuple[str, str]]:
    return re.findall(r"\('([^']*)', (?:objectpath )?'([^']*)'\)",
                      _gdbus(address, dest, path, "org.a11y.atspi.Accessible.GetChildren"))


def _text(printed: str) -> str:
    """A string as gdbus prints it: «(<'…'>,)» or «('…',)», with \\u escapes."""
    found = re.match(r"\(<?'(.*)'>?,\)$", printed, re.S)
    return found.group(1).encode("latin-1", "backslashreplace").decode("unicode_escape") if found else printed


def _name(address: str, dest: str, path: str) -> str:
    return _text(_gdbus(address, dest, path, "org.freedesktop.DBus.Properties.Get", "org.a11y.atspi.Accessible", "Name"))


def _role(address: str, dest: str, path: str) -> str:
    return _text(_gdbus(address, dest, path, "org.a11y.atspi.Accessible.GetRoleName"))


def _find_preview(address: str) -> tuple[str, str] | None:
    todo = _children(address, "org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
    for _ in range(3000):
        if not todo:
            return None
        dest, path = todo.pop(0)
        if _name(address, dest, path) == PREVIEW:
            return dest, path
        todo += _children(address, dest, path)
    return None


def main(draft: str) -> None:
    # A session of its own, to end with all it starts (the bus daemon, the registry), and
    # no inherited output: a daemon holding the test's pipe would keep it waiting.
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], start_new_session=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    reply = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                            "org.a11y.Bus.GetAddress"], capture_output=True, text=True, timeout=10).stdout
    address = re.search(r'string "(.*)"', reply).group(1)
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
               XDG_CONFIG_HOME=tempfile.mkdtemp(), XDG_DATA_HOME=tempfile.mkdtemp())
    editor = subprocess.Popen([sys.executable, str(ROOT / "main.py"), draft], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    found = None
    for _ in range(30):  # the window registers once it is shown
        time.sleep(1)
        found = _find_preview(address)
        if found:
            break
    seen = {"found": found is not None}
    if found:
        seen["role"] = _role(address, *found)
        seen["children"] = [(_role(address, *child), _name(address, *child)) for child in _children(address, *found)]
    seen["running"] = editor.poll() is None
    editor.kill()
    editor.wait()
    os.killpg(bus.pid, signal.SIGTERM)
    bus.wait()
    print(json.dumps(seen, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
