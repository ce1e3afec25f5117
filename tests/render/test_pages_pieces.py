"""A long paragraph held as pieces (pieces.py) is drawn as the paragraph laid out whole:
every line's text, page and place, and every glyph where justification puts it, after
any edits; and what the preview's readers take of it (the paragraph's number, its text)
is the whole paragraph's. The paragraphs here are shorter than 4,096 characters: past
that Qt shapes a whole paragraph in items cut every 4,096, and a word across a cut
loses its kerning, which the pieces keep (docs/page-layout.md)."""

import random

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from announcer.blocks import Block, Kind
from announcer.render.qt import pieces
from announcer.render.qt.pages import PageInfo, Pages
from announcer.render.stylesheet import DocumentStyle

STYLE = DocumentStyle()
# Persian words, Persian and Latin digits, Latin names, half-spaces, punctuation
WORDS = ["جلسه", "انجمن", "کتابخانه", "گزارش", "تصویب", "هیئت‌مدیره", "برگزار", "و", "به", "خلیل", "کیوان،", "۱۴۰۳", "۲۵",
         "۱۲٪", "(۳)", "12", "۵-", "www.example.org/news", "Gothenburg", "Stockholm", "IBM", "؛", "«نقد»", "۵۰-۶۰", "تا", "ها", "می‌شود."]


def whole(blocks: list[Block]) -> Pages:
    """The pages with no paragraph cut into pieces."""
    long, pieces.LONG = pieces.LONG, 10 ** 9
    try:
        return Pages(blocks, STYLE, PageInfo())
    finally:
        pieces.LONG = long


def drawn(pages: Pages) -> list[tuple]:
    """Each line: its paragraph, where it starts and ends in it, its page and height on it,
    and its glyphs (font, glyph, character) where they are drawn, justified."""
    found = []
    for page in pages.placed():
        for placed in page:
            block, line = placed.block, placed.line
            number = pages.paragraph(block)
            offset = block.position() - pages.span(number)[0] - (block.blockNumber() - pages._firsts[number])
            runs = pages._spread_line(block, line)[1]
            glyphs = sorted((run.rawFont().familyName(), glyph, offset + index, round(at.x(), 3), round(at.y() - line.y(), 3))
                            for run in runs for glyph, index, at in zip(run.glyphIndexes(), run.stringIndexes(), run.positions()))
            found.append((number, offset + line.textStart(), offset + line.textStart() + line.textLength(), placed.page,
                          round(placed.corner + line.y(), 3), line.height(), glyphs))
    return found


def text(words: list[str]) -> str:
    return " ".join(words) + "."


long_texts = st.lists(st.sampled_from(WORDS), min_size=250, max_size=450).map(text)
edits = st.lists(st.tuples(st.floats(0, 1), st.integers(0, 12), st.lists(st.sampled_from([*WORDS, " ", "ب", "۷"]), max_size=3)),
                 min_size=1, max_size=6)


def edited(old: str, where: float, removed: int, inserted: list[str]) -> str:
    at = int(where * len(old))
    return old[:at] + "".join(inserted) + old[at + removed:]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(long_texts, edits)
def test_a_long_paragraph_in_pieces_is_drawn_as_laid_out_whole(paragraph, changes):
    """With pieces of some 300 characters (a paragraph of 1,200 held as pieces), that
    many more cuts and edits near them are tried."""
    sizes = pieces.LONG, pieces.PIECE
    pieces.LONG, pieces.PIECE = 1_200, 300
    try:
        blocks = [Block(Kind.PARAGRAPH, "گزارش جلسه", "a"), Block(Kind.PARAGRAPH, paragraph, "b"), Block(Kind.ITEM, "پایان", "c")]
        pages = Pages(blocks, STYLE, PageInfo())
        assert drawn(pages) == drawn(whole(blocks))
        for where, removed, inserted in changes:
            blocks[1] = Block(Kind.PARAGRAPH, edited(blocks[1].text, where, removed, inserted), "b")
            pages.replace(1, blocks[1].text)
            pages.lines_on(random.Random(where).randrange(3))  # a page drawn between keys, as in the preview
            assert drawn(pages) == drawn(whole(blocks))
            assert pages.text() == whole(blocks).document.toRawText().replace("\u2029", "\n")
    finally:
        pieces.LONG, pieces.PIECE = sizes


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.sampled_from(WORDS), min_size=1000, max_size=1600).map(text), edits,
       st.lists(st.tuples(st.sampled_from(["page", "hurried page", "slice"]), st.integers(0, 3)), min_size=1, max_size=8))
def test_pages_drawn_in_a_hurry_after_edits_come_right(paragraph, changes, turns):
    """A paint settles the pieces for SETTLE_MS at most (Pages.settle_by): past it, the
    pages it draws are cut from the pieces as they stand (provisional), nothing is laid
    out again under them, and the slices that follow cut them again; between edits,
    hurried and patient paints and slices, the pages come to those laid out at once. The
    paragraph runs over three pages or four, past 4,096 characters, where Qt's whole
    layout loses a kerning pair (the module's docstring): the pages are compared with
    the pieces laid out at once."""
    sizes = pieces.LONG, pieces.PIECE
    pieces.LONG, pieces.PIECE = 1_200, 300
    try:
        blocks = [Block(Kind.PARAGRAPH, "گزارش جلسه", "a"), Block(Kind.PARAGRAPH, paragraph, "b"), Block(Kind.ITEM, "پایان", "c")]
        pages = Pages(blocks, STYLE, PageInfo())
        laid_out = []
        pages.document.contentsChange.connect(lambda *change: laid_out.append(change))
        for n, (where, removed, inserted) in enumerate(changes):
            blocks[1] = Block(Kind.PARAGRAPH, edited(blocks[1].text, where, removed, inserted), "b")
            pages.replace(1, blocks[1].text)
            for turn, last in turns[n % len(turns):]:
                if turn == "slice":
                    pages.more(0)
                    continue
                provisional, changed = pages.provisional, len(laid_out)
                pages.settle_by = 0.0 if turn == "hurried page" else None  # the clock long past: nothing settled
                try:
                    for page in range(last + 1):
                        for placed in pages.lines_on(page):  # drawn, as a paint draws them
                            pages._spread_line(placed.block, placed.line)
                finally:
                    pages.settle_by = None
                if provisional:  # its pages hold the pieces' lines: none is laid out again under them
                    assert len(laid_out) == changed
        while not pages.more(0):
            pass
        assert drawn(pages) == drawn(Pages(blocks, STYLE, PageInfo()))
    finally:
        pieces.LONG, pieces.PIECE = sizes


def test_a_hurried_paint_leaves_the_pages_provisional_until_the_slices_cut_them(app):
    sizes = pieces.LONG, pieces.PIECE
    pieces.LONG, pieces.PIECE = 1_200, 300
    try:
        words = [WORDS[n % 9] for n in range(400)]
        blocks = [Block(Kind.PARAGRAPH, text(words), "b")]
        pages = Pages(blocks, STYLE, PageInfo())
        pages.placed()
        long_word = "هیئت‌مدیره‌ها" * 3  # wraps, and every line after it moves
        blocks = [Block(Kind.PARAGRAPH, text([long_word, *words]), "b")]
        pages.replace(0, blocks[0].text)
        if not pages._unsure:
            pytest.skip("this edit settled at once")
        pages.settle_by = 0.0
        pages.lines_on(2)
        pages.settle_by = None
        assert pages.provisional and not pages.done
        while not pages.more(0):
            pass
        assert not pages.provisional and drawn(pages) == drawn(whole(blocks))
    finally:
        pieces.LONG, pieces.PIECE = sizes


def test_the_pieces_are_numbered_read_and_selected_as_one_paragraph(app):
    paragraph = text(WORDS * 120)
    blocks = [Block(Kind.PARAGRAPH, "گزارش جلسه", "a"), Block(Kind.PARAGRAPH, paragraph, "b"), Block(Kind.ITEM, "پایان", "c")]
    pages = Pages(blocks, STYLE, PageInfo())
    assert len(pages._cuts[1]) >= 3 and pages.paragraph_count == 3
    start, end = pages.span(1)
    assert pages.text(start, end) == whole(blocks).document.findBlockByNumber(1).text()
    assert pages.paragraph_at(end - 1) == 1 and pages.paragraph_at(end + 1) == 2
    assert pages.where(2).block.text() == "پایان"


def test_a_cut_one_character_off_differs_from_the_whole(app, monkeypatch):
    """What the property above compares sees a cut one character after a line end."""
    blocks = [Block(Kind.PARAGRAPH, text(WORDS * 120), "b")]
    chosen = Pages._chosen
    monkeypatch.setattr(Pages, "_chosen", lambda *a: [(cut + 1, natural, line) for cut, natural, line in chosen(*a)])
    pages = Pages(blocks, STYLE, PageInfo())
    assert pages._cuts[0] and drawn(pages) != drawn(whole(blocks))


@pytest.mark.parametrize("before, after, expected", [
    ("گزارش ۱۲ جلسه", "گزارش ۱۲ جلسه", False),  # a piece would start with a digit: resolved otherwise after a letter
    ("جلسه ", "گزارش", True),
    ("IBM ", "گزارش", False),  # a Latin word before the spaces
    ("جلسه ", "12", False),
])
def test_a_cut_falls_between_arabic_letters_only(before, after, expected):
    assert pieces.cuttable(before + after, len(before)) == expected


def test_the_preview_clicks_selects_and_copies_a_paragraph_in_pieces_as_one(qtbot):
    """A click on a line of a later piece names the long paragraph; selecting it copies
    its text as composed, with no line break where a piece ends."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtTest import QTest

    from announcer.gui.pageview import PageView
    from announcer.render.linebreaks import unbind

    paragraph = text(WORDS * 120)
    blocks = [Block(Kind.PARAGRAPH, "گزارش جلسه", "a"), Block(Kind.PARAGRAPH, paragraph, "b"), Block(Kind.ITEM, "پایان", "c")]
    view = PageView()
    qtbot.addWidget(view)
    view.resize(800, 1000)
    view.show()
    pages = Pages(blocks, STYLE, PageInfo())
    view.show_pages(pages)
    placed = next(p for page in pages.placed() for p in page if p.block.blockNumber() == pages._firsts[1] + 3)
    bar = view.verticalScrollBar()
    bar.setValue(int(view.page_rect(placed.page).top() + bar.value() - 100))
    middle = QPointF(pages.body.left() + placed.line.width() / 2, placed.corner + placed.line.y() + placed.line.height() / 2)
    at = (view.page_rect(placed.page).topLeft() + middle * view.scale()).toPoint()
    with qtbot.waitSignal(view.blockClicked) as clicked:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(at))
    assert clicked.args == [1] and view.cursor_paragraph() == 1
    view.select_paragraph(1)
    assert view.selected_text() == unbind(paragraph)
