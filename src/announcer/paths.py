"""Field paths such as «elections[0].people[1].name»: read and write a model by path.

The same paths name problems, block sources and the form's widgets, so a click in
the preview or a problem in a list finds the field it belongs to."""

import datetime as dt
import re
import typing

_PART = re.compile(r"([A-Za-z_]\w*)|\[(\d+)\]")


def split(path: str) -> list[str | int]:
    """«elections[0].seats» → ["elections", 0, "seats"]."""
    return [int(index) if index else name for name, index in _PART.findall(path)]


def join(parts) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def child(path: str, name: str) -> str:
    """The path of a field of the part at path: child("session", "city") → «session.city»."""
    return f"{path}.{name}" if path else name


def get(obj, path: str):
    for part in split(path):
        obj = obj[part] if isinstance(part, int) else getattr(obj, part)
    return obj


def set_value(obj, path: str, value) -> None:
    *parents, last = split(path)
    for part in parents:
        obj = obj[part] if isinstance(part, int) else getattr(obj, part)
    if isinstance(last, int):
        obj[last] = value
    else:
        setattr(obj, last, value)


def item_type(root_type, list_path: str):
    """The element type of the list at list_path, from the model's type hints:
    item_type(Announcement, "elections[0].people") → ElectedPerson."""
    tp = root_type
    for part in split(list_path):
        if isinstance(part, int):
            (tp,) = typing.get_args(tp)
        else:
            tp = typing.get_type_hints(tp)[part]
    (element,) = typing.get_args(tp)
    return element


def new_item(root_type, list_path: str):
    """A fresh item for the list at list_path: a default record, "" or today's date."""
    element = item_type(root_type, list_path)
    if element is dt.date:
        return dt.date.today()
    return element()  # str() == "", int() == 0, a dataclass with its defaults


def texts(obj, path: str = ""):
    """Every text in a model with its path: («session.city», "استکهلم"), …; not the
    enum choices, which are text too (str enums) but nobody types them."""
    for name in obj.__dataclass_fields__:
        value = getattr(obj, name)
        here = child(path, name)
        if type(value) is str:  # exactly str: a str enum is a choice, not typed text
            yield here, value
        elif type(value) is list:
            for i, item in enumerate(value):
                if type(item) is str:
                    yield f"{here}[{i}]", item
                elif hasattr(item, "__dataclass_fields__"):
                    yield from texts(item, f"{here}[{i}]")
        elif hasattr(value, "__dataclass_fields__"):
            yield from texts(value, here)
