"""The draft file: the model as versioned JSON, with validation that names every bad field.

Format (see docs/draft-format.md): a UTF-8 JSON object
``{"format": "persian-announcement-draft", "version": 1, "announcement": {...}}``
whose ``announcement`` mirrors `model.Announcement` field by field. Missing fields take
their defaults; unknown fields, wrong types and out-of-range numbers are problems."""

import dataclasses
import datetime as dt
import json
import re
import types
import typing
from enum import Enum
from pathlib import Path

from .atomic import write_atomically
from .model import Announcement
from .paths import child
from .persian.digits import number
from .problems import FILE, DraftError, Problem, file_problem

FORMAT = "persian-announcement-draft"
VERSION = 1
FILE_SUFFIX = ".announcement.json"


# ---- model → JSON ---------------------------------------------------------------

def _encode(value):
    if dataclasses.is_dataclass(value):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def to_dict(model: Announcement) -> dict:
    return {"format": FORMAT, "version": VERSION, "announcement": _encode(model)}


def to_json(model: Announcement) -> str:
    return json.dumps(to_dict(model), ensure_ascii=False, indent=2) + "\n"


def save(path, model: Announcement) -> None:
    """Save atomically: the file on disk is always the whole old draft or the whole new one."""
    try:
        write_atomically(path, to_json(model).encode("utf-8"))
    except OSError as e:
        raise DraftError([file_problem(e, writing=True)]) from e


# ---- JSON → model ----------------------------------------------------------------

_TYPE_NAMES = {str: ("متن", "text"), bool: ("درست یا نادرست", "true or false"),
               int: ("عدد صحیح", "a whole number"), list: ("فهرست", "a list"), dict: ("شیء", "an object")}


class _Decoder:
    def __init__(self):
        self.problems: list[Problem] = []

    def problem(self, path: str, fa: str, en: str):
        self.problems.append(Problem(path, fa, en))

    def wrong_type(self, path: str, expected: type, value):
        fa, en = _TYPE_NAMES.get(expected, (expected.__name__, expected.__name__))
        self.problem(path, f"باید {fa} باشد، نه {json.dumps(value, ensure_ascii=False)[:40]}",
                     f"must be {en}, not {json.dumps(value, ensure_ascii=False)[:40]}")

    def decode(self, tp, value, path: str, meta):
        """Return the decoded value, or None after recording a problem."""
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            if value is None:
                return None
            (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
            return self.decode(inner, value, path, meta)
        if origin is list:
            if not isinstance(value, list):
                return self.wrong_type(path, list, value)
            (inner,) = typing.get_args(tp)
            items = [self.decode(inner, v, f"{path}[{i}]", meta) for i, v in enumerate(value)]
            return [v for v in items if v is not None]
        if dataclasses.is_dataclass(tp):
            return self.dataclass(tp, value, path)
        if isinstance(tp, type) and issubclass(tp, Enum):
            return self.enum(tp, value, path)
        if tp is dt.date:
            return self.date(value, path)
        if tp is int:
            return self.integer(value, path, meta.get("min"))
        if not isinstance(value, tp):
            return self.wrong_type(path, tp, value)
        return value

    def integer(self, value, path, minimum):
        if isinstance(value, bool) or not isinstance(value, int):
            return self.wrong_type(path, int, value)
        if minimum is not None and value < minimum:
            return self.problem(path, f"باید عدد صحیحی دست‌کم {number(minimum)} باشد",
                                f"must be a whole number ≥ {minimum}")
        return value

    def enum(self, tp, value, path):
        choices = [m.value for m in tp]
        if value not in choices:
            listed = ", ".join(choices)
            return self.problem(path, f"باید یکی از این‌ها باشد: {listed}", f"must be one of: {listed}")
        return tp(value)

    def date(self, value, path):
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        return self.problem(path, "باید تاریخ میلادی به شکل YYYY-MM-DD باشد (مثلاً 2007-12-15)",
                            "must be a Gregorian date written YYYY-MM-DD (e.g. 2007-12-15)")

    def dataclass(self, tp, value, path):
        if not isinstance(value, dict):
            return self.wrong_type(path, dict, value)
        hints = typing.get_type_hints(tp)
        fields = {f.name: f for f in dataclasses.fields(tp)}
        kwargs = {}
        for name, item in value.items():  # in file order, so problems read top to bottom
            if name not in fields:
                self.problem(child(path, name), "فیلد ناشناخته", "unknown field")
                continue
            found = len(self.problems)
            decoded = self.decode(hints[name], item, child(path, name), fields[name].metadata)
            if len(self.problems) == found:  # a bad field keeps its default
                kwargs[name] = decoded
        return tp(**kwargs)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def from_dict(data) -> tuple[Announcement, list[Problem]]:
    """Decode a parsed draft; return the model and every problem found.

    The model is built from whatever is valid, so that nothing good is thrown away."""
    if not isinstance(data, dict):
        return Announcement(), [Problem(FILE, "این فایل پیش‌نویس اطلاعیه نیست", "this file is not an announcement draft")]
    if data.get("format") != FORMAT:
        return Announcement(), [Problem("format", f"قالب فایل باید «{FORMAT}» باشد", f"the file format must be “{FORMAT}”")]
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        return Announcement(), [Problem("version", "نسخهٔ قالب باید عدد صحیح مثبت باشد", "the format version must be a positive whole number")]
    if version > VERSION:
        return Announcement(), [Problem("version",
                                        f"این پیش‌نویس با نسخهٔ تازه‌تری از برنامه ذخیره شده (قالب {version})؛ برنامه را به‌روز کنید",
                                        f"this draft was saved by a newer version of the program (format {version}); please update")]
    unknown = sorted(data.keys() - {"format", "version", "announcement"})
    if unknown:
        return Announcement(), [Problem(key, "فیلد ناشناخته", "unknown field") for key in unknown]
    decoder = _Decoder()
    model = decoder.decode(Announcement, data.get("announcement", {}), "", {})
    return model or Announcement(), decoder.problems


def loads(text: str) -> Announcement:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise DraftError([Problem(FILE, f"JSON نامعتبر در سطر {number(e.lineno)}، ستون {number(e.colno)}",
                                  f"invalid JSON at line {e.lineno}, column {e.colno}")]) from None
    except RecursionError:
        raise DraftError([Problem(FILE, "ساختار JSON بیش از حد تودرتو است", "the JSON is nested too deeply")]) from None
    model, problems = from_dict(data)
    if problems:
        raise DraftError(problems)
    return model


def load(path) -> Announcement:
    """Read and validate a draft file; raise DraftError naming every problem."""
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        raise DraftError([file_problem(e, writing=False)]) from None
    if not raw.strip():
        raise DraftError([Problem(FILE, "فایل خالی است", "the file is empty")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DraftError([Problem(FILE, "فایل متنی UTF-8 نیست", "the file is not UTF-8 text")]) from None
    return loads(text)
