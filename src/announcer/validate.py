"""Every problem of a model, with bilingual reasons: the schema's limits, the checks
across fields that a well-formed draft can still fail, and invisible characters.

These never block saving (a draft may be half written); the editor marks them at the
field and the export explains them. A warning (`Problem.warning`) is only said: a
meeting with no date composes without one. A model with none of them saves and reopens
unchanged (tests/core/test_model_invariant.py)."""

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from . import draft, images, rewrites, schema, wording
from .blocks import Block
from .compose import Composition
from .controls import controls_in, has_controls
from .dates import Calendar, to_jalali
from .model import (FIRST_DATE, LAST_DATE, MAX_LETTERHEAD_LINES, Alternate, Announcement, ElectedPerson, Election,
                    ElectionLayout, Opening, OtherDiscussion, Positions, Quorum, Reports, Resolution, ResolutionKind, Speech, Voice, Vote)
from .persian.digits import number
from .partwalks import PartWalks
from .problems import Problem


def _day_problem(path: str, day: int, days: int) -> Problem | None:
    if day > days:
        return Problem(path, f"جلسه فقط {number(days)} روز دارد، نه روز {number(day)}",
                       f"the session has {days} day(s), there is no day {day}")
    return None


def _required(doc: Announcement) -> list[Problem]:
    """What every announcement needs: who met; and a warning when it does not say when,
    which some bodies leave out («جلسه … در تهران برگزار گردید.»)."""
    problems = []
    if not doc.title.body.strip():
        problems.append(Problem("title.body", "نام نهادی که جلسه داشت لازم است", "the body that met is required"))
    if not doc.session.days:
        problems.append(Problem("session.days", "روز جلسه نوشته نشده است؛ اطلاعیه بدون تاریخ جلسه نوشته می‌شود",
                                "no day of the session is given; the announcement says no date", warning=True))
    return problems


def _months(day: dt.date, calendar: Calendar) -> tuple[tuple[int, int], ...]:
    """The year and month of day in each calendar the document writes."""
    jalali, gregorian = to_jalali(day)[:2], (day.year, day.month)
    return (jalali, gregorian) if calendar.writes_both else (jalali,) if calendar is Calendar.JALALI else (gregorian,)


def _more_than_present(path: str, votes: int, present: int | None) -> Problem | None:
    if present is not None and votes > present:
        return Problem(path, f"شمار آرا ({number(votes)}) از شمار حاضران ({number(present)}) بیشتر است",
                       f"{votes:,} votes are more than the {present:,} members present")
    return None


def _quorum(doc: Announcement) -> list[Problem]:
    s = doc.session
    if s.quorum is not Quorum.REACHED and s.present is not None:
        return [Problem("session.quorum", "جلسه به حد نصاب نرسیده ولی شمار حاضران آمده است؛ در متن نمی‌آید",
                        "the quorum was not reached but those present are counted; the text leaves the count out")]
    if s.present is not None and s.members is not None and s.present > s.members:
        return [Problem("session.present",
                        f"شمار حاضران ({number(s.present)}) از شمار اعضا ({number(s.members)}) بیشتر است",
                        f"{s.present:,} present are more than the {s.members:,} members")]
    return []


def _resolution_votes(at: str, r: Resolution, present: int | None) -> list[Problem | None]:
    counts = {"votes_for": r.votes_for, "votes_against": r.votes_against, "abstentions": r.abstentions}
    given = {key: n for key, n in counts.items() if n is not None}
    if given and r.vote is not Vote.COUNTED:  # the text leaves them out: say so rather than drop them silently
        return [Problem(f"{at}.vote", "شمار آرا نوشته شده ولی رأی‌گیری «با شمارش آرا» نیست؛ در متن نمی‌آید",
                        "votes are counted but the vote is not “by count of votes”; the text leaves them out")]
    first = next(iter(given), "votes_for")
    return [_more_than_present(f"{at}.{first}", sum(given.values()), present)]


def _election_results(at: str, e: Election, present: int | None) -> list[Problem | None]:
    problems: list[Problem | None] = []
    people = [p for p in e.people if p.name.strip()]
    if e.seats is not None and len(people) > e.seats:
        problems.append(Problem(f"{at}.people",
                                f"{number(len(people))} نفر برای {number(e.seats)} کرسی انتخاب شده‌اند",
                                f"{len(people)} people elected to {e.seats} seat(s)"))
    if not people and any(a.name.strip() for a in e.alternates):
        problems.append(Problem(f"{at}.alternates", "عضو علی‌البدل بدون عضو اصلی انتخاب شده است",
                                "alternates are elected but no members"))
    voters: tuple[tuple[str, Sequence[ElectedPerson | Alternate]], ...] = (
        ("people", e.people), ("alternates", e.alternates), ("candidates", e.candidates))
    for key, persons in voters:
        for j, p in enumerate(persons):
            if p.votes is None:
                continue
            path = f"{at}.{key}[{j}].votes"
            if e.acclamation:
                problems.append(Problem(path, "انتخاب بدون رأی‌گیری بود و شمار آرا ندارد",
                                        "an election by acclamation has no votes to count"))
            problems.append(_more_than_present(path, p.votes, present))
    return problems


def check(doc: Announcement, composed: list[Block] | None = None, walked: "Walked | None" = None) -> list[Problem]:
    """Every problem of doc. A draft with rewritten paragraphs is composed to compare them
    with what the composer writes now, unless `composed` gives those blocks (the window's
    preview has them: compose.Composition.composed). `walked` keeps the walk through
    every value up to date part by part (the window's, after each edit)."""
    problems: list[Problem | None] = [*_required(doc)]
    days = doc.session.days
    if len(set(days)) != len(days):
        problems.append(Problem("session.days", "یک روز دو بار آمده است", "a day is listed twice"))
    in_range = [d for d in days if FIRST_DATE <= d <= LAST_DATE]  # a day past the limits is a problem of its own
    if doc.session.month_only and len({_months(d, doc.settings.calendar) for d in in_range}) > 1:
        problems.append(Problem("session.month_only", "روزهای جلسه در یک ماه نیستند و تنها ماه را نمی‌توان گفت",
                                "the days are in more than one month, so the month alone cannot say them"))
    for i, g in enumerate(doc.session.guests):
        if not g.name.strip() and (g.role.strip() or g.days):
            problems.append(Problem(f"session.guests[{i}].name", "نام مهمان خالی است", "the guest has no name"))
        problems += [_day_problem(f"session.guests[{i}].days[{j}]", d, len(days)) for j, d in enumerate(g.days)]
    problems += _quorum(doc) + _letterhead(doc)
    beyond, invisible, size = walked.values(doc) if walked is not None else _every_value(doc)
    problems += walked.sections_checked(doc) if walked is not None else \
        [p for i, part in enumerate(doc.sections) for p in _section(i, part, doc)]
    problems += wording.problems(doc.phrases)
    if doc.rewritten and not beyond:  # a value past its limits composes nothing to compare with
        problems += rewrites.problems(doc.rewritten, composed if composed is not None else _composed(doc))
    return beyond + [p for p in problems if p] + invisible + size


def _letterhead(doc: Announcement) -> list[Problem]:
    """An image the page cannot show (the page is drawn without it), and more lines than
    a letterhead holds."""
    problems = []
    if bad := images.problem(doc.letterhead.image):
        problems.append(Problem("letterhead.image", f"{bad.fa}؛ سربرگ بدون تصویر چاپ می‌شود",
                                f"{bad.en}; the letterhead is printed without it"))
    if len(doc.letterhead.lines) > MAX_LETTERHEAD_LINES:
        problems.append(Problem("letterhead.lines", f"سربرگ بیش از {number(MAX_LETTERHEAD_LINES)} سطر دارد",
                                f"the letterhead has more than {MAX_LETTERHEAD_LINES} lines"))
    return problems


def _reports(at: str, reports: Reports, doc: Announcement) -> list[Problem | None]:
    return [Problem(f"{at}.items[{i}].speaker", "گزارش‌دهنده مشخص نیست", "the report has no speaker")
            for i, r in enumerate(reports.items) if not r.speaker.strip() and (r.title.strip() or r.summary.strip())]


def _resolutions(at: str, resolutions: list[Resolution], doc: Announcement) -> list[Problem | None]:
    problems: list[Problem | None] = []
    for i, r in enumerate(resolutions):
        if r.kind is ResolutionKind.AUTHORISATION and not r.body.strip():
            problems.append(Problem(f"{at}[{i}].body", "معلوم نیست به چه کسی اختیار داده شد",
                                    "an authorisation needs the body that is given authority"))
        problems += _resolution_votes(f"{at}[{i}]", r, doc.session.present)
    return problems


def _discussion(at: str, o: OtherDiscussion, doc: Announcement) -> list[Problem | None]:
    return [_day_problem(f"{at}.day", o.day, len(doc.session.days))] if o.day else []


def _election(at: str, e: Election, doc: Announcement) -> list[Problem | None]:
    problems: list[Problem | None] = []
    named = any(p.name.strip() for p in e.people) or any(a.name.strip() for a in e.alternates)
    if any(p.name.strip() for p in e.people) and not e.body.strip():
        problems.append(Problem(f"{at}.body", "نام هیئتی که انتخاب شد خالی است", "the elected body has no name"))
    if e.postponed and named:  # the text says it was put off, and so leaves the names out
        problems.append(Problem(f"{at}.postponed", "انتخاب به جلسه دیگری موکول شده ولی منتخبانی نام برده شده‌اند؛ "
                                "نام آن‌ها در متن نمی‌آید",
                                "the election is put off but people are named as elected; the text leaves them out"))
    if e.more and e.layout is not ElectionLayout.LIST:
        problems.append(Problem(f"{at}.more", "«و ...» تنها پس از فهرست شماره‌دار می‌آید؛ در این شکل نتایج در متن نمی‌آید",
                                "«و ...» follows a numbered list only; with this layout the text leaves it out"))
    return problems + _election_results(at, e, doc.session.present)


def _positions(at: str, p: Positions, doc: Announcement) -> list[Problem | None]:
    """A position's text without its subject: the sentence has no object, and the text leaves both out."""
    return [Problem(f"{at}.items[{i}].subject", "موضوع این موضع خالی است؛ موضع و متنش در متن نمی‌آیند",
                    "the position is on nothing; the text leaves it and its text out")
            for i, item in enumerate(p.items) if not item.subject.strip() and item.text.strip()]


def _speech(at: str, sp: Speech, doc: Announcement) -> list[Problem | None]:
    """A topic said of no one: only a report may be given by no one named («گزارشی … ارائه شد»)."""
    if sp.speaker.strip() or sp.role.strip() or not sp.topic.strip() or sp.voice is Voice.REPORT:
        return []
    return [Problem(f"{at}.speaker", "سخنران مشخص نیست؛ موضوع بدون او در متن نمی‌آید",
                    "the speech has no speaker; its topic is left out of the text without one")]


def _opening(at: str, o: Opening, doc: Announcement) -> list[Problem | None]:
    if o.in_memory_of.strip() and not o.silence:
        return [Problem(f"{at}.silence", "یاد کسی آمده ولی «یک دقیقه سکوت» انتخاب نشده است؛ در متن نمی‌آید",
                        "someone is remembered but no minute of silence is ticked; the text leaves them out")]
    return []


def _nothing(at: str, value, doc: Announcement) -> list[Problem | None]:
    return []


def _section(i: int, part, doc: Announcement) -> list[Problem | None]:
    """The problems of section i, by the checks of its kind."""
    kind = part.kind
    return _SECTION_CHECKS.get(kind, _nothing)(f"sections[{i}].{kind}", getattr(part, kind), doc)


def _section_reads(doc: Announcement) -> tuple:
    """What the checks of a section read of the draft beyond the section: the members
    present (votes more than them) and the session's days (a day past them). A check that
    reads more says so here, or Walked keeps its problems past an edit of what it read."""
    return doc.session.present, len(doc.session.days)


# The checks of each kind of section that has any, given its path, its value and the announcement.
_SECTION_CHECKS: dict[str, Callable[[str, Any, Announcement], list[Problem | None]]] = {
    "reports": _reports, "resolutions": _resolutions, "discussion": _discussion, "election": _election,
    "speech": _speech, "opening": _opening, "positions": _positions}


def _composed(doc: Announcement) -> list[Block]:
    composition = Composition()
    composition.update(doc)
    return composition.composed


# What the draft's JSON can hold for a value, at most: a character of text is at most six
# bytes (a «\u00ad» escape), any other value at most _SCALAR; a field's line at most
# _LINE more than its path's length thrice (its key, its indentation, its punctuation).
_SCALAR, _LINE, _ENVELOPE = 40, 16, 128


def _every_value(doc: Announcement) -> tuple[list[Problem], list[Problem], list[Problem]]:
    """In one walk of the model (each of three took 35–60 ms at 200× the example): the
    values past their limits, the texts with invisible characters, and the draft too large
    to save, which is encoded only when what its values can hold at most is past the limit."""
    beyond, invisible, most = _values(schema.walk(doc))
    return beyond, invisible, _size(doc, most + _ENVELOPE)


def _values(walk) -> tuple[list[Problem], list[Problem], int]:
    """The values past their limits, the texts with invisible characters and what the
    draft's JSON can hold at most for the values of a walk."""
    beyond, invisible, most = [], [], 0
    for path, field, value in walk:
        most += 3 * len(path) + _LINE
        if value is None:
            continue
        if why := field.out_of_range(value):
            beyond.append(Problem(path, *why))
        if field.type is not str:
            most += _SCALAR
            continue
        most += 6 * len(value)
        if not field.kept and has_controls(value):
            found = controls_in(value)
            invisible.append(Problem(path, "نویسهٔ نامرئی یا نامعتبری دارد که در اطلاعیه حذف می‌شود",
                                     f"has invisible or invalid characters ({', '.join(found[:4])}), "
                                     "which the announcement leaves out"))
    return beyond, invisible, most


def _size(doc: Announcement, most: int) -> list[Problem]:
    too_large = draft.too_large(draft.encode(draft.to_dict(doc))) if most > draft.MAX_BYTES else None
    return [too_large] if too_large else []


class Walked(PartWalks[tuple[list[Problem], list[Problem], int]]):
    """_every_value kept up to date part by part (partwalks.py): after an edit only the
    part it changed is walked again, where the whole walk took 60 ms at 200× the example,
    on the GUI thread after every pause in typing."""

    def __init__(self):
        super().__init__(_values)
        self.sections: dict[int, tuple[object, tuple, list[Problem | None]]] = {}  # i → its walk, _section_reads, problems

    def values(self, doc: Announcement) -> tuple[list[Problem], list[Problem], list[Problem]]:
        """_every_value(doc), walking again only what changed since the last call."""
        found = self.walked(doc)
        beyond = [p for part in found for p in part[0]]
        invisible = [p for part in found for p in part[1]]
        return beyond, invisible, _size(doc, _ENVELOPE + sum(part[2] for part in found))

    def sections_checked(self, doc: Announcement) -> list[Problem | None]:
        """_section() of every section, each checked again only when it was walked again
        (values(), called first, walks again the sections an edit changed: at 200× the
        example the checks of its 1,004 sections were half the checks' time) or what the
        checks read of the rest of the draft changed."""
        reads, found = _section_reads(doc), []
        for i, part in enumerate(doc.sections):
            walk, kept = self.parts.get(i), self.sections.get(i)
            if kept is None or kept[0] is not walk or kept[1] != reads:
                kept = self.sections[i] = walk, reads, _section(i, part, doc)
            found += kept[2]
        return found
