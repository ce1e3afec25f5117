"""Dates: Jalali and Gregorian with Persian month names, weekdays, session day ranges,
and parsing of dates typed in either calendar with any digits.

The words around the dates («روز», «تا», «برابر با», «ماه جاری», «مورخ» …) are phrases
of phrases.py: the composer passes the draft's wording (a `wording.Phrases`), and
everything else (the window's date fields) writes phrases.py's own.

Dates are stored as Gregorian `datetime.date`. Every Jalali conversion goes through
jdatetime, which follows the official 33-year leap rule; Qt's Jalali QCalendar uses a
2820-year cycle and is a day off at Nowruz 1437 and 1470 AP."""

import datetime as dt
import re
from enum import Enum
from itertools import groupby, pairwise

from . import phrases as _defaults
from .persian.digits import number, to_ascii, to_persian
from .persian.joining import join

GREGORIAN_MONTHS = ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن",
                    "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر")
JALALI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                 "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
# Saturday first, spelled as the reference text spells them (یکشنبه, پنجشنبه without a half-space).
WEEKDAYS = ("شنبه", "یکشنبه", "دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه")

# Typed years below this are Jalali, from it on Gregorian (1300–1699 AP ↔ 1921–2320 AD).
_FIRST_GREGORIAN_YEAR = 1700


class Calendar(str, Enum):
    """The calendars a document's dates are written in, and in which order."""

    GREGORIAN = "gregorian"  # Gregorian dates with Persian month names, as the press abroad writes
    JALALI = "jalali"
    BOTH = "both"  # Gregorian first: «۱۵ دسامبر ۲۰۰۷ برابر با ۲۴ آذر ۱۳۸۶»
    BOTH_JALALI_FIRST = "both_jalali_first"  # «۲۴ آذر ۱۳۸۶ (۱۵ دسامبر ۲۰۰۷)»

    @property
    def writes_both(self) -> bool:
        return self in (Calendar.BOTH, Calendar.BOTH_JALALI_FIRST)


class DateWord(str, Enum):
    """The word before a meeting's days."""

    DAY = "day"  # «روز شنبه ۱۵ دسامبر ۲۰۰۷», «روزهای شنبه و یکشنبه …», as the reference
    DATED = "dated"  # «مورخ ۸ خرداد ۱۴۰۱»
    ON_THE_DATE = "on_the_date"  # «در تاریخ دوشنبه ۱۵ آبان ۱۴۰۲», «در تاریخ‌های …»


class DateError(ValueError):
    """A typed date that cannot be read or does not exist; carries Persian and English reasons."""

    def __init__(self, fa: str, en: str):
        super().__init__(en)
        self.fa, self.en = fa, en


def weekday(day: dt.date) -> str:
    return WEEKDAYS[(day.weekday() + 2) % 7]  # Python's Monday=0 is the third day of the Persian week


def to_jalali(day: dt.date) -> tuple[int, int, int]:
    import jdatetime  # on first use: a Gregorian-only document never needs it

    j = jdatetime.date.fromgregorian(date=day)
    return j.year, j.month, j.day


def from_jalali(year: int, month: int, day: int) -> dt.date:
    import jdatetime

    return jdatetime.date(year, month, day).togregorian()


def jalali_month(year: int, month: int) -> list[list[dt.date | None]]:
    """A Jalali month as the weeks of a Persian calendar page: Saturday first, the days
    before the first and after the last of the month left empty (None)."""
    first = from_jalali(year, month, 1)
    following = from_jalali(year + month // 12, month % 12 + 1, 1)
    days = [first + dt.timedelta(days=n) for n in range((following - first).days)]
    cells = [None] * ((first.weekday() + 2) % 7) + days  # Python's Monday is the week's third day
    cells += [None] * (-len(cells) % 7)
    return [cells[n:n + 7] for n in range(0, len(cells), 7)]


def _ymd(day: dt.date, calendar: Calendar) -> tuple[int, int, int]:
    return to_jalali(day) if calendar is Calendar.JALALI else (day.year, day.month, day.day)


def _month_name(month: int, calendar: Calendar) -> str:
    return (JALALI_MONTHS if calendar is Calendar.JALALI else GREGORIAN_MONTHS)[month - 1]


def _in_calendars(calendar: Calendar, write, words) -> str:
    """write(c) for each calendar the setting names, joined in its order:
    «{gregorian} برابر با {jalali}» or «{jalali} ({gregorian})»."""
    if calendar is Calendar.BOTH:
        return words.GREGORIAN_AND_JALALI.format(gregorian=write(Calendar.GREGORIAN), jalali=write(Calendar.JALALI))
    if calendar is Calendar.BOTH_JALALI_FIRST:
        return words.JALALI_AND_GREGORIAN.format(jalali=write(Calendar.JALALI), gregorian=write(Calendar.GREGORIAN))
    return write(calendar)


def format_date(day: dt.date, calendar: Calendar = Calendar.GREGORIAN, persian_digits: bool = True,
                words=_defaults, numeric: bool = False) -> str:
    """One full date: «۱۵ دسامبر ۲۰۰۷», «۲۴ آذر ۱۳۸۶», or both, in the calendar setting's
    order; numeric: «۱۳۸۶/۰۹/۲۴»."""
    def write(c: Calendar) -> str:
        y, m, d = _ymd(day, c)
        if numeric:
            return _numeric((y, m, d), persian_digits, words)
        return f"{number(d, persian_digits)} {_month_name(m, c)} {number(y, persian_digits)}"

    return _in_calendars(calendar, write, words)


def _numeric(ymd: tuple[int, int, int], digits: bool, words) -> str:
    """«۱۴۰۰/۱۰/۲۱»: the month and the day in two digits, as offices write them."""
    y, m, d = ymd
    two = (lambda n: to_persian(f"{n:02d}")) if digits else (lambda n: f"{n:02d}")
    return words.NUMERIC_DATE.format(year=number(y, digits), month=two(m), day=two(d))


def _listed(words, items) -> str:
    """«۱۵ و ۱۶», «شنبه، یکشنبه و دوشنبه», in the draft's wording of a list."""
    return join(items, words.LIST_AND, words.LIST_COMMA)


def _is_run(days: list[dt.date]) -> bool:
    """Three or more consecutive days, which read better as a range («۱۴ تا ۱۶»)."""
    return len(days) >= 3 and all((b - a).days == 1 for a, b in pairwise(days))


def _days_in_calendar(days, calendar, publication, digits, words, numeric=False, with_year=True) -> str:
    """The day numbers with their months, and years where needed, in one calendar.

    «ماه جاری (دسامبر)» when every day falls in the publication month; the year is
    left out when every day falls in the publication year, or in one year and the
    document leaves years out («۲۵ آبان»). Numeric: each date whole, «۱۴۰۰/۱۰/۲۱»."""
    ymds = [_ymd(d, calendar) for d in days]
    if numeric:
        dates = [_numeric(ymd, digits, words) for ymd in ymds]
        return words.FROM_TO.format(first=dates[0], last=dates[-1]) if _is_run(days) else _listed(words, dates)
    pub = _ymd(publication, calendar) if publication else None
    years = sorted({y for y, _, _ in ymds})
    if not with_year and len(years) == 1:
        pub = pub if pub and pub[0] == years[0] else (years[0], 0, 0)  # as if published that year
    if pub and all(ymd[:2] == pub[:2] for ymd in ymds):
        months = {pub[1]: words.THIS_MONTH.format(month=_month_name(pub[1], calendar))}
        year_after, year_each = None, False
    else:
        months = {m: _month_name(m, calendar) for _, m, _ in ymds}
        implied = pub is not None and years == [pub[0]]
        year_after = None if implied or len(years) > 1 else years[0]
        year_each = not implied and len(years) > 1

    def label(y: int, m: int) -> str:
        return f"{months[m]} {number(y, digits)}" if year_each else months[m]

    if _is_run(days):
        (y1, m1, d1), (y2, m2, d2) = ymds[0], ymds[-1]
        first = number(d1, digits) if (y1, m1) == (y2, m2) else f"{number(d1, digits)} {label(y1, m1)}"
        text = words.FROM_TO.format(first=first, last=f"{number(d2, digits)} {label(y2, m2)}")
    else:
        groups = groupby(ymds, key=lambda ymd: ymd[:2])
        text = _listed(words, (f"{_listed(words, (number(d, digits) for _, _, d in grp))} {label(y, m)}"
                               for (y, m), grp in groups))
    return f"{text} {number(year_after, digits)}" if year_after else text


def session_month(day: dt.date, calendar: Calendar = Calendar.GREGORIAN, persian_digits: bool = True, *,
                  words=_defaults, with_year: bool = True) -> str:
    """A meeting dated by its month alone: «در خرداد ماه ۱۴۰۳», «در خرداد ماه ۱۴۰۳ (ژوئن
    ۲۰۲۴)» in both calendars. Always the month by its name, even in the month of
    publication: a body that says «ماه جاری» words `in_month` so («طی ماه جاری ({month})»)."""

    def write(c: Calendar) -> str:
        y, m, _ = _ymd(day, c)
        if not with_year:
            return _month_name(m, c)
        template = words.JALALI_MONTH if c is Calendar.JALALI else words.GREGORIAN_MONTH
        return template.format(month=_month_name(m, c), year=number(y, persian_digits))

    return words.IN_MONTH.format(month=_in_calendars(calendar, write, words))


def session_days(days, calendar: Calendar = Calendar.GREGORIAN, publication: dt.date | None = None,
                 persian_digits: bool = True, *, word: DateWord = DateWord.DAY, with_weekday: bool = True,
                 words=_defaults, numeric: bool = False, with_year: bool = True, relative: str = "",
                 with_date: bool = True) -> str:
    """A meeting's days: «روزهای شنبه و یکشنبه ۱۵ و ۱۶ ماه جاری (دسامبر)», or with the
    word «مورخ» and no weekday «مورخ ۱۵ و ۱۶ ماه جاری (دسامبر)» (with the weekday, the
    phrase `dated_weekdays` puts it first: «روز شنبه مورخ ۱۵ دسامبر»).

    Relative wording («ماه جاری») needs the publication date and a single calendar;
    with both calendars every date is written in full, for clarity. `words` is the
    wording: phrases.py, or the composer's `wording.Phrases`.

    `relative` («امروز», «دیروز») stands for «روز» before one day: «امروز جمعه ۳۰ فروردین»;
    without `with_date` the weekdays alone are said, after «روز»: «روز پنجشنبه»."""
    days = sorted(set(days))
    if not days:
        return ""
    if len(days) > 1:
        relative = ""  # a day relative to the writing is one day
    if not with_date:
        names = [weekday(d) for d in days]
        listed = words.FROM_TO.format(first=names[0], last=names[-1]) if _is_run(days) else _listed(words, names)
        return " ".join(p for p in (relative or (words.DAY if len(days) == 1 else words.DAYS), listed) if p)
    day = relative or words.DAY
    known = publication if not calendar.writes_both else None
    dates = _in_calendars(calendar, lambda c: _days_in_calendar(days, c, known, persian_digits, words, numeric,
                                                                with_year), words)
    weekdays = ""
    if with_weekday:
        names = [weekday(d) for d in days]
        weekdays = words.FROM_TO.format(first=names[0], last=names[-1]) if _is_run(days) else _listed(words, names)
    if word is DateWord.DATED and weekdays:  # «روز شنبه مورخ ۸ خرداد», never «مورخ شنبه …»
        before = words.DATED_WEEKDAYS.format(day=day if len(days) == 1 else words.DAYS, weekdays=weekdays,
                                             dated=words.DATED)
        weekdays = ""
    elif word is DateWord.DATED:
        before = " ".join(p for p in (relative, words.DATED) if p)
    elif word is DateWord.ON_THE_DATE:
        before = " ".join(p for p in (relative, words.ON_THE_DATE if len(days) == 1 else words.ON_THE_DATES) if p)
    else:
        before = day if len(days) == 1 else words.DAYS
    return " ".join(part for part in (before, weekdays, dates) if part)


_MONTH_NUMBERS = {name: (i + 1, Calendar.GREGORIAN) for i, name in enumerate(GREGORIAN_MONTHS)}
_MONTH_NUMBERS |= {name: (i + 1, Calendar.JALALI) for i, name in enumerate(JALALI_MONTHS)}


# What format_date writes between one calendar's date and the other's: « برابر با », « (».
_BETWEEN_CALENDARS = [re.split(r"\{\w+\}", template)[1]
                      for template in (_defaults.GREGORIAN_AND_JALALI, _defaults.JALALI_AND_GREGORIAN)]


def _split(text: str) -> tuple[int, int, int, Calendar]:
    """Read year, month and day from «1403/9/1», «۲۰۲۴-۱۱-۲۱», «1/9/1403» or «۲۴ آذر ۱۳۸۶»."""
    text = to_ascii(text.strip())
    for between in _BETWEEN_CALENDARS:  # format_date's second calendar
        text = text.split(between)[0]
    named = re.fullmatch(r"(\d{1,2})\s+(\S+)\s+(\d{3,4})", text)
    if named and named.group(2) in _MONTH_NUMBERS:
        month, calendar = _MONTH_NUMBERS[named.group(2)]
        return int(named.group(3)), month, int(named.group(1)), calendar
    parts = re.fullmatch(r"(\d{1,4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,4})", text)
    if not parts:
        raise DateError("تاریخ خوانا نیست؛ به شکل ۱۴۰۳/۰۹/۰۱ یا 2024-11-21 بنویسید",
                        "cannot read the date; write it as 1403/09/01 or 2024-11-21")
    a, m, b = (int(g) for g in parts.groups())
    y, d = (a, b) if len(parts.group(1)) >= 3 else (b, a)
    return y, m, d, Calendar.GREGORIAN if y >= _FIRST_GREGORIAN_YEAR else Calendar.JALALI


def parse_date(text: str) -> dt.date:
    """Read a typed date in either calendar and any digits; an impossible date is an error,
    never shifted to a neighbouring day."""
    y, m, d, calendar = _split(text)
    try:
        return dt.date(y, m, d) if calendar is Calendar.GREGORIAN else from_jalali(y, m, d)
    except ValueError:
        name = "میلادی" if calendar is Calendar.GREGORIAN else "شمسی"
        raise DateError(f"این روز در تقویم {name} وجود ندارد", f"no such day in the {calendar.value} calendar") from None
