"""Whatever the font's name (typed in Preferences or given with --font), every export
is written and the name stays a name: no CSS or HTML around it in the web page and the
clipboard's HTML. A name with a character that is not text never reaches an export:
DocumentStyle refuses it (the settings read the default instead, --font is a usage error)."""

import re
import zipfile
from html.parser import HTMLParser

import pytest
from lxml import etree

from announcer.blocks import Block, Kind
from announcer.cli import main
from announcer.render import docx, page
from announcer.render.qt import pdf
from announcer.render.stylesheet import DocumentStyle
from docx_xml import NS
from conftest import EXAMPLE

# Names DocumentStyle takes (they are text), which the outputs must keep names.
HOSTILE = [
    "x'; background-image:url(http://evil/)",
    "x&#x27;; color:red",
    'x"><script>alert(1)</script>',
    "x\\'; color:red",
    "x</style><img src=y>",
]
# Names that are not text: refused before any export.
NOT_TEXT = ["Vazir\x00matn", "\x1b]0;title\x07", "x\u202ey\u2066", "x\udcffy", "x\x7f\x85\x9by", "", "x\u2028y"]
_BLOCKS = [Block(Kind.TITLE, "اطلاعیه", ""), Block(Kind.PARAGRAPH, "متن اطلاعیه", "")]


class _Styles(HTMLParser):
    def __init__(self):
        super().__init__()
        self.styles, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.styles += [value for name, value in attrs if name == "style"]


def _css_unescaped(text: str) -> str:
    return re.sub(r"\\([0-9a-f]{1,6}) ?", lambda m: chr(int(m[1], 16)), text)


@pytest.mark.parametrize("font", HOSTILE)
def test_the_web_page_holds_the_font_name_as_one_css_string(font):
    html = page.render(_BLOCKS, DocumentStyle(font=font))
    html.encode("utf-8")  # a half of a character would have made the page unwritable
    parsed = _Styles()
    parsed.feed(html)
    assert parsed.tags == ["html", "head", "meta", "meta", "title", "body", "div", "p", "p"]
    div = parsed.styles[1]  # as the browser reads it, character references decoded
    name = re.fullmatch(r"font-family:'([^'\\;(){}<>\"]*(?:\\[0-9a-f]{1,6} [^'\\;(){}<>\"]*)*)', "
                        r"Vazirmatn, Tahoma, 'Noto Naskh Arabic', sans-serif;", div)
    assert name, div
    assert _css_unescaped(name[1]) == font


def test_a_plain_font_name_is_written_as_it_is():
    assert "font-family:'B Nazanin', Vazirmatn" in page.body(_BLOCKS, DocumentStyle(font="B Nazanin"))
    assert "font-family:'وزیر', Vazirmatn" in page.body(_BLOCKS, DocumentStyle(font="وزیر"))


@pytest.mark.parametrize("font", HOSTILE)
def test_the_word_file_is_written_whatever_the_font_name(font, tmp_path):
    path = tmp_path / "out.docx"
    path.write_bytes(docx.render(_BLOCKS, DocumentStyle(font=font)))
    styles = etree.fromstring(zipfile.ZipFile(path).read("word/styles.xml"))
    assert set(styles.xpath("//w:rFonts/@w:cs", namespaces=NS)) == {font}


@pytest.mark.parametrize("font", HOSTILE)
def test_the_pdf_is_written_whatever_the_font_name(font):
    assert pdf.render(_BLOCKS, DocumentStyle(font=font)).startswith(b"%PDF-")


@pytest.mark.parametrize("font", NOT_TEXT)
def test_a_font_name_that_is_not_text_never_reaches_an_export(font):
    with pytest.raises(ValueError):
        DocumentStyle(font=font)


@pytest.mark.parametrize("suffix", [".docx", ".html", ".pdf"])
def test_the_command_line_exports_with_a_hostile_font(suffix, tmp_path, capsys):
    target = tmp_path / f"out{suffix}"
    assert main(["export", str(EXAMPLE), "-o", str(target), "--font", HOSTILE[0]]) == 0
    assert target.stat().st_size > 0 and "Traceback" not in capsys.readouterr().err


def test_the_command_line_refuses_a_font_name_that_is_not_text(tmp_path, capsys):
    target = tmp_path / "out.docx"
    with pytest.raises(SystemExit) as usage:
        main(["export", str(EXAMPLE), "-o", str(target), "--font", "x'\x01;\udcff"])
    assert usage.value.code == 2 and not target.exists()
    err = capsys.readouterr().err
    assert "Traceback" not in err and "\x01" not in err  # the message shows it escaped
