"""Kill an editor at random moments while it autosaves and saves (run by
test_recovery_kills.py as a script: python killed_editor.py DRAFT FOLDER TRIALS SEED).

Each trial forks a child that does what the window does: takes the draft's lock (the
previous child's is stale), opens the draft in a real OpenDocument with its Recovery,
and then edits, copies aside and saves, over and over, until it is killed (SIGKILL).
After each kill the draft must load and be a version the child saved, and the newest
recovery copy must open and be at least as new. Forking from this process, not from
the test's, because the test's has a QApplication and its threads; here Qt has none
until the child makes its own. Prints one JSON line of what the trials saw."""

import json
import os
import random
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from announcer import draft
from announcer.gui.locking import acquire
from announcer.gui.owners import Owner
from announcer.gui.recovery import Recovery, scan
from announcer.gui.document import OpenDocument


def version(model) -> int:
    """The edit a model holds: «شهر 12» is edit 12, the original draft 0."""
    city = model.session.city
    return int(city.split()[1]) if city.startswith("شهر ") else 0


def edit(path: Path, folder: Path, first: int, last: int | None):
    """The child: edits first, first+1, … (to last, or until killed); saves the even ones."""
    QCoreApplication([])
    owner = Owner.claim()
    acquire(path, owner)
    document = OpenDocument()
    document.load(draft.load(path), path)
    recovery = Recovery(document, folder, owner)
    n = first
    while last is None or n <= last:
        document.set("session.city", f"شهر {n}")
        recovery.save_now()  # the autosave
        if n % 2 == 0:
            document.save()
        n += 1


def fork(path: Path, folder: Path, first: int, last: int | None = None) -> int:
    pid = os.fork()
    if pid == 0:
        try:
            edit(path, folder, first, last)
        finally:
            os._exit(0)
    return pid


def check(path: Path, folder: Path, seen: dict, kept: Path | None) -> list:
    """Check the draft and the copies the trial left (not the one kept from before)."""
    on_disk = version(draft.load(path))  # raises if the draft were cut short
    assert on_disk % 2 == 0, f"the draft holds edit {on_disk}, which was never saved"
    found = scan(folder)
    assert found.broken == [], found.broken
    copies = [c for c in found.copies if c.file != kept]
    if copies:
        newest = version(copies[0].model)
        assert newest >= on_disk, (newest, on_disk)
        seen["copies"] += 1
    seen["saved"] += on_disk > seen["last"]
    seen["last"] = on_disk
    return found.copies


def main(path: Path, folder: Path, trials: int, seed: int):
    rng = random.Random(seed)
    started = time.perf_counter()
    _, status = os.waitpid(fork(path, folder, 1, 40), 0)  # how long a start and 40 edits take, unkilled
    assert status == 0
    span = time.perf_counter() - started
    seen = {"trials": 0, "copies": 0, "saved": 0, "last": version(draft.load(path)), "span_s": round(span, 4)}
    kept = None  # the newest copy so far, left for the test to open in a window
    for _ in range(trials):
        pid = fork(path, folder, seen["last"] + 1)
        time.sleep(rng.uniform(0, span))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        copies = check(path, folder, seen, kept)
        seen["trials"] += 1
        for copy in copies[1:]:  # as a start does with copies it has offered
            copy.discard()
        kept = copies[0].file if copies else None
    seen["seconds"] = round(time.perf_counter() - started, 2)
    print(json.dumps(seen), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
