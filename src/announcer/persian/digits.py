"""Digits: write numbers with Persian digits and read numbers typed in any digits."""

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ASCII_DIGITS = "0123456789"

_TO_PERSIAN = str.maketrans(ASCII_DIGITS + ARABIC_INDIC_DIGITS, PERSIAN_DIGITS * 2)
_TO_ASCII = str.maketrans(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, ASCII_DIGITS * 2)


def to_persian(text: str) -> str:
    """Replace ASCII and Arabic-Indic digits with Persian ones (U+06F0–U+06F9)."""
    return text.translate(_TO_PERSIAN)


def to_ascii(text: str) -> str:
    """Replace Persian and Arabic-Indic digits with ASCII ones."""
    return text.translate(_TO_ASCII)


def parse_int(text: str) -> int:
    """Read a whole number written in ASCII, Persian or Arabic-Indic digits.

    Raises ValueError for anything else (signs, spaces inside, letters)."""
    ascii_text = to_ascii(text.strip())
    if not ascii_text.isascii() or not ascii_text.isdigit():
        raise ValueError(f"not a whole number: {text!r}")
    return int(ascii_text)


def number(n: int, persian: bool = True) -> str:
    """A number as the document writes it: no grouping, no leading zeros."""
    text = str(n)
    return to_persian(text) if persian else text
