"""Persian text says it is Persian, and Persian digits take their Persian forms in any
font (render/digitforms.py): Noto Naskh Arabic 2.004 swaps ۴ ۶ ۷ for its Urdu forms in
every language, Persian's included; the PDF and LibreOffice's page of the Word file
draw its Persian ones, the glyphs of its own for the digits."""

import os
import shutil
from pathlib import Path

import pytest

from announcer.export import export
from announcer.render import digitforms, fontembed
from announcer.render.stylesheet import STYLES, DocumentStyle
from docx_xml import NS, part
from glyph_forms import nearest
from libreoffice import require_tools, to_pdf
from parts import part as section

NASKH = "Noto Naskh Arabic"
DIGITS = "۴۵۶۷"


def _require_naskh():
    if fontembed.faces(NASKH):
        return
    if os.environ.get("CI"):
        pytest.fail(f"{NASKH} missing on CI: scripts/install-system-packages --test installs fonts-noto-core")
    pytest.skip(f"{NASKH} not installed (fonts-noto-core)")


def _draft(example):
    example.sections.insert(0, section("paragraph", f"ارقام {DIGITS} و ۱۷ و ۲۴ در این بند آمده‌اند."))
    return example


def _forms() -> dict[str, list[int]]:
    """Noto Naskh's glyphs for the digits: its own (Persian) and those it shapes by
    default (Urdu), which must differ for the tests to tell them apart."""
    from PySide6.QtGui import QFont, QRawFont, QTextLayout

    layout = QTextLayout(DIGITS, QFont(NASKH))
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    persian = list(QRawFont.fromFont(QFont(NASKH)).glyphIndexesForString(DIGITS))
    urdu = [glyph for run in line.glyphRuns() for glyph in run.glyphIndexes()]
    assert len(urdu) == 4 and urdu != persian
    return {"persian": persian, "urdu": urdu}


def test_noto_naskh_shifts_persian_digits_and_the_bundled_fonts_do_not(app):
    """The bundled fonts are taken on trust in shifted() (no Qt for their Word file):
    Qt's shaping says they keep their own glyphs."""
    _require_naskh()
    assert digitforms.shifted(NASKH)
    assert not any(digitforms._shifted(family) for family in fontembed.BUNDLED)


def test_the_pdf_draws_noto_naskhs_persian_digits(app, tmp_path, example):
    _require_naskh()
    if not shutil.which("mutool"):
        pytest.skip("mutool not installed (scripts/install-system-packages --test)")
    pdf = tmp_path / "a.pdf"
    export(_draft(example), pdf, DocumentStyle(font=NASKH))
    original = fontembed.faces(NASKH)["regular"]
    assert nearest(pdf, "NotoNaskhArabic-Regular", DIGITS, original, _forms(), tmp_path / "font.ttf") == "persian"


def test_libreoffice_draws_noto_naskhs_persian_digits_from_the_word_file(app, tmp_path, example):
    _require_naskh()
    require_tools()
    docx = tmp_path / "a.docx"
    export(_draft(example), docx, DocumentStyle(font=NASKH))
    (tmp_path / "lo").mkdir()
    pdf = to_pdf(docx, tmp_path / "lo")
    original = fontembed.faces(NASKH)["regular"]
    assert nearest(pdf, "NotoNaskhArabic-Regular", DIGITS, original, _forms(), tmp_path / "font.ttf") == "persian"


def _runs(docx: Path):
    return part(docx, "word/document.xml").xpath("//w:body//w:r[w:t]", namespaces=NS)


def _value(element, path: str) -> list[str]:
    return element.xpath(path, namespaces=NS)


def test_the_word_file_says_every_persian_run_is_persian(tmp_path, example):
    """Every right-to-left run and every paragraph style carries w:lang w:bidi="fa-IR";
    in the bundled font the digits stay in their words' runs."""
    docx = tmp_path / "a.docx"
    export(_draft(example), docx)
    persian = [r for r in _runs(docx) if _value(r, "w:rPr/w:rtl")]
    assert len(persian) > 10
    assert all(_value(r, "w:rPr/w:lang/@w:bidi") == ["fa-IR"] for r in persian)
    styles = part(docx, "word/styles.xml").xpath("//w:style[starts-with(@w:styleId, 'Announcement')]", namespaces=NS)
    assert len(styles) == len(STYLES) and all(_value(s, "w:rPr/w:lang/@w:bidi") == ["fa-IR"] for s in styles)
    assert not [r for r in _runs(docx) if _value(r, "w:rPr/w:rFonts/@w:cs")]  # the page numbers are fields


def test_in_noto_naskh_the_word_file_sets_persian_digits_with_locl_off(app, tmp_path, example):
    _require_naskh()
    docx = tmp_path / "a.docx"
    export(_draft(example), docx, DocumentStyle(font=NASKH))
    apart = [r for r in _runs(docx) if _value(r, "w:rPr/w:rFonts/@w:cs") == [NASKH + ":-locl"]]
    assert DIGITS in ["".join(_value(r, "w:t/text()")) for r in apart]
    assert all(set("".join(_value(r, "w:t/text()"))) <= set(digitforms.DIGITS) for r in apart)
    assert all(_value(r, "w:rPr/w:lang/@w:bidi") == ["fa-IR"] for r in apart)
    table = part(docx, "word/fontTable.xml")
    assert _value(table, f"//w:font[@w:name='{NASKH}:-locl']/w:altName/@w:val") == [NASKH]



def test_a_paragraph_edited_in_the_preview_keeps_the_persian_digits(app, example):
    """The preview gives an edited paragraph its new text in place (Pages.replace): its
    digits are set apart again, at any place in it."""
    from announcer.compose import compose
    from announcer.render.qt.pages import PageInfo, Pages

    _require_naskh()
    pages = Pages(compose(example), DocumentStyle(font=NASKH), PageInfo())
    pages.replace(2, f"{DIGITS} در سال {DIGITS}")
    block = pages.document.findBlockByNumber(2)
    drawn = [glyph for run in block.layout().lineAt(0).glyphRuns() for glyph in run.glyphIndexes()]
    forms = _forms()
    assert sorted(drawn).count(forms["persian"][0]) == 2
    assert not set(forms["urdu"]) - set(forms["persian"]) & set(drawn)
