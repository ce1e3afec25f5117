"""Paragraphs the secretary rewrote by hand (`Announcement.rewritten`): where each stands
on the page, and whether the page still says what it was written over.

A rewrite names its paragraph as the composer's blocks do, by source and position
(«sections[3].agenda», the first of that source's paragraphs), and keeps the text the
composer wrote when it was rewritten. The page shows the secretary's text in its place.
When the composer now writes something else there (a field that fed the paragraph was
edited) the rewrite is stale, and when it writes nothing there any more it is orphaned:
either way it is kept, marked and named by `check`, and the secretary chooses (the
window shows both texts side by side). Nothing here composes: the composer calls
`apply`, and the checks call `problems` with the blocks it composed."""

from collections.abc import Iterable

from .blocks import Block
from .model import Part, Rewrite
from .problems import Problem


Key = tuple[str, int]  # a paragraph as a rewrite names it: its source and its place among that source's


def fold(text: str) -> str:
    """White space folded, as the page shows a paragraph."""
    return " ".join(text.split())


def keys(blocks: Iterable[Block]) -> list[Key]:
    """Each block's key, (source, n): the n-th block of its source, from 0."""
    found: list[Key] = []
    seen: dict[str, int] = {}
    for block in blocks:
        n = seen.get(block.source, 0)
        seen[block.source] = n + 1
        found.append((block.source, n))
    return found


def first(rewritten: list[Rewrite]) -> dict[Key, int]:
    """Each paragraph rewritten, and the first rewrite of it: the one the page shows (a
    second is a problem)."""
    found: dict[Key, int] = {}
    for i, r in enumerate(rewritten):
        found.setdefault((r.at, r.n), i)
    return found


def page_keys(composed: list[Block], rewritten: list[Rewrite]) -> list[Key]:
    """The key of each paragraph of the page that apply makes of composed: all but those
    rewritten to nothing."""
    gone = {key for key, i in first(rewritten).items() if not fold(rewritten[i].text)}
    return [key for key in keys(composed) if key not in gone]


def is_stale(rewrite: Rewrite, now: str | None) -> bool:
    """Whether rewrite was written over a text other than now, what the composer writes
    there now (None: nothing)."""
    return now is None or now != fold(rewrite.composed)


def apply(blocks: list[Block], rewritten: list[Rewrite]) -> list[Block]:
    """The page: the composed blocks with the rewritten paragraphs' texts in their place,
    each marked with its rewrite's index and whether it is stale. A paragraph rewritten to
    nothing is left out."""
    if not rewritten:
        return blocks
    index = first(rewritten)
    page = []
    for key, block in zip(keys(blocks), blocks):
        i = index.get(key)
        if i is None:
            page.append(block)
            continue
        r = rewritten[i]
        text = fold(r.text)
        if text:
            page.append(Block(block.kind, text, block.source, rewrite=i, stale=is_stale(r, block.text)))
    return page


def composed_at(blocks: list[Block], rewrite: Rewrite) -> str | None:
    """What the composer writes now where rewrite stands; None when it writes nothing there."""
    for key, block in zip(keys(blocks), blocks):
        if key == (rewrite.at, rewrite.n):
            return block.text
    return None


def problems(rewritten: list[Rewrite], composed: list[Block]) -> list[Problem]:
    """Each rewrite whose paragraph the composer now writes otherwise, or no longer
    writes, or that rewrites a paragraph another rewrite already did."""
    found = []
    now = {key: block.text for key, block in zip(keys(composed), composed)}
    shown = first(rewritten)
    for i, r in enumerate(rewritten):
        path = f"rewritten[{i}]"
        if shown[(r.at, r.n)] != i:
            found.append(Problem(path, "این بند پیش‌تر بازنویسی شده است؛ این بازنویسی به کار نمی‌آید",
                                 "this paragraph is rewritten already; this rewrite is not used"))
        elif (r.at, r.n) not in now:
            found.append(Problem(path, "بندی که بازنویسی شده بود دیگر در اطلاعیه نیست؛ متن شما نگه داشته شده ولی "
                                 "نمایش داده نمی‌شود",
                                 "the paragraph it rewrote is no longer in the announcement; your text is kept "
                                 "but not shown"))
        elif is_stale(r, now[(r.at, r.n)]):
            found.append(Problem(path, "فیلدهای این بند پس از بازنویسی تغییر کرده‌اند؛ متن ساخته‌شده را با متن "
                                 "خود مقایسه کنید و یکی را برگزینید",
                                 "the fields of this paragraph changed after it was rewritten; compare the "
                                 "composed text with yours and choose"))
    return found


def follow(rewritten: list[Rewrite], old: list[Part], new: list[Part]) -> list[Rewrite]:
    """The rewrites after the body's sections went from old to new (one added, removed or
    moved; the same Part objects where they were kept): each keeps to its section, and
    those of a section removed are dropped (undo brings them back with it)."""
    where = {id(part): i for i, part in enumerate(new)}
    moved = {f"sections[{i}]": where[id(part)] for i, part in enumerate(old) if id(part) in where}
    kept = []
    for r in rewritten:
        head, dot, rest = r.at.partition(".")
        if not head.startswith("sections["):
            kept.append(r)
        elif head in moved:
            kept.append(Rewrite(f"sections[{moved[head]}]{dot}{rest}", r.n, r.composed, r.text))
    return kept
