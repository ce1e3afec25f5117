"""Where a laid-out line may not break: a number stays with its words.

An agenda's «۵- قطعنامه‌ها» must not leave «۵-» at the end of one line and the item on
the next, nor «۱۶ صفحه» or «۱۵ دسامبر ۲۰۰۷» be split. The renderers that break lines
(the Word file, the PDF, the preview) draw the blocks through bind(); the plain text
keeps ordinary spaces, since a messenger or a web form breaks its own lines.

bind() marks a held hyphen with U+2011 (non-breaking hyphen) and a held space with
U+00A0 (no-break space, UAX #14 class GL). Word and LibreOffice draw a non-breaking
hyphen with the font's hyphen-minus; Vazirmatn's own U+2011 is 2.5 pt narrower at
13 pt, so Qt, drawing it, fitted more words on a line with agenda numbers than the Word
file did. The Word file writes it as w:noBreakHyphen (docx.py), and the HTML that Qt
and browsers lay out as a hyphen-minus held by a zero width joiner (as_drawn).

A web address breaks nowhere in LibreOffice and Word, but Qt breaks it after each slash
(UAX #14 gives a break after a solidus before a letter): the text Qt lays out holds
such a slash to what follows with the same joiner."""

import re

from ..dates import GREGORIAN_MONTHS, JALALI_MONTHS

NO_BREAK_SPACE, NO_BREAK_HYPHEN, JOINER = "\u00a0", "\u2011", "\u200d"
_DIGIT = "0-9۰-۹٠-٩"
_NUMBERED = re.compile(rf"(?<![{_DIGIT}])([{_DIGIT}]+)- ")  # «۵- قطعنامه‌ها»
_NUMBER_THEN_WORD = re.compile(rf"([{_DIGIT}]) (?=\S)")  # «۱۶ صفحه», «۱۵ دسامبر»
_SLASH_IN_WORD = re.compile(r"/(?=[!-~])")  # «https://www.example.org/news»: before a Persian letter, a joiner would change its shape
_MONTH_THEN_YEAR = re.compile(rf"(?<!\w)({'|'.join(GREGORIAN_MONTHS + JALALI_MONTHS)}) (?=[{_DIGIT}])")  # «دسامبر ۲۰۰۷»


def bind(text: str) -> str:
    """text with the spaces and hyphens that hold a number to its words made unbreakable."""
    text = _NUMBERED.sub(rf"\1{NO_BREAK_HYPHEN}{NO_BREAK_SPACE}", text)
    text = _NUMBER_THEN_WORD.sub(rf"\1{NO_BREAK_SPACE}", text)
    return _MONTH_THEN_YEAR.sub(rf"\1{NO_BREAK_SPACE}", text)


def as_drawn(text: str) -> str:
    """bind(text) with each held hyphen as Word draws it: a hyphen-minus, which a zero
    width joiner keeps from breaking off the words after it (UAX #14, LB8a). Not the word
    joiner, U+2060, which Vazirmatn lacks: Qt then drew it from a fallback font and the
    PDF embedded that font too."""
    return _SLASH_IN_WORD.sub("/" + JOINER, bind(text).replace(NO_BREAK_HYPHEN, "-" + JOINER))


_UNBOUND = str.maketrans({NO_BREAK_HYPHEN: "-", NO_BREAK_SPACE: " "})


def unbind(text: str) -> str:
    """The composed text back from bind() or as_drawn(): what a reader copies."""
    return text.replace("-" + JOINER, "-").replace("/" + JOINER, "/").translate(_UNBOUND)
