"""The Word file, opened by LibreOffice on a machine without the font, and the program's
own PDF (the preview's and the printout's pages) hold the same words on every line of
every page: the same page, the same line spacing, the same kerning and the same hyphens
(stylesheet.py, linebreaks.py)."""

import random
import re
import subprocess
from difflib import SequenceMatcher
from itertools import pairwise

import pytest

from announcer.compose import compose
from announcer.export import export
from announcer.render.stylesheet import DocumentStyle
from libreoffice import body_spans, line_letters, logical_lines, require_tools, to_pdf
from parts import first, index, part, put


def _long_draft(example, seed: int = 0):
    """The example with a 60-item agenda and sixty paragraphs of its own words in a
    seeded random order: lines that end at every sort of word, numbers and dates among
    them, over eleven pages.

    LibreOffice 7.4 rounds each glyph's width to whole units (its text comes out about
    0.15 % narrower than Qt's exact widths), so a line that Qt finds overfull by a hair
    may still fit in LibreOffice: the test below allows exactly those, which
    benchmarks/page_parity.py counts (38 of 560 paragraphs over eight such drafts)."""
    rng = random.Random(seed)
    words = " ".join(b.text for b in compose(example)).split()
    first(example, "agenda").items = [" ".join(rng.choices(words, k=rng.randint(1, 6))) for _ in range(60)]
    # Its closing paragraphs, the sections after the election, give way to these sixty.
    example.sections[index(example, "election") + 1:] = [part("paragraph", " ".join(rng.choices(words, k=rng.randint(5, 120))) + ".")
                                                          for _ in range(60)]
    return example


# Latin words, a number with its unit and addresses, as a secretary types them into a
# Persian announcement; each is put at every other word of a paragraph in turn.
_LATIN = ["Anna Lindqvist", "https://www.example.org/news/2007", "info@example.org", "Sara Müller", "25 km"]
_WORDS = ("در این نشست که با حضور اعضای کمیته و مسئولین تشکیلات خارج حزب برگزار شد گزارشات و قطعنامه ها "
          "مورد بحث قرار گرفت و تصمیمات لازم برای برگزاری کنفرانس اتخاذ گردید").split()


def _mixed_draft(example):
    """The example whose guest is Anna Lindqvist and whose closing paragraphs hold Latin
    words at every place of a line: its start, its end, and a name wrapped across two."""
    example.session.guests[0].name = "Anna Lindqvist"
    paragraphs = [" ".join([*_WORDS[:at], latin, *_WORDS[at:], *_WORDS[:n * 3]]) + "."
                  for n, latin in enumerate(_LATIN) for at in range(0, len(_WORDS) + 1, 3)]
    example.sections[index(example, "election") + 1:] = [part("paragraph", text) for text in paragraphs]
    return example


def _both(tmp_path, model):
    """LibreOffice's PDF of the Word file, and the program's PDF."""
    export(model, tmp_path / "a.docx")
    export(model, tmp_path / "a.pdf")
    (tmp_path / "lo").mkdir()
    return to_pdf(tmp_path / "a.docx", tmp_path / "lo"), tmp_path / "a.pdf"


@pytest.mark.parametrize("repeat", [1, 3], ids=["example", "example-thrice"])
def test_libreoffice_and_the_pdf_break_every_line_alike(tmp_path, example, repeat):
    require_tools()
    for kind in ("documents", "resolutions"):
        put(example, kind, first(example, kind) * repeat)
    first(example, "agenda").items *= repeat
    election = index(example, "election")  # the election, then the closing paragraphs, each in turn
    example.sections[election:] = example.sections[election:election + 1] * repeat + example.sections[election + 1:] * repeat
    word, ours = (line_letters(pdf) for pdf in _both(tmp_path, example))
    assert [len(page) for page in word] == [len(page) for page in ours]
    assert word == ours
    assert len(ours) > repeat


def test_in_a_long_random_draft_only_photo_finishes_break_elsewhere(tmp_path, example):
    """Where LibreOffice first breaks a paragraph elsewhere than Qt, its line holds
    words that overfill Qt's measure by less than 0.5 pt (LibreOffice's rounding; Qt's
    widths are the font's): no other cause, such as a hyphen, a space or kerning
    measured differently, is left. The lines after it follow from it."""
    require_tools()
    from PySide6.QtGui import QFont, QFontMetricsF

    from announcer.render.linebreaks import as_drawn
    from announcer.render.qt.pages import LAYOUT_DPI, Pages, PageInfo, layout_device
    from announcer.render.stylesheet import DocumentStyle

    model = _long_draft(example)
    texts = [b.text for b in compose(model)]
    lo, pdf = _both(tmp_path, model)
    word, ours = logical_lines(lo, texts), logical_lines(pdf, texts)
    assert len(ours) > 250
    pages = Pages(compose(model), DocumentStyle(), PageInfo())
    font = QFont(pages.family)
    font.setPointSizeF(DocumentStyle().size)
    metrics = QFontMetricsF(font, layout_device())
    measure = pages.body.width() * 72 / LAYOUT_DPI
    first_differences = [word[i1] for tag, i1, _, _, _ in SequenceMatcher(None, word, ours, autojunk=False).get_opcodes()
                         if tag != "equal"]
    overfull = [metrics.horizontalAdvance(as_drawn(line)) * 72 / LAYOUT_DPI - measure for line in first_differences]
    assert all(0 < points < 0.5 for points in overfull), sorted(overfull)
    assert len(overfull) < len(ours) / 20


def test_every_full_line_of_the_pdf_meets_both_margins(tmp_path, example):
    """A justified right-to-left line reaches the right margin as the paragraph's last
    line, set flush right, does: Qt had kept its trailing space's width there
    (pages.spread)."""
    require_tools()
    from libreoffice import body_lines

    export(example, tmp_path / "a.pdf")
    margin = 1417 / 20  # the Word file's margin, in points
    right = 11906 / 20 - margin
    lines = [line for page in body_lines(tmp_path / "a.pdf") for line in page]
    edges = subprocess.run(["pdftotext", "-bbox-layout", str(tmp_path / "a.pdf"), "-"], check=True,
                           capture_output=True, text=True).stdout
    spans = [(float(a), float(b)) for a, b in re.findall(r'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', edges)]
    full = [(a, b) for a, b in spans if a < margin + 1]
    assert len(full) > len(lines) / 2
    assert all(abs(b - right) < 1 for a, b in full), full


def test_the_word_file_and_the_pages_share_one_geometry(exported):
    """The measure Qt lays out on is the Word file's, to the twip; line spacing is an
    «at least», paragraphs have no widow control (Qt has none) and pairs are kerned."""
    from docx_xml import NS, part

    from announcer.render.qt.pages import LAYOUT_DPI, PageInfo, Pages
    from announcer.render.stylesheet import DocumentStyle

    document, styles = part(exported, "word/document.xml"), part(exported, "word/styles.xml")
    size = document.xpath("//w:sectPr/w:pgSz", namespaces=NS)[0]
    margins = document.xpath("//w:sectPr/w:pgMar", namespaces=NS)[0]
    w = "{%s}" % NS["w"]
    measure = int(size.get(w + "w")) - int(margins.get(w + "left")) - int(margins.get(w + "right"))
    pages = Pages([], DocumentStyle(), PageInfo())
    assert pages.body.width() == measure * LAYOUT_DPI / 1440 == 7560
    body = styles.xpath("//w:style[@w:styleId='AnnouncementBody']/w:pPr/w:spacing", namespaces=NS)[0]
    assert (body.get(w + "line"), body.get(w + "lineRule"), body.get(w + "after")) == ("468", "atLeast", "160")
    assert styles.xpath("//w:style[@w:styleId='Normal']/w:pPr/w:widowControl/@w:val", namespaces=NS) == ["0"]
    assert styles.xpath("//w:docDefaults//w:kern/@w:val", namespaces=NS) == ["2"]


def test_the_pages_are_cut_where_qts_paginated_layout_cuts_them(app, example):
    """Pages cuts one laid-out column into pages itself (Qt's paginated layout redoes
    every later paragraph at each keystroke): a line goes to the page Qt would give it."""
    from announcer.render.qt.pages import PageInfo, Pages
    from announcer.render.stylesheet import DocumentStyle

    pages = Pages(compose(_long_draft(example)), DocumentStyle(), PageInfo())
    ours = [[p.block.position() + p.line.textStart() for p in page] for page in pages.placed()]
    document = pages.document.clone()
    document.documentLayout().setPaintDevice(pages.document.documentLayout().paintDevice())
    document.setPageSize(pages.body.size())
    layout, height = document.documentLayout(), pages.body.height()
    qts = [[] for _ in range(document.pageCount())]
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        for n in range(block.layout().lineCount()):
            line = block.layout().lineAt(n)
            qts[int((top + line.y()) // height)].append(block.position() + line.textStart())
        block = block.next()
    assert len(ours) >= 10 and ours == qts


def test_a_point_on_a_spread_line_finds_the_letter_drawn_there(app, example):
    """The preview's selection maps a point back through spread(): the letter under
    the mouse, not the one Qt had there before the line was spread."""
    from PySide6.QtCore import QPointF

    from announcer.render.qt.pages import PageInfo, Pages

    pages = Pages(compose(example), DocumentStyle(), PageInfo())
    placed = pages.where(2)  # the first paragraph's first line, justified
    block, line = placed.block, placed.line
    moved = pages.spread(block, line)
    left = line.cursorToX(line.textStart() + line.textLength() - 1)[0]  # before its trailing space
    assert moved(left) < left - 20  # spread
    y = placed.corner + line.y() + line.height() / 2
    edges = [line.cursorToX(p)[0] for p in range(line.textStart(), line.textStart() + line.textLength())]
    quarters = [(3 * a + b) / 4 for a, b in pairwise(edges) if abs(a - b) > 10]  # into letters of some width
    # Qt's own answer for where the letter stood before spread() moved it.
    found = [pages.position_at(0, QPointF(pages.body.left() + moved(x), y)) - block.position() for x in quarters]
    assert len(quarters) > 40 and found == [line.xToCursor(x) for x in quarters]


MARGIN, A4_WIDTH = 1417 / 20, 11906 / 20  # the Word file's margin and page width, in points


def test_latin_words_anywhere_in_a_line_keep_the_page(tmp_path, example):
    """Latin names, addresses and numbers with units at a line's start, at its end and
    a two-word name wrapped across two lines: LibreOffice breaks every line where the
    program does, no line of either crosses a margin by more than 0.5 pt, every
    justified line but a paragraph's last meets both margins, and a last line is as
    wide as its words set at their own spaces (never stretched)."""
    require_tools()
    from announcer.render.qt.pages import LAYOUT_DPI, PageInfo, Pages

    model = _mixed_draft(example)
    pages = Pages(compose(model), DocumentStyle(), PageInfo())
    texts = [line for page in pages.lines() for line in page]
    assert sum(bool(re.match("[A-Za-z0-9]", line)) for line in texts) > 10  # lines that start with Latin
    assert sum(bool(re.search("[A-Za-z0-9][.]?$", line)) for line in texts) > 3  # and that end with it
    assert any(a.endswith(("Anna", "Sara")) and b.startswith(("Lindqvist", "Müller")) for a, b in pairwise(texts))
    lo, pdf = _both(tmp_path, model)
    assert line_letters(lo) == line_letters(pdf)
    for spans in (body_spans(lo), body_spans(pdf)):
        assert all(MARGIN - 0.5 < left and right < A4_WIDTH - MARGIN + 0.5 for page in spans for left, right in page)
    drawn = [span for page in body_spans(pdf) for span in page]
    laid = [p for page in pages.placed() for p in page]
    assert len(drawn) == len(laid) > 200
    for (left, right), placed in zip(drawn, laid):
        if not pages.justified(placed.block):
            continue  # the header line and the title, centred
        assert abs(right - (A4_WIDTH - MARGIN)) < 0.5
        width = A4_WIDTH - 2 * MARGIN if pages.stretched(placed.block, placed.line) else placed.line.naturalTextWidth() * 72 / LAYOUT_DPI
        assert abs(right - left - width) < 0.5, (placed.block.text(), placed.line.lineNumber())
