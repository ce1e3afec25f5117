"""Real announcements of other bodies, rebuilt as drafts (tests/data/real), against
their published text: the similarity, the share typed as free text and the composer's
own sentences close to the secretary's (tests/real_measure.py says how each is counted),
each in the default wording (the draft's `phrases` emptied) and in the body's own (the
draft as saved); a row for each and their averages, the bundled example's first; then
each of the composer's sentences below 0.85, in the body's own wording, with the
original sentence most like it.

    .venv/bin/python benchmarks/real_announcements.py
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from real_measure import NEARLY, Measure, drafts, measure_file, measure_reference  # noqa: E402


def _near(near: int, total: int) -> str:
    return f"{near:3} of {total:<3} ({near / total if total else 1:4.0%})"


def _row(name: str, width: int, default: list[Measure], own: list[Measure]) -> str:
    """One row: each figure in the default wording, then in the body's own; several
    measures are averaged (the composer's sentences are added up)."""
    def cells(ms: list[Measure]) -> tuple[float, float, str]:
        return (sum(m.similarity for m in ms) / len(ms), sum(m.free_share for m in ms) / len(ms),
                _near(sum(m.near for m in ms), sum(len(m.sentences) for m in ms)))

    (sd, fd, nd), (so, fo, no) = cells(default), cells(own)
    return f"{name:<{width}}  {sd:7.3f}  {so:7.3f}  {fd:7.0%}  {fo:5.0%}  {nd}  {no}"


def main() -> None:
    paths = drafts()
    default = [measure_reference(own=False)] + [measure_file(p, own=False) for p in paths]
    own = [measure_reference()] + [measure_file(p) for p in paths]
    width = max(len(m.name) for m in own)
    print(f"{'':<{width}}  {'similarity':^16}  {'free text':^14}  composer's sentences ≥ {NEARLY}")
    print(f"{'announcement':<{width}}  {'default':>7}  {'own':>7}  {'default':>7}  {'own':>5}  "
          f"{'default wording':<18}  own wording")
    for d, o in zip(default, own):
        print(_row(d.name, width, [d], [o]))
    if paths:
        print(_row(f"average of {len(paths)}", width, default[1:], own[1:]))
    print(f"\nThe composer's sentences below {NEARLY} in the body's own wording, each with the original's sentence most like it:")
    for m in own[1:]:
        for s in m.sentences:
            if s.ratio < NEARLY:
                print(f"\n{m.name} ({s.ratio:.2f})\n  composed: {s.composed}\n  original: {s.original}")


if __name__ == "__main__":
    main()
