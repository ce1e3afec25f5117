"""A walk through every value of a draft, kept part by part: after an edit only the part
it changed (a fixed part of the model, or one section) is walked again. The checks after
a pause (validate.Walked) and the spell check's texts and names (spellcheck.Texts) read
the draft so at every pause in typing, where a whole walk took 60–150 ms at 200× the
example."""

from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from . import schema
from .model import Announcement

T = TypeVar("T")
Walk = Iterable[tuple[str, schema.Field, Any]]  # what schema.walk yields
_FIELDS = [f.key for f in schema.root().fields]


class PartWalks(Generic[T]):
    """what(walk) for each part of a draft, in the order of schema.walk(doc): the draft's
    own value first, then each fixed part, the sections' list before its sections."""

    def __init__(self, what: Callable[[Walk], T]):
        self.what = what
        self.parts: dict[str | int, T] = {}  # by key, or section index
        self.changed: set[str] | None = None  # the paths edited since the last walk; None: all

    def edited(self, path: str) -> None:
        if self.changed is not None:
            self.changed.add(path)

    def replaced(self) -> None:
        self.changed = None

    def walked(self, doc: Announcement) -> list[T]:
        """what() of each part, walking again only what changed since the last call."""
        self._forget(len(doc.sections))
        self.changed = set()
        sections = schema.at("sections")
        found = [self.what([("", schema.root(), doc)])]
        for key in _FIELDS:
            if key == "sections":
                found.append(self.what([("sections", sections, doc.sections)]))
                for i, part in enumerate(doc.sections):
                    if i not in self.parts:
                        self.parts[i] = self.what(schema.walk(part, sections.item, f"sections[{i}]"))
                    found.append(self.parts[i])
                continue
            if key not in self.parts:
                self.parts[key] = self.what(schema.walk(getattr(doc, key), schema.at(key), key))
            found.append(self.parts[key])
        return found

    def _forget(self, sections: int) -> None:
        """Drop the walks of the parts the edits changed: a section's, or all of them when
        the sections were added, moved or removed (their paths hold their places)."""
        if self.changed is None or "sections" in self.changed:
            self.parts = {} if self.changed is None else {k: v for k, v in self.parts.items() if isinstance(k, str)}
        for path in self.changed or ():
            top = path.split(".")[0]
            self.parts.pop(top.split("[")[0] if not top.startswith("sections[") else int(top[9:top.index("]")]), None)
        self.parts = {k: v for k, v in self.parts.items() if not isinstance(k, int) or k < sections}
