"""Every problem of a model, with bilingual reasons: the schema's limits, the checks
across fields that a well-formed draft can still fail, and invisible characters.

These never block saving (a draft may be half written); the editor marks them at the
field and the export explains them. A model with none of them saves and reopens
unchanged (tests/test_model_invariant.py)."""

from . import draft, schema
from .controls import controls_in
from .model import Announcement, ResolutionKind
from .persian.digits import number
from .problems import Problem


def _day_problem(path: str, day: int, days: int) -> Problem | None:
    if day > days:
        return Problem(path, f"جلسه فقط {number(days)} روز دارد، نه روز {number(day)}",
                       f"the session has {days} day(s), there is no day {day}")
    return None


def _required(doc: Announcement) -> list[Problem]:
    """What every announcement needs: who met, and when."""
    problems = []
    if not doc.title.body.strip():
        problems.append(Problem("title.body", "نام نهادی که جلسه داشت لازم است", "the body that met is required"))
    if not doc.session.days:
        problems.append(Problem("session.days", "دست‌کم یک روز جلسه لازم است", "at least one day of the session is required"))
    return problems


def check(doc: Announcement) -> list[Problem]:
    problems: list[Problem | None] = _required(doc)
    days = doc.session.days
    if len(set(days)) != len(days):
        problems.append(Problem("session.days", "یک روز دو بار آمده است", "a day is listed twice"))
    for i, g in enumerate(doc.session.guests):
        if not g.name.strip() and (g.role.strip() or g.days):
            problems.append(Problem(f"session.guests[{i}].name", "نام مهمان خالی است", "the guest has no name"))
        problems += [_day_problem(f"session.guests[{i}].days[{j}]", d, len(days)) for j, d in enumerate(g.days)]
    for i, r in enumerate(doc.reports.items):
        if not r.speaker.strip() and (r.title.strip() or r.summary.strip()):
            problems.append(Problem(f"reports.items[{i}].speaker", "گزارش‌دهنده مشخص نیست", "the report has no speaker"))
    for i, r in enumerate(doc.resolutions):
        if r.kind is ResolutionKind.AUTHORISATION and not r.body.strip():
            problems.append(Problem(f"resolutions[{i}].body", "معلوم نیست به چه کسی اختیار داده شد",
                                    "an authorisation needs the body that is given authority"))
    for i, o in enumerate(doc.other_discussions):
        if o.day:
            problems.append(_day_problem(f"other_discussions[{i}].day", o.day, len(days)))
    for i, e in enumerate(doc.elections):
        people = [p for p in e.people if p.name.strip()]
        if people and not e.body.strip():
            problems.append(Problem(f"elections[{i}].body", "نام هیئتی که انتخاب شد خالی است",
                                    "the elected body has no name"))
        if len(people) > e.seats:
            problems.append(Problem(f"elections[{i}].people",
                                    f"{number(len(people))} نفر برای {number(e.seats)} کرسی انتخاب شده‌اند",
                                    f"{len(people)} people elected to {e.seats} seat(s)"))
    return schema.out_of_range(doc) + [p for p in problems if p] + _invisible(doc) + _size(doc)


def _invisible(doc: Announcement) -> list[Problem]:
    problems = []
    for path, text in schema.texts(doc):
        found = controls_in(text)
        if found:
            problems.append(Problem(path, "نویسهٔ نامرئی یا نامعتبری دارد که در اطلاعیه حذف می‌شود",
                                    f"has invisible or invalid characters ({', '.join(found[:4])}), "
                                    "which the announcement leaves out"))
    return problems


def _size(doc: Announcement) -> list[Problem]:
    size = len(draft.encode(draft.to_dict(doc)))
    if size <= draft.MAX_BYTES:
        return []
    return [Problem("announcement", f"پیش‌نویس بزرگ‌تر از {number(draft.MAX_BYTES // 2**20)} مگابایت است و ذخیره نمی‌شود؛ "
                    "متن‌های بلند را کوتاه کنید",
                    f"the draft is larger than {draft.MAX_BYTES // 2**20} MB and cannot be saved; shorten the long texts")]
