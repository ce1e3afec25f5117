"""Real announcements of other bodies, rebuilt as drafts (tests/data/real), against
their published text: the similarity, the share typed as free text and the composer's
own sentences close to the secretary's (tests/real_measure.py says how each is counted),
a row for each and their averages, the bundled example's first; then each of the
composer's sentences below 0.85 with the original sentence most like it.

    .venv/bin/python benchmarks/real_announcements.py
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from real_measure import NEARLY, drafts, measure_file, measure_reference  # noqa: E402


def main() -> None:
    reference = measure_reference()
    real = [measure_file(path) for path in drafts()]
    width = max(len(m.name) for m in [reference, *real])
    print(f"{'announcement':<{width}}  similarity  free text  composer's sentences ≥ {NEARLY}")
    for m in [reference, *real]:
        print(f"{m.name:<{width}}  {m.similarity:10.3f}  {m.free_share:9.0%}  {m.near:3} of {len(m.sentences):<3} ({m.near_share:.0%})")
    if real:
        near, total = sum(m.near for m in real), sum(len(m.sentences) for m in real)
        print(f"{'average of ' + str(len(real)):<{width}}  {sum(m.similarity for m in real) / len(real):10.3f}  "
              f"{sum(m.free_share for m in real) / len(real):9.0%}  {near:3} of {total:<3} ({near / total if total else 1:.0%})")
    print(f"\nThe composer's sentences below {NEARLY}, each with the original's sentence most like it:")
    for m in real:
        for s in m.sentences:
            if s.ratio < NEARLY:
                print(f"\n{m.name} ({s.ratio:.2f})\n  composed: {s.composed}\n  original: {s.original}")


if __name__ == "__main__":
    main()
