"""The announcement document model: plain dataclasses for everything the form edits.

No Qt here. Dates are Gregorian `datetime.date`; the calendar they are written in
is a document setting. Day numbers (guests, other discussions) count from 1 in the
order of the session's days.

Each field's limits and text rules are its `metadata`, made by the helpers below;
`schema.py` reads them for the draft decoder, the checks, the window's widgets and the
test strategies alike. The limits are far beyond any real announcement and exist so
that a hostile draft is refused with a message instead of a crash."""

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import Enum

from . import images
from .dates import Calendar, DateWord
from .wording import DEFAULTS as _PHRASES

LINE_CHARACTERS = 2_000  # the most characters in a one-line field
PARAGRAPH_CHARACTERS = 200_000  # in a free-text field: some sixty pages
MAX_DAYS = 366  # days a session may have, and so the highest day number
MAX_COUNT = 10_000  # seats, pages
MAX_PEOPLE = 1_000_000  # members, those present, votes: a union's assembly can count tens of thousands
MAX_ISSUE = 1_000_000
MAX_PARAGRAPHS = 200_000  # of one source: a free paragraph's lines
# Every date must be writable in both calendars: 1 Farvardin 1300 to the last day of 1499 AP
# (tests/core/test_schema.py checks these against jdatetime).
FIRST_DATE = dt.date(1921, 3, 21)
LAST_DATE = dt.date(2121, 3, 20)


class _Record:
    """What each dataclass below would write as its repr, written once: generating the
    26 of them cost the editor's start 14 M instructions (docs/performance.md)."""

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)  # type: ignore[arg-type]  # every subclass is a dataclass
        return f"{type(self).__qualname__}({shown})"


def _whole(minimum: int, maximum: int) -> dict:
    """A whole number from minimum to maximum (or, in a list, every item)."""
    return {"min": minimum, "max": maximum}


def _text(name: bool = False, paragraphs: bool = False) -> dict:
    """Typed text: a name (which tidying leaves as typed) or free paragraphs, or one line."""
    return {"name": name, "paragraphs": paragraphs}


def _name() -> dict:
    return _text(name=True)


def _paragraphs() -> dict:
    return _text(paragraphs=True)


def _kept(paragraphs: bool = False) -> dict:
    """Text the program writes and keeps, which nobody types: find and replace, the
    completion of names and the tidying of fields pass it by."""
    return {"paragraphs": paragraphs, "kept": True}


def _image() -> dict:
    """An image file in base64, which nobody types (images.py checks it)."""
    return {"characters": images.CHARACTERS, "kept": True}


def _phrases() -> dict:
    """Overrides of phrases.py, by each phrase's name in lower case; each is one line of text."""
    return {"keys": tuple(_PHRASES)}


MAX_LETTERHEAD_LINES = 4


@dataclass(repr=False)
class Letterhead(_Record):
    """The body's masthead at the top of the first page, above the header line and the
    title: an image (a logo) and up to MAX_LETTERHEAD_LINES lines under it, centred."""

    image: str = field(default="", metadata=_image())  # a PNG or an SVG file, in base64; "": none
    height_mm: int = field(default=20, metadata=_whole(5, 60))  # the image's height on the page; its width follows
    lines: list[str] = field(default_factory=list, metadata=_name())  # «کمیته خارج کشور حزب کمونیست کارگری ایران»


@dataclass(repr=False)
class Publication(_Record):
    """Where and when the announcement appears: the bulletin, its issue and date."""

    bulletin: str = field(default="", metadata=_name())  # «انترناسیونال»
    issue: int | None = field(default=None, metadata=_whole(1, MAX_ISSUE))
    date: dt.date | None = None  # makes «ماه جاری» and «سال آینده» possible
    # Named at the end, as the source the text is quoted from, in place of the header line:
    # «به نقل از «نامۀ مردم»، شمارۀ ۱۲۱۰، ۲۸ خرداد ۱۴۰۳».
    credit: bool = False
    # The news agency or paper whose report this is, named before the first sentence: «به گزارش ایسنا، …».
    reported_by: str = field(default="", metadata=_name())


@dataclass(repr=False)
class Title(_Record):
    """What the announcement is and whose: the title joins kind, body and organisation."""

    kind: str = "اطلاعیه"
    body: str = field(default="", metadata=_name())  # the body that met: «کمیته خارج کشور»
    organisation: str = field(default="", metadata=_name())  # «حزب کمونیست کارگری ایران»
    short_name: str = field(default="کمیته", metadata=_name())  # how the running text names the body: «کمیته تصویب کرد که …»
    headline: str = ""  # the secretary's own title, in place of the composed one: «گزارش مجمع عمومی فوق‌العاده»
    untitled: bool = False  # no title line: the announcement opens with its first paragraph, as a news report does


@dataclass(repr=False)
class Guest(_Record):
    """A guest of the session, with the days they took part."""

    name: str = field(default="", metadata=_name())
    role: str = ""  # «رئیس هیئت دبیران حزب»
    days: list[int] = field(default_factory=list, metadata=_whole(1, MAX_DAYS))  # empty: every day
    plural: bool = False  # a body or several people: «رفقای کمیته مرکزی … شرکت داشتند»


class Quorum(str, Enum):
    """Whether the meeting had its quorum, and what followed when it had not."""

    REACHED = "reached"  # said only with the count of those present: «… رسمیت یافت»
    NOT_REACHED = "not_reached"  # «جلسه به حد نصاب نرسید.»
    POSTPONED = "postponed"  # not reached, and put off: «… و به زمان دیگری موکول شد.»


class RelativeDay(str, Enum):
    """The meeting's day said from the day the text was written, as a news report says it."""

    NONE = "none"
    TODAY = "today"  # «امروز جمعه ۳۰ فروردین»، «عصر امروز»
    YESTERDAY = "yesterday"  # «دیروز یکشنبه»


@dataclass(repr=False)
class Session(_Record):
    """The meeting itself: its days, city, who attended, and its guests."""

    days: list[dt.date] = field(default_factory=list)
    city: str = field(default="", metadata=_name())
    attendance: str = field(default="", metadata=_paragraphs())  # follows «با حضور»
    guests: list[Guest] = field(default_factory=list)
    # The quorum: «جلسه با حضور ۴۲ نفر از ۶۰ عضو رسمیت یافت.»; None: not recorded.
    present: int | None = field(default=None, metadata=_whole(1, MAX_PEOPLE))
    members: int | None = field(default=None, metadata=_whole(1, MAX_PEOPLE))
    proxies: int | None = field(default=None, metadata=_whole(1, MAX_PEOPLE))  # of those present, by proxy
    quorum: Quorum = Quorum.REACHED
    qualifier: str = ""  # what kind of meeting, after its name: «فوق‌العاده», «نوبت دوم»
    time: str = ""  # the time of day, as written: «ساعت ۱۰ صبح»
    venue: str = field(default="", metadata=_name())  # where in the city: «محل دفتر انجمن»
    convened_by: str = field(default="", metadata=_name())  # «به دعوت هیئت مدیره»
    apologies: list[str] = field(default_factory=list, metadata=_name())  # those who sent apologies
    excused: int | None = field(default=None, metadata=_whole(1, MAX_PEOPLE))  # how many sent apologies, names not given
    purpose: str = ""  # what the meeting was for: «بررسی آخرین تحولات» (said after «برای») or «به منظور …»
    chair: str = field(default="", metadata=_name())  # who chaired it: «به ریاست X»
    chair_role: str = ""  # the chair's office: «به ریاست X، رئیس هیئت مدیره»
    together: bool = False  # the guests and the attendance in one sentence: «در این جلسه X، Y و Z حضور داشتند.»
    month_only: bool = False  # the days' month and year said, not the days: «در خرداد ماه ۱۴۰۳»
    weekday_only: bool = False  # the weekday said, not the date: «روز پنجشنبه»
    relative_day: RelativeDay = RelativeDay.NONE  # in place of «روز», for one day or none: «امروز جمعه …»
    part_of_day: str = ""  # before the day: «عصر» → «عصر روز پنجشنبه …», «عصر امروز»
    invited: bool = False  # convened by a prior notice, no convener named: «با دعوت قبلی»


@dataclass(repr=False)
class Agenda(_Record):
    """The agenda's items, and whether it was approved at the start."""

    items: list[str] = field(default_factory=list)
    approved: bool = False  # «در ابتدا دستور جلسه تصویب شد.», when ticked (a draft of format 1 ticked it unless it said otherwise)
    discussed: bool = False  # «موارد دستور جلسه مورد بحث و بررسی قرار گرفت.», after the items (or alone, without them)
    continues: bool = False  # its first sentence continues the last of the section before (the session's first): compose.py


@dataclass(repr=False)
class Document(_Record):
    """A document the session discussed, with its number of pages if given."""

    title: str = ""
    pages: int | None = field(default=None, metadata=_whole(1, MAX_COUNT))
    adopted: bool = False  # adopted, not only discussed: «… به تصویب رسید.»


@dataclass(repr=False)
class Report(_Record):
    """One speaker's report."""

    speaker: str = field(default="", metadata=_name())
    title: str = ""  # optional: «X بحثی تحت عنوان «T» ارائه داد.»
    summary: str = field(default="", metadata=_paragraphs())  # free text, placed after the opening sentence
    plural: bool = False  # a body or several people: «… گزارشی ارائه دادند»


@dataclass(repr=False)
class Reports(_Record):
    """The reports section: the shared subject and each speaker's report."""

    topic: str = ""  # shared subject: «هر یک بحثی در باره {topic} ارائه دادند»
    items: list[Report] = field(default_factory=list)
    framed: bool = True  # opened by «در مبحث گزارشات», as the reference's committee writes
    continues: bool = False  # its first sentence continues the last of the section before (the session's first): compose.py


class ResolutionKind(str, Enum):
    DECISION = "decision"  # «کمیته تصویب کرد که …»
    AUTHORISATION = "authorisation"  # «کمیته به {body} اختیار داد که …»
    TEXT = "text"  # free text, placed as written


class Vote(str, Enum):
    """How the room decided a resolution."""

    UNRECORDED = "unrecorded"  # nothing is said of the vote, as in the reference
    UNANIMOUS = "unanimous"  # «به اتفاق آرا»
    MAJORITY = "majority"  # «با اکثریت آرا»
    COUNTED = "counted"  # «با ۲۸ رأی موافق، ۳ رأی مخالف و ۲ رأی ممتنع»


@dataclass(repr=False)
class Resolution(_Record):
    """Something the session adopted: a decision, an authorisation, or free text, and how it was voted."""

    kind: ResolutionKind = ResolutionKind.DECISION
    text: str = field(default="", metadata=_paragraphs())
    body: str = ""  # who is given authority, for an authorisation
    vote: Vote = Vote.UNRECORDED
    # The counts, for a counted vote only; a zero may be typed and is left out of the text.
    votes_for: int | None = field(default=None, metadata=_whole(0, MAX_PEOPLE))
    votes_against: int | None = field(default=None, metadata=_whole(0, MAX_PEOPLE))
    abstentions: int | None = field(default=None, metadata=_whole(0, MAX_PEOPLE))


@dataclass(repr=False)
class OtherDiscussion(_Record):
    """Another discussion, tied to a day of the session or not."""

    day: int | None = field(default=None, metadata=_whole(1, MAX_DAYS))  # None: not tied to a day
    topics: list[str] = field(default_factory=list)
    text: str = field(default="", metadata=_paragraphs())  # continues the sentence when it starts with «و», else follows it
    # What the discussion ended in adopting, in the same sentence: «… پس از بحث و تبادل نظر در مورد …، بیانیه‌ای را تصویب کرد.»
    adopted: list[str] = field(default_factory=list)
    raised: bool = False  # the topics raised, not discussed: «{when} {topics} مطرح شد.»
    concluded: list[str] = field(default_factory=list)  # what it concluded: «نتیجه این گفتگو تأکید بر … بود.»
    continues: bool = False  # its first sentence continues the last of the section before (the session's first): compose.py


@dataclass(repr=False)
class ElectedPerson(_Record):
    """Someone elected, with the role they were elected to."""

    name: str = field(default="", metadata=_name())
    role: str = "عضو"  # «دبیر», «عضو» …; the members' role is Election.member_role
    votes: int | None = field(default=None, metadata=_whole(1, MAX_PEOPLE))  # «X با ۳۵ رأی …»


@dataclass(repr=False)
class Alternate(_Record):
    """A person named with their votes, if given: an alternate member («عضو علی‌البدل»), in the
    order elected, or a candidate who was not elected (Election.candidates)."""

    name: str = field(default="", metadata=_name())
    votes: int | None = field(default=None, metadata=_whole(1, MAX_PEOPLE))


class ElectionLayout(str, Enum):
    """How an election's results are written."""

    SENTENCE = "sentence"  # «X به دبیری کمیته و Y و Z برای عضویت در … انتخاب شدند.»
    LINE = "line"  # after «افراد زیر … انتخاب شدند:» (or the intro), the names on a line of their own: «X، Y و Z»
    LIST = "list"  # after it, a numbered line for each: «۱- X ۹۴ رأی (عضو اصلی)», the alternates and candidates too


class OfficeOf(str, Enum):
    """Whose offices the elected people hold."""

    DECIDING_BODY = "deciding"  # the body that met: «به دبیری کمیته», as in the reference
    ELECTED_BODY = "elected"  # the body elected: «به دبیری هیئت مدیره»


@dataclass(repr=False)
class Election(_Record):
    """An election: the body elected, its seats and purpose, the people chosen and how."""

    intro: str = field(default="", metadata=_paragraphs())  # free text before: «بخش پایانی جلسه در باره … بود.»
    presented: bool = False  # the candidates presented themselves, before the intro: «نامزدها خود و برنامه‌هایشان را معرفی کردند.»
    body: str = field(default="", metadata=_name())  # «هیئت اجرائی»
    full_name: str = field(default="", metadata=_name())  # the body's full name in the closing sentence; defaults to body
    seats: int | None = field(default=1, metadata=_whole(1, MAX_COUNT))  # None: not given («اعضای هیئت مدیره انتخاب شدند.»)
    purpose: str = ""  # «رهبری فعالیت های …» (said after «برای») or «برای رهبری …», «به منظور …»
    member_role: str = "عضو"
    offices_of: OfficeOf = OfficeOf.DECIDING_BODY
    people: list[ElectedPerson] = field(default_factory=list)
    alternates: list[Alternate] = field(default_factory=list)  # named after the members
    acclamation: bool = False  # elected without a ballot: «بدون رأی‌گیری و به اتفاق آرا»
    # Said only when asked (a draft of format 1 asked for both, as the reference has them):
    announced: bool = False  # opened by «{body} تصویب کرد که یک {elected} … انتخاب گردد.»
    in_order: bool = False  # the people in the order elected: «در ابتدا … سپس … سرانجام …»
    term: str = ""  # how long for: «چهار سال» → «برای مدت چهار سال»
    postponed: bool = False  # not held: «انتخاب {body} به جلسه دیگری موکول شد.»
    postponed_to: str = ""  # to when: «انتخاب {body} به مجمع بعدی موکول شد.»
    extended: bool = False  # the body in office kept on, for the term if given: «هیئت مدیره فعلی به مدت سه ماه ابقا شد.»
    unnamed: bool = False  # names not published: «{seats} نفر برای عضویت در {body} انتخاب شدند.»
    offices_later: bool = False  # «تقسیم مسئولیت‌ها به نخستین جلسه {body} موکول شد.»
    layout: ElectionLayout = ElectionLayout.SENTENCE
    voters: str = ""  # who elected them: «با رأی اعضای حاضر، …»
    candidates: list[Alternate] = field(default_factory=list)  # not elected, with their votes: «X با ۴۶ رأی … انتخاب نشدند.»
    unofficial: bool = False  # the count not yet official: «نتایج غیررسمی شمارش آرا به شرح زیر است:»
    more: bool = False  # a numbered list that names only the first: a line «و ...» after it
    complaints_until: str = ""  # the results stand unless a complaint comes by then: «تا ساعت ۱۲ ظهر امروز»
    continues: bool = False  # its first sentence continues the last of the section before (the session's first): compose.py


class AgendaLayout(str, Enum):
    INLINE = "inline"  # «۱- … ۲- … و ۳- …» inside the paragraph, as the bulletin prints it
    LIST = "list"  # one numbered item per line


@dataclass(repr=False)
class DocumentSettings(_Record):
    """How the announcement is written: calendars and dates, digits, agenda layout."""

    calendar: Calendar = Calendar.GREGORIAN
    date_word: DateWord = DateWord.DAY  # «روز شنبه …», «مورخ …» or «در تاریخ …»
    weekday: bool = True  # «روز شنبه ۱۵ دسامبر»; without: «روز ۱۵ دسامبر»
    numeric_dates: bool = False  # «۱۴۰۰/۱۰/۲۱» in place of «۲۱ دی ۱۴۰۰»
    year: bool = True  # without: «۲۵ آبان» when every day falls in one year
    persian_digits: bool = True
    agenda_layout: AgendaLayout = AgendaLayout.INLINE


class Voice(str, Enum):
    """What a speaker gave the meeting."""

    SPEECH = "speech"  # «X در باره … سخنرانی کرد.»
    REPORT = "report"  # «X گزارشی در باره … ارائه داد.»
    MESSAGE_READ = "message_read"  # «پیام X به جلسه قرائت شد.»
    MESSAGE_SENT = "message_sent"  # «X پیامی به جلسه فرستاد.»


@dataclass(repr=False)
class Speech(_Record):
    """A speech, a report or a message, by a person, an office-holder or a body."""

    speaker: str = field(default="", metadata=_name())
    role: str = ""  # «رئیس هیئت مدیره» → «رئیس هیئت مدیره، X»
    voice: Voice = Voice.SPEECH
    topic: str = ""  # «در باره {topic}»
    plural: bool = False  # a body or several people: plural verbs
    text: str = field(default="", metadata=_paragraphs())  # continues the sentence when it starts with «و», else follows it
    answered: bool = False  # «… و به پرسش‌های حاضران پاسخ داد.»
    continues: bool = False  # its first sentence continues the last of the section before (the session's first): compose.py


@dataclass(repr=False)
class Opening(_Record):
    """How the meeting opened: an anthem, a minute of silence, who opened it."""

    anthem: str = ""  # «جلسه با سرود {anthem} آغاز شد.»
    silence: bool = False  # «یک دقیقه سکوت اعلام شد»
    in_memory_of: str = ""  # «به یاد {whom}»
    opened_by: str = field(default="", metadata=_name())  # «X جلسه را افتتاح کرد.»
    welcome: bool = False  # «… با خوشامدگویی به حاضران …»
    welcomed_by: str = field(default="", metadata=_name())  # who welcomed them, when not who opened: «X به حاضران خوشامد گفت.»
    recitation: bool = False  # «جلسه با تلاوت آیاتی از کلام‌الله مجید آغاز شد.»
    text: str = field(default="", metadata=_paragraphs())  # with `joined`, the last step of the sentence
    joined: bool = False  # one sentence: «ابتدا آیاتی از کلام‌الله مجید تلاوت و سپس به حاضران خوشامد گفته شد.»
    continues: bool = False  # its first sentence continues the last of the section before (the session's first): compose.py


@dataclass(repr=False)
class Procedure(_Record):
    """What the meeting settled before its agenda."""

    credentials: bool = False  # «اعتبارنامه‌ها تصویب شد.»
    presiding: list[str] = field(default_factory=list, metadata=_name())  # the presiding board's members
    rules: bool = False  # «آیین‌نامه جلسه توضیح داده شد.»
    rules_by: str = field(default="", metadata=_name())  # who explained them: «X آیین‌نامه جلسه را توضیح داد.»
    text: str = field(default="", metadata=_paragraphs())  # continues the last sentence when it starts with «و», else follows it
    continues: bool = False  # its first sentence continues the last of the section before (the session's first): compose.py


class Stance(str, Enum):
    """What a meeting, or those named, declared on a matter (Position.subject)."""

    EMPHASISED = "emphasised"  # «{who} بر {subject} تأکید کرد.»
    WELCOMED = "welcomed"  # «{who} از {subject} استقبال کرد.»
    SUPPORTED = "supported"  # «{who} حمایت خود را از {subject} اعلام کرد.»
    OPPOSED = "opposed"  # «{who} مخالفت خود را با {subject} اعلام کرد.»
    CONDEMNED = "condemned"  # «{who} {subject} را محکوم کرد.»
    DEMANDED = "demanded"  # «{who} خواستار {subject} شد.»
    READY = "ready"  # «{who} آمادگی خود را برای {subject} اعلام کرد.»


@dataclass(repr=False)
class Position(_Record):
    """One stance on one matter."""

    stance: Stance = Stance.EMPHASISED
    subject: str = ""  # what it is on, as the verb's object: «برگزاری مجمع عمومی مستقل»
    text: str = field(default="", metadata=_paragraphs())  # continues its sentence when it starts with «و», else follows it


@dataclass(repr=False)
class Positions(_Record):
    """What the meeting, or those named, declared: what they emphasised, welcomed, supported,
    opposed, condemned or demanded, a sentence each, the later ones «همچنین …»."""

    who: str = field(default="", metadata=_name())  # «کارگران»; empty: the body that met, by its short name
    plural: bool = False  # «کارگران … اعلام کردند»
    items: list[Position] = field(default_factory=list)
    continues: bool = False  # its first sentence continues the last of the section before (the session's first): compose.py


@dataclass(repr=False)
class Decisions(_Record):
    """Decisions listed and numbered, one a line, after a sentence that introduces them."""

    items: list[str] = field(default_factory=list)
    numbered: bool = True  # without: each decision a paragraph of its own, as typed
    continues: bool = False  # its first sentence continues the last of the section before (the session's first): compose.py


@dataclass(repr=False)
class NextMeeting(_Record):
    """When and where the body meets next; nothing given: «… متعاقباً اعلام خواهد شد.»"""

    date: dt.date | None = None
    time: str = ""
    venue: str = field(default="", metadata=_name())
    later: bool = False  # not yet fixed: «زمان و مکان جلسه بعدی متعاقباً اعلام خواهد شد.»


@dataclass(repr=False)
class Signature(_Record):
    """Lines placed as typed at the end: the body's name, a place, a date."""

    lines: list[str] = field(default_factory=list, metadata=_name())
    date: dt.date | None = None  # written in the document's calendar, on its own line


@dataclass(repr=False)
class Part(_Record):
    """One section of the announcement's body: exactly one of these fields is given, and
    it names the section's kind («agenda», «election» …; sections.py describes each).
    A draft writes it as an object with that one key: {"agenda": {…}}."""

    ONE_OF = True  # schema.py: a choice of one field, not a record of them all

    paragraph: str | None = field(default=None, metadata=_paragraphs())  # free text; each line a paragraph
    opening: Opening | None = None
    procedure: Procedure | None = None
    agenda: Agenda | None = None
    documents: list[Document] | None = None
    reports: Reports | None = None
    speech: Speech | None = None
    resolutions: list[Resolution] | None = None
    decisions: Decisions | None = None
    positions: Positions | None = None
    discussion: OtherDiscussion | None = None
    election: Election | None = None
    next_meeting: NextMeeting | None = None
    signature: Signature | None = None

    @property
    def kind(self) -> str:
        """The key of the one field given."""
        return next(key for key in _PART_KEYS if getattr(self, key) is not None)


# Part's keys, for Part.kind: asked of every section at every check, and dataclasses.fields
# made its tuple each time (80 % of the checks at 200× the example).
_PART_KEYS = tuple(f.name for f in fields(Part))


@dataclass(repr=False)
class Rewrite(_Record):
    """A paragraph of the page the secretary rewrote by hand: which paragraph, the text the
    composer wrote when they did, and theirs, which the page shows in its place. When the
    composed text changes (a field that fed it was edited), the rewrite is stale: it is
    kept and said, never silently replaced nor silently kept (rewrites.py)."""

    at: str = field(default="", metadata=_kept())  # the paragraph's source, as its block names it: «sections[3].agenda»
    n: int = field(default=0, metadata=_whole(0, MAX_PARAGRAPHS))  # which of that source's paragraphs, from 0
    composed: str = field(default="", metadata=_kept(paragraphs=True))  # what the composer wrote, when it was rewritten
    text: str = field(default="", metadata=_paragraphs())  # the secretary's words


def _first_sections() -> list[Part]:
    """A new draft's sections: one of each kind the reference has, in its order."""
    return [Part(agenda=Agenda()), Part(documents=[]), Part(reports=Reports()), Part(paragraph=""),
            Part(resolutions=[]), Part(election=Election())]


@dataclass(repr=False)
class Announcement(_Record):
    """The whole announcement: what met, where and when (publication, title, session), and
    the sections of its body in the order they are read."""

    letterhead: Letterhead = field(default_factory=Letterhead)
    publication: Publication = field(default_factory=Publication)
    title: Title = field(default_factory=Title)
    session: Session = field(default_factory=Session)
    sections: list[Part] = field(default_factory=_first_sections)
    settings: DocumentSettings = field(default_factory=DocumentSettings)
    rewritten: list[Rewrite] = field(default_factory=list)  # paragraphs the secretary wrote over by hand
    # Words the secretary told the spell check to pass by in this draft («Ignore»).
    ignored_words: list[str] = field(default_factory=list, metadata=_kept())
    # The body's own wording: {"held": "برگزار شد."}; a phrase not named keeps phrases.py's.
    phrases: dict[str, str] = field(default_factory=dict, metadata=_phrases())
