"""Invisible control characters in what users paste, and the rule for them.

Bidi controls (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the
marks U+200E, U+200F and U+061C) pasted into one field could reorder the text around
it in the composed paragraph — a Trojan-Source-style attack on right-to-left text.
Other C0/C1 controls (NUL, escape …) cannot be stored in a Word file at all. The rule
(docs/bidi-controls.md): the draft keeps exactly what was typed; the composer drops
these characters from every field; the checks name each field that has them."""

import re

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_CONTROLS = re.compile(f"[{BIDI_CONTROLS}\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    return _CONTROLS.sub("", text)


def has_controls(text: str) -> bool:
    return bool(_CONTROLS.search(text))
