"""The composer: turns an Announcement into document blocks of finished Persian prose.

It decides which phrase of `phrases` applies (one speaker or several, singular or
plural verb, empty sections left out) and fills it. Free text is placed as typed,
with white space folded and a final full stop added where a sentence lacks one.

The composed text is bounded by the draft. Each field's text is placed at most once by
itself, and a placeholder appears at most once in a phrase (wording.py); what phrases
add, once for every item and with the names they repeat («کمیته تصویب کرد که …» for
each resolution), is metered: at most MULTIPLE characters for each unit of the draft's
weight (a field counts its characters and FIELD_WEIGHT more), plus ALLOWANCE. A draft
past it (a 2,000-character phrase or short name repeated for thousands of one-letter
items) is refused with a problem before its text is built, so memory and time stay
linear in the draft's size."""

import copy
import dataclasses

from . import schema
from .blocks import Block, Kind
from .controls import has_controls, strip_controls
from .paths import set_value
from .dates import session_days
from .model import AgendaLayout, Announcement, Election, OfficeOf, Resolution, ResolutionKind, Session, Vote
from .persian.digits import number
from .persian.joining import clean_item, join
from .persian.numbers import cardinal, day_ordinal
from .persian.roles import office
from .problems import DraftError, Problem
from .sections import COMPOSED
from .wording import Phrases, phrase

_SENTENCE_END = tuple(".!؟?…:»)")


def _fold(text: str) -> str:
    return " ".join(text.split())


def _sentence(text: str) -> str:
    """Free text as a finished sentence: folded, with a full stop if it has no ending."""
    text = _fold(text)
    return text + "." if text and not text.endswith(_SENTENCE_END) else text


def _words(*parts: str) -> str:
    return " ".join(p for p in map(_fold, parts) if p)


def _item(text: str) -> str:
    return clean_item(text).rstrip(".")


MULTIPLE = 4
FIELD_WEIGHT = 16  # a field's key and quotes, as a saved draft holds them
ALLOWANCE = 64 * 1024  # what a short announcement's phrases may always add


class _TooLong(Exception):
    """The phrases of a section went past what the draft leaves them."""


class _Composer:
    def __init__(self, doc: Announcement, allowed: float = float("inf")):
        self.doc = doc
        self.allowed, self.spent = allowed, 0  # characters the phrases may add, and have added
        self.P = Phrases(doc.phrases, self._spend)  # every phrase is read through it, so a draft's wording applies
        self.digits = doc.settings.persian_digits
        self.days = sorted(set(doc.session.days))
        self.blocks: list[Block] = []

    def _spend(self, characters: int):
        self.spent += characters
        if self.spent > self.allowed:
            raise _TooLong

    def add(self, kind: Kind, source: str, *sentences: str):
        text = _words(*sentences)
        if text:
            self.blocks.append(Block(kind, text, source))

    def num(self, n: int) -> str:
        return number(n, self.digits)

    @property
    def who(self) -> str:
        return _words(self.doc.title.body, self.doc.title.organisation)

    @property
    def deciding_body(self) -> str:
        return _fold(self.doc.title.short_name) or self.P.DEFAULT_DECIDING_BODY

    def on_days(self, days: list[int]) -> str:
        """«در روز اول جلسه» for a subset of a meeting of several days, else «در جلسه»."""
        days = sorted({d for d in days if 1 <= d <= len(self.days)})
        if len(self.days) < 2 or not days or len(days) == len(self.days):
            return self.P.IN_SESSION
        noun = self.P.DAY if len(days) == 1 else self.P.DAYS
        return self.P.ON_DAYS.format(noun=noun, ordinals=join(map(day_ordinal, days)))

    # ---- sections, in the order of the announcement; sections.py names each one's method ----

    def header(self):
        pub = self.doc.publication
        issue = self.num(pub.issue) if pub.issue else ""
        self.add(Kind.HEADER, "publication", pub.bulletin, issue)

    def title(self):
        if self.who:
            self.add(Kind.TITLE, "title", self.P.TITLE.format(kind=_fold(self.doc.title.kind), who=self.who))

    def session(self):
        s, settings = self.doc.session, self.doc.settings
        days = session_days(self.days, settings.calendar, self.doc.publication.date, self.digits,
                            word=settings.date_word, with_weekday=settings.weekday, words=self.P)
        held = ""
        if self.who or days or s.attendance.strip() or s.city.strip():
            held = _words(self.P.SESSION.format(who=self.who), days,
                          self.P.ATTENDANCE.format(attendance=_fold(s.attendance)) if s.attendance.strip() else "",
                          self.P.CITY.format(city=_fold(s.city)) if s.city.strip() else "", self.P.HELD)
        guests = [self.guest(g) for g in s.guests if g.name.strip()]
        self.add(Kind.PARAGRAPH, "session", held, self.quorum(s), *guests)

    def quorum(self, s: Session) -> str:
        """«جلسه با حضور ۴۲ نفر از ۶۰ عضو رسمیت یافت.»; nothing unless those present are known."""
        if not s.present:
            return ""
        if s.members:
            return self.P.QUORUM.format(present=self.num(s.present), members=self.num(s.members))
        return self.P.QUORUM_PRESENT.format(present=self.num(s.present))

    def guest(self, g) -> str:
        who = self.P.GUEST_WITH_ROLE.format(role=_fold(g.role), name=_fold(g.name)) if g.role.strip() else _fold(g.name)
        return self.P.GUEST.format(who=who, when=self.on_days(g.days))

    def agenda(self):
        a = self.doc.agenda
        items = [t for t in map(_item, a.items) if t]
        if not items:  # «approved» alone would be noise in a new, empty draft
            return
        approved = self.P.AGENDA_APPROVED if a.approved else ""
        if self.doc.settings.agenda_layout is AgendaLayout.LIST:
            self.add(Kind.PARAGRAPH, "agenda", approved, self.P.AGENDA_WAS)
            for i, item in enumerate(items, 1):
                self.add(Kind.ITEM, f"agenda.items[{i - 1}]", self.P.AGENDA_NUMBER.format(number=self.num(i), item=item))
            return
        if len(items) == 1:
            listed = items[0]
        else:
            numbered = [self.P.AGENDA_NUMBER.format(number=self.num(i), item=t) for i, t in enumerate(items, 1)]
            listed = " ".join(numbered[:-1]) + " و " + numbered[-1]  # the bulletin lists agenda items without commas
        self.add(Kind.PARAGRAPH, "agenda", approved, f"{self.P.AGENDA_WAS} {listed}.")

    def documents(self):
        docs = [(t, d.pages) for d in self.doc.documents if (t := _item(d.title))]
        if not docs:
            return
        titles = [self.P.DOCUMENT_PAGES.format(title=t, pages=self.num(p)) if p else t for t, p in docs]
        conjunction = self.P.AND_ALSO if any(" و " in t for t, _ in docs) else "و"
        during = self.P.DURING_DAYS.format(days=cardinal(len(self.days))) if len(self.days) > 1 else ""
        template = self.P.DOCUMENTS_MANY if len(docs) > 1 else self.P.DOCUMENTS_ONE
        self.add(Kind.PARAGRAPH, "documents", template.format(documents=join(titles, conjunction), during=during))

    def reports(self):
        r = self.doc.reports
        reports = [i for i in r.items if i.speaker.strip()]
        topic = _fold(r.topic)
        if len(reports) == 1:  # one sentence says all, title included: no speaker named twice
            (only,) = reports
            subject = _words(self.P.REPORT_ON_TOPIC.format(topic=topic) if topic else
                             self.P.REPORT_TALK if only.title.strip() else self.P.REPORT_NO_TOPIC,
                             self.P.REPORT_TITLE.format(title=_fold(only.title)) if only.title.strip() else "")
            opening = self.P.REPORTS_ONE.format(speaker=_fold(only.speaker), what=subject)
        elif reports:
            what = self.P.REPORT_ON_TOPIC.format(topic=topic) if topic else self.P.REPORT_NO_TOPIC
            opening = self.P.REPORTS_MANY.format(speakers=join(_fold(i.speaker) for i in reports), what=what)
        else:
            opening = ""
        details = []
        for i in r.items:
            if i.title.strip() and i.speaker.strip() and len(reports) > 1:
                details.append(self.P.REPORT_TITLED.format(speaker=_fold(i.speaker), title=_fold(i.title)))
            details.append(_sentence(i.summary))
        self.add(Kind.PARAGRAPH, "reports", opening, *details)

    def discussion(self):
        for line in self.doc.discussion.split("\n"):
            self.add(Kind.PARAGRAPH, "discussion", _sentence(line))

    def resolutions(self):
        sentences = []
        for r in self.doc.resolutions:
            text = _fold(r.text).rstrip(".")
            if not text:
                continue
            vote = self.vote(r)
            who = _words(self.deciding_body, vote)  # «کمیته به اتفاق آرا تصویب کرد که …»
            if r.kind is ResolutionKind.DECISION:
                sentences.append(_sentence(self.P.DECISION.format(body=who, text=text)))
            elif r.kind is ResolutionKind.AUTHORISATION and r.body.strip():
                sentences.append(_sentence(self.P.AUTHORISATION.format(body=who, to=_fold(r.body), text=text)))
            else:  # free text has no verb of ours to put the vote before: a sentence of its own
                sentences += [_sentence(text), self.P.VOTED.format(vote=vote) if vote else ""]
        self.add(Kind.PARAGRAPH, "resolutions", *sentences)

    def vote(self, r: Resolution) -> str:
        """How a resolution was voted, as said before its verb; "" when not recorded.
        Counts of zero are left out: «با ۲۸ رأی موافق و ۲ رأی ممتنع»."""
        if r.vote is Vote.UNANIMOUS:
            return self.P.UNANIMOUS
        if r.vote is Vote.MAJORITY:
            return self.P.MAJORITY
        if r.vote is not Vote.COUNTED:
            return ""
        counts = [phrase.format(n=self.num(n)) for phrase, n in
                  ((self.P.VOTES_FOR, r.votes_for), (self.P.VOTES_AGAINST, r.votes_against), (self.P.ABSTENTIONS, r.abstentions)) if n]
        return self.P.COUNTED.format(counts=join(counts)) if counts else ""

    def other_discussions(self):
        for n, o in enumerate(self.doc.other_discussions):
            when = self.on_days([o.day]) if o.day else self.P.IN_SESSION
            topics = join(o.topics)
            text = _fold(o.text)
            if topics:
                opening = self.P.DISCUSSED.format(when=when, topics=topics)
                # A text starting with «و» continues the sentence; anything else follows it.
                body = f"{opening} {_sentence(text)}" if text.startswith("و ") else _words(_sentence(opening), _sentence(text))
            else:
                body = _words(when, _sentence(text)) if text else ""
            self.add(Kind.PARAGRAPH, f"other_discussions[{n}]", body)

    def elections(self):
        for n, e in enumerate(self.doc.elections):
            self.add(Kind.PARAGRAPH, f"elections[{n}]", _sentence(e.intro), *self.election(e))

    def election(self, e: Election) -> list[str]:
        body = _fold(e.body)
        if not body:
            return []
        size = self.P.ELECTION_SIZE.format(seats=cardinal(e.seats)) if e.seats > 1 else ""
        elected = _words(self.P.A_BODY.format(body=body), size, e.purpose)
        sentences = [self.P.ELECTION_DECIDED.format(body=self.deciding_body, elected=elected)]
        people = [(self.named(p, e), _fold(p.role) or e.member_role) for p in e.people if p.name.strip()]
        member = _fold(e.member_role)
        offices = [role for _, role in people if role != member]
        others = e.seats - len(offices)
        if offices and others > 0 and len(people) > len(offices):
            sentences.append(self.P.ELECTION_OTHERS.format(
                offices=join(dict.fromkeys(offices)), others=cardinal(others), elected=body,
                verb=self.P.ELECTED_ONE if others == 1 else self.P.ELECTED_MANY))
        if people:
            sentences.append(self.elected(e, people, member))
        alternates = [self.named(a, e) for a in e.alternates if a.name.strip()]
        if alternates:
            template = self.P.ALTERNATES_ONE if len(alternates) == 1 else self.P.ALTERNATES_MANY
            sentences.append(template.format(names=join(alternates), body=body))
        if e.acclamation and (people or alternates):
            sentences.append(self.P.BY_ACCLAMATION)
        return sentences

    def named(self, person, e: Election) -> str:
        """An elected person's name, with their votes if counted: «مینا احدی با ۳۰ رأی»
        (an election by acclamation has no ballot to count)."""
        name = person.name.strip()
        if person.votes and not e.acclamation:
            return self.P.WITH_VOTES.format(name=name, votes=self.num(person.votes))
        return name

    def elected(self, e: Election, people, member: str) -> str:
        """«در ابتدا X به دبیری کمیته، سپس Y و Z برای عضویت در … انتخاب شدند.»"""
        groups = []
        for name, role in people:  # consecutive people with the same role form one group
            if groups and groups[-1][0] == role:
                groups[-1][1].append(name)
            else:
                groups.append((role, [name]))
        parts = [self.group(role, names, member, e) for role, names in groups]
        if len(parts) > 1:
            parts = [f"{self.P.FIRST} {parts[0]}"] + [f"{self.P.THEN} {p}" for p in parts[1:]]
            if len(parts) > 2:
                parts[-1] = parts[-1].replace(self.P.THEN, self.P.FINALLY, 1)
                listed = "، ".join(parts[:-1]) + " " + parts[-1]
            else:
                listed = "، ".join(parts)
        else:
            listed = parts[0]
        verb = self.P.ELECTED_ONE if len(people) == 1 else self.P.ELECTED_MANY
        return f"{listed} {verb}."

    def group(self, role: str, names: list[str], member: str, e: Election) -> str:
        names_text = join(names)
        if role == member:
            return self.P.ELECTED_MEMBERS.format(names=names_text, elected=_fold(e.full_name) or _fold(e.body))
        of_elected = e.offices_of is OfficeOf.ELECTED_BODY
        body = _fold(e.body) if of_elected else self.deciding_body
        noun = office(role)
        if noun:
            return self.P.ELECTED_TO_OFFICE.format(names=names_text, office=noun, body=body)
        if of_elected:
            return self.P.ELECTED_AS_OF.format(names=names_text, role=role, body=body)
        return self.P.ELECTED_AS.format(names=names_text, role=role)

    def closing(self):
        for n, text in enumerate(self.doc.closing):
            self.add(Kind.PARAGRAPH, f"closing[{n}]", _sentence(text))


def _cleaned_and_weighed(name: str, value) -> tuple[object, int]:
    """A top-level part of the model with invisible characters dropped from every field
    (see controls.py; the user's own model, and so the draft, keeps them), and its weight:
    each field's characters and FIELD_WEIGHT more."""
    found, weight = [], 0
    for path, field, v in schema.walk(value, schema.at(name)):
        if field.type is str:
            weight += len(v) + FIELD_WEIGHT
            if has_controls(v):
                found.append((path, v))
        elif not (field.is_record or field.type is list):
            weight += FIELD_WEIGHT
    if not found:
        return value, weight
    if isinstance(value, str):
        return strip_controls(value), weight
    value = copy.deepcopy(value)
    for path, text in found:
        set_value(value, path, strip_controls(text))
    return value, weight


_PARTS = [f.name for f in dataclasses.fields(Announcement)]


def _top(path: str) -> str:
    return path.split(".")[0].split("[")[0]


class Composition:
    """Composes an announcement and, after an edit, composes again only the sections
    that read the changed part of the model: typing in one field of a long announcement
    costs one section, not all of them. The result always equals compose(doc).

    A section whose phrases go past what the draft allows them (the module's docstring)
    is left out, and `problems` says so."""

    def __init__(self):
        self.clean: dict[str, object] = {}  # each top-level part of the model, controls dropped
        self.weights: dict[str, int] = {}  # each top-level part's weight
        self.sections: dict[str, list[Block]] = {}
        self.spent: dict[str, float] = {}  # what each section's phrases added
        self.too_long: set[str] = set()  # the sections left out

    def update(self, doc: Announcement, changed: set[str] | None = None) -> list[Block]:
        """The blocks for doc; `changed` names the paths edited since the last update
        (None: everything, as after loading another draft)."""
        tops = set(_PARTS) if changed is None else {_top(p) for p in changed}
        if tops & {"settings", "phrases"} or not self.sections:  # digits, calendar and wording reach every section
            tops = set(_PARTS)
        for name in tops:
            self.clean[name], self.weights[name] = _cleaned_and_weighed(name, getattr(doc, name))
        clean = Announcement(**self.clean)
        budget = MULTIPLE * sum(self.weights.values()) + ALLOWANCE
        stale = [s.composer for s in COMPOSED if s.reads & tops or s.composer not in self.sections]
        for name in stale:
            self.spent[name] = 0
        for name in stale:
            composer = _Composer(clean, budget - sum(self.spent.values()))
            try:
                getattr(composer, name)()
            except _TooLong:
                self.sections[name], self.spent[name] = [], 0
                self.too_long.add(name)
                continue
            self.too_long.discard(name)
            self.sections[name], self.spent[name] = composer.blocks, composer.spent
        return [block for s in COMPOSED for block in self.sections[s.composer]]

    @property
    def problems(self) -> list[Problem]:
        """Each section left out, named as the registry names it (sections.py)."""
        return [Problem(s.key,
                        "این بخش چندین برابر پیش‌نویس می‌شود و در اطلاعیه نمی‌آید: عبارت‌های بازنویسی‌شده‌اش، یا نامی که "
                        "در هر بندش تکرار می‌شود (نام کوتاه نهاد)، بیش از اندازه بلند است",
                        "this part would be many times longer than the draft and is left out of the announcement: its "
                        "reworded phrases, or a name repeated in every item (the body's short name), are too long")
                for s in COMPOSED if s.composer in self.too_long]


def compose(doc: Announcement) -> list[Block]:
    """The announcement as blocks, in reading order; empty sections are left out.
    DraftError when the draft's phrases would make its text past the bound above."""
    composition = Composition()
    blocks = composition.update(doc)
    if composition.problems:
        raise DraftError(composition.problems)
    return blocks


_OPEN, _CLOSE = "\ufdd0", "\ufdd1"  # noncharacters, which the composer drops from every field (controls.py)
_SENTENCE_ENDS = (". ", ": ", "؟ ", "! ")


def usage(doc: Announcement, key: str) -> tuple[str, str, str] | None:
    """One sentence of doc's composed text that uses the phrase, as (before, the phrase
    filled, after); None when this announcement does not use it (or is too long to
    compose). The phrase is marked after the fields are cleaned, so no text typed into a
    field can pass for the marks."""
    composition = Composition()
    composition.update(doc)
    if composition.too_long:
        return None
    clean = dict(composition.clean)
    clean["phrases"] = {**clean["phrases"], key: _OPEN + phrase(clean["phrases"], key) + _CLOSE}
    marked = Announcement(**clean)
    for section in COMPOSED:
        composer = _Composer(marked)
        getattr(composer, section.composer)()
        for block in composer.blocks:
            found = _sentence_with(block.text)
            if found:
                return found
    return None


def _sentence_with(marked: str) -> tuple[str, str, str] | None:
    start = marked.find(_OPEN)
    if start < 0:
        return None
    text = marked.replace(_OPEN, "").replace(_CLOSE, "")  # a phrase used twice is marked twice
    end = marked.index(_CLOSE, start) - 1
    begin = max(text.rfind(sep, 0, start) for sep in _SENTENCE_ENDS)
    begin = begin + 2 if begin >= 0 else 0
    if text[end - 1:end] == ".":  # the phrase ends its sentence
        finish = end
    else:
        stops = [i for i in (text.find(".", end), text.find(":", end)) if i >= 0]
        finish = min(stops) + 1 if stops else len(text)
    return text[begin:start], text[start:end], text[end:finish]
