"""Plain text: one block per line, in logical order; optionally shaped for dumb terminals."""

from ..blocks import Block


def render(blocks: list[Block]) -> str:
    return "".join(b.text + "\n" for b in blocks)


def visual(text: str) -> str:
    """Shape Arabic-script letters and reorder each line for display in a terminal that
    has no bidi support. Output for eyes only: it is reversed and uses presentation
    forms, so it must never be saved, searched or sent to Word or Qt."""
    from arabic_reshaper import reshape
    from bidi import get_display

    return "\n".join(get_display(reshape(line), base_dir="R") for line in text.split("\n"))
