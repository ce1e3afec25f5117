"""The letters of Persian text written one way: the half-space, the kashida, and the
Arabic letters Persian writes otherwise. Small and without regular expressions, so that
the composer can read them on the start path (tidy.py, which needs them too, is loaded
when used)."""

ZWNJ = "\u200c"  # the half-space
KASHIDA = "\u0640"


def letters(text: str) -> str:
    """«ي», «ى» and «ك» as the Persian «ی» and «ک», and no kashida."""
    text = text.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک")
    return text.replace(KASHIDA, "")
