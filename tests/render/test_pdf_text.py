"""The text of the program's PDF, exported or printed to a file, in Vazirmatn and in Noto
Naskh Arabic, as the readers' PDF libraries extract it: MuPDF gives the composed words in
order, poppler (pdftotext, Evince, Okular) the composed letters in order, half-spaces and
ligatures included, and a search for a word finds it (render/pdf_text.py). Noto Naskh
Arabic draws the alef of لا as a glyph of its own without a width, and takes brackets,
hyphens and Latin letters from another font."""

import re
import shutil
import subprocess
import unicodedata

import pytest

from announcer.compose import compose
from announcer.export import export, titles
from announcer.render.stylesheet import DocumentStyle
from parts import part

HALF_SPACE = "\u200c"
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e]")  # pdftotext marks the direction of its runs


def _draft(example):
    """The example held in Toronto, with a Latin guest and a paragraph of half-spaces."""
    example.session.city = "تورنتو"
    example.session.guests[0].name = "Anna Lindqvist"
    example.sections.append(part("paragraph", "اعضای هیئت‌مدیره در تورنتو گرد هم آمدند و قطعنامه‌ها را که به زودی "
                                              "منتشر می‌شود تصویب کردند؛ گزارش‌ها در تورنتو خوانده شد."))
    return example


FONTS = ["Vazirmatn", "Noto Naskh Arabic"]


def _style(font: str) -> DocumentStyle:
    from announcer.render import fontembed

    if not fontembed.faces(font):
        pytest.skip(f"{font} not installed (fonts-noto-core)")
    return DocumentStyle(font=font)


def _printed(model, path, style=DocumentStyle()):
    """model printed to a PDF file through QPrinter, as File → Print to a file prints it."""
    from PySide6.QtPrintSupport import QPrinter

    from announcer.render.pages import PageInfo, page_layout, paint

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setFullPage(True)
    printer.setPageLayout(page_layout())
    blocks = compose(model)
    title, author, header = titles(model, blocks)
    paint(blocks, printer, style, PageInfo(title=title, header=header, author=author))
    return path


def _exported(model, path, style=DocumentStyle()):
    export(model, path, style)
    return path


def _pages(command: list[str]) -> list[list[str]]:
    """Each page's non-empty lines of text, bidi controls taken out."""
    text = _BIDI_CONTROLS.sub("", subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    return [[line.strip() for line in page.split("\n") if line.strip()] for page in text.split("\f") if page.strip()]


def _body_words(pages: list[list[str]], header: str) -> list[str]:
    """The words of the pages without their margins: the running header of each page
    after the first and the page numbers."""
    from announcer.persian.digits import number

    words = []
    for n, lines in enumerate(pages):
        margins = [number(n + 1)] + ([header] if n else [])
        for line in lines:
            if line in margins:
                margins.remove(line)
            else:
                words += line.split()
    return words


def _letters(text: str) -> str:
    """The Persian letters and half-spaces of text, in order."""
    return "".join(c for c in text if c == HALF_SPACE or (unicodedata.category(c) == "Lo" and unicodedata.bidirectional(c) == "AL"))


def _require(*tools):
    missing = [t for t in tools if not shutil.which(t)]
    if missing:
        pytest.skip(f"{missing} not installed (scripts/install-system-packages --test)")


@pytest.mark.parametrize("font", FONTS)
@pytest.mark.parametrize("make", [_exported, _printed], ids=["exported", "printed"])
def test_mupdf_reads_the_composed_words_in_order(app, tmp_path, example, make, font):
    """Brackets, hyphens and Latin letters that Noto Naskh Arabic takes from another font
    included: «(دسامبر)», «۱-», «Lindqvist»."""
    _require("mutool")
    model = _draft(example)
    pdf = make(model, tmp_path / "a.pdf", _style(font))
    blocks = compose(model)
    pages = _pages(["mutool", "draw", "-q", "-F", "txt", "-o", "-", str(pdf)])
    assert len(pages) == 2
    assert _body_words(pages, titles(model, blocks)[2]) == [w for b in blocks for w in b.text.split()]


@pytest.mark.parametrize("layout", [[], ["-layout"]], ids=["reading", "layout"])
@pytest.mark.parametrize("font", FONTS)
@pytest.mark.parametrize("make", [_exported, _printed], ids=["exported", "printed"])
def test_poppler_reads_the_composed_letters_and_finds_the_words(app, tmp_path, example, make, font, layout):
    """poppler shows digits, Latin words and the punctuation beside them as runs of their
    own (marked left to right), so its words are compared by their letters, half-spaces
    included; the words with a ligature (لا) read whole, and no letter is read on a line
    of its own (Noto's alef of لا, drawn where the lam is, was: «اط ا»). poppler puts a
    space before a half-space, as a run of its own («هیئت ‌مدیره»), which its own search
    reads past."""
    _require("pdftotext")
    model = _draft(example)
    pdf = make(model, tmp_path / "a.pdf", _style(font))
    blocks = compose(model)
    pages = _pages(["pdftotext", *layout, str(pdf), "-"])
    words = _body_words(pages, titles(model, blocks)[2])
    assert _letters(" ".join(words)) == _letters(" ".join(b.text for b in blocks))
    for word in ("تورنتو", "اطلاعیه", "تشکیلات"):
        assert words.count(word) == sum(b.text.split().count(word) for b in blocks) > 0, word
    assert all(name in " ".join(words) for name in ("Anna", "Lindqvist"))  # poppler joins them to the Persian words around


def test_a_fallback_fonts_text_is_mapped_too(app, tmp_path, example):
    """Noto Naskh Arabic has no Latin letters: Qt draws «Anna Lindqvist» in DejaVu Sans,
    whose glyphs are recorded under the name Qt's PDF gives the font, its PostScript name
    «DejaVuSans», where family and style named it «DejaVuSans-Book» and its text map was
    never completed; poppler reads the name."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from announcer.render import fontembed
    from announcer.render.pages import PageInfo, page_layout, paint
    from announcer.render.pdf_text import GlyphText

    _require("pdftotext")
    if not fontembed.faces("Noto Naskh Arabic"):
        pytest.skip("Noto Naskh Arabic not installed (fonts-noto-core)")
    model, style = _draft(example), DocumentStyle(font="Noto Naskh Arabic")
    glyph_text, buffer = GlyphText(), QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout())
    paint(compose(model), writer, style, PageInfo(), glyph_text)
    fonts = subprocess.run(["pdffonts", str(_exported_in(model, style, tmp_path / "a.pdf"))], check=True,
                           capture_output=True, text=True).stdout
    assert "DejaVuSans " in fonts and "DejaVuSans" in glyph_text.fonts
    text = subprocess.run(["pdftotext", str(tmp_path / "a.pdf"), "-"], check=True, capture_output=True, text=True).stdout
    assert "Lindqvist" in text


def _exported_in(model, style, path):
    export(model, path, style)
    return path
