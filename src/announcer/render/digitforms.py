"""Persian digits in their Persian forms, in any font.

Persian, Urdu and Sindhi share the digits U+06F0–U+06F9 and draw four, six and seven
differently. A font gives each code point one glyph (Unicode's charts draw the Persian
forms) and may swap in a language's own through OpenType's `locl` feature, chosen by
the text's language. The Word file says its Persian runs are Persian (w:lang
w:bidi="fa-IR", docx.py), the web page says lang="fa" and the PDF its /Lang; Qt has no
way to say it: it shapes text with HarfBuzz without a language, so HarfBuzz takes the
process's locale (qtextengine.cpp leaves the language unset), and a font's Persian
`locl` is never chosen by the preview, the PDF or the printout.

Some fonts apply their Urdu forms for every language, Persian's included: Noto Naskh
Arabic 2.004 (Debian 12's fonts-noto-core) swaps ۴ ۶ ۷ for Urdu's in its default
language system and in its Persian one, so «۱۷» reads «۱ے» however the text is tagged.
Such a font's Persian forms are its own glyphs for the digits, reached only with
`locl` off. For such a font (shifted()) the digits are set apart with `locl` off: in
Qt by a character format's font features (pages.py), in the Word file by naming the
font with LibreOffice's feature syntax, «Noto Naskh Arabic:-locl» (docx.py).

A font whose own glyphs are Urdu's and whose Persian `locl` gives Persian forms (a
Nastaliq made for Urdu) draws them in LibreOffice, which tags the text, but not in Qt:
the program cannot choose a font's Persian `locl` (docs/page-layout.md)."""

import logging
import re
from functools import lru_cache

from ..locations import BUNDLED_FONTS


log = logging.getLogger(__name__)

DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_RUN = re.compile(f"[{DIGITS}]+")
NO_LOCL = ":-locl"  # LibreOffice's font feature syntax: the family, then «:» and features


def pieces(text: str):
    """text as (piece, is_digits) in order, each run of Persian digits a piece of its own."""
    at = 0
    for found in _RUN.finditer(text):
        if at < found.start():
            yield text[at:found.start()], False
        yield found.group(), True
        at = found.end()
    if at < len(text):
        yield text[at:], False


def shifted(family: str) -> bool:
    """Whether family, shaped as Qt shapes it (no language), draws a Persian digit with
    another glyph than its own for it: a `locl` for Urdu or Sindhi applied by default.
    The bundled fonts do not (tests/render/test_digit_forms.py), and a Word file in them is
    written without starting Qt's GUI. False for a family this machine does not have,
    and where Qt is not installed (the command line needs no Qt), which is logged."""
    if family in BUNDLED_FONTS:
        return False
    try:
        return _shifted(family)
    except ImportError as e:
        log.info("cannot ask Qt how %s draws Persian digits (%s): taken as drawing them as they are", family, e)
        return False


@lru_cache(maxsize=16)
def _shifted(family: str) -> bool:
    from PySide6.QtGui import QFont, QRawFont, QTextLayout

    from .qt.qtapp import ensure_application

    ensure_application()
    font = QFont(family)
    layout = QTextLayout(DIGITS, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    own = QRawFont.fromFont(font)
    runs = line.glyphRuns()
    if own.familyName() != family or any(run.rawFont().familyName() != family for run in runs):
        return False  # another font draws them: fontconfig's nearest, or a fallback
    drawn = [glyph for run in runs for glyph in run.glyphIndexes()]
    return sorted(drawn) != sorted(own.glyphIndexesForString(DIGITS))
