"""Names remembered: every name, role, body and city typed in a draft the program has
opened or saved, offered again as the user types one, the most used and most recent first.

The index is a small JSON file in the application's data folder holding, for each draft,
when it was last opened or saved and the names it held: a draft saved again replaces its
own entry, so how often a name is used counts drafts, not saves. Only text the user
typed is kept. A missing or unreadable index (whatever its content: not JSON, nested too
deeply, of the wrong shape or types) is rebuilt from the drafts the caller knows of (the
recent files), and that is logged.

Whatever the file holds, reading and completing are bounded: the file is read up to
MAX_BYTES, the index keeps the MAX_DRAFTS most recent drafts with at most MAX_NAMES names
of at most MAX_CHARS characters each, the file is read again only when another window
wrote it, and a keystroke looks names up in a sorted table instead of walking them all."""

import functools
import heapq
import json
import logging
import math
import os
import time
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from . import draft, schema
from .atomic import read_limited, write_atomically
from .model import Announcement
from .persian.tidy import search_key
from .problems import DraftError
from .sections import SECTIONS

log = logging.getLogger(__name__)

FORMAT = "announcer-names"
MAX_DRAFTS = 1_000  # the most recently opened or saved are kept
MAX_NAMES = 100  # of a draft: the example holds 15, a long election list some 60
MAX_CHARS = 200  # a longer text is not a name, a role, a body nor a city
MAX_OFFERED = 20_000  # of a kind, the best: 1,000 drafts of 15 names (the example's), all different
# The example's names take 0.5 KB of the index, a draft with a long election list 4 KB:
# 1,000 such drafts fill 4 MB (read in some 40 ms). A larger file is not ours, and what
# is written is kept below it by leaving out the oldest drafts.
MAX_BYTES = 4 * 2**20

# The kind of name each field holds (each section's own, in sections.py): a speaker
# typed once is offered in every name field.
KINDS = {pattern: kind for section in SECTIONS for pattern, kind in section.names.items()}


def kind_of(path: str) -> str | None:
    """The kind of name the field at path holds («name», «role», «body», «city»), or None."""
    return KINDS.get(schema.pattern(path))


def names_in(doc: Announcement) -> dict[str, list[str]]:
    """The names a draft holds, by kind, each once, white space folded. Only the parts of
    the model that can hold a name are walked, by their fields' patterns: at 200× the
    example, walking every text with its path took 49 ms after each save."""
    found: dict[str, dict[str, None]] = {}
    _collect(doc, schema.root(), found)
    return {kind: list(texts) for kind, texts in found.items()}


def _collect(value, field: schema.Field, found: dict[str, dict[str, None]]) -> None:
    if value is None or not _holds_names(field.pattern):
        return
    if (kind := KINDS.get(field.pattern)) is not None:
        if field.type is str and not field.kept and (text := " ".join(value.split())):
            found.setdefault(kind, {})[text] = None
    elif field.item is not None:  # a list
        for item in value:
            _collect(item, field.item, found)
    elif field.is_record:
        for part in field.fields:
            _collect(getattr(value, part.key), part, found)


@functools.cache
def _holds_names(pattern: str) -> bool:
    """Whether the field of pattern is a name field or holds one."""
    return any(named == pattern or named.startswith((pattern + ".", pattern + "[")) or not pattern
               for named in KINDS)


@dataclass
class _Entry:
    text: str  # as last typed
    key: str  # search_key(text)
    drafts: int  # how many drafts hold it
    last: float  # when the latest of them was opened or saved


class NameIndex:
    """The names of every draft recorded, ranked for completion."""

    def __init__(self, path: Path, known: Iterable[str] = ()):
        self.path = Path(path)
        self.drafts: dict[str, dict] = {}  # absolute draft path → {"time": t, "names": {kind: [text]}}
        self._stamp: tuple | None = None  # the file as last read or written: read again only once it changed
        self._kinds: dict[str, _Ranked] = {}  # ranked at a kind's first completion after a change
        self._keys: dict[str, str] = {}  # each text's search key, computed once (the bulk of ranking)
        if not self._read():
            self._rebuild(known)

    def _read(self) -> bool:
        """Take the file's drafts unless it is unchanged since last read or written; False
        when it is missing or cannot be read (logged), and the drafts are left as they were."""
        try:
            stamp = _stamp_of(self.path)
            if stamp == self._stamp:
                return True
            drafts = _checked_index(json.loads(read_limited(self.path, MAX_BYTES).decode("utf-8")))
        except FileNotFoundError:
            log.info("no names index at %s; building one", self.path)
            return False
        # JSONDecodeError and UnicodeError are ValueErrors; RecursionError: JSON nested too deeply.
        except (OSError, ValueError, TypeError, RecursionError) as e:
            log.warning("the names index %s cannot be read (%s); rebuilding it", self.path, e)
            return False
        self.drafts, self._stamp = _recent(drafts), stamp
        self._changed()
        return True

    def _rebuild(self, known: Iterable[str]):
        self.drafts = {}
        for path in known:
            try:
                self._put(path, draft.load(path), os.path.getmtime(path))
            except (DraftError, OSError) as e:
                log.info("left %s out of the names index: %s", path, e)
        self._changed()
        self._write()

    def _put(self, path, doc: "Announcement | dict[str, list[str]]", when: float):
        names = names_in(doc) if isinstance(doc, Announcement) else doc
        self.drafts[os.path.abspath(path)] = {"time": when, "names": _bounded(names)}
        self.drafts = _recent(self.drafts)

    def record(self, path, doc: "Announcement | dict[str, list[str]]", when: float | None = None):
        """A draft just opened or saved (its model, or the names names_in read in it): its
        names replace those it had, and are the most recent."""
        self._read()  # another window may have written since: keep what it added
        self._put(path, doc, time.time() if when is None else when)
        self._changed()
        self._write()

    def clear(self):
        """Forget every name (Preferences → Clear remembered names)."""
        self.drafts = {}
        self._changed()
        self._write()

    def _write(self):
        """The newest drafts first, as many as MAX_BYTES holds: 1,000 drafts of the
        example's size take 0.5 MB, so only drafts full of long names leave the oldest out."""
        parts: list[bytes] = []
        size = 100  # the envelope
        newest = sorted(self.drafts.items(), key=lambda item: item[1]["time"], reverse=True)
        for n, (path, entry) in enumerate(newest):
            text = f"{json.dumps(path, ensure_ascii=False)}: {json.dumps(entry, ensure_ascii=False)}"
            part = text.encode("utf-8", "backslashreplace")  # lone surrogates, as JSON escapes
            size += len(part) + 2
            if size > MAX_BYTES:
                log.info("the names index leaves out its %d oldest drafts to stay under %d bytes", len(newest) - n, MAX_BYTES)
                self.drafts = dict(newest[:n])
                self._changed()
                break
            parts.append(part)
        data = b'{"format": "%s", "version": 1, "drafts": {%s}}' % (FORMAT.encode(), b", ".join(parts))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, data)
            self._stamp = _stamp_of(self.path)
        except OSError as e:  # completion still works from memory; the next save tries again
            log.warning("could not write the names index %s: %s", self.path, e)

    def _changed(self):
        self._kinds.clear()
        if len(self._keys) > 2 * MAX_DRAFTS * MAX_NAMES:  # texts of drafts long gone
            self._keys.clear()

    def every(self) -> set[str]:
        """Every name remembered, of any kind: the spell check knows them all."""
        self._read()
        return {text for record in self.drafts.values() for texts in record["names"].values() for text in texts}

    def _key(self, text: str) -> str:
        key = self._keys.get(text)
        if key is None:
            key = self._keys[text] = search_key(text)
        return key

    def _ranked(self, kind: str) -> "_Ranked":
        ranked = self._kinds.get(kind)
        if ranked is None:
            entries: dict[str, _Entry] = {}
            for record in self.drafts.values():
                when = record["time"]
                for text in record["names"].get(kind, ()):
                    key = self._key(text)
                    entry = entries.get(key)
                    if entry is None:
                        entries[key] = _Entry(text, key, 1, when)
                    else:
                        entry.drafts += 1
                        if when >= entry.last:
                            entry.text, entry.last = text, when
            best = sorted(entries.values(), key=lambda e: (-e.drafts, -e.last))[:MAX_OFFERED]
            ranked = self._kinds[kind] = _Ranked(best)
        return ranked

    def complete(self, kind: str, typed: str, limit: int = 10) -> list[str]:
        """Names of a kind that the typed text begins, or begins a word of, ranked."""
        query = search_key(typed)
        if not query:
            return []
        return self._ranked(kind).complete(query, limit)


_BLOCK = 64  # places of the table (then blocks) whose best names are kept together
_BEST = 11  # best names kept of each block: a list of ten, beside the name typed in full


class _Ranked:
    """The names of one kind, best first, and a table of the places a match may start (a
    name's key and each of its words), sorted. The names a typed prefix begins are a run of
    that table; its best are found from the best of each block of 64 places, and of each 64
    blocks…, so a keystroke looks at a few thousand numbers at most, not at every name."""

    def __init__(self, entries: list[_Entry]):
        self.entries = entries
        starts, ranks = [], []
        for rank, entry in enumerate(entries):
            words = entry.key.split()
            for start in words if len(words) == 1 else (entry.key, *words):  # each a place a match may start
                starts.append(start.encode("utf-8", "surrogatepass"))  # bytes compare faster, in the same order
                ranks.append(rank)
        order = sorted(range(len(starts)), key=starts.__getitem__)
        self.starts = [starts[i] for i in order]
        self.levels: list[list] = [[ranks[i] for i in order]]  # ranks, then each block's best ranks
        while len(self.levels[-1]) > _BLOCK:
            below = self.levels[-1]
            flat = len(self.levels) == 1
            self.levels.append([_best(below[i:i + _BLOCK] if flat else chain.from_iterable(below[i:i + _BLOCK]))
                                for i in range(0, len(below), _BLOCK)])

    def complete(self, query: str, limit: int) -> list[str]:
        prefix = query.encode("utf-8", "surrogatepass")
        lo = bisect_left(self.starts, prefix)
        hi = bisect_left(self.starts, prefix[:-1] + bytes([prefix[-1] + 1]), lo)  # UTF-8 has no byte 0xff
        ranks = self._best_between(lo, hi) if limit < _BEST else sorted(set(self.levels[0][lo:hi]))
        return [self.entries[r].text for r in ranks if self.entries[r].key != query][:limit]

    def _best_between(self, lo: int, hi: int) -> list[int]:
        """The best ranks of the places lo to hi: the ends place by place (or block by
        block), the whole blocks between them from the level above."""
        found: set[int] = set()
        for level, items in enumerate(self.levels):
            up_lo, up_hi = -(-lo // _BLOCK), hi // _BLOCK
            last = level == len(self.levels) - 1 or up_lo >= up_hi
            ends = [items[lo:hi]] if last else [items[lo:up_lo * _BLOCK], items[up_hi * _BLOCK:hi]]
            for part in ends:
                found.update(part if level == 0 else chain.from_iterable(part))
            if last:
                break
            lo, hi = up_lo, up_hi
        return heapq.nsmallest(_BEST, found)


def _best(ranks) -> list[int]:
    return heapq.nsmallest(_BEST, set(ranks))


def _stamp_of(path: Path) -> tuple:
    info = os.stat(path)
    return info.st_mtime_ns, info.st_size, info.st_ino


def _checked_index(data) -> dict[str, dict]:
    """The drafts of a names index file, or ValueError saying what is wrong with it."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a names index")
    if not isinstance(data.get("drafts"), dict):
        raise ValueError("its drafts are not an object")
    return {path: _checked(entry) for path, entry in data["drafts"].items()}


def _checked(entry) -> dict:
    """One draft's entry of the index file, bounded, or ValueError if it is not one."""
    if not isinstance(entry, dict):
        raise ValueError("a draft's entry is not an object")
    when, names = entry.get("time"), entry.get("names")
    if isinstance(when, bool) or not isinstance(when, (int, float)):
        raise ValueError("a draft's time is not a number")
    try:
        when = float(when)
    except OverflowError:
        raise ValueError("a draft's time is out of range") from None
    if not math.isfinite(when):
        raise ValueError("a draft's time is out of range")
    if not isinstance(names, dict) or not all(
            isinstance(kind, str) and isinstance(texts, list) and all(isinstance(t, str) for t in texts)
            for kind, texts in names.items()):
        raise ValueError("a draft's names are not lists of texts by kind")
    return {"time": when, "names": _bounded(names)}


def _bounded(names: dict[str, list[str]]) -> dict[str, list[str]]:
    """A draft's names of the known kinds, each at most MAX_CHARS long, MAX_NAMES in all."""
    kept, room = {}, MAX_NAMES
    for kind, texts in names.items():
        if kind in _KNOWN and room:
            texts = [t for t in texts if t and len(t) <= MAX_CHARS][:room]
            if texts:
                kept[kind], room = texts, room - len(texts)
    return kept


_KNOWN = frozenset(KINDS.values())


def _recent(drafts: dict[str, dict]) -> dict[str, dict]:
    """The MAX_DRAFTS most recent drafts."""
    if len(drafts) <= MAX_DRAFTS:
        return drafts
    cut = sorted((entry["time"] for entry in drafts.values()), reverse=True)[MAX_DRAFTS - 1]
    newest = [item for item in drafts.items() if item[1]["time"] > cut]
    ties = [item for item in drafts.items() if item[1]["time"] == cut]
    return dict(newest + ties[:MAX_DRAFTS - len(newest)])
