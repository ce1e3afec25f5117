"""How the editor's work grows with the draft: the start (instructions to the first drawn
frame, with --instructions), typing (keystrokes.py: a keystroke's median and 95th
percentile, the longest stall, the checks after a pause), compose, the Word file, the PDF
and opening in the window, at the example repeated 1, 10, 50 and 200 times (and at the
largest draft the limits allow, «max»: draft.MAX_BYTES), each step in a fresh process so
that its peak memory is its own. The growth exponent of a step is the slope of its time
against the draft's size on a log-log scale between two sizes: 1 is linear.

    QT_QPA_PLATFORM=offscreen python benchmarks/scale.py [--json PATH] [--sizes 1,10,50,200] [--instructions]
        [--steps compose,docx,pdf,open,typing] [--distinct]

run.py calls it too. SRC=… times another checkout's src/ (before a change). Figures
depend on the machine: quote them with the command."""

import argparse
import collections
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
if step == "typing":
    sys.path[:0] = [{benchmarks!r}, {tests!r}]
    import keystrokes
    print(json.dumps(keystrokes.measure(path, {samples!r}, {fields!r})))
    sys.exit(0)
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


def repeated(times: int, distinct: bool = False):
    """The example with each of its sections repeated `times` times: a section of many
    items (the agenda, the documents, the reports, the resolutions) holds its items
    `times` times over, any other (a paragraph, a discussion, an election) comes again
    after itself; and the session's guests `times` times over. Distinct: each text that
    comes again starts with a number of its own («۲ …»), as a real draft's
    reports are each their own; the same text repeated lets every cache keyed by text
    (the composer's memo, the folds, Qt's shaping) answer for 600 reports from 3."""
    from announcer import draft

    model = draft.load(EXAMPLE)
    example = _texts(model) if distinct else None  # before the texts are repeated
    model.sections = [again for section in model.sections for again in _repeated_section(section, times)]
    model.session.guests = [copy.deepcopy(g) for g in model.session.guests * times]
    if example is not None:
        _made_distinct(model, example)
    return model


def _texts(model) -> collections.Counter[str]:
    from announcer import schema

    return collections.Counter(text for _, text in schema.texts(model))


def _made_distinct(model, example: collections.Counter[str]) -> None:
    """Each text past the times the example has it (example) starts with a number of its
    own: the example (1×) stays as it is."""
    from announcer import paths, schema
    from announcer.persian.digits import number

    seen: collections.Counter[str] = collections.Counter()
    for path, text in list(schema.texts(model)):
        seen[text] += 1
        if text.strip() and seen[text] > example[text]:
            paths.set_value(model, path, f"{number(seen[text] - example[text] + 1)} {text}")


def _repeated_section(section, times: int) -> list:
    value = getattr(section, section.kind)
    if isinstance(value, list):  # documents, resolutions
        setattr(section, section.kind, [copy.deepcopy(x) for x in value * times])
        return [section]
    if hasattr(value, "items"):  # an agenda's items, the reports
        value.items = [copy.deepcopy(x) for x in value.items * times]
        return [section]
    return [copy.deepcopy(section) for _ in range(times)]


def repeated_draft(path: Path, times: int, distinct: bool = False) -> Path:
    from announcer import draft

    draft.save(path, repeated(times, distinct))
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


def step_in_child(step: str, path: Path, samples: int = 60, fields: tuple[str, ...] = ("city", "report")) -> dict:
    """One step on one draft in a process of its own: its figures, as it prints them
    (typing: in the fields named, of keystrokes.FIELDS)."""
    code = _STEP.format(src=str(SRC), step=step, draft=str(path), samples=samples, fields=fields,
                        benchmarks=str(ROOT / "benchmarks"), tests=str(ROOT / "tests"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=1800)
    if out.returncode:
        raise RuntimeError(f"{step} of {path.name}: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(sizes: list[int | str], work: Path, instructions: bool = False, samples: int = 60,
            steps: tuple[str, ...] = (*STEPS, "typing"), distinct: bool = False) -> list[dict]:
    """A row for each size: the draft's repeats and bytes, each step's seconds and peak MB,
    the typing figures and (with instructions) the start's instructions."""
    rows = []
    for size in sizes:
        times = largest_times() if size == "max" else int(size)
        path = repeated_draft(work / f"x{times}.announcement.json", times, distinct)
        row = {"times": times, "bytes": path.stat().st_size}
        for step in steps:
            row[step] = step_in_child(step, path, samples)
        if instructions:
            import run  # run.py imports this module: not at the top

            row["start_instructions"] = run.start_instructions(path)
        rows.append(row)
    return rows


def _figure(row: dict, name: str) -> float | None:
    """A figure of a row by the name exponents() gives it; None when it was not measured."""
    if name in STEPS:
        return row[name]["seconds"] if name in row else None
    typing = row.get("typing", {})
    return typing[name] if name in typing else row.get(name)


GROWING = (*STEPS, "validation_ms", "key_ms_median_report", "start_instructions")


def exponents(rows: list[dict]) -> list[dict]:
    """Each step's growth exponent from one size to the next."""
    found = []
    for a, b in itertools.pairwise(rows):
        scale = math.log(b["bytes"] / a["bytes"])
        found.append({"from": a["times"], "to": b["times"],
                      **{name: math.log(_figure(b, name) / _figure(a, name)) / scale for name in GROWING
                         if _figure(a, name) and _figure(b, name)}})
    return found


def _typing_cells(row: dict) -> str:
    """The start's instructions and the typing figures of a row, «—» where not measured."""
    start = f"{row['start_instructions'] / 1e6:,.0f}" if "start_instructions" in row else "—"
    t = row.get("typing")
    if t is None:
        return f"{start} | — | — | — | —"
    keys = " | ".join(f"{t[f'key_ms_median_{f}']:.1f} / {t[f'key_ms_p95_{f}']:.1f}" for f in ("city", "report"))
    stall = max(t[name] for name in t if name.startswith("stall_ms_"))
    return f"{start} | {keys} | {stall:.0f} | {t['validation_ms']:.1f}"


def table(rows: list[dict]) -> str:
    steps = [s for s in STEPS if rows and s in rows[0]]
    lines = ["| × | draft | start M instr. | key ms city (median / p95) | key ms report | longest stall ms | "
             "checks ms | " + " | ".join(f"{s} s | {s} MB" for s in steps) + " |",
             "|---|---|---|---|---|---|---|" + "---|---|" * len(steps)]
    for row in rows:
        cells = " | ".join(f"{row[s]['seconds']:.3f} | {row[s]['peak_mb']:.0f}" for s in steps)
        lines.append(f"| {row['times']:,} | {row['bytes'] / 2**20:.2f} MB | {_typing_cells(row)} | {cells} |")
    lines += ["", "| growth exponent | " + " | ".join(GROWING) + " |", "|---|" + "---|" * len(GROWING)]
    for e in exponents(rows):
        cells = " | ".join("—" if s not in e else f"{e[s]:.2f}" + ("" if e[s] <= TARGET_EXPONENT else " ✗")
                           for s in GROWING)
        lines.append(f"| {e['from']:,}× → {e['to']:,}× | {cells} |")
    return "\n".join(lines)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="1,10,50,200", help="repeats of the example, «max» for the largest draft")
    p.add_argument("--json", type=Path, help="also write the rows and exponents as JSON")
    p.add_argument("--instructions", action="store_true", help="also count each start's instructions with valgrind")
    p.add_argument("--samples", type=int, default=60, help="keystrokes in each field typed in")
    p.add_argument("--steps", default=",".join((*STEPS, "typing")), help="the steps to time, of " + ",".join((*STEPS, "typing")))
    p.add_argument("--distinct", action="store_true", help="each repeated text made its own (repeated())")
    args = p.parse_args()
    sizes = [s if s == "max" else int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as work:
        os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = work  # leave the user's settings alone
        rows = measure(sizes, Path(work), args.instructions, args.samples, tuple(args.steps.split(",")), args.distinct)
    print(table(rows))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"rows": rows, "exponents": exponents(rows)}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
