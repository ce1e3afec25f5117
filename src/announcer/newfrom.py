"""File → New from this announcement: the next meeting's draft, started from this one.

What belongs to the body (bulletin, title, city, attendance, settings, wording) may be
kept; what belongs to one meeting (its days, guests and quorum, and every section that
says nothing may be kept of it) never is. Each section says what of it may be kept, and
how the dialog names it (`keep` in sections.py)."""

import copy

from . import schema
from .model import MAX_ISSUE, Announcement
from .paths import get, set_value
from .sections import SECTIONS

# What may be kept, in the order the dialog shows it.
KEEPS = tuple(keep for section in SECTIONS for keep in section.keep)
KEEPABLE = tuple(keep.key for keep in KEEPS)
KEPT_AT_FIRST = tuple(keep.key for keep in KEEPS if keep.at_first)  # until the secretary's choice is remembered


def next_announcement(doc: Announcement, keep=KEPT_AT_FIRST) -> Announcement:
    """A new announcement with the parts of doc named in keep; the bulletin's issue is the next one."""
    new = Announcement()
    for part in KEEPS:
        if part.key in keep:
            for path in part.paths:
                set_value(new, path, copy.deepcopy(get(doc, path)))
    if "sections" in keep:  # the kinds, in their order, each empty: this meeting's words are not the next one's
        new.sections = [schema.empty_section(part.kind) for part in doc.sections]
    issue = new.publication.issue
    if issue and issue < MAX_ISSUE:
        new.publication.issue = issue + 1
    return new
