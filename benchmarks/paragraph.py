"""What a keystroke's paragraph costs the preview by its length: Qt lays a paragraph out
whole after any change to it, so the pages hold one longer than pieces.LONG as pieces and
lay out again the one a key is in (the reports of 200× the example are one paragraph of
172,000 characters; docs/page-layout.md). Prints, for paragraphs cut from
that one, the CPU ms of Pages.replace with one character more in its middle (median of
7), and the longest paragraph of each real announcement (tests/data/real) and of the
example repeated, to set the sizes against; and what the repaint spends on each line of a
page whose paragraph changed (its justification made again).

    QT_QPA_PLATFORM=offscreen python benchmarks/paragraph.py

Figures depend on the machine: quote them with the command."""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [os.environ.get("SRC", str(ROOT / "src")), str(Path(__file__).resolve().parent), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = (1_000, 2_000, 5_000, 10_000, 20_000, 43_000, 86_000, 172_000)


def replace_ms(text: str, samples: int = 7) -> float:
    from announcer.blocks import Block, Kind
    from announcer.render.qt.pages import PageInfo, Pages
    from announcer.render.stylesheet import DocumentStyle

    pages = Pages([Block(Kind.PARAGRAPH, text, "")], DocumentStyle(), PageInfo())
    pages.placed()
    times = []
    for n in range(samples):
        start = time.process_time()
        pages.replace(0, text[:len(text) // 2] + "آب"[n % 2] + text[len(text) // 2:])
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def justify_ms_a_line(times: int = 50, samples: int = 15) -> float:
    """What the repaint after a key in a long paragraph spends on each line of the page:
    its glyph runs taken from Qt and justified (Pages._spread_line), for the lines of the
    first three pages of the example repeated `times` times, least CPU ms a line of samples."""
    from announcer.compose import compose
    from announcer.render.qt.pages import PageInfo, Pages
    from announcer.render.stylesheet import DocumentStyle

    import scale

    pages = Pages(compose(scale.repeated(times)), DocumentStyle(), PageInfo())
    lines = [placed for page in range(3) for placed in pages.lines_on(page)]
    times_ms = []
    for _ in range(samples):
        pages._lines = {}  # as after an edit of their paragraph
        start = time.process_time()
        for placed in lines:
            pages._spread_line(placed.block, placed.line)
        times_ms.append((time.process_time() - start) * 1000 / len(lines))
    return min(times_ms)


def longest_paragraphs() -> dict[str, int]:
    from announcer import draft
    from announcer.compose import compose

    import scale

    found = {}
    for path in sorted((ROOT / "tests" / "data" / "real").glob("*.announcement.json")):
        found[path.name.split(".")[0]] = max(len(b.text) for b in compose(draft.load(path)))
    for times in (1, 50, 200):
        found[f"example ×{times}"] = max(len(b.text) for b in compose(scale.repeated(times)))
    return found


def main() -> int:
    from announcer.compose import compose
    from announcer.render.qt.qtapp import ensure_application

    import scale

    ensure_application()
    longest = longest_paragraphs()
    for name, size in longest.items():
        print(f"{name}: longest paragraph {size:,} characters")
    reports = max((b.text for b in compose(scale.repeated(200))), key=len)
    for size in SIZES:
        print(f"{size:>7,} characters: {replace_ms(reports[:size]):.1f} ms")
    print(f"a line of the page justified again: {justify_ms_a_line():.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
