"""The announcement as PDF, text for messengers and a web page: what each file holds,
read back with poppler's tools and Python's HTML parser, and the command line that
picks the format from the extension."""

import re
import shutil
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser

import pytest

from announcer.compose import compose
from announcer.export import UnknownFormat, export, format_of
from announcer.model import Report
from announcer.persian.digits import number
from announcer.render.linebreaks import as_drawn
from announcer.render.stylesheet import DocumentStyle
from announcer.render import text
from conftest import EXAMPLE, ROOT
from libreoffice import stranded_numbers
from parts import first, part, put

_MARKS = re.compile("[\u202a-\u202e\u200e\u200f]")  # pdftotext wraps runs in embeddings
_LETTERS = re.compile("[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")
_NUMBER = re.compile("[۰-۹0-9]+")


def extracted(pdf, *options) -> str:
    """pdftotext's text, without the embedding marks it wraps runs in."""
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed (scripts/install-system-packages --test)")
    out = subprocess.run(["pdftotext", *options, str(pdf), "-"], check=True, capture_output=True).stdout
    return _MARKS.sub("", out.decode("utf-8"))


def letters(text_: str) -> str:
    return "".join(_LETTERS.findall(text_.replace("لا", "ال")))


@pytest.fixture(scope="module", autouse=True)
def _widgets_application(qapp):
    """The suite's QApplication, made before the PDF export would make a QGuiApplication
    (as the command line does), which a later window test could not replace."""


@pytest.fixture(scope="module")
def long_example():
    """The example with a report long enough for a second page."""
    from announcer.draft import load

    model = load(EXAMPLE)
    first(model, "reports").items.append(Report("مینا احدی", "", " ".join(["گزارشی مفصل در باره فعالیت های حزب ارائه داد."] * 40)))
    return model


@pytest.fixture(scope="module")
def pdf(long_example, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "example.pdf"
    export(long_example, path, DocumentStyle(font="Vazirmatn"))  # the bundled font, on any machine
    return path


MARGIN_PT = 25 / 25.4 * 72  # the document's margins, in the PDF's points (A4: 595 x 842)


def _page_count(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def _area(pdf, page: int, part: str) -> str:
    """The text of one page's top margin, body or bottom margin (pdftotext's crop box)."""
    top, height = {"top": (0, MARGIN_PT), "body": (MARGIN_PT, 842 - 2 * MARGIN_PT),
                   "bottom": (842 - MARGIN_PT, MARGIN_PT)}[part]
    return extracted(pdf, "-f", str(page), "-l", str(page), "-x", "0", "-y", str(int(top)), "-W", "595",
                     "-H", str(int(height))).strip()


def test_the_pdf_embeds_vazirmatn(pdf):
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert {row[0] for row in rows} == {"Vazirmatn-Regular", "Vazirmatn-Bold"}
    assert all(row[-5] == "yes" for row in rows)  # «emb»: every font is in the file


def test_the_pdf_is_a4_with_title_and_language(pdf, long_example):
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    title = compose(long_example)[1].text
    assert f"Title:           {title}" in info
    assert "Creator:         Announcer" in info
    assert "Author:          کمیته خارج کشور حزب کمونیست کارگری ایران" in info
    assert "595 x 842 pts (A4)" in info
    meta = subprocess.run(["pdfinfo", "-meta", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "<dc:language><rdf:Bag><rdf:li>fa-IR</rdf:li></rdf:Bag></dc:language>" in meta
    assert title in meta
    # The catalogue's language, which screen readers use: the last update's catalogue says it.
    data = pdf.read_bytes()
    xref = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    root = int(re.search(rb"/Root (\d+) 0 R", data[xref:]).group(1))
    offset = int(re.search(rb"\n%d 1\n(\d{10}) 00000 n" % root, data[xref:]).group(1))
    catalog = data[offset:data.index(b"endobj", offset)]
    assert catalog.startswith(b"%d 0 obj" % root) and b"/Type /Catalog" in catalog and b"/Lang (fa-IR)" in catalog


def test_later_pages_carry_the_header_and_every_page_its_persian_number(pdf, long_example):
    pages = range(1, _page_count(pdf) + 1)
    assert len(pages) >= 2
    assert [_area(pdf, n, "bottom") for n in pages] == [number(n) for n in pages]  # «۱», «۲»…
    header = compose(long_example)[0].text  # «انترناسیونال ۲۲۳»
    assert _area(pdf, 1, "top") == ""  # page one has it in its text
    for n in pages[1:]:
        above = _area(pdf, n, "top")
        assert _NUMBER.findall(above) == ["۲۲۳"] and letters(above) == letters(header)


def _body(pdf) -> str:
    return "\n".join(_area(pdf, n, "body") for n in range(1, _page_count(pdf) + 1))


def test_the_numbers_come_back_in_the_composed_order(pdf, long_example):
    composed = "\n".join(b.text for b in compose(long_example))
    assert _NUMBER.findall(_body(pdf)) == _NUMBER.findall(composed)


def test_the_letters_come_back_in_the_composed_order(pdf, long_example):
    # Letters only, as for LibreOffice's PDF (test_docx_libreoffice): pdftotext splits
    # justified words and moves the neutral signs around numbers. Qt alone loses every
    # contextual form without a code point of its own (pdf_text.py completes its map).
    composed = "\n".join(b.text for b in compose(long_example))
    assert letters(_body(pdf)) == letters(composed)


def test_a_copied_word_is_the_composed_word(pdf):
    # The shaped forms come back as the letters typed, not as presentation forms.
    raw = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True).stdout.decode()
    assert "کمیته" in raw and "ایران" in raw and "انترناسیونال" in raw
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in raw.replace("\ufeff", ""))


def test_words_after_a_character_beyond_the_bmp_copy_as_composed(tmp_path, example):
    """Qt counts 𝐀 as two UTF-16 units: the glyphs after it still carry their own letters."""
    put(example, "paragraph", "نامه 𝐀𝐁 به دوستان عزیز کمیته رسید", -1)  # the last paragraph
    export(example, tmp_path / "a.pdf")
    raw = subprocess.run(["pdftotext", str(tmp_path / "a.pdf"), "-"], capture_output=True).stdout.decode()
    line = next(line for line in raw.splitlines() if "𝐀" in line)
    assert "دوستان عزیز کمیته رسید" in line and letters(line) == letters(first(example, "paragraph", -1))


def test_spaces_are_found_where_qt_counts_them():
    """pages.spread finds a line's spaces by Qt's UTF-16 indexes: 𝐀 counts two."""
    from announcer.render.qt.pdf_text import utf16

    assert utf16("a 𝐀 b").indexes(" ", 0, 6) == {1, 4}
    assert utf16("\u2020\u0600 x").indexes(" ", 0, 4) == {2}  # not across two units
    assert utf16("a b c").indexes(" ", 2, 4) == {3}


def _sixty_items():
    from announcer.draft import load

    model = load(EXAMPLE)
    words = ["گزارشات", "قطعنامه ها", "بحث در باره وظایف", "انتخابات", "کنفرانس خارج کشور", "سند"]
    first(model, "agenda").items = [" ".join(words[: 1 + n % len(words)]) for n in range(60)]
    return model


def test_no_number_is_stranded_at_a_line_end(tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    path = tmp_path / "agenda.pdf"
    export(_sixty_items(), path)
    assert stranded_numbers(path) == []


def test_text_paragraphs_round_trip_and_each_starts_right_to_left(tmp_path, example):
    path = tmp_path / "announcement.txt"
    export(example, path)
    written = path.read_bytes().decode("utf-8")
    blocks = compose(example)
    assert text.paragraphs(written) == [b.text for b in blocks]
    assert written.count("\n\n") == len(blocks) - 1 and "\n\n\n" not in written
    assert [p[0] for p in written.split("\n\n")] == ["\u200f"] * len(blocks)
    # No mark but the one at each paragraph's start.
    assert sum(written.count(m) for m in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") \
        == len(blocks)


def test_a_paragraph_that_opens_with_a_latin_name_still_reads_right_to_left(example):
    from announcer.blocks import Block, Kind

    pasted = text.for_pasting([Block(Kind.PARAGRAPH, "Mina Ahadi در جلسه ۱۲ سخنرانی کرد.", "x")])
    # UAX#9 P2: the first strong character decides; the mark is one, and right to left.
    first_strong = next(ch for ch in pasted if unicodedata.bidirectional(ch) in ("L", "R", "AL"))
    assert unicodedata.bidirectional(first_strong) == "R"


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.html_attrs, self.title, self.paragraphs, self._in = {}, "", [], None

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.html_attrs = dict(attrs)
        if tag in ("title", "p"):
            self._in = tag
            if tag == "p":
                self.paragraphs.append("")

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "p":
            self.paragraphs[-1] += data


def test_the_web_page_is_rtl_persian_and_escapes_everything(tmp_path, example):
    example.sections.append(part("paragraph", "<script>alert('x')</script> & «A&B»"))
    path = tmp_path / "announcement.html"
    export(example, path)
    written = path.read_text(encoding="utf-8")
    page = _Page()
    page.feed(written)
    blocks = compose(example)
    assert page.html_attrs == {"dir": "rtl", "lang": "fa"}
    assert page.title == blocks[1].text
    assert page.paragraphs == [as_drawn(b.text) for b in blocks]  # numbers held to their words here too
    assert "<script>" not in written and "&lt;script&gt;" in written
    assert 'align="center"' in written and 'align="justify"' in written  # the block styles


def test_the_extension_picks_the_format_in_any_case():
    assert [format_of(n) for n in ("a.docx", "A.PDF", "b.Txt", "c.html")] == [".docx", ".pdf", ".txt", ".html"]
    for name in ("a.odt", "a", "a.htm", "a.pdf.bak"):
        with pytest.raises(UnknownFormat):
            format_of(name)


def _run(*args):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(ROOT)}  # no DISPLAY, no QT_QPA_PLATFORM
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, env=env)


@pytest.mark.parametrize("name,magic", [("out.docx", b"PK"), ("OUT.PDF", b"%PDF-"), ("out.txt", "\u200f".encode()),
                                        ("out.html", b"<!DOCTYPE html>")])
def test_cli_exports_each_extension_without_a_display(tmp_path, name, magic):
    out = _run("export", EXAMPLE, "-o", tmp_path / name)
    assert out.returncode == 0, out.stderr.decode()
    assert (tmp_path / name).read_bytes().startswith(magic)


def test_cli_unknown_extension_is_a_usage_error(tmp_path):
    out = _run("export", EXAMPLE, "-o", tmp_path / "out.odt")
    assert out.returncode == 2
    err = out.stderr.decode()
    assert "the extension must be one of .docx, .pdf, .txt, .html" in err and "پسوند" in err
    assert "Traceback" not in err and not (tmp_path / "out.odt").exists()


def test_no_export_replaces_its_own_draft(tmp_path):
    draft_path = tmp_path / "a.txt"  # a draft with the name of a text export
    draft_path.write_bytes(EXAMPLE.read_bytes())
    out = _run("export", draft_path, "-o", draft_path)
    assert out.returncode == 1 and draft_path.read_bytes() == EXAMPLE.read_bytes()


def test_a_pdf_of_another_structure_is_left_as_it_is_and_the_log_says_so(caplog):
    from announcer.render.qt.pdf_text import GlyphText, complete

    odd = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
    assert complete(odd, GlyphText()) == odd
    assert "PDF text map not completed" in caplog.text


def test_the_completed_pdf_is_sound(pdf):
    checked = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stderr == ""
    assert pdf.read_bytes().count(b"%%EOF") == 2  # Qt's file and the update that completes its text maps
    shown = subprocess.run(["pdftoppm", "-r", "20", "-f", "1", "-l", "1", "-png", str(pdf)], capture_output=True)
    assert shown.returncode == 0 and shown.stderr == b"" and shown.stdout.startswith(b"\x89PNG")
