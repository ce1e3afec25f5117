"""The draft file: the model as versioned JSON, with validation that names every bad field.

Format (see docs/draft-format.md): a UTF-8 JSON object
``{"format": "persian-announcement-draft", "version": 1, "announcement": {...}}``
whose ``announcement`` mirrors `model.Announcement` field by field. Missing fields take
their defaults; unknown fields, wrong types and out-of-range numbers are problems."""

import datetime as dt
import json
import re
import typing
from collections import Counter

from . import schema
from .atomic import read_limited, write_atomically
from .model import Announcement, Letterhead
from .paths import child
from .persian.digits import number
from .problems import FILE, DraftError, Problem, file_problem

FORMAT = "persian-announcement-draft"
VERSION = 2  # 2: the body is an ordered list of sections; 1 is read and migrated (_from_version_1)
FILE_SUFFIX = ".announcement.json"


# ---- model → JSON ---------------------------------------------------------------

def _encode(value, f: schema.Field):
    if value is None:
        return None
    if f.one_of:  # the section's one kind: {"agenda": {…}}
        return {part.key: _encode(getattr(value, part.key), part) for part in f.fields
                if getattr(value, part.key) is not None}
    if f.is_record:  # an empty mapping is left out: a draft without overrides is saved as before
        return {part.key: _encode(getattr(value, part.key), part) for part in f.fields
                if not part.is_mapping or getattr(value, part.key)}
    if f.is_mapping:  # only the keys given, in the schema's order
        return {part.key: _encode(value[part.key], part) for part in f.fields if part.key in value}
    if f.type is list:
        return [_encode(v, typing.cast(schema.Field, f.item)) for v in value]  # a list's field has its item
    if f.is_enum:
        return value.value
    if f.type is dt.date:
        return value.isoformat()
    return value


def to_dict(model: Announcement) -> dict:
    return {"format": FORMAT, "version": VERSION, "announcement": _encode(model, schema.root())}


def part_dict(value, f: schema.Field):
    """What to_dict writes for one part of a model, by its field: a fixed part, a section."""
    return _encode(value, f)


def to_json(model: Announcement) -> str:
    """The draft's text, as saved."""
    return encode(to_dict(model)).decode("utf-8")


def encode(data) -> bytes:
    """JSON as UTF-8. A lone surrogate (half of a character, from a broken paste or a
    hand-made draft) has no UTF-8 form; it is written as its JSON escape («\\ud800»),
    which reads back as the same string: the draft keeps what was typed, and the checks
    name the field (controls.py)."""
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8", "backslashreplace") + b"\n"


def save(path, model: Announcement) -> None:
    """Save atomically: the file on disk is always the whole old draft or the whole new one."""
    data = encode(to_dict(model))
    problem = too_large(data)
    if problem:  # no file is written that would not reopen
        raise DraftError([problem])
    try:
        write_atomically(path, data)
    except OSError as e:
        raise DraftError([file_problem(e, writing=True)]) from e


# ---- a wording file: the phrases alone, to share a house style ----------------

WORDING_FORMAT = "persian-announcement-wording"
WORDING_VERSION = 1  # apart from the draft's: a wording file changes only when the phrases' form does
WORDING_SUFFIX = ".wording.json"


def wording_dumps(phrases: dict[str, str]) -> str:
    """A wording file's text (docs/draft-format.md)."""
    data = {"format": WORDING_FORMAT, "version": WORDING_VERSION, "phrases": _encode(phrases, schema.at("phrases"))}
    return encode(data).decode("utf-8")


def save_wording(path, phrases: dict[str, str], keep=()) -> None:
    """Write a wording file atomically, never over a file of keep (the open draft)."""
    try:
        write_atomically(path, wording_dumps(phrases).encode("utf-8"), keep=keep)
    except OSError as e:
        raise DraftError([file_problem(e, writing=True)]) from e


def load_wording(path) -> dict[str, str]:
    """Read a wording file; DraftError naming every problem (an unknown phrase: «phrases.KEY»)."""
    try:
        raw = read_limited(path, MAX_BYTES)
    except OSError as e:
        raise DraftError([file_problem(e, writing=False)]) from None
    try:
        return wording_loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return wording_loads("")


def wording_loads(text: str) -> dict[str, str]:
    """A wording file's phrases from its text; DraftError naming every problem."""
    try:
        data = json.loads(text, object_pairs_hook=_object)
    except (ValueError, RecursionError):  # not JSON
        data = None
    if not isinstance(data, dict) or data.get("format") != WORDING_FORMAT:
        raise DraftError([Problem(FILE, "این فایل، فایل عبارت‌ها نیست", "this file is not a wording file")])
    decoder = _Decoder()
    decoder.repeated_keys(data, "")
    version = _version_problem(data.get("version"), WORDING_VERSION)
    if version:
        raise DraftError([*decoder.problems, version])
    unknown = sorted(data.keys() - {"format", "version", "phrases"})
    phrases = decoder.decode(schema.at("phrases"), data.get("phrases", {}), "phrases")
    problems = decoder.problems + [Problem(key, "فیلد ناشناخته", "unknown field") for key in unknown]
    if problems:
        raise DraftError(problems)
    return phrases


# ---- a letterhead kept as the user's house style (the settings file) ---------------

def letterhead_dumps(letterhead: Letterhead) -> str:
    """The letterhead as JSON text, as a draft writes it."""
    return json.dumps(_encode(letterhead, schema.at("letterhead")), ensure_ascii=False)


def letterhead_loads(text: str) -> Letterhead:
    """A letterhead from letterhead_dumps' text; DraftError naming every problem."""
    try:
        data = json.loads(text, object_pairs_hook=_object)
    except (ValueError, RecursionError):
        raise DraftError([Problem("letterhead", "سربرگ JSON نیست", "the letterhead is not JSON")]) from None
    decoder = _Decoder()
    decoder.repeated_keys(data, "letterhead")
    letterhead = decoder.decode(schema.at("letterhead"), data, "letterhead")
    if decoder.problems:
        raise DraftError(decoder.problems)
    return letterhead


# ---- JSON → model ----------------------------------------------------------------

MAX_BYTES = 16 * 2**20  # a real draft is some 10 KB; a larger file is refused before it is read
_LONGEST_NUMBER = 30  # digits: far beyond any limit, far below Python's 4,300-digit guard

_TYPE_NAMES = {str: ("متن", "text"), bool: ("درست یا نادرست", "true or false"),
               int: ("عدد صحیح", "a whole number"), list: ("فهرست", "a list"), dict: ("شیء", "an object")}


class _HugeNumber(str):
    """A JSON integer too long to be any field's value, kept as its digits."""


class _Object(dict):
    """A JSON object that had keys twice (the last value is kept), and which."""

    repeated: list[str]  # set by whoever makes one


def _object(pairs: list) -> dict:
    """A JSON object, as the parser hands its pairs: a dict, or an _Object where a key came
    twice. Not an _Object each: a class made with its own __init__ for each of a 200×
    draft's 4,000 objects cost the read 30 M instructions."""
    value = dict(pairs)
    if len(value) == len(pairs):
        return value
    repeated = _Object(value)
    repeated.repeated = [k for k, n in Counter(k for k, _ in pairs).items() if n > 1]
    return repeated


def too_large(data: bytes) -> Problem | None:
    """Why a draft whose saved form is data cannot be saved: past the size a load reads."""
    if len(data) <= MAX_BYTES:
        return None
    return Problem("announcement", f"پیش‌نویس بزرگ‌تر از {number(MAX_BYTES // 2**20)} مگابایت است و ذخیره نمی‌شود؛ "
                   "متن‌های بلند را کوتاه کنید",
                   f"the draft is larger than {MAX_BYTES // 2**20} MB and cannot be saved; shorten the long texts")


def _parse_int(digits: str):
    return _HugeNumber(digits) if len(digits.lstrip("-")) > _LONGEST_NUMBER else int(digits)


def _shown(value) -> str:
    """A short picture of a wrong value, for a message; never walks a nested structure."""
    if isinstance(value, _HugeNumber):
        return f"{value[:12]}… ({len(value)} digits)"
    if isinstance(value, (list, dict)):
        return "[…]" if isinstance(value, list) else "{…}"
    return json.dumps(value, ensure_ascii=False)[:40]


# Where a value is: a path, or (where its parent is, its key or index). A path is spelled
# only for a problem: a 200× draft has 18,000 values, and spelling each one's path cost
# its read some 30 M instructions.
_Where = str | tuple


def _spelled(where: _Where) -> str:
    if isinstance(where, str):
        return where
    parent, part = where
    return f"{_spelled(parent)}[{part}]" if isinstance(part, int) else child(_spelled(parent), part)


class _Decoder:
    def __init__(self):
        self.problems: list[Problem] = []

    def problem(self, where: _Where, fa: str, en: str):
        self.problems.append(Problem(_spelled(where) or "announcement", fa, en))

    def wrong_type(self, path: _Where, expected: type, value):
        fa, en = _TYPE_NAMES.get(expected, (expected.__name__, expected.__name__))
        self.problem(path, f"باید {fa} باشد، نه {_shown(value)}", f"must be {en}, not {_shown(value)}")

    def decode(self, f: schema.Field, value, path: _Where):
        """Return the decoded value, or None after recording a problem."""
        # Most values first (a 200× draft: 8,800 texts, 4,200 ticks), each with no more checks
        # than it needs; anything else, a text too long included, takes the long way.
        if f.type is str and type(value) is str and len(value) <= (f.characters or 0):
            return value
        if f.type is bool and type(value) is bool:
            return value
        if value is None and f.optional:
            return None
        if isinstance(value, _HugeNumber) and f.type is not int:  # digits, not the text a str subclass passes for
            return self.wrong_type(path, f.type, value)
        if f.type is list:
            if not isinstance(value, list):
                return self.wrong_type(path, list, value)
            item = typing.cast(schema.Field, f.item)  # a list's field has its item
            items = [self.decode(item, v, (path, i)) for i, v in enumerate(value)]
            return [v for v in items if v is not None]
        if f.is_record or f.is_mapping:
            parts = self.parts(f, value, path)
            return parts if parts is None or f.is_mapping else f.type(**parts)
        if f.is_enum:
            return self.enum(f, value, path)
        if f.type is dt.date:
            decoded = self.date(value, path)
        elif f.type is int and isinstance(value, _HugeNumber):
            decoded = None
            self.problem(path, *f.whole_range())
        elif f.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            return self.wrong_type(path, int, value)
        elif not isinstance(value, f.type):
            return self.wrong_type(path, f.type, value)
        else:
            decoded = value
        why = decoded is not None and f.out_of_range(decoded)
        if why:
            return self.problem(path, *why)
        return decoded

    def enum(self, f: schema.Field, value, path):
        member = f.members.get(value) if isinstance(value, str) else None  # a list or an object has no hash
        if member is None:
            listed = ", ".join(f.members)
            return self.problem(path, f"باید یکی از این‌ها باشد: {listed}", f"must be one of: {listed}")
        return member

    def date(self, value, path):
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        return self.problem(path, "باید تاریخ میلادی به شکل YYYY-MM-DD باشد (مثلاً 2007-12-15)",
                            "must be a Gregorian date written YYYY-MM-DD (e.g. 2007-12-15)")

    def repeated_keys(self, value, path: _Where):
        for key in getattr(value, "repeated", ()):
            self.problem((path, key), "دو بار آمده است", "appears twice")

    def parts(self, f: schema.Field, value, path: _Where) -> dict | None:
        """A record's fields or a mapping's keys, each decoded; a bad one is left out."""
        if not isinstance(value, dict):
            return self.wrong_type(path, dict, value)
        problems = self.problems
        before = len(problems)
        if type(value) is _Object:
            self.repeated_keys(value, path)
        fields = f.by_key
        kwargs = {}
        for name, item in value.items():  # in file order, so problems read top to bottom
            field = fields.get(name)
            if field is None:
                self.problem((path, name), "فیلد ناشناخته", "unknown field")
                continue
            found = len(problems)
            decoded = self.decode(field, item, (path, name))
            if len(problems) == found:  # a bad field keeps its default
                kwargs[name] = decoded
        if f.one_of and sum(v is not None for v in kwargs.values()) != 1 and len(problems) == before:
            choices = ", ".join(fields)
            return self.problem(path, f"هر بخش باید دقیقاً یکی از این‌ها باشد: {choices}",
                                f"a section must be exactly one of: {choices}")
        return kwargs


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def from_dict(data) -> tuple[Announcement, list[Problem]]:
    """Decode a parsed draft; return the model and every problem found.

    The model is built from whatever is valid, so that nothing good is thrown away."""
    if not isinstance(data, dict):
        return Announcement(), [Problem(FILE, "این فایل پیش‌نویس اطلاعیه نیست", "this file is not an announcement draft")]
    decoder = _Decoder()
    decoder.repeated_keys(data, "")
    if data.get("format") != FORMAT:
        return Announcement(), [Problem("format", f"قالب فایل باید «{FORMAT}» باشد", f"the file format must be “{FORMAT}”")]
    version = _version_problem(data.get("version"), VERSION)
    if version:
        return Announcement(), [version]
    unknown = sorted(data.keys() - {"format", "version", "announcement"})
    if unknown:
        return Announcement(), [Problem(key, "فیلد ناشناخته", "unknown field") for key in unknown]
    announcement = data.get("announcement", {})
    if data["version"] == 1:
        announcement = _from_version_1(announcement, decoder)
    model = decoder.decode(schema.root(), announcement, "")
    return model or Announcement(), decoder.problems


# Version 1 had one fixed part for each kind of section, in this order, and lists where
# a kind could repeat. Each becomes a section of version 2, in the same order: a list
# gives one section an item (an election, another discussion, a closing paragraph), and
# the parts that took a list of their own (documents, resolutions) stay one section.
_VERSION_1_PARTS = ("agenda", "documents", "reports", "discussion", "resolutions", "other_discussions",
                    "elections", "closing")


def _meant(value, **defaults):
    """A version-1 object with what version 1 meant by its silence said, where version 2
    says nothing unless told: its own keys as they were, repeated keys still named."""
    if not isinstance(value, dict):
        return value
    said = _Object([*((k, v) for k, v in defaults.items() if k not in value), *value.items()])
    said.repeated = getattr(value, "repeated", [])
    return said


_VERSION_1_ITEMS = {
    # A closing paragraph was one paragraph however many lines it had; a free paragraph
    # of version 2 makes one of each line, so its lines are joined.
    "paragraph": lambda text: text.replace("\n", " ") if isinstance(text, str) else text,
    # Every version-1 election said how the body decided to elect, and who came first and then.
    "election": lambda election: _meant(election, announced=True, in_order=True),
}


def _from_version_1(announcement, decoder: _Decoder):
    """A version-1 announcement object as version 2 writes it, composing the same text.
    Values of the wrong type are carried over as they are, for the decoder to name; a
    list that is not one is named at its version-1 name."""
    if not isinstance(announcement, dict) or "sections" in announcement:
        return announcement  # not an object, or already holding what version 1 never had: the decoder says so
    # The sections stand where the first part of them stood, so problems still read in file order.
    keys = list(announcement)
    first = next((i for i, key in enumerate(keys) if key in _VERSION_1_PARTS), len(keys))
    migrated = _Object([(key, announcement[key]) for key in keys[:first] if key not in _VERSION_1_PARTS]
                       + [("sections", None)]
                       + [(key, announcement[key]) for key in keys[first:] if key not in _VERSION_1_PARTS])
    migrated.repeated = getattr(announcement, "repeated", [])
    sections = [{"agenda": _meant(announcement.get("agenda", {}), approved=True)},  # approved unless it said not
                {"documents": announcement.get("documents", [])},
                {"reports": announcement.get("reports", {})}]
    discussion = announcement.get("discussion", "")
    if discussion != "":
        sections.append({"paragraph": discussion})
    sections.append({"resolutions": announcement.get("resolutions", [])})
    for name, kind in (("other_discussions", "discussion"), ("elections", "election"), ("closing", "paragraph")):
        items = announcement.get(name, [])
        if not isinstance(items, list):
            decoder.wrong_type(name, list, items)
            continue
        sections += [{kind: _VERSION_1_ITEMS.get(kind, lambda item: item)(item)} for item in items]
    migrated["sections"] = sections
    return migrated


def _version_problem(version, newest: int) -> Problem | None:
    """Why a file's format version cannot be read: not a positive whole number (missing,
    NaN, text, true), or newer than this program writes."""
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        return Problem("version", "نسخهٔ قالب باید عدد صحیح مثبت باشد", "the format version must be a positive whole number")
    if version > newest:
        return Problem("version", f"این فایل با نسخهٔ تازه‌تری از برنامه ذخیره شده (قالب {number(version)})؛ برنامه را به‌روز کنید",
                       f"this file was saved by a newer version of the program (format {version}); please update")
    return None


def loads(text: str) -> Announcement:
    return loads_versioned(text)[0]


def loads_versioned(text: str) -> tuple[Announcement, int]:
    """The draft in text, and the format version it was written in (1 was migrated)."""
    try:
        data = json.loads(text, parse_int=_parse_int, object_pairs_hook=_object)
    except json.JSONDecodeError as e:
        raise DraftError([Problem(FILE, f"JSON نامعتبر در سطر {number(e.lineno)}، ستون {number(e.colno)}",
                                  f"invalid JSON at line {e.lineno}, column {e.colno}")]) from None
    except RecursionError:
        raise DraftError([Problem(FILE, "ساختار JSON بیش از حد تودرتو است", "the JSON is nested too deeply")]) from None
    model, problems = from_dict(data)
    if problems:
        raise DraftError(problems)
    return model, data["version"]


def load(path) -> Announcement:
    """Read and validate a draft file; raise DraftError naming every problem."""
    return read(path)[0]


def read(path) -> tuple[Announcement, int]:
    """A draft file's model and the format version it was written in; DraftError naming
    every problem."""
    try:
        raw = read_limited(path, MAX_BYTES)
    except OSError as e:
        raise DraftError([file_problem(e, writing=False)]) from None
    if not raw.strip():
        raise DraftError([Problem(FILE, "فایل خالی است", "the file is empty")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DraftError([Problem(FILE, "فایل متنی UTF-8 نیست", "the file is not UTF-8 text")]) from None
    return loads_versioned(text)
