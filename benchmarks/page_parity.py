"""How often LibreOffice breaks a line of the exported Word file elsewhere than the
program's own pages (the preview, the PDF, the printout) do.

Each draft is the bundled example with sixty paragraphs of its own words in a seeded
random order. Both are laid out (LibreOffice converting the Word file to PDF, the
program exporting its PDF), their lines compared page by page, and the paragraphs
where a line first ends on another word counted. LibreOffice 7.4 rounds glyph widths
to whole units and so fits a line that Qt finds overfull by a fraction of a point;
tests/render/test_page_parity.py asserts that nothing else differs.

    .venv/bin/python benchmarks/page_parity.py --drafts 8
"""

import argparse
import difflib
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from announcer import draft  # noqa: E402
from announcer.compose import compose  # noqa: E402
from announcer.export import export  # noqa: E402
from announcer.locations import EXAMPLE  # noqa: E402
from libreoffice import line_letters, to_pdf  # noqa: E402
from parts import index, part  # noqa: E402



def random_draft(seed: int):
    model = draft.load(EXAMPLE)
    rng = random.Random(seed)
    words = " ".join(b.text for b in compose(model)).split()
    # Its closing paragraphs, the sections after the election, give way to these sixty.
    model.sections[index(model, "election") + 1:] = [part("paragraph", " ".join(rng.choices(words, k=rng.randint(5, 120))) + ".")
                                                      for _ in range(60)]
    return model


def compare(model, work: Path) -> tuple[int, int, int, bool]:
    """Lines, paragraphs, paragraphs broken elsewhere, and whether every page holds as
    many lines in both."""
    (work / "lo").mkdir(parents=True)
    export(model, work / "a.docx")
    export(model, work / "a.pdf")
    word, ours = line_letters(to_pdf(work / "a.docx", work / "lo")), line_letters(work / "a.pdf")
    flat_word, flat_ours = [line for page in word for line in page], [line for page in ours for line in page]
    elsewhere = sum(tag != "equal" for tag, *_ in
                    difflib.SequenceMatcher(None, flat_word, flat_ours, autojunk=False).get_opcodes())
    same_pages = [len(page) for page in word] == [len(page) for page in ours]
    return len(flat_ours), len(compose(model)), elsewhere, same_pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=8)
    args = parser.parse_args()
    totals = [0, 0, 0, 0]
    with tempfile.TemporaryDirectory() as work:
        for seed in range(args.drafts):
            lines, paragraphs, elsewhere, same_pages = compare(random_draft(seed), Path(work) / str(seed))
            print(f"draft {seed}: {lines} lines, {paragraphs} paragraphs, {elsewhere} broken elsewhere, "
                  f"{'same' if same_pages else 'other'} lines per page", flush=True)
            totals = [t + v for t, v in zip(totals, (lines, paragraphs, elsewhere, same_pages))]
    lines, paragraphs, elsewhere, same_pages = totals
    print(f"{args.drafts} drafts: {lines} lines, {elsewhere} of {paragraphs} paragraphs "
          f"({100 * elsewhere / paragraphs:.1f} %) broken elsewhere by LibreOffice; "
          f"{same_pages} drafts with the same lines on every page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
