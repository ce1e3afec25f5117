"""The program's own settings (not the document's): language, recent files, Word font,
the default wording, what File → New from keeps.

The settings file is text anyone can edit (on Linux ~/.config/Announcer/Announcer.conf;
docs/files-and-recovery.md lists its keys). Each key is declared once, in SETTINGS,
with its default and its check: a value that fails its check reads as the default,
with a warning in the log, and is never a reason the editor cannot start. QSettings
reads its whole file as soon as it is made, and waits forever on a FIFO: a settings
file that is not a regular file of a sane size is not opened at all, and the run keeps
its settings in memory, from the defaults, writing nothing over that file.

Recent files and the last file are kept as absolute paths: a path as typed on the
command line means nothing once the editor is started from another folder."""

import copy
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from .. import draft, schema
from ..dates import Calendar
from ..atomic import read_limited
from ..model import Letterhead
from ..newfrom import KEEPABLE, KEPT_AT_FIRST
from ..problems import DraftError
from ..render.stylesheet import DocumentStyle, checked_font, checked_size
from .zoom import Zoom
from .zoom import read as _zoom

log = logging.getLogger(__name__)
MAX_RECENT = 8
LANGUAGES = {"fa": "فارسی", "en": "English"}
MAX_BYTES = 2**21  # a settings file is a few KB; its longest values, the letterhead and the wording, up to 700 and 250 KB
_LONGEST_PATH = 4096  # Linux's PATH_MAX
_SHOWN = 80  # characters of a refused value that the log shows


@dataclass(frozen=True)
class Setting:
    """A key of the settings file: what it reads as when missing or refused, and the
    check that turns what QSettings read into the value the program uses (TypeError or
    ValueError when it cannot)."""

    key: str
    default: object
    check: Callable[[object], object]


def _text(value) -> str:
    if not isinstance(value, str):
        raise TypeError(f"not text but {type(value).__name__}")
    return value


def _texts(value) -> list[str]:
    """QSettings writes a list of one as the one, and reads "" for a list of one empty text."""
    value = [] if value == "" else [value] if isinstance(value, str) else value
    if not isinstance(value, list):
        raise TypeError(f"not a list but {type(value).__name__}")
    return [_text(v) for v in value]


def _language(value) -> str:
    if _text(value) not in LANGUAGES:
        raise ValueError(f"not one of {', '.join(LANGUAGES)}")
    return value


def _path(value) -> str:
    if not os.path.isabs(_text(value)) or "\0" in value or len(value) > _LONGEST_PATH:
        raise ValueError("not an absolute path")
    return value


def _recent(value) -> tuple[str, ...]:
    return tuple(_path(p) for p in _texts(value))[:MAX_RECENT]


def _last_file(value) -> Path | None:
    return Path(_path(value)) if value != "" else None


def _size(value) -> float:
    if isinstance(value, str):  # what the file holds; a float only as this run wrote it
        if len(value) > 40:
            raise ValueError("not a number")
        value = float(value)
    return checked_size(value)


# The longest wording this program writes: every phrase at its longest, each character
# at its longest in JSON (a lone surrogate: «\ud800»), a line of indented JSON each.
_LONGEST_WORDING = sum(6 * f.characters + len(f.key) + 16 for f in schema.at("phrases").fields) + 200


def _wording(value) -> dict[str, str]:
    if _text(value) == "":
        return {}
    if len(value) > _LONGEST_WORDING:
        raise ValueError("longer than any wording")
    try:
        return draft.wording_loads(value)
    except DraftError as e:
        raise ValueError(str(e)) from None


def _letterhead(value) -> Letterhead:
    if _text(value) == "":
        return Letterhead()
    try:
        return draft.letterhead_loads(value)
    except DraftError as e:
        raise ValueError(str(e)) from None


def _flag(value) -> bool:
    """A switch: a bool as this run wrote it, «true» or «false» as the file holds it."""
    if isinstance(value, bool):
        return value
    if _text(value).lower() not in ("true", "false"):
        raise ValueError("neither true nor false")
    return value.lower() == "true"


def _keep(value) -> frozenset[str]:
    parts = {p for p in _texts(value) if p}  # [""]: none kept (an empty list reads back as nothing)
    if unknown := parts - set(KEEPABLE):
        raise ValueError(f"no part is called {', '.join(sorted(unknown))}")
    return frozenset(parts)


SETTINGS = {s.key: s for s in (
    Setting("language", "fa", _language),
    Setting("recent", (), _recent),
    Setting("last_file", None, _last_file),
    Setting("docx/font", DocumentStyle.font, checked_font),
    Setting("docx/size", DocumentStyle.size, _size),
    Setting("wording/default", {}, _wording),
    Setting("letterhead/default", Letterhead(), _letterhead),
    Setting("new_from/keep", frozenset(KEPT_AT_FIRST), _keep),
    Setting("new_from/window", False, _flag),
    Setting("spelling/on", True, _flag),
    Setting("preview/zoom", Zoom(), _zoom),
    Setting("new_draft/calendar", Calendar.GREGORIAN, Calendar),
)}


def settings_path() -> Path:
    """Where QSettings() keeps the settings on Linux (and the BSDs), found without making
    one: QSettings reads its file as soon as it is made."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(folder) / QCoreApplication.organizationName() / f"{QCoreApplication.applicationName()}.conf"


class _InMemory:
    """The QSettings calls the program makes, on a dict: the settings of a run whose
    settings file was refused, shared by every reader of the run."""

    def __init__(self):
        self.values = {}

    def value(self, key, default=None):
        return self.values.get(key, default)

    def setValue(self, key, value):  # QSettings' name
        self.values[key] = value

    def remove(self, key):
        self.values.pop(key, None)

    def clear(self):
        self.values.clear()

    def sync(self):
        pass


_in_memory = _InMemory()
_refused: set[tuple[Path, str | None]] = set()  # each refused file and reason, said once a run


def _open_store():
    """QSettings on the settings file if it is a regular file of a sane size, else the memory of this run."""
    if sys.platform in ("win32", "darwin"):
        return QSettings()  # the registry, or macOS's preferences: no file that QSettings parses itself
    path = settings_path()
    try:
        read_limited(path, MAX_BYTES)  # a FIFO is refused, not waited on; a device or a huge file is not read
    except FileNotFoundError:
        pass  # no settings yet: QSettings makes the file at the first change
    except OSError as e:
        if (path, e.strerror) not in _refused:
            _refused.add((path, e.strerror))
            log.warning("the settings file %s cannot be used (%s): this run keeps its settings in memory, "
                        "from the defaults, and writes nothing there", path, e.strerror or e)
        return _in_memory
    return QSettings(str(path), QSettings.Format.IniFormat)  # the file QSettings() names, without its fallbacks


def shown(value) -> str:
    """A refused value as the log shows it: its repr, cut short."""
    text = repr(value[:_SHOWN] if isinstance(value, (str, list)) else value)
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


class AppSettings:
    def __init__(self):
        self.store = _open_store()
        self._warned: set[tuple[str, str]] = set()  # the status bar reads the language at every key

    def read(self, key: str):
        """The key's value as its check makes it, or its default when missing or refused."""
        setting = SETTINGS[key]
        value = self.store.value(key)
        if value is None:
            return setting.default
        try:
            return setting.check(value)
        except (TypeError, ValueError, OverflowError) as e:
            if (key, text := shown(value)) not in self._warned:
                self._warned.add((key, text))
                log.warning("the setting «%s» = %s is refused (%s): read as %r", key, text, str(e)[:_SHOWN],
                            setting.default)
            return setting.default

    def write(self, key: str, value) -> None:
        SETTINGS[key].check(value)  # what this program writes, it reads back
        self.store.setValue(key, value)

    @property
    def language(self) -> str:
        return self.read("language")

    @language.setter
    def language(self, value: str):
        self.write("language", value)

    @property
    def recent(self) -> list[str]:
        return list(self.read("recent"))

    def remember(self, path: Path):
        """A draft just opened or saved: first of the recent files, and the one to reopen."""
        path = os.path.abspath(path)
        items = [path] + [p for p in self.recent if p != path]
        self.write("recent", items[:MAX_RECENT])
        self.write("last_file", path)

    def forget(self, path: str):
        """A recent file that is gone, taken off the list on the user's word."""
        self.write("recent", [p for p in self.recent if p != path])

    @property
    def last_file(self) -> Path | None:
        return self.read("last_file")

    @property
    def document_style(self) -> DocumentStyle:
        return DocumentStyle(font=self.read("docx/font"), size=self.read("docx/size"))

    @document_style.setter
    def document_style(self, style: DocumentStyle):
        self.write("docx/font", style.font)
        self.write("docx/size", style.size)

    @property
    def wording(self) -> dict[str, str]:
        """The user's wording for new drafts (Wording → Keep as my default), or none."""
        return dict(self.read("wording/default"))

    @wording.setter
    def wording(self, phrases: dict[str, str]):
        self.write("wording/default", draft.wording_dumps(phrases))

    @property
    def letterhead(self) -> Letterhead:
        """The user's letterhead for new drafts (the Letterhead form's «Keep as my default»)."""
        return copy.deepcopy(self.read("letterhead/default"))

    @letterhead.setter
    def letterhead(self, letterhead: Letterhead):
        self.write("letterhead/default", draft.letterhead_dumps(letterhead))

    @property
    def new_from_keep(self) -> set[str]:
        """The parts of an announcement File → New from keeps, as last chosen."""
        return set(self.read("new_from/keep"))

    @new_from_keep.setter
    def new_from_keep(self, parts: set[str]):
        self.write("new_from/keep", sorted(parts) or [""])  # an empty list reads back as none

    @property
    def calendar(self) -> Calendar:
        """The calendar new drafts start with (Preferences)."""
        return self.read("new_draft/calendar")

    @calendar.setter
    def calendar(self, calendar: Calendar):
        self.write("new_draft/calendar", calendar.value)

    def new_announcement(self):
        """An empty announcement as this user starts one: their wording, calendar and letterhead."""
        from ..model import Announcement, DocumentSettings

        return Announcement(phrases=self.wording, settings=DocumentSettings(calendar=self.calendar), letterhead=self.letterhead)

    @property
    def zoom(self) -> Zoom:
        """The preview's zoom, as last chosen."""
        return self.read("preview/zoom")

    @zoom.setter
    def zoom(self, zoom: Zoom):
        self.write("preview/zoom", zoom.text())

    @property
    def new_from_window(self) -> bool:
        """Whether File → New from opens a new window, as last chosen."""
        return self.read("new_from/window")

    @new_from_window.setter
    def new_from_window(self, value: bool):
        self.write("new_from/window", value)

    @property
    def spelling_on(self) -> bool:
        """Whether the spell check marks words as they are typed (Edit menu), as last chosen."""
        return self.read("spelling/on")

    @spelling_on.setter
    def spelling_on(self, on: bool):
        self.write("spelling/on", on)

    @staticmethod
    def recovery_folder() -> Path:
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"
