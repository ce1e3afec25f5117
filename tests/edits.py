"""Random edits of the example draft, as a user makes them, for the tests that an
incremental update (the composition, the checks' walk) equals doing it all again."""

import copy
import datetime as dt

from hypothesis import strategies as st

from announcer import draft, paths, schema
from announcer.dates import Calendar
from announcer.model import Announcement, Vote
from conftest import EXAMPLE
from strategies import text

BASE = draft.load(EXAMPLE)
_TEXT_PATHS = [path for path, _ in schema.texts(BASE)]
_OTHER_EDITS = [
    ("session.days", st.lists(st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)), min_size=1, max_size=3)),
    ("settings.calendar", st.sampled_from(list(Calendar))),
    ("settings.persian_digits", st.booleans()),
    ("publication.issue", st.none() | st.integers(1, 999)),
    # The members present, which a section's votes are checked against (validate._section_reads).
    ("session.present", st.none() | st.integers(0, 60)),
    ("sections[4].resolutions[0].vote", st.sampled_from(list(Vote))),
    ("sections[4].resolutions[0].votes_for", st.none() | st.integers(0, 60)),
    ("sections[6].election.seats", st.integers(1, 9)),
    ("sections[0].agenda.approved", st.booleans()),
    ("sections[1].documents", st.just([])),
    # Sections that continue the sentence before them: an edit there recomposes the joined sentence.
    ("sections[0].agenda.continues", st.booleans()),
    ("sections[2].reports.continues", st.booleans()),
    ("sections[5].discussion.continues", st.booleans()),
    ("sections[6].election.continues", st.booleans()),
    # The sections moved, removed or repeated: the positions of the example's sections, in a new order.
    ("sections", st.lists(st.integers(0, 8), max_size=12)),
    # Items of a list moved, removed or repeated (positions of its items), and within an item or a guest.
    ("sections[2].reports.items", st.lists(st.integers(0, 2), max_size=5)),
    ("session.guests", st.lists(st.integers(0, 0), max_size=3)),
    ("sections[2].reports.items[1].plural", st.booleans()),
    # A discussion that names the body (its adopted documents), and a wording that names it
    # where the others say «in the session»: an edit of the short name reaches them.
    ("sections[5].discussion.adopted", st.lists(text, max_size=2)),
    ("phrases.in_session", st.just("در این {body}")),
]
_REORDERED = {"sections", "sections[2].reports.items", "session.guests"}  # their values name positions of their items
edits = st.one_of(st.tuples(st.sampled_from(_TEXT_PATHS), text),
                  *[st.tuples(st.just(path), values) for path, values in _OTHER_EDITS])


def fresh() -> Announcement:
    """A copy of the example to edit."""
    return draft.loads(draft.to_json(BASE))


def apply(doc: Announcement, path: str, value) -> bool:
    """Make one edit of `edits` on doc; False when an earlier one took its place away
    (a list emptied, a section moved). A list's edit in _REORDERED names positions of its items."""
    try:
        if path in _REORDERED:
            items = paths.get(doc, path)
            value = [copy.deepcopy(items[i]) for i in value if i < len(items)]
        paths.set_value(doc, path, value)
    except (IndexError, AttributeError, TypeError):
        return False
    return True
