"""What LibreOffice makes of the exported Word file: the words come back in the composed
order, the running header and the page numbers are where they belong."""

import re

import pytest

from announcer.compose import compose
from announcer.export import export_docx
from announcer.model import Report
from libreoffice import pdf_pages, require_tools, to_pdf
from parts import first

# Folded before comparing, as pdftotext writes them: bidi embedding marks around runs,
# the lam-alef ligature as alef-lam, and spaces (it splits justified words and drops
# the space where digits meet letters). Only letters are compared for order; numbers
# are compared as a sequence of their own, since pdftotext may move the neutral signs
# around them («۱- :» for «: ۱-»).
_MARKS = re.compile("[\u202a-\u202e\u200e\u200f]")
_LETTERS = re.compile("[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")
_NUMBER = re.compile("[۰-۹0-9]+")


def letters(text: str) -> str:
    return "".join(_LETTERS.findall(_MARKS.sub("", text).replace("لا", "ال")))


def numbers(text: str) -> list[str]:
    return _NUMBER.findall(_MARKS.sub("", text))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    require_tools()
    from announcer.draft import load
    from conftest import EXAMPLE
    model = load(EXAMPLE)
    # Make the example long enough for a second page, to see the running header there.
    first(model, "reports").items.append(Report("مینا احدی", "", " ".join(["گزارشی مفصل در باره فعالیت های حزب ارائه داد."] * 40)))
    out = tmp_path_factory.mktemp("lo")
    docx = out / "example.docx"
    export_docx(model, docx)
    return compose(model), pdf_pages(to_pdf(docx, out))


def test_the_words_come_back_in_the_composed_order(rendered):
    blocks, pages = rendered
    header = blocks[0].text
    body_lines = pages[0][:-1] + [line for page in pages[1:] for line in page[1:-1]]
    pdf_text = "\n".join(body_lines)
    composed = "\n".join(b.text for b in blocks)
    assert letters(pdf_text) == letters(composed)
    assert numbers(pdf_text) == numbers(composed)
    assert letters(pages[0][0]) == letters(header)  # the header line opens page one


def test_later_pages_carry_the_running_header_and_every_page_a_number(rendered):
    blocks, pages = rendered
    assert len(pages) >= 2
    for n, page in enumerate(pages, 1):
        assert _MARKS.sub("", page[-1]).strip() == str(n)
        if n > 1:
            assert letters(page[0]) == letters(blocks[0].text) and numbers(page[0]) == ["۲۲۳"]
