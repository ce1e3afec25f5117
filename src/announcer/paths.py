"""Field paths such as «elections[0].people[1].name»: read and write a model by path.

The same paths name problems, block sources and the form's widgets, so a click in
the preview or a problem in a list finds the field it belongs to."""

import re

_PART = re.compile(r"([A-Za-z_]\w*)|\[(\d+)\]")


def split(path: str) -> list[str | int]:
    """«elections[0].seats» → ["elections", 0, "seats"]."""
    return [int(index) if index else name for name, index in _PART.findall(path)]


def child(path: str, name: str) -> str:
    """The path of a field of the part at path: child("session", "city") → «session.city»."""
    return f"{path}.{name}" if path else name


def _part(obj, part: str | int):
    return obj[part] if isinstance(part, int) or isinstance(obj, dict) else getattr(obj, part)


def get(obj, path: str):
    for part in split(path):
        obj = _part(obj, part)
    return obj


def set_value(obj, path: str, value) -> None:
    *parents, last = split(path)
    for part in parents:
        obj = _part(obj, part)
    if isinstance(last, int) or isinstance(obj, dict):
        obj[last] = value
    else:
        setattr(obj, last, value)
