"""How the editor's work grows with the draft: compose, the Word file, the PDF and opening
in the window, at the example repeated 1, 10 and 100 times and at the largest draft the
limits allow (draft.MAX_BYTES), each step in a fresh process so that its peak memory is
its own. The growth exponent of a step is the slope of its time against the draft's size
on a log-log scale between two sizes: 1 is linear.

    QT_QPA_PLATFORM=offscreen python benchmarks/scale.py [--json PATH] [--sizes 1,10,100,max] [--steps pdf]

run.py calls it too. SRC=… times another checkout's src/ (before a change). Figures
depend on the machine: quote them with the command."""

import argparse
import copy
import itertools
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = Path(os.environ.get("SRC", ROOT / "src"))
sys.path.insert(0, str(SRC))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EXAMPLE = ROOT / "src" / "announcer" / "resources" / "examples" / "announcement-223.json"
STEPS = ("compose", "docx", "pdf", "open")
TARGET_EXPONENT = 1.1

# One step on one draft, timed in a process of its own; prints seconds and peak memory.
_STEP = """
import json, re, sys, time
sys.path.insert(0, {src!r})
from pathlib import Path
step, path = {step!r}, Path({draft!r})
if step == "open":
    from announcer.gui.app import apply_language, create_app
    from announcer.gui.mainwindow import MainWindow
    from announcer.gui.settings import AppSettings
    app = create_app([])
    apply_language(app, "fa")
    window = MainWindow(AppSettings())
    window.resize(1400, 900)
    window.show()
    app.processEvents()
from announcer import draft
start = time.perf_counter()
if step == "open":
    window.files.open_path(path)
    app.processEvents()
else:
    model = draft.load(path)
    if step == "compose":
        from announcer.compose import compose
        compose(model)
    else:
        from announcer.export import export
        export(model, path.with_suffix("." + step))
seconds = time.perf_counter() - start
with open("/proc/self/status") as status:
    peak = int(re.search(r"VmHWM:\\s+(\\d+) kB", status.read()).group(1)) / 1024
print(json.dumps({{"seconds": seconds, "peak_mb": peak}}))
"""


def repeated(times: int):
    """The example with each of its sections repeated `times` times: a section of many
    items (the agenda, the documents, the reports, the resolutions) holds its items
    `times` times over, any other (a paragraph, a discussion, an election) comes again
    after itself; and the session's guests `times` times over."""
    from announcer import draft

    model = draft.load(EXAMPLE)
    model.sections = [again for section in model.sections for again in _repeated_section(section, times)]
    model.session.guests = [copy.deepcopy(g) for g in model.session.guests * times]
    return model


def _repeated_section(section, times: int) -> list:
    value = getattr(section, section.kind)
    if isinstance(value, list):  # documents, resolutions
        setattr(section, section.kind, [copy.deepcopy(x) for x in value * times])
        return [section]
    if hasattr(value, "items"):  # an agenda's items, the reports
        value.items = [copy.deepcopy(x) for x in value.items * times]
        return [section]
    return [copy.deepcopy(section) for _ in range(times)]


def repeated_draft(path: Path, times: int) -> Path:
    from announcer import draft

    draft.save(path, repeated(times))
    return path


def largest_times() -> int:
    """The most repeats whose draft the program still saves and opens (draft.MAX_BYTES)."""
    from announcer import draft

    def size(times: int) -> int:
        return len(draft.encode(draft.to_dict(repeated(times))))
    one, hundred = size(1), size(100)
    times = int((draft.MAX_BYTES - one) / ((hundred - one) / 99))
    while size(times) > draft.MAX_BYTES:
        times -= max(1, times // 100)
    return times


def _step(step: str, path: Path) -> dict:
    code = _STEP.format(src=str(SRC), step=step, draft=str(path))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=1800)
    if out.returncode:
        raise RuntimeError(f"{step} of {path.name}: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(sizes: list[int | str], work: Path, steps: tuple[str, ...] = STEPS) -> list[dict]:
    """A row for each size: the draft's repeats and bytes, and each step's seconds and peak MB."""
    rows = []
    for size in sizes:
        times = largest_times() if size == "max" else int(size)
        path = repeated_draft(work / f"x{times}.announcement.json", times)
        row = {"times": times, "bytes": path.stat().st_size}
        for step in steps:
            row[step] = _step(step, path)
        rows.append(row)
    return rows


def _steps(rows: list[dict]) -> list[str]:
    """The steps the rows were measured for, in STEPS' order."""
    return [step for step in STEPS if rows and step in rows[0]]


def exponents(rows: list[dict]) -> list[dict]:
    """Each step's growth exponent from one size to the next."""
    found = []
    for a, b in itertools.pairwise(rows):
        scale = math.log(b["bytes"] / a["bytes"])
        found.append({"from": a["times"], "to": b["times"],
                      **{step: math.log(b[step]["seconds"] / a[step]["seconds"]) / scale for step in _steps(rows)}})
    return found


def table(rows: list[dict]) -> str:
    steps = _steps(rows)
    lines = ["| × | draft | " + " | ".join(f"{s} s | {s} MB" for s in steps) + " |",
             "|---|---|" + "---|---|" * len(steps)]
    for row in rows:
        cells = " | ".join(f"{row[s]['seconds']:.3f} | {row[s]['peak_mb']:.0f}" for s in steps)
        lines.append(f"| {row['times']:,} | {row['bytes'] / 2**20:.2f} MB | {cells} |")
    lines += ["", "| growth exponent | " + " | ".join(steps) + " |", "|---|" + "---|" * len(steps)]
    for e in exponents(rows):
        cells = " | ".join(f"{e[s]:.2f}" + ("" if e[s] <= TARGET_EXPONENT else " ✗") for s in steps)
        lines.append(f"| {e['from']:,}× → {e['to']:,}× | {cells} |")
    return "\n".join(lines)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="1,10,100,max", help="repeats of the example, «max» for the largest draft")
    p.add_argument("--steps", default=",".join(STEPS), help="the steps to time, of " + ",".join(STEPS))
    p.add_argument("--json", type=Path, help="also write the rows and exponents as JSON")
    args = p.parse_args()
    sizes = [s if s == "max" else int(s) for s in args.sizes.split(",")]
    steps = tuple(s for s in STEPS if s in args.steps.split(","))
    with tempfile.TemporaryDirectory() as work:
        rows = measure(sizes, Path(work), steps)
    print(table(rows))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"rows": rows, "exponents": exponents(rows)}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
