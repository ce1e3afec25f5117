"""What one Word export of the large draft (the example with every section repeated
run.SCALE times) executes, counted by valgrind: the export (composition included), its
composition alone, and bare python-docx writing the same paragraphs (run._bare_docx, the
export ratio's measure). Each is the count of a process doing it ten times less that of
one doing it none, so the imports and the first export's one-time work are left out.

    python benchmarks/export_instructions.py

The counts are the same on every run (±0.1 %), where the export ratio's seconds move by a
fifth on a shared machine; quote them with this command. SRC=<checkout>/src counts
another checkout's code."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run

_SCRIPT = """
import sys
sys.path[:0] = {paths!r}
import run, scale
from announcer.compose import compose
from announcer.render import docx
model = scale.repeated(run.SCALE)
texts = [b.text for b in compose(model)]
docx.render(compose(model)); run._bare_docx(texts)  # the one-time work of each, left out
for _ in range({times}):
    {work}
"""
WORK = {"export": "docx.render(compose(model))", "compose": "compose(model)", "bare": "run._bare_docx(texts)"}
TIMES = 10


def instructions(work: str) -> float:
    """Millions of instructions one `work` executes."""
    paths = [os.environ.get("SRC", str(run.ROOT / "src")), str(Path(run.__file__).parent), str(run.ROOT / "tests")]
    counts = [run._instructions(_SCRIPT.format(paths=paths, times=times, work=work)) for times in (0, TIMES)]
    return (counts[1] - counts[0]) / TIMES / 1e6


def main() -> None:
    figures = {name: instructions(work) for name, work in WORK.items()}
    for name, figure in figures.items():
        print(f"{name}: {figure:,.1f} M instructions")
    print(f"export / bare: {figures['export'] / figures['bare']:.2f}")


if __name__ == "__main__":
    main()
