"""Where a laid-out line may not break: a number stays with its words.

An agenda's «۵- قطعنامه‌ها» must not leave «۵-» at the end of one line and the item on
the next, nor «۱۶ صفحه» or «۱۵ دسامبر ۲۰۰۷» be split. The renderers that break lines
(the Word file, the PDF, the preview) draw the blocks through bind(); the plain text
keeps ordinary spaces, since a messenger or a web form breaks its own lines.

U+2011 (non-breaking hyphen) and U+00A0 (no-break space) are in Vazirmatn, so no
fallback font draws them; Word and LibreOffice both honour them (UAX #14, class GL)."""

import re

from ..dates import GREGORIAN_MONTHS, JALALI_MONTHS

NO_BREAK_SPACE, NO_BREAK_HYPHEN = "\u00a0", "\u2011"
_DIGIT = "0-9۰-۹٠-٩"
_NUMBERED = re.compile(rf"(?<![{_DIGIT}])([{_DIGIT}]+)- ")  # «۵- قطعنامه‌ها»
_NUMBER_THEN_WORD = re.compile(rf"([{_DIGIT}]) (?=\S)")  # «۱۶ صفحه», «۱۵ دسامبر»
_MONTH_THEN_YEAR = re.compile(rf"(?<!\w)({'|'.join(GREGORIAN_MONTHS + JALALI_MONTHS)}) (?=[{_DIGIT}])")  # «دسامبر ۲۰۰۷»


def bind(text: str) -> str:
    """text with the spaces and hyphens that hold a number to its words made unbreakable."""
    text = _NUMBERED.sub(rf"\1{NO_BREAK_HYPHEN}{NO_BREAK_SPACE}", text)
    text = _NUMBER_THEN_WORD.sub(rf"\1{NO_BREAK_SPACE}", text)
    return _MONTH_THEN_YEAR.sub(rf"\1{NO_BREAK_SPACE}", text)
