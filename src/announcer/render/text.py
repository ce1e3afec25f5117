"""Plain text in logical order: one block per line (the compose command, optionally
shaped for dumb terminals), or paragraphs marked to stay right to left when pasted
into a messenger or a web form (the .txt export, Edit → Copy as text)."""

from ..blocks import Block, texts


def render(blocks: list[Block]) -> str:
    return "".join(b.text + "\n" for b in texts(blocks))


def visual(text: str) -> str:
    """Shape Arabic-script letters and reorder each line for display in a terminal that
    has no bidi support. Output for eyes only: it is reversed and uses presentation
    forms, so it must never be saved, searched or sent to Word or Qt."""
    from arabic_reshaper import reshape
    from bidi import get_display

    return "\n".join(get_display(reshape(line), base_dir="R") for line in text.split("\n"))


RLM = "\u200f"  # RIGHT-TO-LEFT MARK: a strong right-to-left character that shows nothing


def for_pasting(blocks: list[Block]) -> str:
    """Text for messengers and web forms: paragraphs separated by a blank line, each
    starting with RLM. Those programs take a paragraph's direction from its first strong
    character (Unicode's bidi rules P2–P3, HTML's dir="auto"), so a paragraph that opens
    with a Latin name or a digit would turn left to right; the mark is strong and right
    to left, and it changes nothing else. Not RLE…PDF: an embedding is not a strong
    character, so P2 looks past it and the paragraph still turns on its first letter."""
    return "\n\n".join(RLM + b.text for b in texts(blocks)) + "\n"


def paragraphs(text: str) -> list[str]:
    """The paragraphs of for_pasting's text, without their marks."""
    return [p.removeprefix(RLM) for p in text.rstrip("\n").split("\n\n")]
