"""Names the editor gives draft files: the name Save As suggests (from the bulletin and
issue, or the title) and the draft suffix added to a name typed without one; and how a
file's name or path is set in a sentence."""

import re
from pathlib import Path

from ..draft import FILE_SUFFIX
from ..model import Announcement
from ..persian.digits import number

# What Windows, macOS or Linux refuse in a file name (or read as a folder), and controls.
_REFUSED = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
MAX_STEM = 80  # characters; Persian letters take two bytes of the 255 a name may have


def suggested_stem(model: Announcement) -> str:
    """«انترناسیونال-۲۲۳» from the bulletin and issue; else the title's words; else ""."""
    pub, title = model.publication, model.title
    if pub.bulletin.strip():
        parts = [pub.bulletin.strip()] + ([number(pub.issue, model.settings.persian_digits)] if pub.issue else [])
        text = "-".join(parts)
    else:
        text = " ".join(p.strip() for p in (title.kind, title.body) if p.strip()) if title.body.strip() else ""
    return sanitise(text)


def sanitise(text: str) -> str:
    """A name every file system takes: refused characters become «-», no dots or spaces
    at the ends (Windows drops them; a leading dot hides the file)."""
    return _REFUSED.sub("-", text)[:MAX_STEM].strip(" .-")


def with_draft_suffix(path: Path) -> Path:
    """A name typed without «.json» gets the draft suffix, so the Open dialog shows it."""
    return path if path.name.lower().endswith(".json") else path.with_name(path.name + FILE_SUFFIX)


def isolated(name) -> str:
    """A file name or path as one left-to-right run (LRI … PDI): in a Persian sentence,
    «انترناسیونال-۲۲۳.announcement.json» keeps its suffix at the end and a path its order."""
    return f"\u2066{name}\u2069"
