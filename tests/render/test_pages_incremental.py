"""The pages laid out a little at a time (the first pages, then slices) and cut again
after edits are the pages laid out and cut at once from the same paragraphs."""

import dataclasses

from hypothesis import given, settings, strategies as st

from announcer.blocks import Block, Kind
from announcer.render.qt.pages import PageInfo, Pages
from announcer.render.stylesheet import DocumentStyle

WORDS = ["جلسه", "انجمن", "کتابخانه", "گزارش", "تصویب", "۱۴۰۳", "Gothenburg", "و", "هیئت‌مدیره", "برگزار"]
STYLE = DocumentStyle()


def paragraph(words: list[str]) -> str:
    return " ".join(words) + "."


texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=300).map(paragraph)
blocks = st.lists(st.tuples(st.sampled_from([Kind.PARAGRAPH, Kind.ITEM, Kind.SIGNATURE]), texts),
                  min_size=1, max_size=40).map(lambda found: [Block(kind, text, f"p{n}") for n, (kind, text) in enumerate(found)])
# an edit: a paragraph's new text, or a slice of the rest of the work; and then a page drawn
steps = st.lists(st.one_of(st.tuples(st.just("edit"), st.integers(0, 39), texts),
                           st.tuples(st.just("slice"), st.just(0), st.just("")),
                           st.tuples(st.just("page"), st.integers(0, 12), st.just(""))), max_size=12)


def cut(pages: Pages) -> list[list[tuple]]:
    """Each page's lines: paragraph, line, page and where the paragraph's corner stands."""
    return [[(p.block.blockNumber(), p.line.lineNumber(), p.page, round(p.corner, 3)) for p in page]
            for page in pages.placed()]


@settings(max_examples=40, deadline=None)
@given(blocks, st.integers(0, 3), steps)
def test_pages_laid_out_in_parts_and_edited_equal_pages_laid_out_at_once(first, through, edits):
    pages = Pages([], STYLE, PageInfo())
    pages.set_blocks(first, through_page=through)
    shown = list(first)
    for what, n, text in edits:
        if what == "edit" and n < len(shown):
            shown[n] = dataclasses.replace(shown[n], text=text)
            pages.replace(n, text)
        elif what == "slice":
            pages.more(0)  # the clock has passed: one batch of paragraphs or one page, no more
        elif what == "page":
            pages.lines_on(n)
    assert cut(pages) == cut(Pages(shown, STYLE, PageInfo()))
    assert pages.document.toPlainText() == Pages(shown, STYLE, PageInfo()).document.toPlainText()


def test_the_first_pages_are_laid_out_without_the_rest(app):
    """Asked for the first two pages, a long announcement puts into the document only the
    paragraphs that fill them (and a batch more); the rest waits for more()."""
    long = [Block(Kind.PARAGRAPH, paragraph(WORDS * 8), f"p{n}") for n in range(400)]
    pages = Pages([], STYLE, PageInfo())
    pages.set_blocks(long, through_page=1)
    assert 0 < pages.filled < 60 and not pages.done
    assert len(pages.lines_on(1)) > 0
    while not pages.more(0):
        pass
    assert pages.filled == 400 and cut(pages) == cut(Pages(long, STYLE, PageInfo()))


def test_an_edit_that_changes_a_height_cuts_again_only_from_its_page(app):
    long = [Block(Kind.PARAGRAPH, paragraph(WORDS * 8), f"p{n}") for n in range(200)]
    pages = Pages(long, STYLE, PageInfo())
    before = pages.placed()
    middle = len(before) // 2
    number = before[middle][0].block.blockNumber() + 1  # a paragraph that starts on the middle page
    pages.replace(number, paragraph(WORDS * 30))
    assert len(pages._pages) == middle + 1  # the pages before it are kept, as they were cut
    assert pages._pages[:middle] == before[:middle]


def drawn(pages: Pages) -> list[list[tuple]]:
    """Each placed line's glyph runs as drawn: glyphs and where they stand, justified."""
    return [[(tuple(run.glyphIndexes()), tuple((round(at.x(), 2), round(at.y(), 2)) for at in run.positions()))
             for run in pages._spread_line(p.block, p.line)[1]] for page in pages.placed() for p in page]


MIXED = [*WORDS, "2024", "(۱۲)", "«انجمن»", "Göteborg,", "۱۵:۳۰"]  # numbers and neutrals between two directions


@settings(max_examples=30, deadline=None)
@given(st.lists(st.lists(st.sampled_from(MIXED), min_size=1, max_size=120), min_size=1, max_size=6), st.data())
def test_lines_kept_through_edits_are_drawn_as_lines_made_afresh(paragraphs, data):
    """A line an edit left as it was keeps the glyph runs made before (linekeys.py); after
    words typed in and taken out anywhere, every line is drawn as a new layout draws it."""
    words = [list(p) for p in paragraphs]
    pages = Pages([Block(Kind.PARAGRAPH, paragraph(w), f"p{n}") for n, w in enumerate(words)], STYLE, PageInfo())
    drawn(pages)  # every line made once, as a paint makes it
    for _ in range(data.draw(st.integers(1, 6))):
        n = data.draw(st.integers(0, len(words) - 1))
        at = data.draw(st.integers(0, len(words[n])))
        if data.draw(st.booleans()) or len(words[n]) == 1:
            words[n].insert(at, data.draw(st.sampled_from(MIXED)))
        else:
            del words[n][min(at, len(words[n]) - 1)]
        pages.replace(n, paragraph(words[n]))
        assert drawn(pages) == drawn(Pages([Block(Kind.PARAGRAPH, paragraph(w), f"p{n}") for n, w in enumerate(words)],
                                           STYLE, PageInfo()))
