"""What the window's thread was doing in its longest stall while a user types steadily
(keystrokes.heartbeats): a thread samples the stack of the GUI thread every
millisecond it gets the interpreter, and the stacks taken within the longest gap between
two heartbeats are counted, their innermost frames shown.

    QT_QPA_PLATFORM=offscreen python benchmarks/stalls.py [--size 200] [--field city] [--distinct] [--runs 4]

The samples come when the GUI thread lets the interpreter go (Python switches threads
every 5 ms, and Qt's C++ work holds it): a stall spent in Qt shows few of them. For
finding what to look at, not for figures."""

import argparse
import collections
import itertools
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [os.environ.get("SRC", str(ROOT / "src")), str(Path(__file__).resolve().parent), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEPTH = 6  # the innermost frames shown of each stack


class Sampler(threading.Thread):
    """The GUI thread's stack, every millisecond this thread runs."""

    def __init__(self):
        super().__init__(daemon=True)
        self.target, self.samples, self.stopped = threading.main_thread().ident, [], False

    def run(self):
        while not self.stopped:
            frame, stack = sys._current_frames().get(self.target), []
            while frame is not None:
                stack.append(f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), stack[:DEPTH][::-1]))
            time.sleep(0.001)


def main() -> int:
    import keystrokes
    import scale
    from window import opened

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200, help="repeats of the example")
    parser.add_argument("--field", default="city", choices=list(keystrokes.FIELDS), help="the field typed in")
    parser.add_argument("--distinct", action="store_true", help="each repeated text made its own (scale.repeated)")
    parser.add_argument("--runs", type=int, default=4, help="typing runs, each with its longest stall")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = work  # leave the user's settings alone
        window = opened(scale.repeated_draft(Path(work) / "x.announcement.json", args.size, args.distinct), 1400)
        keystrokes.settle()
        widget = keystrokes.FIELDS[args.field](window)
        sampler = Sampler()
        sampler.start()
        for run in range(args.runs):
            sampler.samples.clear()
            beats = keystrokes.heartbeats(widget, 15)
            gap, start, end = max((b - a, a, b) for a, b in itertools.pairwise(beats))
            stacks = collections.Counter(" > ".join(stack) for at, stack in list(sampler.samples) if start <= at <= end)
            print(f"run {run + 1}: the longest stall {gap * 1000:.1f} ms, {sum(stacks.values())} samples")
            for stack, n in stacks.most_common(6):
                print(f"  {n:3d}  {stack}")
        sampler.stopped = True
        window.document.undo_stack.setClean()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
