"""File → New from this announcement: the next meeting's draft, started from this one.

What belongs to the body (bulletin, title, city, attendance, settings, wording) may be
kept; what belongs to one meeting (days, guests, quorum, agenda, documents, reports,
discussion, resolutions, other discussions, elections, closing) never is."""

import copy

from .model import MAX_ISSUE, Announcement, Publication

# What may be kept, in the order the dialog shows it.
KEEPABLE = ("publication", "title", "city", "attendance", "settings", "phrases")


def next_announcement(doc: Announcement, keep=KEEPABLE) -> Announcement:
    """A new announcement with the parts of doc named in keep; the bulletin's issue is the next one."""
    new = Announcement()
    if "publication" in keep:
        issue = doc.publication.issue
        new.publication = Publication(bulletin=doc.publication.bulletin,
                                      issue=issue + 1 if issue and issue < MAX_ISSUE else issue)
    if "title" in keep:
        new.title = copy.deepcopy(doc.title)
    if "city" in keep:
        new.session.city = doc.session.city
    if "attendance" in keep:
        new.session.attendance = doc.session.attendance
    if "settings" in keep:
        new.settings = copy.deepcopy(doc.settings)
    if "phrases" in keep:
        new.phrases = dict(doc.phrases)
    return new
