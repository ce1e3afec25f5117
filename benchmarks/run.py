"""Measure the editor's speed and memory in one run and print a table.

    python benchmarks/run.py [--json PATH] [--repeat N] [--instructions]

Startup and memory are measured in fresh processes (offscreen Qt); preview and
export timings in this process. The large draft is the bundled example with every
section repeated 20 times (scale.repeated). Figures depend on the machine: quote them with this command."""

import argparse
import compileall
import io
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCALE = 20

sys.path[:0] = [str(Path(__file__).resolve().parent), str(ROOT / "tests")]
import scale  # noqa: E402  (benchmarks/ is no package)
import keystrokes  # noqa: E402
from announcer.locations import EXAMPLE  # noqa: E402  (the example the package carries)
import window  # noqa: E402
from parts import every, first  # noqa: E402

_WATCH = """
def watch(window, report, after_paint=False):
    \"\"\"Print report() at the window's first paint (or once that paint is done), and
    end the process there.\"\"\"
    from PySide6.QtCore import QEvent, QObject, QTimer

    def finish():
        print(report(), flush=True)
        os._exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                if after_paint:
                    QTimer.singleShot(0, finish)
                else:
                    finish()
            return False

    window.installEventFilter(FirstPaint(window))
"""
_CLOCK = """
def report():
    return time.time()
"""
# The kernel's VmHWM of this process. Not getrusage's ru_maxrss: Linux keeps that across
# exec, so it reported the benchmark's own size at the fork whenever that was larger (it
# always was: 133–148 MB where the editor peaks at 73 MB).
_PEAK_RSS = """
def report():
    with open("/proc/self/status") as status:
        return int(re.search(r"VmHWM:\\s+(\\d+) kB", status.read()).group(1)) / 1024
"""
# The editor as `python main.py DRAFT` starts it, through its own entry point; the
# window is watched from the call that follows its show() (no copies to recover here).
# Each start opens a fresh copy of the draft: a start that ends abruptly leaves its lock
# behind, and the next one would take it over and log it (logging.handlers, 32 M).
_EDITOR_START = """
import os, re, shutil, sys, tempfile, time
sys.path.insert(0, {src!r})
from announcer.gui import app as gui_app
{watch}
{report}
draft = shutil.copy({draft!r}, tempfile.mkdtemp())
gui_app.offer_recovered_after_paint = lambda window: watch(window, report, {after_paint})
gui_app.main(["announcer", draft])
"""
_BARE_START = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
{watch}
{report}
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTextBrowser())
window.show()
watch(window, report, after_paint=True)
app.exec()
"""


def _editor_script(draft: Path, report: str, after_paint: bool = False) -> str:
    return _EDITOR_START.format(src=str(ROOT / "src"), draft=str(draft), watch=_WATCH, report=report,
                                after_paint=after_paint)


def large_draft(path: Path) -> Path:
    """The example with every section repeated SCALE times, saved as a draft."""
    return scale.repeated_draft(path, SCALE)


def _child(code: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    return out.stdout.strip().splitlines()[-1]


def _instructions(script: str) -> int:
    """Instructions one start executes up to its first paint, counted by valgrind: the
    same on every run, where seconds on a shared machine move by a fifth."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=900)
    refs = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if out.returncode or not refs:
        raise RuntimeError(out.stderr[-2000:])
    return int(refs.group(1).replace(",", ""))


def start_instructions(draft: Path) -> int:
    """The instructions of the editor's start with a fresh copy of draft, to its first drawn
    frame, from byte-compiled sources (as measure() starts)."""
    compileall.compile_dir(ROOT / "src", quiet=1)
    return _instructions(_editor_script(draft, _CLOCK, after_paint=True))


def _first_paint(script: str) -> float:
    start = time.time()
    return float(_child(script)) - start


def startup(scripts: list[str], repeat: int) -> list[list[float]]:
    """Seconds from process start to the window's first paint, `repeat` times for each
    script. The scripts take turns, so that a machine getting busier or quieter during
    the run weighs on all of them alike."""
    times = [[] for _ in scripts]
    for turn in range(repeat):
        order = list(enumerate(scripts))
        for n, script in order[::-1] if turn % 2 else order:  # neither always goes first
            times[n].append(_first_paint(script))
    return times


# The bundle (scripts/build-bundle) runs no code of ours, so its start is timed from outside:
# to the first flush of the window's paint, which Qt's painting log reports. The development
# install is timed the same way beside it, as `python main.py DRAFT`.
BUNDLE = ROOT / "dist" / "announcer"
_FLUSH = re.compile(rb"qt\.widgets\.painting: Flushing .* of MainWindow")


def _first_flush(command: list[str], work: Path) -> float:
    """Seconds from process start to the editor's first painted window, in a clean
    environment (only PATH, HOME and the offscreen platform) with a new copy of the draft."""
    work.mkdir()
    draft = work / "example.announcement.json"
    draft.write_bytes(EXAMPLE.read_bytes())
    env = {"PATH": "/usr/bin:/bin", "HOME": str(work), "QT_QPA_PLATFORM": "offscreen",
           "QT_LOGGING_RULES": "qt.widgets.painting.debug=true"}
    start = time.time()
    editor = subprocess.Popen([*command, str(draft)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for line in editor.stderr:
            if _FLUSH.match(line):
                return time.time() - start
        raise RuntimeError(f"{command[0]} ended before painting its window")
    finally:
        editor.kill()
        editor.wait()


def bundle_figures(repeat: int, work: Path) -> dict:
    """The bundle's start next to the development install's (taking turns), and its size."""
    commands = {"startup_bundle_s": [str(BUNDLE / "announcer")], "startup_venv_s": [sys.executable, str(ROOT / "main.py")]}
    times = {key: [] for key in commands}
    for turn in range(repeat):
        for key in list(commands)[::-1 if turn % 2 else 1]:
            times[key].append(_first_flush(commands[key], work / f"{key}-{turn}"))
    results = {key: statistics.median(values) for key, values in times.items()}
    results["bundle_mb"] = sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20
    from announcer import version

    archive = BUNDLE.parent / f"announcer-{version()}-linux-{platform.machine()}.tar.gz"
    if archive.exists():
        results["bundle_archive_mb"] = archive.stat().st_size / 2**20
    return results


def preview_latency(draft_path: Path, samples: int) -> tuple[float, float]:
    """Median and 95th percentile milliseconds from a keystroke in a field to the preview
    updated and the window repainted (the debounce delay, which is deliberate, left out)."""
    shown = window.opened(draft_path, 1400)
    times = keystrokes.keystrokes(shown, keystrokes.FIELDS["city"](shown), samples)
    shown.document.undo_stack.setClean()
    shown.close()
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def _seconds(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _bare_docx(texts: list[str]) -> None:
    """The paragraphs written by bare python-docx, with only bidi and rtl set."""
    from docx import Document
    from docx.oxml import OxmlElement

    doc = Document()
    for text in texts:
        paragraph = doc.add_paragraph()
        paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
        paragraph.add_run(text)._r.get_or_add_rPr().get_or_add_rtl()
    doc.save(io.BytesIO())


def export_times(draft_path: Path, repeat: int) -> tuple[list[float], list[float]]:
    """Seconds to export the draft, and to write its paragraphs with bare python-docx,
    `repeat` times each, taking turns."""
    from announcer import draft
    from announcer.compose import compose
    from announcer.export import export_docx

    model = draft.load(draft_path)
    texts = [b.text for b in compose(model)]
    out = draft_path.with_suffix(".docx")
    ours, bare = [], []
    for _ in range(repeat):
        ours.append(_seconds(lambda: export_docx(model, out)))
        bare.append(_seconds(lambda: _bare_docx(texts)))
    return ours, bare


def docx_kb(draft_path: Path, work: Path) -> float:
    """The exported Word file's size, fonts embedded, in kB."""
    from announcer import draft
    from announcer.export import export_docx

    out = work / "size.docx"
    export_docx(draft.load(draft_path), out)
    return out.stat().st_size / 1000


def completion_ms(work: Path, drafts: int = 500, samples: int = 200) -> float:
    """Median milliseconds to find the completions of a typed prefix in the names index
    of `drafts` generated drafts (each with its own guests, speakers and elected people,
    some names shared), as each keystroke in a name field does."""
    import random

    from announcer import draft, names

    rng = random.Random(13)
    letters = "ابپتثجچحخدرزسشصطعفقکگلمنوهی"
    pool = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 7))) for _ in range(400)]

    def person() -> str:
        return f"{rng.choice(pool)} {rng.choice(pool)}"
    model = draft.load(EXAMPLE)
    index = names.NameIndex(work / "names.json")
    for n in range(drafts):
        for g in model.session.guests:
            g.name = person()
        for r in first(model, "reports").items:
            r.speaker = person()
        for e in every(model, "election"):
            for p in e.people:
                p.name = person()
        model.session.city = rng.choice(pool)
        index.record(work / f"{n}.announcement.json", model, when=float(n))
    times = []
    for n in range(samples):
        typed = rng.choice(pool)[: 1 + n % 3]
        times.append(_seconds(lambda typed=typed: index.complete("name", typed)) * 1000)
    return statistics.median(times)


def completion_largest(work: Path, samples: int = 200) -> tuple[float, float]:
    """The names index as large as its bounds allow (MAX_DRAFTS drafts of MAX_NAMES names,
    every one different): seconds to read and rank it at the first key typed in a name
    field, then the median milliseconds of each key."""
    import random

    from announcer import names

    rng = random.Random(7)
    letters = "ابپتثجچحخدرزسشصطعفقکگلمنوهی"
    pool = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 6))) for _ in range(3000)]
    drafts = {f"/home/u/{n:04d}.announcement.json": {"time": float(n), "names": {"name": [
        " ".join(rng.choice(pool) for _ in range(3)) for _ in range(names.MAX_NAMES)]}} for n in range(names.MAX_DRAFTS)}
    path = work / "largest-names.json"
    path.write_text(json.dumps({"format": names.FORMAT, "version": 1, "drafts": drafts}, ensure_ascii=False))
    first = _seconds(lambda: names.NameIndex(path).complete("name", "ب"))
    index = names.NameIndex(path)
    index.complete("name", "ب")
    times = [_seconds(lambda n=n: index.complete("name", rng.choice(pool)[: 1 + n % 4])) * 1000 for n in range(samples)]
    return first, statistics.median(times)


def pdf_times(draft_path: Path, work: Path, turns: int) -> tuple[list[float], list[float]]:
    """Seconds to export the draft as PDF, and for LibreOffice to convert its exported Word
    file to PDF (what a user does without the PDF export), taking turns, after one untimed
    run of each (LibreOffice's first start builds its profile)."""
    import shutil

    from announcer import draft
    from announcer.export import export, export_docx

    if not shutil.which("soffice"):
        raise RuntimeError("soffice missing: scripts/install-system-packages --test installs LibreOffice")
    model = draft.load(draft_path)
    ours_pdf, docx, out = work / "ours.pdf", work / "example.docx", work / "libreoffice"
    export_docx(model, docx)
    convert = ["soffice", f"-env:UserInstallation=file://{work / 'lo-profile'}", "--headless", "--convert-to",
               "pdf", "--outdir", str(out), str(docx)]

    def libreoffice():
        subprocess.run(convert, check=True, capture_output=True, timeout=300)

    export(model, ours_pdf)
    libreoffice()
    ours, theirs = [], []
    for _ in range(turns):
        ours.append(_seconds(lambda: export(model, ours_pdf)))
        theirs.append(_seconds(libreoffice))
    return ours, theirs


def measure(repeat: int, samples: int, work: Path, instructions: bool) -> dict:
    # An installed program starts from byte-compiled modules (pip compiles them, and
    # Python caches them at the first start), unless PYTHONDONTWRITEBYTECODE is set, as
    # in some CI images: compile them here so that every start is measured alike.
    compileall.compile_dir(ROOT / "src", quiet=1)
    large = large_draft(work / "large.announcement.json")
    example = work / "example.announcement.json"
    example.write_bytes(EXAMPLE.read_bytes())
    results = {}
    # Both to their first drawn frame: the paint event's work done, not its start.
    editor, bare = _editor_script(example, _CLOCK, after_paint=True), _BARE_START.format(watch=_WATCH, report=_CLOCK)
    editor_s, bare_s = startup([editor, bare], repeat)
    results["startup_s"], results["startup_bare_s"] = statistics.median(editor_s), statistics.median(bare_s)
    # The median of the ratios of starts run one after the other: a shared machine's
    # speed drifts within seconds, and a ratio of separate medians carries that drift.
    results["startup_ratio"] = statistics.median(e / b for e, b in zip(editor_s, bare_s))
    if instructions:
        results["startup_instructions"], results["startup_bare_instructions"] = map(_instructions, (editor, bare))
        results["startup_instructions_ratio"] = results["startup_instructions"] / results["startup_bare_instructions"]
    results["preview_ms_median_example"], results["preview_ms_p95_example"] = preview_latency(example, samples)
    results["preview_ms_median_large"], results["preview_ms_p95_large"] = preview_latency(large, samples)
    results |= window.measure(large, max(samples // 4, 10))  # the preview zoomed and refitted, a recovery copy
    results["export_s_example"] = statistics.median(export_times(example, repeat)[0])
    results["export_docx_kb_example"] = docx_kb(example, work)
    ours, bare = export_times(large, repeat)
    results["export_s_large"], results["export_bare_s_large"] = statistics.median(ours), statistics.median(bare)
    results["export_ratio_large"] = statistics.median(o / b for o, b in zip(ours, bare))
    ours, theirs = pdf_times(example, work, min(repeat, 5))  # LibreOffice takes seconds a turn
    results["export_pdf_s_example"], results["libreoffice_pdf_s_example"] = map(statistics.median, (ours, theirs))
    results["pdf_ratio"] = statistics.median(o / t for o, t in zip(ours, theirs))
    results["peak_rss_mb"] = float(_child(_editor_script(large, _PEAK_RSS, after_paint=True)))
    results["completion_ms_median"] = completion_ms(work)
    results["names_first_key_s_largest"], results["completion_ms_median_largest"] = completion_largest(work)
    return results


TARGETS = {"startup_ratio": 2, "preview_ms_median_example": 16, "preview_ms_median_large": 16,
           "preview_ms_p95_example": 33, "preview_ms_p95_large": 33, "export_ratio_large": 2, "peak_rss_mb": 150,
           "zoom_ms_median_large": 16, "refit_ms_median_large": 16, "recovery_write_ms_median_large": 16,
           "completion_ms_median": 5, "completion_ms_median_largest": 5, "pdf_ratio": 0.25}


def table(results: dict) -> str:
    rows = ["| measure | value | target |", "|---|---|---|"]
    for key, value in results.items():
        target = TARGETS.get(key)
        mark = "" if target is None else (f"≤ {target} ✓" if value <= target else f"≤ {target} ✗")
        shown = f"{value:,}" if isinstance(value, int) else f"{value:.3f}"
        rows.append(f"| `{key}` | {shown} | {mark} |")
    return "\n".join(rows)


def main() -> int:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--repeat", type=int, default=11, help="runs of each startup and export (median)")
    parser.add_argument("--samples", type=int, default=200, help="keystrokes for each preview figure")
    parser.add_argument("--instructions", action="store_true",
                        help="also count the instructions of each start with valgrind (a minute more)")
    parser.add_argument("--scale", default="1,10,50,200",
                        help="repeats of the example for the scale table (scale.py), «max» for the largest draft; «» for none")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = work  # leave the user's settings alone
        results = measure(args.repeat, args.samples, Path(work), args.instructions)
        if (BUNDLE / "announcer").exists():  # scripts/build-bundle made one
            results |= bundle_figures(args.repeat, Path(work))
        sizes = [s if s == "max" else int(s) for s in args.scale.split(",") if s]
        rows = scale.measure(sizes, Path(work), args.instructions) if sizes else []
    print(table(results))
    if rows:
        print()
        print(scale.table(rows))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        figures = results | ({"scale": {"rows": rows, "exponents": scale.exponents(rows)}} if rows else {})
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
