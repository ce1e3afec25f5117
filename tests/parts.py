"""Reaching the body's sections in tests: an announcement built with its sections named
as keywords, the first section of a kind, and its path («sections[2].agenda»)."""

import dataclasses

from announcer import schema
from announcer.model import Announcement, Part


def announcement(*sections: Part, **fixed) -> Announcement:
    """An announcement with just these sections, in this order, and the fixed parts given."""
    return Announcement(sections=list(sections), **fixed)


def part(kind: str, value=None) -> Part:
    """A section of kind holding value (the kind's empty value when None)."""
    return Part(**{kind: schema.at(f"sections[].{kind}").default() if value is None else value})


def index(doc: Announcement, kind: str, n: int = 0) -> int:
    """The position of the n-th section of kind."""
    return [i for i, p in enumerate(doc.sections) if p.kind == kind][n]


def first(doc: Announcement, kind: str, n: int = 0):
    """The value of the n-th section of kind: first(example, "agenda").items."""
    return getattr(doc.sections[index(doc, kind, n)], kind)


def put(doc: Announcement, kind: str, value, n: int = 0) -> None:
    """Give the n-th section of kind a new value: put(example, "documents", [])."""
    setattr(doc.sections[index(doc, kind, n)], kind, value)


def at(doc: Announcement, kind: str, n: int = 0) -> str:
    """The path of the n-th section of kind's value: «sections[2].agenda»."""
    return f"sections[{index(doc, kind, n)}].{kind}"


def every(doc: Announcement, kind: str) -> list:
    """The values of every section of kind, in order: every(example, "election")."""
    return [getattr(p, kind) for p in doc.sections if p.kind == kind]


def replaced(doc: Announcement, kind: str, value, n: int = 0) -> Announcement:
    """A copy of doc whose n-th section of kind holds value (doc is left as it was)."""
    sections = list(doc.sections)
    sections[index(doc, kind, n)] = Part(**{kind: value})
    return dataclasses.replace(doc, sections=sections)
