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
import functools
import operator
import re
from collections.abc import Collection, Sequence
from typing import Any

from . import images, rewrites, schema
from .blocks import Block, Kind
from .controls import has_controls, strip_controls
from .paths import child, get, set_value
from .dates import format_date, session_days, session_month
from .model import (Agenda, AgendaLayout, Alternate, Announcement, Decisions, Document, ElectedPerson, Election, ElectionLayout,
                    NextMeeting, OfficeOf, Opening, OtherDiscussion, Part, Positions, Procedure, Quorum, RelativeDay, Reports, Resolution,
                    ResolutionKind, Session, Signature, Speech, Voice, Vote)
from .persian.clauses import ends_with_verb, says_purpose, share_verbs
from .persian.digits import number
from .persian.joining import clean_item, join
from .persian.numbers import cardinal, day_ordinal
from .persian.roles import office
from .problems import DraftError, Problem
from .sections import HEAD, KINDS
from .wording import Phrases, phrase

_SENTENCE_END = tuple(".!؟?…:»)")


@functools.lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    """text with its runs of white space as one space, and none at its ends. Kept: add()
    folds every sentence of a paragraph at each composition, the memo's included (1,200
    in the reports of 200× the example, 2.5 ms a key), and a string keeps its hash."""
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


_MEMO_LIMIT = 100_000  # sentences remembered: past it the memo starts again


_PLAIN = frozenset((str, bool, int, float, type(None)))  # a value that is its own key


@functools.cache
def _fields(record: type):
    """What reads every field of a record's type at once (None: not a record)."""
    if not dataclasses.is_dataclass(record):
        return None
    names = [f.name for f in dataclasses.fields(record)]
    return operator.attrgetter(*names) if len(names) > 1 else lambda value: (getattr(value, names[0]),)


def _key(value: Any) -> Any:
    """A record's value as a key of the composer's memo: every field, so that a field
    added to the model is never left out of what its sentence is remembered by. The
    600 reports of 200× the example are keyed at every keystroke: each record's fields
    are read by one attrgetter, and a plain value is taken as it is."""
    kind: Any = type(value)
    if kind in _PLAIN:
        return value
    if kind is list:
        return tuple(map(_key, value))
    fields = _fields(kind)
    return value if fields is None else (kind, *map(_key, fields(value)))


class _TooLong(Exception):
    """The phrases of a section went past what the draft leaves them."""


class _Composer:
    def __init__(self, doc: Announcement, allowed: float = float("inf"), memo: dict | None = None):
        self.doc = doc  # its sections are not read here: each is given to its composer
        self.memo = {} if memo is None else memo  # what remembered() made, for this wording and these settings
        self.allowed, self.spent = allowed, 0  # characters the phrases may add, and have added
        self.P = Phrases(doc.phrases, self._spend)  # every phrase is read through it, so a draft's wording applies
        self.digits = doc.settings.persian_digits
        self.days = sorted(set(doc.session.days))
        self.blocks: list[Block] = []
        # How the unit joins its neighbours (`Joint`): set by _compose_unit before it composes …
        self.continued = False  # the session: the first section continues its sentence
        self.after_session = False  # a section that continues the session's sentence (it is the first)
        # … and by the unit as it composes:
        self.first_length = 0  # the first sentence's characters in the first block («sentence» as add() was given it)
        self.leading: str | None = None  # that sentence as it reads continuing the session's, when not as it is
        self.held: tuple[int, int, str] | None = None  # the session's sentence in its block, and as continued

    def _spend(self, characters: int):
        self.spent += characters
        if self.spent > self.allowed:
            raise _TooLong

    def remembered(self, key: tuple, make, *args):
        """make(*args), which depends on key and the wording alone, as composed before
        (Composition.memo), its phrases' characters spent again: a keystroke in one of
        600 reports composes one report's sentences, not 600."""
        known = self.memo.get(key)
        if known is None:
            before = self.spent
            made = make(*args)
            if len(self.memo) >= _MEMO_LIMIT:
                self.memo.clear()
            known = self.memo[key] = made, self.spent - before
        else:
            self._spend(known[1])
        return known[0]

    def add(self, kind: Kind, source: str, *sentences: str) -> list[tuple[int, int] | None]:
        """A block of the sentences given, and where each is in its text (None: empty)."""
        spans: list[tuple[int, int] | None] = []
        end = 0
        folded = [*map(_fold, sentences)]
        for sentence in folded:
            start = end + 1 if end else 0  # after the space that parts it from the one before
            spans.append((start, start + len(sentence)) if sentence else None)
            end = start + len(sentence) if sentence else end
        text = " ".join(sentence for sentence in folded if sentence)
        if text:
            if not self.blocks:
                self.first_length = next(span[1] for span in spans if span)
            self.blocks.append(Block(kind, text, source))
        return spans

    def join(self, items, conjunction: str | None = None) -> str:
        """A list in the draft's wording: «الف، ب و ج». Its commas are metered, one for
        each item: a comma reworded to a long phrase must not multiply a long list."""
        items = list(items)
        comma = self.P.LIST_COMMA
        self._spend((len(comma) + 1) * max(len(items) - 2, 0))
        return join(items, self.P.LIST_AND if conjunction is None else conjunction, comma)

    def separated(self, parts: list[str]) -> str:
        """Parts of one sentence parted by the list's comma: «در ابتدا …، سپس …»."""
        comma = self.P.LIST_COMMA
        self._spend((len(comma) + 1) * max(len(parts) - 1, 0))
        return f"{comma} ".join(parts)

    def dates(self, days, relative: str = "", with_date: bool = True) -> str:
        """Days as the document's date style writes them: «روزهای شنبه و یکشنبه ۱۵ و ۱۶ …»."""
        s = self.doc.settings
        return session_days(days, s.calendar, self.doc.publication.date, self.digits, word=s.date_word,
                            with_weekday=s.weekday, words=self.P, numeric=s.numeric_dates, with_year=s.year,
                            relative=relative, with_date=with_date)

    def session_when(self, s: Session) -> str:
        """The session's days as its fields say them: by their month alone, by their weekday
        alone, from the day of writing («امروز جمعه …», «دیروز»), after a part of the day («عصر …»)."""
        relative = {RelativeDay.TODAY: self.P.TODAY, RelativeDay.YESTERDAY: self.P.YESTERDAY}.get(s.relative_day, "")
        if s.month_only and self.days:
            days = self.month(self.days[0])
        else:
            days = self.dates(self.days, relative, with_date=not s.weekday_only) or relative
        return _fold(self.P.PART_OF_DAY.format(part=_fold(s.part_of_day), day=days)) if s.part_of_day.strip() else days

    def month(self, day) -> str:
        """A meeting's month, as the document's date style writes it: «در خرداد ماه ۱۴۰۳»."""
        s = self.doc.settings
        return session_month(day, s.calendar, self.digits, words=self.P, with_year=s.year)

    def num(self, n: int) -> str:
        return number(n, self.digits)

    @property
    def who(self) -> str:
        return _words(self.doc.title.body, self.doc.title.organisation)

    @property
    def names(self) -> dict[str, str]:
        """The body that met, whole and in its parts, for the phrases that name it."""
        return {"who": self.who, "body": _fold(self.doc.title.body), "organisation": _fold(self.doc.title.organisation)}

    @property
    def deciding_body(self) -> str:
        return _fold(self.doc.title.short_name) or self.P.DEFAULT_DECIDING_BODY

    def in_session(self) -> str:
        """«در جلسه», or as the body words it: «در این {body}» (phrases.ALSO_KNOWS)."""
        return self.P.IN_SESSION.format(body=self.deciding_body)

    def on_days(self, days: list[int]) -> str:
        """«در روز اول جلسه» for a subset of a meeting of several days, else «در جلسه»."""
        days = sorted({d for d in days if 1 <= d <= len(self.days)})
        if len(self.days) < 2 or not days or len(days) == len(self.days):
            return self.in_session()
        noun = self.P.DAY if len(days) == 1 else self.P.DAYS
        return self.P.ON_DAYS.format(noun=noun, ordinals=self.join(map(day_ordinal, days)))

    # ---- the fixed parts, composed before the body ----

    def letterhead(self):
        """The image, then its lines, each as typed; an image that cannot be drawn is left
        out (images.picture logs it, validate.py says it)."""
        head = self.doc.letterhead
        picture = images.picture(head.image, head.height_mm)
        if picture is not None:
            self.blocks.append(Block(Kind.IMAGE, "", "letterhead", picture=picture))
        for line in head.lines:
            self.add(Kind.LETTERHEAD, "letterhead", line)

    def header(self):
        """The bulletin and its issue above the title; or, as the source quoted (credit),
        a line at the end: «به نقل از «نامۀ مردم»، شمارۀ ۱۲۱۰، ۲۸ خرداد ۱۴۰۳» (Composition
        places it after the sections)."""
        pub = self.doc.publication
        issue = self.num(pub.issue) if pub.issue else ""
        if not pub.credit:
            self.add(Kind.HEADER, "publication", pub.bulletin, issue)
            return
        settings = self.doc.settings
        parts = [self.P.CREDIT.format(bulletin=_fold(pub.bulletin)) if pub.bulletin.strip() else "",
                 self.P.CREDIT_ISSUE.format(issue=issue) if issue else "",
                 format_date(pub.date, settings.calendar, self.digits, words=self.P, numeric=settings.numeric_dates)
                 if pub.date else ""]
        parts = [p for p in parts if p]
        if parts:
            self.add(Kind.SIGNATURE, "publication", self.separated(parts))

    def title(self):
        headline = _fold(self.doc.title.headline)
        if self.doc.title.untitled:  # a news report's, a notice's: no title line
            return
        if headline:  # the secretary's own
            self.add(Kind.TITLE, "title", headline)
        elif self.who:
            self.add(Kind.TITLE, "title", self.P.TITLE.format(kind=_fold(self.doc.title.kind), who=self.who))

    def session(self):
        s = self.doc.session
        days = self.session_when(s)
        held = ""
        # Together: the guests of every day and the attendance in one sentence of their own.
        together = [g for g in s.guests if g.name.strip() and self.on_days(g.days) == self.in_session()] \
            if s.together else []
        attendance = "" if s.together else _fold(s.attendance)
        parts: dict[str, str] = {}
        if self.who or days or attendance or s.city.strip() or s.venue.strip():
            qualifier = _fold(s.qualifier)
            chair = self.who_with_role(s.chair, s.chair_role)
            parts = dict(  # the sentence's parts, which a body may put in its own order
                session=self.P.SESSION_OF_KIND.format(qualifier=qualifier, **self.names) if qualifier else
                self.P.SESSION.format(**self.names),
                purpose=self.purpose(s.purpose),
                convened=self.P.CONVENED.format(convener=_fold(s.convened_by)) if s.convened_by.strip() else
                self.P.CONVENED_BEFORE if s.invited else "",
                chair=self.P.CHAIRED.format(chair=chair) if chair else "",
                days=days, time=self.P.AT_TIME.format(time=_fold(s.time)) if s.time.strip() else "",
                attendance=self.P.ATTENDANCE.format(attendance=attendance) if attendance else "",
                venue=self.P.VENUE.format(venue=_fold(s.venue)) if s.venue.strip() else "",
                city=self.P.CITY.format(city=_fold(s.city)) if s.city.strip() else "")
            held = _fold(self.P.SESSION_SENTENCE.format(**parts, held=self.P.HELD))
        named = [self.guest_named(g) for g in together] + ([_fold(s.attendance)] if s.together and s.attendance.strip() else [])
        present = self.P.PRESENT_TOGETHER.format(when=self.in_session(), who=self.join(named)) if named else ""
        guests = [self.remembered(("guest", _key(g), tuple(self.days), self.deciding_body), self.guest, g)
                  for g in s.guests if g.name.strip() and g not in together]  # on_days reads the days and the body
        sentences = [held, self.quorum(s), self.proxies(s), present, self.apologies(s), self.excused(s), *guests]
        source = _fold(self.doc.publication.reported_by)
        lead = self.P.LEAD.format(source=source) if source and any(sentences) else ""  # a news report's: «به گزارش ایسنا، …»
        span = self.add(Kind.PARAGRAPH, "session", lead, *sentences)[1]
        if span and self.continued:  # what the first section's sentence follows, in place of this one
            self.held = (*span, _fold(self.P.SESSION_CONTINUED.format(**parts, held=self.P.HELD.rstrip("."))))

    def excused(self, s: Session) -> str:
        if not s.excused:
            return ""
        return self.P.EXCUSED.format(count=self.num(s.excused), in_words=cardinal(s.excused))

    def proxies(self, s: Session) -> str:
        return self.P.PROXIES.format(proxies=self.num(s.proxies)) if s.proxies else ""

    def apologies(self, s: Session) -> str:
        names = [n for n in map(_fold, s.apologies) if n]
        if not names:
            return ""
        return (self.P.APOLOGIES_ONE if len(names) == 1 else self.P.APOLOGIES_MANY).format(names=self.join(names))

    def quorum(self, s: Session) -> str:
        """«جلسه با حضور ۴۲ نفر از ۶۰ عضو رسمیت یافت.»; nothing unless those present are
        known; a quorum not reached is said whatever the count."""
        if s.quorum is Quorum.NOT_REACHED:
            return self.P.NOT_REACHED
        if s.quorum is Quorum.POSTPONED:
            return self.P.NOT_REACHED_POSTPONED
        if not s.present:
            return ""
        if s.members:
            return self.P.QUORUM.format(present=self.num(s.present), members=self.num(s.members))
        return self.P.QUORUM_PRESENT.format(present=self.num(s.present))

    def guest_named(self, g) -> str:
        return self.P.GUEST_WITH_ROLE.format(role=_fold(g.role), name=_fold(g.name)) if g.role.strip() else _fold(g.name)

    def guest(self, g) -> str:
        return (self.P.GUESTS if g.plural else self.P.GUEST).format(who=self.guest_named(g), when=self.on_days(g.days))

    # ---- the kinds of the body's sections (sections.KINDS): each is given its value and
    # the path of it, «sections[3].agenda», which its blocks name as their source ----

    def paragraph(self, text: str, at: str):
        for line in text.split("\n"):
            self.add(Kind.PARAGRAPH, at, _sentence(line))

    def agenda(self, a: Agenda, at: str):
        items = [t for t in map(_item, a.items) if t]
        discussed = self.P.AGENDA_DISCUSSED if a.discussed else ""
        if not items:  # «approved» alone would be noise in a new, empty draft; «discussed» is asked for
            self.add(Kind.PARAGRAPH, at, discussed)
            return
        approved = self.P.AGENDA_APPROVED if a.approved else ""
        if self.doc.settings.agenda_layout is AgendaLayout.LIST:
            self.add(Kind.PARAGRAPH, at, approved, self.P.AGENDA_WAS)
            for i, item in enumerate(items, 1):
                self.add(Kind.ITEM, f"{at}.items[{i - 1}]", self.P.AGENDA_NUMBER.format(number=self.num(i), item=item))
            self.add(Kind.PARAGRAPH, at, discussed)
            return
        if len(items) == 1:
            listed = items[0]
        else:
            numbered = [self.P.AGENDA_NUMBER.format(number=self.num(i), item=t) for i, t in enumerate(items, 1)]
            listed = f"{' '.join(numbered[:-1])} {self.P.LIST_AND} {numbered[-1]}"  # the bulletin lists agenda items without commas
        self.add(Kind.PARAGRAPH, at, approved, f"{self.P.AGENDA_WAS} {listed}.", discussed)

    def documents(self, documents: list[Document], at: str):
        """The documents discussed in one sentence, and those adopted in another."""
        sentences = []
        for adopted in (False, True):
            docs = [(t, d.pages) for d in documents if d.adopted is adopted and (t := _item(d.title))]
            if not docs:
                continue
            titles = [self.P.DOCUMENT_PAGES.format(title=t, pages=self.num(p)) if p else t for t, p in docs]
            listed = self.join(titles, self.P.AND_ALSO if any(f" {self.P.LIST_AND} " in t for t, _ in docs) else None)
            if adopted:
                template = self.P.DOCUMENTS_ADOPTED_MANY if len(docs) > 1 else self.P.DOCUMENTS_ADOPTED_ONE
                sentences.append(template.format(documents=listed, body=self.deciding_body))
            else:
                during = self.P.DURING_DAYS.format(days=cardinal(len(self.days))) if len(self.days) > 1 else ""
                template = self.P.DOCUMENTS_MANY if len(docs) > 1 else self.P.DOCUMENTS_ONE
                sentences.append(template.format(documents=listed, during=during))
        self.add(Kind.PARAGRAPH, at, *sentences)

    def reports(self, r: Reports, at: str):
        reports = [i for i in r.items if i.speaker.strip()]
        topic = _fold(r.topic)
        if len(reports) == 1:  # one sentence says all, title included: no speaker named twice
            (only,) = reports
            subject = _words(self.P.REPORT_ON_TOPIC.format(topic=topic) if topic else
                             self.P.REPORT_TALK if only.title.strip() else self.P.REPORT_NO_TOPIC,
                             self.P.REPORT_TITLE.format(title=_fold(only.title)) if only.title.strip() else "")
            template = ((self.P.REPORTS_ONE_PLURAL if only.plural else self.P.REPORTS_ONE) if r.framed else
                        self.P.REPORT_ONE_PLAIN_PLURAL if only.plural else self.P.REPORT_ONE_PLAIN)
            opening = template.format(speaker=_fold(only.speaker), what=subject)
        elif reports:
            what = self.P.REPORT_ON_TOPIC.format(topic=topic) if topic else self.P.REPORT_NO_TOPIC
            template = self.P.REPORTS_MANY if r.framed else self.P.REPORTS_MANY_PLAIN
            opening = template.format(speakers=self.join(_fold(i.speaker) for i in reports), what=what)
        else:
            opening = ""
        titled = len(reports) > 1
        details = [sentence for i in r.items for sentence in self.remembered(("report", _key(i), titled), self.report, i, titled)]
        self.add(Kind.PARAGRAPH, at, opening, *details)

    def report(self, i, titled: bool) -> tuple[str, ...]:
        """One report's sentences after the opening: who spoke on what (titled: when the
        opening names several speakers), and its summary."""
        summary = self.summary(i.summary)
        if i.title.strip() and i.speaker.strip() and titled:
            template = self.P.REPORT_TITLED_PLURAL if i.plural else self.P.REPORT_TITLED
            return template.format(speaker=_fold(i.speaker), title=_fold(i.title)), summary
        return (summary,)

    def summary(self, text: str) -> str:
        """A report's summary as a sentence: as typed when it ends with its verb, else what
        the report covered («در این گزارش به وضعیت مالی انجمن پرداخته شد.»)."""
        if not text.strip() or ends_with_verb(text):
            return _sentence(text)
        return self.P.REPORT_COVERED.format(summary=_fold(text).rstrip("."))

    def purpose(self, text: str) -> str:
        """What a meeting or an election was for, after «برای» unless typed with its own
        («برای دوره دو ساله», «به منظور …»)."""
        if not text.strip():
            return ""
        return _fold(text) if says_purpose(text) else self.P.PURPOSE.format(purpose=_fold(text))

    def who_with_role(self, name: str, role: str) -> str:
        name, role = _fold(name), _fold(role)
        return self.P.SPEAKER_WITH_ROLE.format(role=role, name=name) if role and name else name or role

    def speech(self, sp: Speech, at: str):
        who = self.who_with_role(sp.speaker, sp.role)
        about = self.P.ABOUT.format(topic=_fold(sp.topic)) if sp.topic.strip() else ""
        opening, answered = "", ""
        if who:
            one, many = {Voice.SPEECH: (self.P.SPOKE_ONE, self.P.SPOKE_MANY),
                         Voice.REPORT: (self.P.REPORTED_ONE, self.P.REPORTED_MANY),
                         Voice.MESSAGE_SENT: (self.P.MESSAGE_SENT_ONE, self.P.MESSAGE_SENT_MANY),
                         Voice.MESSAGE_READ: (self.P.MESSAGE_READ, self.P.MESSAGE_READ)}[sp.voice]
            opening = _fold((many if sp.plural else one).format(who=who, about=about, topic=_fold(sp.topic)))  # no gap
            if sp.voice is not Voice.MESSAGE_READ:  # a message read out has no one there to answer
                answered = self.P.ANSWERED_MANY if sp.plural else self.P.ANSWERED_ONE
        elif sp.voice is Voice.REPORT and about:  # a report whose speaker is not named
            opening = _fold(self.P.REPORTED_PASSIVE.format(about=about, topic=_fold(sp.topic)))
            answered = self.P.ANSWERED_PASSIVE
        if sp.answered and answered:  # one sentence: «… ارائه داد و به پرسش‌های حاضران پاسخ داد.»
            opening = f"{opening.rstrip('.')} {answered}"
        text = _fold(sp.text)
        if opening and text.startswith("و "):  # continues the sentence, as a discussion's text does
            opening = opening.rstrip(".")
        self.add(Kind.PARAGRAPH, at, opening, _sentence(text))

    def opening(self, o: Opening, at: str):
        recitation = self.P.RECITATION if o.recitation else ""
        anthem = self.P.ANTHEM.format(anthem=_fold(o.anthem)) if o.anthem.strip() else ""
        silence = (self.P.SILENCE_FOR.format(whom=_fold(o.in_memory_of)) if o.in_memory_of.strip() else
                   self.P.SILENCE) if o.silence else ""
        welcomed = self.P.WELCOMED_BY.format(who=_fold(o.welcomed_by)) if o.welcomed_by.strip() else ""
        if o.opened_by.strip():
            template = self.P.OPENED_BY_WELCOMING if o.welcome and not welcomed else self.P.OPENED_BY
            opened = template.format(who=_fold(o.opened_by))
        else:
            opened = self.P.WELCOME if o.welcome and not welcomed else ""
        steps = [s for s in (recitation, anthem, silence, opened, welcomed, _sentence(o.text)) if s]
        if self.after_session and (recitation or anthem):  # the meeting, its subject, named by the session's sentence
            first = self.P.RECITATION_CONTINUING if recitation else self.P.ANTHEM_CONTINUING.format(anthem=_fold(o.anthem))
            self.leading = self.joined_steps([first, *steps[1:]]) if o.joined and len(steps) > 1 else first
        if o.joined and len(steps) > 1:
            steps = [self.joined_steps(steps)]
        self.add(Kind.PARAGRAPH, at, *steps)

    def joined_steps(self, steps: list[str]) -> str:
        """Sentences as the steps of one: «A و سپس B و سپس C.», each but the last without its
        full stop and without a light verb the next repeats («… تلاوت و سپس … گفته شد.»)."""
        clauses = share_verbs([s.rstrip(".") for s in steps[:-1]] + steps[-1:])
        return _words(self.P.STEPS_FIRST.format(step=clauses[0]), *(self.P.STEPS_THEN.format(step=c) for c in clauses[1:]))

    def procedure(self, p: Procedure, at: str):
        names = [n for n in map(_fold, p.presiding) if n]
        presiding = (self.P.PRESIDING_ONE if len(names) == 1 else self.P.PRESIDING_MANY).format(
            names=self.join(names)) if names else ""
        rules = self.P.RULES_BY.format(who=_fold(p.rules_by)) if p.rules_by.strip() else self.P.RULES if p.rules else ""
        sentences = [s for s in (self.P.CREDENTIALS if p.credentials else "", presiding, rules) if s]
        text = _fold(p.text)
        if sentences and text.startswith("و "):  # continues the last sentence
            sentences[-1] = sentences[-1].rstrip(".")
        self.add(Kind.PARAGRAPH, at, *sentences, _sentence(text))

    def decisions(self, d: Decisions, at: str):
        items = [(n, t) for n, t in enumerate(map(_item, d.items)) if t]  # numbered as printed, named as typed
        if not items:
            return
        self.add(Kind.PARAGRAPH, at, self.P.DECISIONS.format(body=self.deciding_body))
        for printed, (n, item) in enumerate(items, 1):
            if d.numbered:
                self.add(Kind.ITEM, f"{at}.items[{n}]",
                         _sentence(self.P.DECISION_NUMBER.format(number=self.num(printed), item=item)))
            else:  # each a paragraph of its own, as typed
                self.add(Kind.PARAGRAPH, f"{at}.items[{n}]", _sentence(item))

    def next_meeting(self, n: NextMeeting, at: str):
        day = self.dates([n.date]) if n.date else ""
        when = _words(day, self.P.AT_TIME.format(time=_fold(n.time)) if n.time.strip() else "",
                      self.P.VENUE.format(venue=_fold(n.venue)) if n.venue.strip() else "")
        if when:
            self.add(Kind.PARAGRAPH, at, self.P.NEXT_MEETING.format(when=when))
        elif n.later:
            self.add(Kind.PARAGRAPH, at, self.P.NEXT_MEETING_LATER)

    def signature(self, sig: Signature, at: str):
        """Lines as typed, with no full stop added: the body's name, a place, a date."""
        for n, line in enumerate(sig.lines):
            self.add(Kind.SIGNATURE, f"{at}.lines[{n}]", line)
        if sig.date:
            self.add(Kind.SIGNATURE, f"{at}.date", format_date(sig.date, self.doc.settings.calendar, self.digits,
                                                               words=self.P, numeric=self.doc.settings.numeric_dates))

    def resolutions(self, resolutions: list[Resolution], at: str):
        sentences = []
        for r in resolutions:
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
        self.add(Kind.PARAGRAPH, at, *sentences)

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
        return self.P.COUNTED.format(counts=self.join(counts)) if counts else ""

    def discussion(self, o: OtherDiscussion, at: str):
        when = self.on_days([o.day]) if o.day else self.in_session()
        topics = self.join(o.topics)
        text = _fold(o.text)
        adopted = [t for t in map(_item, o.adopted) if t]
        if adopted:  # what the discussion ended in adopting, in its sentence
            documents = self.join(adopted)
            opening = (self.P.DISCUSSED_ADOPTED.format(when=when, body=self.deciding_body, topics=topics, documents=documents)
                       if topics else (self.P.DOCUMENTS_ADOPTED_MANY if len(adopted) > 1 else self.P.DOCUMENTS_ADOPTED_ONE)
                       .format(documents=documents, body=self.deciding_body)).rstrip(".")
            body = f"{opening} {_sentence(text)}" if text.startswith("و ") else _words(_sentence(opening), _sentence(text))
        elif topics:
            raised = self.P.RAISED_MANY if len([t for t in o.topics if t.strip()]) > 1 else self.P.RAISED_ONE
            opening = _fold((raised if o.raised else self.P.DISCUSSED).format(when=when, topics=topics))
            # A text starting with «و» continues the sentence; anything else follows it.
            body = f"{opening} {_sentence(text)}" if text.startswith("و ") else _words(_sentence(opening), _sentence(text))
        else:
            body = _words(when, _sentence(text)) if text else ""
        concluded = [t for t in map(_item, o.concluded) if t]
        self.add(Kind.PARAGRAPH, at, body, self.P.CONCLUDED.format(conclusions=self.join(concluded)) if concluded else "")

    def positions(self, p: Positions, at: str):
        """A sentence for each stance, by those named or the body that met, the later ones
        after POSITION_ALSO; a position's text continues its sentence when it starts with «و»."""
        who = _fold(p.who) or self.deciding_body
        sentences: list[str] = []
        for item in p.items:
            subject = _item(item.subject)
            if not subject:
                continue
            key = f"{item.stance.value.upper()}_{'MANY' if p.plural else 'ONE'}"
            said = _fold(getattr(self.P, key).format(who=who, subject=subject, when=self.in_session()))
            text = _fold(item.text)
            said = f"{said.rstrip('.')} {_sentence(text)}" if text.startswith("و ") else _words(said, _sentence(text))
            sentences.append(self.P.POSITION_ALSO.format(sentence=said) if sentences else said)
        self.add(Kind.PARAGRAPH, at, *sentences)

    def election(self, e: Election, at: str):
        """The results in a sentence (the reference's), or listed after a sentence that
        introduces them: on a line of their own, or a numbered line each (ElectionLayout).
        A typed intro introduces a list in place of ELECTED_LISTED."""
        body = _fold(e.body)
        listed = e.layout is not ElectionLayout.SENTENCE and body and not e.postponed and \
            any(p.name.strip() for p in e.people)
        presented = self.P.CANDIDATES_PRESENTED if e.presented else ""
        if presented and _fold(e.intro).startswith("و "):  # the intro continues the sentence
            presented = presented.rstrip(".")
        if not listed:
            self.add(Kind.PARAGRAPH, at, presented, _sentence(e.intro), *self.elected_sentences(e))
            return
        people = [p for p in e.people if p.name.strip()]
        alternates = [a for a in e.alternates if a.name.strip()]
        candidates = [c for c in e.candidates if c.name.strip()]
        member = _fold(e.member_role)
        term = self.P.FOR_TERM.format(term=_fold(e.term)) if e.term.strip() and not e.announced else ""
        listed_by = self.P.ELECTED_LISTED_UNOFFICIAL if e.unofficial else self.P.ELECTED_LISTED
        intro = _words(self.elected_by(e), _fold(e.intro) or _fold(listed_by.format(term=term, body=_fold(e.full_name) or body)))
        self.add(Kind.PARAGRAPH, at, *self.announced(e), presented, intro)
        if e.layout is ElectionLayout.LINE:
            names = [self.P.LINE_OFFICE.format(name=self.named(p, e), role=role) if (role := _fold(p.role) or member) != member
                     else self.named(p, e) for p in people]
            self.add(Kind.PARAGRAPH, f"{at}.people", self.join(names))
            after = [self.alternates(e, alternates, body), self.not_elected(e, candidates)]
        else:
            number = 0
            groups: tuple[tuple[str, Sequence[ElectedPerson | Alternate]], ...] = (
                ("people", people), ("alternates", alternates), ("candidates", candidates))
            for field, group in groups:
                for n, person in enumerate(group):
                    number += 1
                    role = _fold(person.role) or member if isinstance(person, ElectedPerson) else ""
                    template = {"people": self.P.LISTED_MEMBER if role == member else self.P.LISTED_OFFICE,
                                "alternates": self.P.LISTED_ALTERNATE, "candidates": self.P.LISTED_CANDIDATE}[field]
                    self.add(Kind.ITEM, f"{at}.{field}[{n}]",
                             template.format(number=self.num(number), name=self.named(person, e), role=role))
            if e.more:
                self.add(Kind.ITEM, f"{at}.more", self.P.LIST_GOES_ON)
            after = []
        self.add(Kind.PARAGRAPH, at, *after, self.P.BY_ACCLAMATION if e.acclamation else "",
                 self.P.OFFICES_LATER.format(body=body) if e.offices_later else "", self.complaints(e))

    def complaints(self, e: Election) -> str:
        until = _fold(e.complaints_until)
        return self.P.COMPLAINTS_UNTIL.format(until=until) if until else ""

    def announced(self, e: Election) -> list[str]:
        """The body's decision to elect, when asked: «کمیته تصویب کرد که یک هیئت اجرائی سه نفره … انتخاب گردد.»"""
        if not e.announced:
            return []
        size = self.P.ELECTION_SIZE.format(seats=cardinal(e.seats)) if e.seats and e.seats > 1 else ""
        term = self.P.FOR_TERM.format(term=_fold(e.term)) if e.term.strip() else ""
        elected = _words(self.P.A_BODY.format(body=_fold(e.body)), size, self.purpose(e.purpose), term)
        return [self.P.ELECTION_DECIDED.format(body=self.deciding_body, elected=elected)]

    def extended(self, e: Election, body: str) -> str:
        """The body in office kept on, for its term if given: «هیئت مدیره فعلی به مدت سه ماه ابقا شد.»,
        after who voted unless the body's wording names them itself."""
        if not e.extended:
            return ""
        term = self.P.FOR_TERM.format(term=_fold(e.term)) if e.term.strip() else ""
        kept = _fold(self.P.ELECTION_EXTENDED.format(body=body, term=term, voters=_fold(e.voters)))
        return kept if "{voters}" in self.P.ELECTION_EXTENDED else _words(self.elected_by(e), kept)

    def elected_by(self, e: Election) -> str:
        return self.P.ELECTED_BY.format(voters=_fold(e.voters)) if e.voters.strip() else ""

    def alternates(self, e: Election, alternates, body: str) -> str:
        if not alternates:
            return ""
        template = self.P.ALTERNATES_ONE if len(alternates) == 1 else self.P.ALTERNATES_MANY
        return template.format(names=self.join(self.named(a, e) for a in alternates), body=body)

    def not_elected(self, e: Election, candidates) -> str:
        """The candidates not elected, with their votes: «X با ۴۶ رأی و Y با ۴۱ رأی انتخاب نشدند.»"""
        if not candidates:
            return ""
        template = self.P.NOT_ELECTED_ONE if len(candidates) == 1 else self.P.NOT_ELECTED_MANY
        return template.format(names=self.join(self.named(c, e) for c in candidates))

    def elected_sentences(self, e: Election) -> list[str]:
        body = _fold(e.body)
        if not body:
            return []
        # The term is said once: in the decision to elect when it is said, else with the names.
        term = self.P.FOR_TERM.format(term=_fold(e.term)) if e.term.strip() and not e.announced else ""
        sentences = [*self.announced(e), self.extended(e, body)]
        if e.postponed:
            to = _fold(e.postponed_to)
            return [*sentences, self.P.ELECTION_POSTPONED_TO.format(body=body, to=to) if to else
                    self.P.ELECTION_POSTPONED.format(body=body)]
        people = [(self.named(p, e), _fold(p.role) or e.member_role) for p in e.people if p.name.strip()]
        member = _fold(e.member_role)
        offices = [role for _, role in people if role != member]
        others = (e.seats or 0) - len(offices)
        if e.announced and offices and others > 0 and len(people) > len(offices):
            sentences.append(self.P.ELECTION_OTHERS.format(
                offices=self.join(dict.fromkeys(offices)), others=cardinal(others), elected=body,
                verb=self.P.ELECTED_ONE if others == 1 else self.P.ELECTED_MANY))
        if people:
            sentences.append(_words(self.elected_by(e), self.elected(e, people, member, term)))
        elif e.unnamed:
            sentences.append(_words(self.elected_by(e), self.P.UNNAMED_MEMBERS.format(body=body) if e.seats is None else
                                    self.P.UNNAMED_ONE.format(body=body) if e.seats == 1 else
                                    self.P.UNNAMED_MANY.format(seats=cardinal(e.seats), body=body)))
        alternates = [a for a in e.alternates if a.name.strip()]
        sentences.append(self.alternates(e, alternates, body))
        sentences.append(self.not_elected(e, [c for c in e.candidates if c.name.strip()]))
        if e.acclamation and (people or alternates):
            sentences.append(self.P.BY_ACCLAMATION)
        if e.offices_later:
            sentences.append(self.P.OFFICES_LATER.format(body=body))
        if people or alternates:  # results the sentence gave
            sentences += [self.P.RESULTS_UNOFFICIAL if e.unofficial else "", self.complaints(e)]
        return sentences

    def named(self, person, e: Election) -> str:
        """An elected person's name, with their votes if counted: «مینا احدی با ۳۰ رأی»
        (an election by acclamation has no ballot to count)."""
        name = person.name.strip()
        if person.votes and not e.acclamation:
            return self.P.WITH_VOTES.format(name=name, votes=self.num(person.votes))
        return name

    def elected(self, e: Election, people, member: str, term: str) -> str:
        """«X به دبیری کمیته و Y و Z برای عضویت در … انتخاب شدند.», or in the order
        elected when asked: «در ابتدا X به دبیری کمیته، سپس Y و Z برای عضویت در …»."""
        groups: list[tuple[str, list[str]]] = []
        for name, role in people:  # consecutive people with the same role form one group
            if groups and groups[-1][0] == role:
                groups[-1][1].append(name)
            else:
                groups.append((role, [name]))
        parts = [self.group(role, names, member, e) for role, names in groups]
        if len(parts) > 1 and not e.in_order:
            listed = self.join(parts)
        elif len(parts) > 1:
            parts = [f"{self.P.FIRST} {parts[0]}"] + [f"{self.P.THEN} {p}" for p in parts[1:]]
            if len(parts) > 2:
                parts[-1] = parts[-1].replace(self.P.THEN, self.P.FINALLY, 1)
                listed = self.separated(parts[:-1]) + " " + parts[-1]
            else:
                listed = self.separated(parts)
        else:
            listed = parts[0]
        verb = self.P.ELECTED_ONE if len(people) == 1 else self.P.ELECTED_MANY
        return f"{_words(listed, term)} {verb}."

    def group(self, role: str, names: list[str], member: str, e: Election) -> str:
        names_text = self.join(names)
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



class _Weighed:
    """A part of the model (a fixed part, or a section) with invisible characters dropped
    from every field (see controls.py; the user's own model, and so the draft, keeps
    them), its weight (each field's characters and FIELD_WEIGHT more) and the weights it
    is the sum of, by their paths within the part: each item of its outermost lists
    («reports.items[3]») and each value outside them («city»). An edit within an item or
    of such a value weighs it again, not the part (the reports of 200× the example took
    24 ms a keystroke to clean and weigh whole)."""

    __slots__ = ("clean", "items", "weight")

    def __init__(self, clean: Any, weight: int, items: dict[str, int]):
        self.clean, self.weight, self.items = clean, weight, items


_OUTER_ITEM = re.compile(r"[^\[]*\[\d+\]")  # a part's outermost list item, at the start of a path within it


def _weight(value: Any, field: schema.Field) -> tuple[int, bool]:
    """What value weighs with all it holds (each text its characters and FIELD_WEIGHT
    more, any other value given FIELD_WEIGHT, a record or a list nothing of its own), and
    whether a text in it holds invisible characters. No paths are made: a part is weighed
    at every composition, and schema.walk's paths were most of its cost."""
    if value is None:  # a number not given, a section's kinds but its own
        return 0, False
    if field.type is str:
        return len(value) + FIELD_WEIGHT, has_controls(value)
    if field.item is not None:  # a list
        held = [_weight(item, field.item) for item in value]
    elif field.is_mapping:
        held = [(FIELD_WEIGHT, False)] + [_weight(value[f.key], f) for f in field.fields if f.key in value]
    elif field.is_record:
        held = [_weight(getattr(value, f.key), f) for f in field.fields]
    else:
        return FIELD_WEIGHT, False
    return sum(w for w, _ in held), any(c for _, c in held)


def _items_weighed(value: Any, field: schema.Field, path: str, items: dict[str, int]) -> bool:
    """Put into items the weight of each item of value's outermost lists and of each value
    outside them, by its path; whether a text holds invisible characters."""
    if value is None:
        return False
    if field.item is not None:  # a list
        controls = False
        for i, item in enumerate(value):
            weight, held = _weight(item, field.item)
            items[f"{path}[{i}]"] = weight
            controls |= held
        return controls
    if field.is_record:
        return any([_items_weighed(getattr(value, f.key), f, child(path, f.key), items) for f in field.fields])
    if field.is_mapping:  # its keys weigh as values of their own, beside its own weight
        items[path] = items.get(path, 0) + FIELD_WEIGHT
        return any([_items_weighed(value[f.key], f, child(path, f.key), items) for f in field.fields if f.key in value])
    weight, controls = _weight(value, field)
    items[path] = items.get(path, 0) + weight
    return controls


def _cleaned_and_weighed(name: str, value: Any) -> _Weighed:
    """A top-level part of the model («session», «sections[3]») cleaned and weighed."""
    items = dict[str, int]()
    controls = _items_weighed(value, schema.at(name), "", items)
    weight = sum(items.values())
    if not controls:
        return _Weighed(value, weight, items)
    if isinstance(value, str):
        return _Weighed(strip_controls(value), weight, items)
    value = copy.deepcopy(value)
    for path, field, text in schema.walk(value, schema.at(name)):
        if field.type is str and text and has_controls(text):
            set_value(value, path, strip_controls(text))
    return _Weighed(value, weight, items)


def _reweighed(name: str, value: Any, before: _Weighed, items: set[str]) -> _Weighed | None:
    """before with only the items named weighed again, when the edits were within them;
    None when the part must be cleaned whole: it held invisible characters (its clean
    value is a copy), an item does now, or an item is not there."""
    if before.clean is not value:
        return None
    weights, weight = dict(before.items), before.weight
    for item in items:
        try:
            here = get(value, item)
        except (IndexError, AttributeError, KeyError):
            return None
        new, controls = _weight(here, schema.at(child(name, item)))
        if controls:
            return None
        weight += new - weights.get(item, 0)
        weights[item] = new
    return _Weighed(value, weight, weights)


def _is_leaf(path: str) -> bool:
    """Whether path names a value weighed alone: not a record, a list or a mapping."""
    try:
        field = schema.at(path)
    except KeyError:
        return False
    return not (field.is_record or field.type is list or field.is_mapping)


def _within(name: str, changed: Collection[str]) -> set[str] | None:
    """What of part name (by their paths within it, _Weighed's) the changed paths are in,
    or None when one names the part, or a record or a list outside any item (the part is
    weighed whole)."""
    items = set()
    for path in changed:
        if path == name or not path.startswith(name + "."):
            if path == name or path.startswith(name + "["):  # the part, or (a fixed list) one of its items
                return None
            continue
        item = _OUTER_ITEM.match(path, len(name) + 1)
        if item is None and not _is_leaf(path):
            return None
        items.add(item[0] if item else path[len(name) + 1:])
    return items


_FIXED = [f.name for f in dataclasses.fields(Announcement) if f.name != "sections"]
_INDEX = re.compile(r"sections\[(\d+)\]")


def _top(path: str) -> str:
    return path.split(".")[0].split("[")[0]


def _reaches(changed: set[str] | None, reads: frozenset[str]) -> bool:
    """Whether the edits (None: everything) reach what a unit reads: a fixed part
    («title») or a field of one («session.days»), or a part of it, or what holds it."""
    return changed is None or any(p == r or p.startswith((r + ".", r + "[")) or r.startswith((p + ".", p + "["))
                                  for r in reads for p in changed)


class Joint:
    """How a unit's text meets its neighbours' when a section continues the sentence before
    it (its `continues`): the sentence the next may continue, for the session (a section's is
    the last of its last paragraph), and the first sentence it continues with."""

    __slots__ = ("held", "lead")

    def __init__(self, held: tuple[int, int, str] | None = None, lead: tuple[str, int] | None = None):
        self.held = held  # the session's sentence in its block (start, end) and as continued
        self.lead = lead  # the first sentence as it continues the one before, and its characters in the first block


def continues(part: Part) -> bool:
    """Whether the section continues the sentence before it."""
    return bool(getattr(getattr(part, part.kind), "continues", False))


def _compose_unit(composer: _Composer, unit: str | int, parts: list[Part]) -> Joint:
    """Compose one unit: a fixed part by its key, or the body's section at that index."""
    if isinstance(unit, str):
        composer.continued = unit == "session" and bool(parts) and continues(parts[0])
        getattr(composer, _HEAD_COMPOSERS[unit])()
        return Joint(held=composer.held)
    part = parts[unit]
    kind, going_on = part.kind, continues(part)
    composer.after_session = going_on and unit == 0
    getattr(composer, kind)(getattr(part, kind), f"sections[{unit}].{kind}")
    if not (going_on and composer.blocks and composer.blocks[0].kind is Kind.PARAGRAPH):
        return Joint()
    first = composer.blocks[0].text[:composer.first_length]
    if unit == 0:  # the session's sentence says how it is continued (SESSION_CONTINUED)
        return Joint(lead=(composer.leading or first, composer.first_length))
    return Joint(lead=(composer.P.CONTINUED.format(next=first), composer.first_length))


def _continued(before: str, after: str) -> str:
    """A sentence without its full stop, as `after` continues it: where «و» joins the two, its
    light verb goes if `after` repeats it (persian.clauses.share_verbs)."""
    if before.endswith(" و"):
        return f"{share_verbs([before[:-2], after])[0]} و"
    return share_verbs([before, after])[0] if after.startswith("و ") else before


class _Spot:
    """A sentence the next section may continue: its block, the text before it, the sentence
    without its full stop, the text after it. A sentence continued becomes text before, and
    the continuing section's own its sentence: each is read once, so a chain of sections is
    joined in time linear in its text. The block is written when nothing more joins it."""

    __slots__ = ("after", "at", "before", "joined", "sentence")

    def __init__(self, at: int, before: list[str], sentence: str, after: str = ""):
        self.at, self.before, self.sentence, self.after = at, before, sentence, after
        self.joined = False

    def write(self, text: list[Block], sentence: str):
        text[self.at] = dataclasses.replace(text[self.at], text=_words(*self.before, sentence, self.after))


def _ends_sentence(text: str) -> bool:
    """Whether text ends with a full stop (not a list's colon, a question or an ellipsis)."""
    return text.endswith(".") and not text.endswith("..")


def _open(blocks: list[Block], at: int) -> _Spot | None:
    """The sentence the next section may continue, when these blocks are at `at` of the text:
    the last of the last paragraph, ending with a full stop."""
    if not blocks or blocks[-1].kind is not Kind.PARAGRAPH or not _ends_sentence(blocks[-1].text):
        return None
    return _Spot(at + len(blocks) - 1, [], blocks[-1].text[:-1])


def _assemble(head: list[Block], session: tuple[int, int, str] | None, units: list[tuple[list[Block], Joint]]) -> list[Block]:
    """The text in reading order: the head's blocks (the session's last), then each section's,
    a section that continues the sentence before it joined to that sentence, the rest of its
    first paragraph after it. Composed units are not changed: joined blocks are new."""
    text = list(head)
    spot = _Spot(len(text) - 1, [text[-1].text[:session[0]]], session[2], text[-1].text[session[1]:]) if session else None
    for blocks, joint in units:
        # A paragraph that introduces lines with its colon cannot have the host's next sentences after it.
        if not (joint.lead and spot) or (blocks[0].text.endswith(":") and spot.after.strip()):
            if spot and spot.joined:
                spot.write(text, spot.sentence + ".")
            spot = _open(blocks, len(text))
            text += blocks
            continue
        lead, length = joint.lead
        spot.before.append(_continued(spot.sentence, lead))
        own, spot.joined = _words(lead, blocks[0].text[length:]), True
        if len(blocks) == 1 and _ends_sentence(own):  # its last sentence, which the next may continue in turn
            spot.sentence = own[:-1]
            continue
        spot.write(text, own)
        spot = _open(blocks[1:], len(text))
        text += blocks[1:]
    if spot and spot.joined:
        spot.write(text, spot.sentence + ".")
    return text


class Composition:
    """Composes an announcement and, after an edit, composes again only the sections
    that read the changed part of the model: typing in one field of a long announcement
    costs one section, not all of them. The result always equals compose(doc).

    Its units are the fixed parts that have a composer (by their key, sections.HEAD)
    and the body's sections (by their index). A unit whose phrases go past what the
    draft allows them (the module's docstring) is left out, and `problems` says so."""

    def __init__(self):
        self.clean: dict[str, Any] = {}  # each fixed part of the model, controls dropped
        self.parts: list[Part] = []  # the body's sections, controls dropped
        self.weighed: dict[str | int, _Weighed] = {}  # each fixed part and section cleaned, with its items' weights
        self.blocks: dict[str | int, list[Block]] = {}
        self.joints: dict[str | int, Joint] = {}
        self.first_continues = False  # the first section continues the session's sentence, which then reads so
        self.spent: dict[str | int, float] = {}  # what each unit's phrases added
        self.too_long: set[str | int] = set()  # the units left out
        self.composed: list[Block] = []  # the blocks as composed, before the secretary's rewrites
        self.memo: dict = {}  # the composers' (_Composer.remembered), until the wording or the settings change

    def update(self, doc: Announcement, changed: set[str] | None = None) -> list[Block]:
        """The blocks for doc; `changed` names the paths edited since the last update
        (None: everything, as after loading another draft)."""
        tops = {_top(p) for p in changed} if changed is not None else set()
        edited: Collection[int] | None
        if changed is None or tops & {"settings", "phrases"} or not self.blocks:  # digits, calendar and wording reach every unit
            tops, edited, reach = set(_FIXED) | {"sections"}, None, None
            self.memo = {}
        else:  # the sections edited within, or None when the list itself changed (added, moved, removed)
            reach = changed
            edited = set() if "sections" not in tops else \
                None if "sections" in changed else {int(m.group(1)) for p in changed if (m := _INDEX.match(p))}
        for name in tops & set(_FIXED):
            self.clean[name] = self._weigh(name, name, getattr(doc, name), reach)
        if edited is None:
            self.parts = list(doc.sections)  # each replaced by its cleaned copy below
            for key in [k for k in self.weighed if isinstance(k, int)]:
                del self.weighed[key], self.blocks[key], self.spent[key], self.joints[key]
            self.too_long = {k for k in self.too_long if isinstance(k, str)}
            edited = range(len(doc.sections))
        for i in edited:
            self.parts[i] = self._weigh(i, f"sections[{i}]", doc.sections[i], reach)
        clean = Announcement(**self.clean, sections=[])
        budget = MULTIPLE * sum(w.weight for w in self.weighed.values()) + ALLOWANCE
        stale: list[str | int] = [s.key for s in HEAD if _reaches(reach, s.reads) or s.key not in self.blocks]
        if (first_continues := bool(self.parts) and continues(self.parts[0])) != self.first_continues:
            self.first_continues = first_continues
            stale += [] if "session" in stale else ["session"]
        reached = {kind.key for kind in KINDS if _reaches(reach, kind.reads)}
        stale += [i for i, part in enumerate(self.parts)
                  if i in edited or i not in self.blocks or (reached and part.kind in reached)]
        for unit in stale:
            self.spent[unit] = 0
        spent = sum(self.spent.values())  # kept as units are composed: summing for each was quadratic
        for unit in stale:
            composer = _Composer(clean, budget - spent, self.memo)
            try:
                joint = _compose_unit(composer, unit, self.parts)
            except _TooLong:
                self.blocks[unit], self.joints[unit] = [], Joint()
                self.too_long.add(unit)
                continue
            self.too_long.discard(unit)
            self.blocks[unit], self.spent[unit], self.joints[unit] = composer.blocks, composer.spent, joint
            spent += composer.spent
        self.composed = _in_order(self.clean["publication"].credit, self.blocks, self.joints, len(self.parts))
        return rewrites.apply(self.composed, self.clean["rewritten"])

    def _weigh(self, unit: str | int, name: str, value: Any, changed: set[str] | None) -> Any:
        """The part clean, weighed again (only the items edited, when the edits were within
        items of its lists); its clean value."""
        before, items = self.weighed.get(unit), _within(name, changed) if changed is not None else None
        weighed = _reweighed(name, value, before, items) if before is not None and items is not None else None
        if weighed is None:
            weighed = _cleaned_and_weighed(name, value)
        self.weighed[unit] = weighed
        return weighed.clean

    @property
    def weights(self) -> dict[str | int, int]:
        """Each fixed part's weight, and each section's."""
        return {unit: weighed.weight for unit, weighed in self.weighed.items()}

    @property
    def problems(self) -> list[Problem]:
        """Each unit left out, named by its part's path («session», «sections[3]»)."""
        return [Problem(unit if isinstance(unit, str) else f"sections[{unit}]",
                        "این بخش چندین برابر پیش‌نویس می‌شود و در اطلاعیه نمی‌آید: عبارت‌های بازنویسی‌شده‌اش، یا نامی که "
                        "در هر بندش تکرار می‌شود (نام کوتاه نهاد)، بیش از اندازه بلند است",
                        "this part would be many times longer than the draft and is left out of the announcement: its "
                        "reworded phrases, or a name repeated in every item (the body's short name), are too long")
                for unit in sorted(self.too_long, key=lambda u: (isinstance(u, int), u))]


_HEAD_COMPOSERS = {s.key: s.composer for s in HEAD if s.composer}


def _in_order(credit: bool, blocks: dict[str | int, list[Block]], joints: dict[str | int, Joint], sections: int) -> list[Block]:
    """Each unit's blocks in reading order, joined where a section continues the sentence
    before it; a credited publication last, not above the title."""
    head = [block for s in HEAD if not (credit and s.key == "publication") for block in blocks[s.key]]
    body = _assemble(head, joints["session"].held, [(blocks[i], joints[i]) for i in range(sections)])
    return body + (blocks["publication"] if credit else [])


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
    compose)."""
    return usage_and_values(doc, key)[0]


def usage_and_values(doc: Announcement, key: str) -> tuple[tuple[str, str, str] | None, dict[str, str]]:
    """usage(), and what each placeholder of the phrase held there ({} when unused). The
    phrase is marked after the fields are cleaned, so no text typed into a field can
    pass for the marks."""
    composition = Composition()
    composition.update(doc)
    if composition.too_long:
        return None, {}
    clean = dict(composition.clean)
    clean["phrases"] = {**clean["phrases"], key: _OPEN + phrase(clean["phrases"], key) + _CLOSE}
    marked = Announcement(**clean, sections=[])
    blocks: dict[str | int, list[Block]] = {}
    joints: dict[str | int, Joint] = {}
    heard: dict[str, Any] = {}  # what the phrase was first filled with, in the order of the units
    for unit in [s.key for s in HEAD] + list(range(len(composition.parts))):
        composer = _Composer(marked)
        composer.P = Phrases(marked.phrases, composer._spend, heard)
        joints[unit] = _compose_unit(composer, unit, composition.parts)
        blocks[unit] = composer.blocks
    for block in _in_order(clean["publication"].credit, blocks, joints, len(composition.parts)):
        found = _sentence_with(block.text)  # in the text as joined: a join's phrases are in no unit's own blocks
        if found:
            unmarked = str.maketrans("", "", _OPEN + _CLOSE)
            return found, {name: value.translate(unmarked) for name, value in heard.get(key, {}).items()}
    return None, {}


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
