"""Joining phrases into a Persian list: «الف، ب و ج».

Qt's QLocale.createSeparatedList is not used: for fa_IR it inserts hidden RLM marks
and a comma before «و», which Persian does not write."""

import re

COMMA = "،"  # U+060C ARABIC COMMA
AND = "و"
_SPACES = re.compile(r"\s+")
_EDGE_SEPARATORS = "،,؛; \t\n"


def clean_item(item: str) -> str:
    """Fold white space and drop separators left at either end of a list item."""
    return _SPACES.sub(" ", item).strip(_EDGE_SEPARATORS)


def join(items, conjunction: str = AND, comma: str = COMMA) -> str:
    """Join non-empty items with «، » and put « و » (or another conjunction) before the last.
    The composer passes the draft's wording of both (phrases.LIST_AND, LIST_COMMA)."""
    parts = [clean_item(i) for i in items]
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return f"{comma} ".join(parts[:-1]) + f" {conjunction} " + parts[-1]
