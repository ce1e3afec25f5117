"""Names remembered: every name, role, body and city typed in a draft the program has
opened or saved, offered again as the user types one, the most used and most recent first.

The index is a small JSON file in the application's data folder holding, for each draft,
when it was last opened or saved and the names it held: a draft saved again replaces its
own entry, so how often a name is used counts drafts, not saves. Only text the user
typed is kept. A missing or unreadable index is rebuilt from the drafts the caller
knows of (the recent files), and that is logged."""

import json
import logging
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import draft, schema
from .atomic import read_limited, write_atomically
from .model import Announcement
from .persian.tidy import search_key
from .problems import DraftError

log = logging.getLogger(__name__)

FORMAT = "announcer-names"
MAX_BYTES = 64 * 2**20  # far beyond thousands of drafts; a larger file is not ours

# The kind of name each field holds: a speaker typed once is offered in every name field.
KINDS = {
    "session.guests[].name": "name", "reports.items[].speaker": "name",
    "elections[].people[].name": "name", "elections[].alternates[].name": "name",
    "session.guests[].role": "role", "elections[].people[].role": "role", "elections[].member_role": "role",
    "title.body": "body", "title.organisation": "body", "title.short_name": "body",
    "elections[].body": "body", "elections[].full_name": "body", "resolutions[].body": "body",
    "session.city": "city",
}


def kind_of(path: str) -> str | None:
    """The kind of name the field at path holds («name», «role», «body», «city»), or None."""
    return KINDS.get(schema.pattern(path))


def names_in(doc: Announcement) -> dict[str, list[str]]:
    """The names a draft holds, by kind, each once, white space folded."""
    found: dict[str, dict[str, None]] = {}
    for path, text in schema.texts(doc):
        kind = kind_of(path)
        text = " ".join(text.split())
        if kind and text:
            found.setdefault(kind, {})[text] = None
    return {kind: list(texts) for kind, texts in found.items()}


@dataclass
class _Entry:
    text: str  # as last typed
    key: str  # search_key(text)
    words: tuple[str, ...]  # the key's words, each a place a match may start
    drafts: int  # how many drafts hold it
    last: float  # when the latest of them was opened or saved


class NameIndex:
    """The names of every draft recorded, ranked for completion."""

    def __init__(self, path: Path, known: Iterable[str] = ()):
        self.path = Path(path)
        self.drafts: dict[str, dict] = {}  # absolute draft path → {"time": t, "names": {kind: [text]}}
        self._ranked: dict[str, list[_Entry]] = {}
        if not self._read():
            self._rebuild(known)

    def _read(self) -> bool:
        try:
            data = json.loads(read_limited(self.path, MAX_BYTES).decode("utf-8"))
            if data.get("format") != FORMAT or not isinstance(data.get("drafts"), dict):
                raise ValueError("not a names index")
            self.drafts = {p: _checked(entry) for p, entry in data["drafts"].items()}
        except FileNotFoundError:
            log.info("no names index at %s; building one", self.path)
            return False
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as e:  # JSONDecodeError, UnicodeError: ValueErrors
            log.warning("the names index %s cannot be read (%s); rebuilding it", self.path, e)
            return False
        self._rank()
        return True

    def _rebuild(self, known: Iterable[str]):
        self.drafts = {}
        for path in known:
            try:
                self._put(path, draft.load(path), os.path.getmtime(path))
            except (DraftError, OSError) as e:
                log.info("left %s out of the names index: %s", path, e)
        self._rank()
        self._write()

    def _put(self, path, doc: Announcement, when: float):
        self.drafts[os.path.abspath(path)] = {"time": when, "names": names_in(doc)}

    def record(self, path, doc: Announcement, when: float | None = None):
        """A draft just opened or saved: its names replace those it had, and are the most recent."""
        self._read()  # another window may have written since: keep what it added
        self._put(path, doc, time.time() if when is None else when)
        self._rank()
        self._write()

    def clear(self):
        """Forget every name (Preferences → Clear remembered names)."""
        self.drafts = {}
        self._rank()
        self._write()

    def _write(self):
        data = {"format": FORMAT, "version": 1, "drafts": self.drafts}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8", "backslashreplace"))
        except OSError as e:  # completion still works from memory; the next save tries again
            log.warning("could not write the names index %s: %s", self.path, e)

    def _rank(self):
        entries: dict[str, dict[str, _Entry]] = {}
        for record in self.drafts.values():
            for kind, texts in record["names"].items():
                for text in texts:
                    key = search_key(text)
                    entry = entries.setdefault(kind, {}).get(key)
                    if entry is None:
                        entries[kind][key] = _Entry(text, key, tuple(key.split()), 1, record["time"])
                    else:
                        entry.drafts += 1
                        if record["time"] >= entry.last:
                            entry.text, entry.last = text, record["time"]
        self._ranked = {kind: sorted(by_key.values(), key=lambda e: (-e.drafts, -e.last))
                        for kind, by_key in entries.items()}

    def complete(self, kind: str, typed: str, limit: int = 10) -> list[str]:
        """Names of a kind that the typed text begins, or begins a word of, ranked."""
        query = search_key(typed)
        if not query:
            return []
        found = []
        for entry in self._ranked.get(kind, ()):
            if entry.key != query and (entry.key.startswith(query) or any(w.startswith(query) for w in entry.words)):
                found.append(entry.text)
                if len(found) == limit:
                    break
        return found


def _checked(entry) -> dict:
    """One draft's entry of the index file, or TypeError/ValueError if it is not one."""
    when, names = entry["time"], entry["names"]
    if not isinstance(when, (int, float)) or not isinstance(names, dict):
        raise ValueError("a draft's entry is malformed")
    if not all(isinstance(k, str) and isinstance(v, list) and all(isinstance(t, str) for t in v) for k, v in names.items()):
        raise ValueError("a draft's names are malformed")
    return entry
