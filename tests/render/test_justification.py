"""Justified lines widen their spaces, never their letters (docs/page-layout.md,
«Spaces, not kashida»): the preview and the PDF share a line's width among its spaces
(pages.spread), and the Word file says the same with w:jc="both", whose meaning in
ECMA-376 (17.18.44) is inter-word spacing only, as Word draws it. LibreOffice 7.4
stretches Arabic-script letters with kashidas in every justified paragraph, whatever
the file says; its lines still hold the program's words (tests/render/test_page_parity.py)."""

import subprocess

import pytest

from announcer.export import export
from docx_xml import NS, part
from libreoffice import require_tools, to_pdf

# The values of w:jc that ask a reader to stretch letters (Word's kashida justification)
# or spread characters.
_STRETCHING = ("distribute", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute")


def test_the_word_file_justifies_with_spaces_only(exported):
    values = [v for name in ("word/document.xml", "word/styles.xml", "word/header1.xml")
              for v in part(exported, name).xpath("//w:jc/@w:val", namespaces=NS)]
    assert "both" in values and not set(values) & set(_STRETCHING)


def _kashidas(pdf) -> int:
    """The glyphs LibreOffice draws that stand for no character of the text: the
    kashidas it inserts to stretch a word (its PDF maps them to U+FFFD or U+0640)."""
    trace = subprocess.run(["mutool", "trace", str(pdf)], check=True, capture_output=True, text=True).stdout
    return trace.count('unicode="\ufffd"') + trace.count('unicode="\u0640"')


@pytest.mark.xfail(strict=True, raises=AssertionError, reason="LibreOffice 7.4 justifies Arabic-script text with kashidas: no setting "
                                       "of a DOCX turns them off (docs/page-layout.md)")
def test_libreoffice_widens_spaces_as_the_program_does(tmp_path, exported):
    require_tools()
    pdf = to_pdf(exported, tmp_path)
    assert _kashidas(pdf) == 0


def test_the_program_draws_no_kashida(tmp_path, example):
    """The program's PDF has a glyph for each character it draws, none inserted."""
    pdf = tmp_path / "a.pdf"
    export(example, pdf)
    assert _kashidas(pdf) == 0
