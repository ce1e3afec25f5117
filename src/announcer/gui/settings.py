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

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QDialog

from .. import draft, schema
from ..dates import Calendar
from ..atomic import read_limited
from ..model import Letterhead
from ..newfrom import KEEPABLE, KEPT_AT_FIRST
from ..problems import DraftError
from ..render.stylesheet import LARGEST_SIZE, SMALLEST_SIZE, DocumentStyle, checked_font, checked_size
from .uiload import load_ui
from .zoom import Zoom
from .zoom import read as _zoom

log = logging.getLogger(__name__)
MAX_RECENT = 8
LANGUAGES = {"fa": "فارسی", "en": "English"}
NOTE_AFTER_MS = 300  # a pause in typing a font family before the dialog says whether it travels
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


def _shown(value) -> str:
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
            if (key, shown := _shown(value)) not in self._warned:
                self._warned.add((key, shown))
                log.warning("the setting «%s» = %s is refused (%s): read as %r", key, shown, str(e)[:_SHOWN],
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
        from ..model import Announcement, Settings

        return Announcement(phrases=self.wording, settings=Settings(calendar=self.calendar), letterhead=self.letterhead)

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

    @staticmethod
    def recovery_folder() -> Path:
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"


def edit_settings(parent, settings: AppSettings) -> bool:
    """Show the preferences dialog; return True when the language changed.

    The boxes are named «…Box»: a child named «font» or «size» would be hidden behind
    QWidget.font() and QWidget.size() when reached as an attribute of the dialog."""
    dialog = load_ui("settings_dialog.ui", parent)
    for code, name in LANGUAGES.items():
        dialog.languageBox.addItem(name, code)
    dialog.languageBox.setCurrentIndex(dialog.languageBox.findData(settings.language))
    style = settings.document_style
    # As typed, not the nearest installed family: the Word file names its font for the
    # reader's machine, which may have fonts this one lacks (Times New Roman on Linux).
    dialog.fontBox.setEditText(style.font)
    _say_if_the_font_travels(dialog.fontNote, style.font)
    # Asked once typing pauses: each answer runs fc-match, and a family typed letter by
    # letter («T», «Ti», …) would run it at every key.
    pause = QTimer(dialog, singleShot=True, interval=NOTE_AFTER_MS)
    pause.timeout.connect(lambda: _say_if_the_font_travels(dialog.fontNote, dialog.fontBox.currentText()))
    dialog.fontBox.currentTextChanged.connect(pause.start)
    dialog.sizeBox.setRange(SMALLEST_SIZE, LARGEST_SIZE)  # the sizes DocumentStyle takes, as --size does
    dialog.sizeBox.setValue(style.size)
    for calendar, name in _calendar_names().items():
        dialog.calendarBox.addItem(name, calendar.value)
    dialog.calendarBox.setCurrentIndex(dialog.calendarBox.findData(settings.calendar.value))
    dialog.clearNamesButton.clicked.connect(lambda: _clear_names(dialog))
    dialog.clearWordsButton.clicked.connect(lambda: _clear_words(dialog))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    # Left connected, the lambda (which holds the dialog) crashed PySide 6 when the window
    # later deleted the dialog with itself.
    dialog.clearNamesButton.clicked.disconnect()
    dialog.clearWordsButton.clicked.disconnect()
    dialog.fontBox.currentTextChanged.disconnect()
    pause.stop()
    pause.timeout.disconnect()
    if not accepted:
        return False
    settings.document_style = DocumentStyle(font=_typed_font(dialog.fontBox.currentText(), style.font),
                                            size=dialog.sizeBox.value())
    settings.calendar = Calendar(dialog.calendarBox.currentData())
    changed = dialog.languageBox.currentData() != settings.language
    settings.language = dialog.languageBox.currentData()
    return changed


def _calendar_names() -> dict:
    """The calendars as the form's own choice names them."""
    from .binder import enum_labels

    return {calendar: name for calendar, name in enum_labels().items() if isinstance(calendar, Calendar)}


def _typed_font(typed: str, before: str) -> str:
    """The family typed in the dialog; the one before if none was typed, or one no font has (pasted «U+200F»)."""
    if not typed.strip():
        return before
    try:
        return checked_font(typed)
    except ValueError as e:
        log.warning("kept the font %r: the one typed in Preferences, %s, is refused (%s)", before, _shown(typed), e)
        return before


def _say_if_the_font_travels(note, family: str) -> None:
    """Whether the Word file will carry the font (render/fontembed.py), or its readers need it."""
    from ..render.fontembed import travels

    note.setText(QCoreApplication.translate("Preferences", "Carried in the Word file: its readers need not have it.")
                 if travels(family.strip()) else
                 QCoreApplication.translate("Preferences", "Not carried in the Word file (its licence forbids it, or its files "
                                                           "are not found here): its readers need it installed."))
    note.window().adjustSize()  # a longer note wraps to more lines: the dialog grows to show them


def _clear_names(dialog):
    """Forget the names completion offers, at once (not undone by Cancel: it says so)."""
    from .completion import forget_all

    forget_all()
    dialog.clearNamesButton.setEnabled(False)
    dialog.clearNamesButton.setText(QCoreApplication.translate("SettingsDialog", "Cleared"))


def _clear_words(dialog):
    """Empty the spell check's word list, at once (not undone by Cancel, as for names);
    the window's spell check reads it again."""
    from .. import wordlist
    from .spelling import word_list_path

    try:
        wordlist.clear(word_list_path())
    except OSError as e:
        log.warning("the word list %s was not cleared: %s", word_list_path(), e)
        dialog.clearWordsButton.setText(QCoreApplication.translate("SettingsDialog", "Not cleared: see the log"))
        return
    dialog.clearWordsButton.setEnabled(False)
    dialog.clearWordsButton.setText(QCoreApplication.translate("SettingsDialog", "Cleared"))
    spelling = getattr(dialog.parent(), "spelling", None)
    if spelling is not None:
        spelling.renew()
