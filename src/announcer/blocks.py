"""Document blocks: what the composer produces and every renderer draws.

A block's text is final (numbers already in the document's digits, items already
numbered), so the preview, the Word file and the plain text cannot disagree."""

from dataclasses import dataclass
from enum import Enum

from .images import Picture


class Kind(str, Enum):
    IMAGE = "image"  # the letterhead's image: a block with no text and its picture
    LETTERHEAD = "letterhead"  # a line of the letterhead, under its image
    HEADER = "header"  # «انترناسیونال ۲۲۳»
    TITLE = "title"
    PARAGRAPH = "paragraph"
    ITEM = "item"  # a numbered line, when the agenda is laid out as a list
    SIGNATURE = "signature"  # a line of the signature, placed as typed


@dataclass(frozen=True)
class Block:
    """One paragraph of the composed announcement, and the model part it comes from."""

    kind: Kind
    text: str
    source: str  # the model field that produced it («session», «sections[6].election»), for the form
    rewrite: int | None = None  # the index of the rewrite (Announcement.rewritten) whose text it shows
    stale: bool = False  # that rewrite was written over a text the composer no longer writes
    picture: Picture | None = None  # an IMAGE block's image


def texts(blocks: list[Block]) -> list[Block]:
    """The blocks that hold text: what a text file, the clipboard's text and a terminal
    show (not the letterhead's image)."""
    return [b for b in blocks if b.picture is None]
