"""What typing costs in the editor's window, on the example repeated n times (scale.repeated):
a keystroke with the preview brought up to date and painted, the longest the GUI thread
stops answering while a user types steadily, the checks run after a pause and the
recovery copy written then.

    QT_QPA_PLATFORM=offscreen python benchmarks/keystrokes.py [--sizes 1,10,50,200] [--samples N] [--fields city,report] [--distinct]

Two fields are typed in: the session's city (a field of the head, which every size has
once) and the summary of the middle report (an item of the longest section: at 200× the
reports hold 600 items in one paragraph); the report's longest stall is taken again with
the preview showing a page below it (`stall_ms_report_in_view`), whose lines move when a
word wraps. scale.py runs measure() for its table, each
size in a process of its own. Figures depend on the machine: quote them with the command."""

import argparse
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [os.environ.get("SRC", str(ROOT / "src")), str(Path(__file__).resolve().parent), str(ROOT / "tests")]  # SRC: as scale.py
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STEADY_MS = 60  # a key every 60 ms: 100 words a minute, with no pause for the debounce
TICK_MS = 1  # the heartbeat whose gaps are the stalls


def _report_summary(window):
    """The summary field of the middle report, its record selected."""
    from gui_helpers import field, record_list

    at = next(i for i, part in enumerate(window.document.model.sections) if part.kind == "reports")
    middle = len(window.document.model.sections[at].reports.items) // 2
    record_list(window, f"sections[{at}].reports.items").select(middle)
    return field(window, f"sections[{at}].reports.items[{middle}].summary")


def _city(window):
    from gui_helpers import field

    return field(window, "session.city")


FIELDS = {"city": _city, "report": _report_summary}


def _page_below(window, widget, pages_below: int = 2) -> None:
    """Scroll the preview to the page pages_below after the one the widget's paragraph
    reaches the middle of (the middle report's, in the reports' one long paragraph): the
    page a secretary reads while typing above it, whose lines move when a word wraps."""
    from PySide6.QtWidgets import QApplication

    window.preview.update_now()
    pages, view = window.preview.pages, window.ui.preview
    source = window.field_path(widget)
    number = next(n for n, block in enumerate(window.preview.blocks) if source.startswith(f"{block.source}."))
    start, end = pages.span(number)
    middle = pages.document.findBlock((start + end) // 2).blockNumber()
    page = next(n for n, lines in enumerate(pages.placed()) if any(p.block.blockNumber() == middle for p in lines))
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + int(view.page_rect(min(page + pages_below, view.page_count() - 1)).top()))
    QApplication.processEvents()


def keystrokes(window, widget, samples: int, composing: list[float] | None = None) -> list[float]:
    """Milliseconds of each keystroke: the key, the preview's update (what its debounce
    timer runs, the delay left out) and the repaint of what changed; and in composing,
    if given, the CPU milliseconds of the composition alone within each."""
    from PySide6.QtWidgets import QApplication

    from gui_helpers import key_text

    widget.setFocus()
    times = []
    for n in range(samples):
        start = time.perf_counter()
        key_text(widget, "آب"[n % 2])
        cpu = time.process_time()
        window.preview.compose()  # what refresh does first
        if composing is not None:
            composing.append((time.process_time() - cpu) * 1000)
        window.preview.refresh()  # what the debounce timer runs
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def longest_stall(widget, keys: int) -> float:
    """The longest the event loop went without answering (ms) while keys came every
    STEADY_MS and every timer of the window ran as it does for a user (the preview's
    debounce and longest wait, the checks after a pause, any work in slices), and for a
    second after the last key. A heartbeat timer fires every TICK_MS; a stall is a gap
    between two beats, less the beat."""
    return max((b - a) * 1000 - TICK_MS for a, b in itertools.pairwise(heartbeats(widget, keys)))


def heartbeats(widget, keys: int) -> list[float]:
    """When a TICK_MS timer fired while keys were typed into widget every STEADY_MS, and
    for a second after the last (time.perf_counter)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from gui_helpers import key_text

    widget.setFocus()
    beats: list[float] = []
    heart = QTimer(interval=TICK_MS)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    typed = [0]

    def key():
        key_text(widget, "آب"[typed[0] % 2])
        typed[0] += 1
        if typed[0] == keys:
            typer.stop()
            QTimer.singleShot(1000, loop.quit)
    typer = QTimer(interval=STEADY_MS)
    typer.timeout.connect(key)
    loop = QEventLoop()
    heart.start()
    typer.start()
    loop.exec()
    heart.stop()
    return beats


def validation_ms(window, samples: int = 9) -> float:
    """The checks the window runs after a pause in typing (Checking.validate), after an
    edit of the city and the preview's update (untimed: it runs first, 120 ms after the
    last key where the checks wait 200 ms), median CPU ms: they run on the GUI thread
    alone, and the wall clock of five samples on the shared machine read 2.7 ms at 50×
    the example and 15.5 at 200× where their CPU time was 1.6 and 5.1."""
    times = []
    for n in range(samples):
        window.document.set("session.city", "برلین" if n % 2 else "پاریس")
        window.preview.refresh()
        start = time.process_time()
        window.checking.validate()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def recovery_ms(window, samples: int = 5) -> float:
    """The GUI thread's share of the recovery copy its timers write when typing pauses
    (and every few seconds of steady typing), after an edit of the city (untimed), median
    ms: Recovery.save_aside, which hands the encoding and the writing to a thread, or in
    a checkout from before it (SRC=) save_now, which the timers called."""
    recovery = window.recovery
    write = getattr(recovery, "save_aside", recovery.save_now)
    times = []
    for n in range(samples):
        window.document.set("session.city", "برلین" if n % 2 else "پاریس")
        start = time.perf_counter()
        write()
        times.append((time.perf_counter() - start) * 1000)
        getattr(recovery, "wait", lambda: None)()  # the copy written before the next, untimed
    return statistics.median(times)


def settle(ms: int = 1500) -> None:
    """Run the event loop for ms: the work the window does once after its first paint
    (the spell check's dictionary, name completion) is not a keystroke's."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def measure(draft_path: Path, samples: int, fields: tuple[str, ...] = tuple(FIELDS)) -> dict[str, float]:
    from window import opened

    window = opened(draft_path, 1400)
    settle()
    figures = {}
    for name in fields:
        widget = FIELDS[name](window)
        composing: list[float] = []
        times = sorted(keystrokes(window, widget, samples, composing))
        figures[f"key_ms_median_{name}"] = statistics.median(times)
        figures[f"key_ms_p95_{name}"] = times[int(len(times) * 0.95) - 1]
        figures[f"compose_ms_median_{name}"] = statistics.median(composing)
        figures[f"stall_ms_{name}"] = longest_stall(widget, max(samples // 2, 10))
    if "report" in fields:
        widget = _report_summary(window)
        _page_below(window, widget)
        figures["stall_ms_report_in_view"] = longest_stall(widget, max(samples // 2, 10))
    figures["validation_ms"] = validation_ms(window)
    figures["recovery_ms"] = recovery_ms(window)
    window.document.undo_stack.setClean()
    window.close()
    return figures


def main() -> int:
    import scale

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,50,200", help="repeats of the example")
    parser.add_argument("--samples", type=int, default=60, help="keystrokes in each field")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--fields", default=",".join(FIELDS), help=f"the fields typed in, of {','.join(FIELDS)}")
    parser.add_argument("--distinct", action="store_true", help="each repeated text made its own (scale.repeated)")
    args = parser.parse_args()
    rows = {}
    with tempfile.TemporaryDirectory() as work:
        os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = work  # leave the user's settings alone
        for size in map(int, args.sizes.split(",")):
            draft = scale.repeated_draft(Path(work) / f"x{size}.announcement.json", size, args.distinct)
            rows[size] = scale.step_in_child("typing", draft,
                                             samples=args.samples, fields=tuple(args.fields.split(",")))
    for size, figures in rows.items():
        print(f"{size}×: " + ", ".join(f"{k} {v:.1f}" for k, v in figures.items()))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
