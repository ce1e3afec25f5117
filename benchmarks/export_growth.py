"""How the Word and PDF exports' time grows with the draft: CPU seconds at growing
sizes and the growth exponent (the log-log slope) between each two.

    python benchmarks/export_growth.py grown .docx 1,10,100       # the example ×k, with 1000·k discussion lines
    python benchmarks/export_growth.py agenda .pdf 5000,20000,100000  # one agenda paragraph of n items
    python benchmarks/export_growth.py lines .docx 1000,10000,100000  # a discussion of n one-word lines
    python benchmarks/export_growth.py repeated .pdf 1,10,50,200      # the example ×k (scale.repeated)

(The discussion is the example's first free paragraph, each of its lines a paragraph.)

SRC=… measures another checkout's src/ (before a change). Figures depend on the machine."""

import math
import os
import sys
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("SRC", str(ROOT / "src")))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from announcer import draft  # noqa: E402
from announcer.export import render  # noqa: E402
from announcer.render.stylesheet import DocumentStyle  # noqa: E402

sys.path[:0] = [str(Path(__file__).resolve().parent), str(ROOT / "tests")]
from parts import first, put  # noqa: E402
from scale import repeated  # noqa: E402  (benchmarks/ is no package)

EXAMPLE = ROOT / "src" / "announcer" / "resources" / "examples" / "announcement-223.json"


def grown(scale: int):
    """The example with every section repeated scale times and 1000·scale more discussion lines."""
    model = repeated(scale)
    put(model, "paragraph", "\n".join([first(model, "paragraph")] + ["ب"] * (1000 * scale)))
    return model


def agenda(items: int):
    model = draft.load(EXAMPLE)
    first(model, "agenda").items = [f"مورد {i}" for i in range(items)]
    return model


def lines(count: int):
    model = draft.load(EXAMPLE)
    put(model, "paragraph", "\n".join("ب" for _ in range(count)))
    return model


def main(kind: str, suffix: str, sizes: list[int]) -> None:
    make = {"grown": grown, "agenda": agenda, "lines": lines, "repeated": repeated}[kind]
    rows = []
    for n in sizes:
        model = make(n)
        start = time.process_time()
        data = render(model, suffix, DocumentStyle())
        rows.append((n, time.process_time() - start))
        print(f"{kind} {suffix} {n}: {rows[-1][1]:.2f} s CPU ({len(data)} bytes)", flush=True)
    slopes = [math.log(b[1] / a[1]) / math.log(b[0] / a[0]) for a, b in pairwise(rows)]
    print(f"{kind} {suffix} growth exponents: " + ", ".join(f"{s:.2f}" for s in slopes))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], [int(n) for n in sys.argv[3].split(",")])
