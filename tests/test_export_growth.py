"""The Word file and the PDF take time in proportion to the announcement: the cost of
a paragraph (of an agenda item in one long paragraph) does not grow with their number.

Measured in the process's CPU time, which other programs on the machine barely move,
as the cost of one more paragraph (item) at a small and at a large count: the same
when the time is linear, while the export of 100,000 paragraphs took 8 minutes when
each new paragraph searched all the earlier ones, and the PDF of an agenda of 100,000
items did not finish in 10 when each line copied its whole paragraph."""

import time

from announcer.blocks import Block, Kind
from announcer.persian.digits import number
from announcer.render import docx, pdf


def _cpu(render, blocks) -> float:
    start = time.process_time()
    render(blocks)
    return time.process_time() - start


def _cost_of_one_more(render, make, small: int, large: int) -> tuple[float, float]:
    """The time per item above a one-item export, at small and at large items."""
    base = min(_cpu(render, make(1)) for _ in range(2))
    return (_cpu(render, make(small)) - base) / small, (_cpu(render, make(large)) - base) / large


def _paragraphs(n: int) -> list[Block]:
    return [Block(Kind.PARAGRAPH, f"بند {number(i)} از گزارش، with a Latin word", "") for i in range(n)]


def _one_agenda_paragraph(n: int) -> list[Block]:
    return [Block(Kind.PARAGRAPH, " ".join(f"{number(i)}- مورد {number(i)}،" for i in range(n)), "")]


def test_each_paragraph_of_the_word_file_costs_the_same_however_many_there_are():
    small, large = _cost_of_one_more(docx.render, _paragraphs, 2_000, 20_000)
    assert large < 1.6 * small, f"{small * 1e6:.0f} µs a paragraph among 2,000, {large * 1e6:.0f} among 20,000"


def test_each_item_of_one_long_paragraph_costs_the_pdf_the_same_however_many_there_are():
    pdf.render(_one_agenda_paragraph(10))  # Qt's application and fonts, made once
    small, large = _cost_of_one_more(pdf.render, _one_agenda_paragraph, 1_000, 10_000)
    assert large < 1.45 * small, f"{small * 1e6:.0f} µs an item among 1,000, {large * 1e6:.0f} among 10,000"
