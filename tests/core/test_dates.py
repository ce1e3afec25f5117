import datetime as dt

import pytest
from hypothesis import given, strategies as st

from announcer.dates import (Calendar, DateError, format_date, from_jalali, parse_date, session_days,
                             to_jalali, weekday)

D = dt.date
PUB = D(2007, 12, 21)  # the reference's issue, published in the session's month
Z = "\u200c"


def test_reference_facts():
    assert weekday(D(2007, 12, 15)) == "شنبه"
    assert weekday(D(2007, 12, 16)) == "یکشنبه"
    assert to_jalali(D(2007, 12, 15)) == (1386, 9, 24)


def test_every_weekday_is_spelled_one_way():
    week = [weekday(D(2007, 12, 15) + dt.timedelta(days=i)) for i in range(7)]
    assert week == ["شنبه", "یکشنبه", "دوشنبه", f"سه{Z}شنبه", "چهارشنبه", "پنجشنبه", "جمعه"]


def test_leap_years_follow_the_official_table():
    assert from_jalali(1403, 12, 30) == D(2025, 3, 20)
    assert weekday(D(2025, 3, 20)) == "پنجشنبه"
    # Nowruz 1437 and 1470: Qt's 2820-year cycle says the 20th, the official table the 21st.
    assert from_jalali(1437, 1, 1) == D(2058, 3, 21)


@pytest.mark.parametrize("calendar, text", [
    (Calendar.GREGORIAN, "۱۵ دسامبر ۲۰۰۷"),
    (Calendar.JALALI, "۲۴ آذر ۱۳۸۶"),
    (Calendar.BOTH, "۱۵ دسامبر ۲۰۰۷ برابر با ۲۴ آذر ۱۳۸۶"),
])
def test_format_date(calendar, text):
    assert format_date(D(2007, 12, 15), calendar) == text


def test_format_date_has_no_leading_zero_and_may_is_mah():
    assert format_date(D(2008, 5, 1)) == "۱ مه ۲۰۰۸"
    assert format_date(D(2008, 3, 20), Calendar.JALALI) == "۱ فروردین ۱۳۸۷"


def test_session_in_the_publication_month_says_current_month():
    days = [D(2007, 12, 15), D(2007, 12, 16)]
    assert session_days(days, publication=PUB) == "روزهای شنبه و یکشنبه ۱۵ و ۱۶ ماه جاری (دسامبر)"
    assert session_days(days, Calendar.JALALI, PUB) == "روزهای شنبه و یکشنبه ۲۴ و ۲۵ ماه جاری (آذر)"


def test_session_without_publication_date_is_written_in_full():
    days = [D(2007, 12, 15), D(2007, 12, 16)]
    assert session_days(days) == "روزهای شنبه و یکشنبه ۱۵ و ۱۶ دسامبر ۲۰۰۷"
    assert session_days(days, Calendar.BOTH, PUB) == \
        "روزهای شنبه و یکشنبه ۱۵ و ۱۶ دسامبر ۲۰۰۷ برابر با ۲۴ و ۲۵ آذر ۱۳۸۶"


def test_one_day():
    assert session_days([D(2007, 12, 15)], publication=PUB) == "روز شنبه ۱۵ ماه جاری (دسامبر)"


def test_across_months_in_the_publication_year():
    days = [D(2007, 11, 30), D(2007, 12, 1)]
    assert session_days(days, publication=PUB) == "روزهای جمعه و شنبه ۳۰ نوامبر و ۱ دسامبر"


def test_across_years():
    days = [D(2007, 12, 31), D(2008, 1, 1)]
    assert session_days(days, publication=D(2008, 1, 5)) == \
        f"روزهای دوشنبه و سه{Z}شنبه ۳۱ دسامبر ۲۰۰۷ و ۱ ژانویه ۲۰۰۸"
    assert session_days(days, Calendar.JALALI) == f"روزهای دوشنبه و سه{Z}شنبه ۱۰ و ۱۱ دی ۱۳۸۶"


def test_three_consecutive_days_read_as_a_range():
    days = [D(2007, 12, 14), D(2007, 12, 15), D(2007, 12, 16)]
    assert session_days(days, publication=PUB) == "روزهای جمعه تا یکشنبه ۱۴ تا ۱۶ ماه جاری (دسامبر)"
    days = [D(2007, 11, 30), D(2007, 12, 1), D(2007, 12, 2)]
    assert session_days(days) == "روزهای جمعه تا یکشنبه ۳۰ نوامبر تا ۲ دسامبر ۲۰۰۷"


def test_three_scattered_days_are_listed():
    days = [D(2007, 11, 9), D(2007, 11, 3), D(2007, 11, 5)]  # out of order on purpose
    assert session_days(days) == "روزهای شنبه، دوشنبه و جمعه ۳، ۵ و ۹ نوامبر ۲۰۰۷"


def test_latin_digits_setting():
    assert session_days([D(2007, 12, 15)], publication=PUB, persian_digits=False) == \
        "روز شنبه 15 ماه جاری (دسامبر)"


@pytest.mark.parametrize("typed", ["۱۴۰۳/۰۹/۰۱", "1403-9-1", "2024-11-21", "۲۰۲۴/۱۱/۲۱", "١٤٠٣/٩/١",
                                   "1/9/1403", "۱ آذر ۱۴۰۳", "۲۱ نوامبر ۲۰۲۴"])
def test_parse_date_any_calendar_any_digits(typed):
    assert parse_date(typed) == D(2024, 11, 21)


@pytest.mark.parametrize("typed, fa", [
    ("1404/12/30", "این روز در تقویم شمسی وجود ندارد"),
    ("2025-02-29", "این روز در تقویم میلادی وجود ندارد"),
    ("1403/13/01", "این روز در تقویم شمسی وجود ندارد"),
    ("فردا", "تاریخ خوانا نیست؛ به شکل ۱۴۰۳/۰۹/۰۱ یا 2024-11-21 بنویسید"),
])
def test_impossible_dates_are_errors_not_shifted(typed, fa):
    with pytest.raises(DateError) as e:
        parse_date(typed)
    assert e.value.fa == fa


_jalali_days = st.integers(min_value=from_jalali(1300, 1, 1).toordinal(),
                           max_value=from_jalali(1500, 12, 29).toordinal()).map(D.fromordinal)


@given(_jalali_days, st.sampled_from(list(Calendar)), st.booleans())
def test_format_then_parse_round_trips(day, calendar, persian_digits):
    assert parse_date(format_date(day, calendar, persian_digits)) == day


@given(_jalali_days)
def test_numeric_jalali_round_trips(day):
    y, m, d = to_jalali(day)
    assert parse_date(f"{y}/{m:02}/{d:02}") == day


def test_every_jalali_month_page_from_1300_to_1499_agrees_with_jdatetime():
    from announcer.dates import WEEKDAYS, jalali_month

    pages = 0
    for year in range(1300, 1500):
        for month in range(1, 13):
            weeks = jalali_month(year, month)
            cells = [day for week in weeks for day in week]
            assert all(len(week) == 7 for week in weeks) and 4 <= len(weeks) <= 6
            days = [day for day in cells if day is not None]
            assert [to_jalali(day) for day in days] == [(year, month, n) for n in range(1, len(days) + 1)]
            assert len(days) in (29, 30, 31)
            for column, day in enumerate(cells):
                if day is not None:
                    assert weekday(day) == WEEKDAYS[column % 7]  # Saturday first
            pages += 1
    assert pages == 2400
