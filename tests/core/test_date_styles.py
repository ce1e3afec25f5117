"""Date styles (document settings): the calendars and their order, the word before the
date, the weekday or not; the words around the dates reworded per draft; a meeting
with no date is a warning, not a problem."""

import dataclasses
import datetime as dt
import json

import pytest

from announcer import draft
from announcer.cli import main
from announcer.compose import compose
from announcer.dates import Calendar, DateWord, format_date, from_jalali, parse_date, session_days
from announcer.model import Announcement, Session, DocumentSettings, Title
from announcer.problems import DraftError
from announcer.render.text import render
from announcer.validate import check
from announcer.wording import Phrases
from conftest import EXAMPLE
from gui_helpers import choose, field, preview_paragraphs, record_list

D = dt.date
Z = "\u200c"
KHORDAD_8 = [D(2022, 5, 29)]  # 8 Khordad 1401, a Sunday
ABAN_14_TO_16 = [D(2023, 11, 5), D(2023, 11, 6), D(2023, 11, 7)]  # 14–16 Aban 1402, Sunday to Tuesday
ABAN_30_AZAR_1 = [D(2023, 11, 21), D(2023, 11, 22)]  # 30 Aban and 1 Azar 1402


@pytest.mark.parametrize("word, weekday, text", [
    (DateWord.DAY, True, "روز یکشنبه ۸ خرداد ۱۴۰۱"),
    (DateWord.DAY, False, "روز ۸ خرداد ۱۴۰۱"),
    (DateWord.DATED, True, "روز یکشنبه مورخ ۸ خرداد ۱۴۰۱"),  # the weekday first, never «مورخ یکشنبه»
    (DateWord.DATED, False, "مورخ ۸ خرداد ۱۴۰۱"),
    (DateWord.ON_THE_DATE, True, "در تاریخ یکشنبه ۸ خرداد ۱۴۰۱"),  # never «در تاریخ روز یکشنبه»
    (DateWord.ON_THE_DATE, False, "در تاریخ ۸ خرداد ۱۴۰۱"),
])
def test_one_day_with_each_word_with_and_without_the_weekday(word, weekday, text):
    assert session_days(KHORDAD_8, Calendar.JALALI, word=word, with_weekday=weekday) == text


@pytest.mark.parametrize("calendar, text", [
    (Calendar.GREGORIAN, "مورخ ۲۹ مه ۲۰۲۲"),
    (Calendar.JALALI, "مورخ ۸ خرداد ۱۴۰۱"),
    (Calendar.BOTH, "مورخ ۲۹ مه ۲۰۲۲ برابر با ۸ خرداد ۱۴۰۱"),
    (Calendar.BOTH_JALALI_FIRST, "مورخ ۸ خرداد ۱۴۰۱ (۲۹ مه ۲۰۲۲)"),
])
def test_both_orders_of_the_calendars(calendar, text):
    assert session_days(KHORDAD_8, calendar, word=DateWord.DATED, with_weekday=False) == text


def test_a_run_of_days_in_both_orders():
    assert session_days(ABAN_14_TO_16, Calendar.BOTH_JALALI_FIRST, word=DateWord.ON_THE_DATE) == \
        f"در تاریخ{Z}های یکشنبه تا سه{Z}شنبه ۱۴ تا ۱۶ آبان ۱۴۰۲ (۵ تا ۷ نوامبر ۲۰۲۳)"
    assert session_days(ABAN_14_TO_16, Calendar.BOTH, with_weekday=False) == \
        "روزهای ۵ تا ۷ نوامبر ۲۰۲۳ برابر با ۱۴ تا ۱۶ آبان ۱۴۰۲"
    assert session_days(ABAN_14_TO_16, Calendar.JALALI, word=DateWord.DATED, with_weekday=False) == \
        "مورخ ۱۴ تا ۱۶ آبان ۱۴۰۲"


def test_several_days_dated_with_their_weekdays_and_in_a_bodys_wording():
    assert session_days(ABAN_30_AZAR_1, Calendar.JALALI, word=DateWord.DATED) == \
        f"روزهای سه{Z}شنبه و چهارشنبه مورخ ۳۰ آبان و ۱ آذر ۱۴۰۲"
    words = Phrases({"dated_weekdays": "به {day} {weekdays} {dated}"})  # as the Afghan chamber writes it
    assert session_days(KHORDAD_8, Calendar.JALALI, word=DateWord.DATED, words=words) == \
        "به روز یکشنبه مورخ ۸ خرداد ۱۴۰۱"


def test_days_in_two_months():
    assert session_days(ABAN_30_AZAR_1, Calendar.JALALI, word=DateWord.DATED, with_weekday=False) == \
        "مورخ ۳۰ آبان و ۱ آذر ۱۴۰۲"
    assert session_days(ABAN_30_AZAR_1, Calendar.BOTH_JALALI_FIRST, word=DateWord.ON_THE_DATE) == \
        f"در تاریخ{Z}های سه{Z}شنبه و چهارشنبه ۳۰ آبان و ۱ آذر ۱۴۰۲ (۲۱ و ۲۲ نوامبر ۲۰۲۳)"


def test_the_month_of_publication_with_another_word_and_no_weekday():
    days = [D(2007, 12, 15), D(2007, 12, 16)]
    assert session_days(days, Calendar.GREGORIAN, D(2007, 12, 21), word=DateWord.DATED, with_weekday=False) == \
        "مورخ ۱۵ و ۱۶ ماه جاری (دسامبر)"
    # With both calendars every date is written in full, whatever the order.
    assert session_days(days, Calendar.BOTH_JALALI_FIRST, D(2007, 12, 21)) == \
        "روزهای شنبه و یکشنبه ۲۴ و ۲۵ آذر ۱۳۸۶ (۱۵ و ۱۶ دسامبر ۲۰۰۷)"


@pytest.mark.parametrize("key, override, days, calendar, text", [
    ("gregorian_and_jalali", "{gregorian} مطابق با {jalali}", KHORDAD_8, Calendar.BOTH,
     "روز یکشنبه ۲۹ مه ۲۰۲۲ مطابق با ۸ خرداد ۱۴۰۱"),
    ("jalali_and_gregorian", "{jalali} برابر با {gregorian} میلادی", KHORDAD_8, Calendar.BOTH_JALALI_FIRST,
     "روز یکشنبه ۸ خرداد ۱۴۰۱ برابر با ۲۹ مه ۲۰۲۲ میلادی"),
    ("from_to", "از {first} تا {last}", ABAN_14_TO_16, Calendar.JALALI,
     f"روزهای از یکشنبه تا سه{Z}شنبه از ۱۴ تا ۱۶ آبان ۱۴۰۲"),
    ("days", "روزهای جلسه،", ABAN_30_AZAR_1, Calendar.JALALI,
     f"روزهای جلسه، سه{Z}شنبه و چهارشنبه ۳۰ آبان و ۱ آذر ۱۴۰۲"),
    ("day", "", KHORDAD_8, Calendar.JALALI, "یکشنبه ۸ خرداد ۱۴۰۱"),  # no word at all
])
def test_a_reworded_phrase_is_written(key, override, days, calendar, text):
    assert session_days(days, calendar, words=Phrases({key: override})) == text


def test_the_current_month_reworded():
    words = Phrases({"this_month": "همین ماه ({month})"})
    assert session_days([D(2007, 12, 15)], Calendar.JALALI, D(2007, 12, 21), words=words) == \
        "روز شنبه ۲۴ همین ماه (آذر)"


def test_the_window_writes_a_date_in_both_orders_and_reads_it_back():
    day = D(2007, 12, 15)
    assert format_date(day, Calendar.BOTH_JALALI_FIRST) == "۲۴ آذر ۱۳۸۶ (۱۵ دسامبر ۲۰۰۷)"
    assert format_date(day, Calendar.BOTH_JALALI_FIRST, persian_digits=False) == "24 آذر 1386 (15 دسامبر 2007)"
    assert parse_date("۲۴ آذر ۱۳۸۶ (۱۵ دسامبر ۲۰۰۷)") == day
    assert parse_date("۱۵ دسامبر ۲۰۰۷ برابر با ۲۴ آذر ۱۳۸۶") == day


# ---- in the composed announcement ----

def _session(doc) -> str:
    return next(b.text for b in compose(doc) if b.source == "session")


def _styled(example, **settings):
    return dataclasses.replace(example, settings=dataclasses.replace(example.settings, **settings))


def test_the_defaults_write_the_reference_and_a_version_1_draft_reads_them():
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    settings = data["announcement"]["settings"]
    del settings["date_word"], settings["weekday"], settings["numeric_dates"], settings["year"]  # as before
    assert set(settings) == {"calendar", "persian_digits", "agenda_layout"}
    doc = draft.loads(json.dumps(data))
    assert doc.settings == DocumentSettings(calendar=Calendar.GREGORIAN, date_word=DateWord.DAY, weekday=True)
    assert _session(doc).startswith("جلسه کمیته خارج کشور حزب کمونیست کارگری ایران روزهای شنبه و یکشنبه "
                                    "۱۵ و ۱۶ ماه جاری (دسامبر) با حضور")


@pytest.mark.parametrize("settings, days", [
    (dict(calendar=Calendar.BOTH_JALALI_FIRST, date_word=DateWord.DATED, weekday=False),
     "مورخ ۲۴ و ۲۵ آذر ۱۳۸۶ (۱۵ و ۱۶ دسامبر ۲۰۰۷)"),
    (dict(calendar=Calendar.JALALI, date_word=DateWord.ON_THE_DATE),
     f"در تاریخ{Z}های شنبه و یکشنبه ۲۴ و ۲۵ ماه جاری (آذر)"),
    (dict(calendar=Calendar.JALALI, weekday=False), "روزهای ۲۴ و ۲۵ ماه جاری (آذر)"),
])
def test_the_session_sentence_in_each_style(example, settings, days):
    assert _session(_styled(example, **settings)).startswith(
        f"جلسه کمیته خارج کشور حزب کمونیست کارگری ایران {days} با حضور اکثریت اعضا")


def test_a_reworded_date_phrase_reaches_the_announcement(example):
    doc = dataclasses.replace(_styled(example, calendar=Calendar.BOTH), phrases={"gregorian_and_jalali": "{gregorian} مطابق با {jalali}"})
    assert "روزهای شنبه و یکشنبه ۱۵ و ۱۶ دسامبر ۲۰۰۷ مطابق با ۲۴ و ۲۵ آذر ۱۳۸۶ با حضور" in _session(doc)
    doc = dataclasses.replace(example, phrases={"day": "طی روز"})  # the guest's day is the noun too
    assert "رئیس هیئت دبیران حزب، اصغر کریمی در طی روز اول جلسه شرکت داشت." in _session(doc)


def test_the_new_settings_are_saved_and_read_back(example, tmp_path):
    doc = _styled(example, calendar=Calendar.BOTH_JALALI_FIRST, date_word=DateWord.ON_THE_DATE, weekday=False,
                  numeric_dates=True, year=False)
    path = tmp_path / "styled.announcement.json"
    draft.save(path, doc)
    saved = json.loads(path.read_text(encoding="utf-8"))["announcement"]["settings"]
    assert saved == {"calendar": "both_jalali_first", "date_word": "on_the_date", "weekday": False,
                     "numeric_dates": True, "year": False, "persian_digits": True, "agenda_layout": "inline"}
    assert draft.load(path) == doc


def test_a_draft_with_an_unknown_style_is_refused_with_its_paths():
    data = {"format": draft.FORMAT, "version": 1,
            "announcement": {"settings": {"date_word": "on", "weekday": "no"}}}
    with pytest.raises(DraftError) as refused:
        draft.loads(json.dumps(data))
    assert [f"{p.path}: {p.en}" for p in refused.value.problems] == [
        "settings.date_word: must be one of: day, dated, on_the_date",
        'settings.weekday: must be true or false, not "no"']


# ---- a meeting without a date ----

def _undated(example):
    """The reference's heading and session without its days, and so without the guest's
    day numbers, which count the days given (a day 1 of no days is a problem)."""
    guests = [dataclasses.replace(g, days=[]) for g in example.session.guests]
    return Announcement(publication=example.publication, title=example.title,
                        session=dataclasses.replace(example.session, days=[], guests=guests))


def test_day_numbers_of_a_meeting_without_a_date_are_still_problems(example):
    doc = Announcement(title=example.title, session=dataclasses.replace(example.session, days=[]))
    assert [(p.path, p.warning) for p in check(doc)] == [("session.days", True), ("session.guests[0].days[0]", False)]


def test_a_meeting_without_a_date_reads_well(example):
    assert _session(_undated(example)).startswith(
        "جلسه کمیته خارج کشور حزب کمونیست کارگری ایران با حضور اکثریت اعضا کمیته خارج و تعدادی از مسئولین "
        "سازمان های کشوری تشکیلات خارج حزب در استکهلم برگزار گردید. رئیس هیئت دبیران حزب، اصغر کریمی در جلسه شرکت داشت.")
    plain = dataclasses.replace(_undated(example), session=dataclasses.replace(
        example.session, days=[], attendance="", guests=[]))
    assert _session(plain) == "جلسه کمیته خارج کشور حزب کمونیست کارگری ایران در استکهلم برگزار گردید."


def test_a_meeting_without_a_date_is_a_warning_not_a_problem(example):
    (warning,) = check(_undated(example))
    assert warning.path == "session.days" and warning.warning
    assert warning.fa == "روز جلسه نوشته نشده است؛ اطلاعیه بدون تاریخ جلسه نوشته می‌شود"
    assert warning.en == "no day of the session is given; the announcement says no date"


def _undated_draft(tmp_path, example):
    path = tmp_path / "undated.announcement.json"
    draft.save(path, _undated(example))
    return path


def test_check_says_the_warning_and_passes(tmp_path, example, capsys):
    path = _undated_draft(tmp_path, example)
    # Spelling is off: the example keeps the reference's own typing, whose warnings
    # tests/persian/test_spelling.py reads.
    assert main(["check", "--no-spelling", str(path)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"{path}: هشدار — warning: session.days: روز جلسه نوشته نشده است؛ اطلاعیه بدون تاریخ جلسه نوشته می‌شود — "
        "no day of the session is given; the announcement says no date",
        f"{path}: بدون اشکال — no problems"]


def test_strict_export_writes_a_meeting_without_a_date(tmp_path, example, capsys):
    path, out = _undated_draft(tmp_path, example), tmp_path / "undated.txt"
    assert main(["export", "--strict", str(path), "-o", str(out)]) == 0
    assert out.exists() and "ایران با حضور اکثریت" in out.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert "هشدار — warning: session.days:" in err and "problem" not in err
    assert "جلسه کمیته خارج کشور حزب کمونیست کارگری ایران با حضور" in render(compose(_undated(example)))


# ---- in the window ----

def test_the_settings_form_sets_the_style_and_the_preview_follows(window, example):
    window.document.load(example, None)
    choose(window, "settings.calendar", Calendar.BOTH_JALALI_FIRST)
    choose(window, "settings.date_word", DateWord.DATED)
    weekday = field(window, "settings.weekday")
    assert weekday.isChecked()
    weekday.click()
    assert window.document.model.settings == DocumentSettings(calendar=Calendar.BOTH_JALALI_FIRST, date_word=DateWord.DATED,
                                                     weekday=False)
    assert "مورخ ۲۴ و ۲۵ آذر ۱۳۸۶ (۱۵ و ۱۶ دسامبر ۲۰۰۷) با حضور" in preview_paragraphs(window)[2]
    assert field(window, "settings.date_word").currentText() == "«مورخ»"
    window.document.undo_stack.undo()
    assert window.document.model.settings.weekday


def test_the_window_marks_a_missing_date_as_a_warning_and_does_not_count_it(window, example):
    window.document.load(_undated(example), None)
    window.checking.validate()
    days = record_list(window, "session.days").list
    assert days.property("warning") is True and days.property("problem") is False
    assert days.toolTip() == "روز جلسه نوشته نشده است؛ اطلاعیه بدون تاریخ جلسه نوشته می‌شود"
    assert window.checking.problems == [] and window.checking.button.isHidden()  # so the export does not ask


def test_numeric_dates_and_a_year_left_out_as_offices_write_them():
    def session(days, **settings):
        doc = Announcement(title=Title(body="شورا"), session=Session(days=days), sections=[],
                           settings=DocumentSettings(calendar=Calendar.JALALI, **settings))
        return next(b.text for b in compose(doc) if b.source == "session")

    assert session([from_jalali(1400, 10, 21)], numeric_dates=True, date_word=DateWord.DATED, weekday=False) == \
        "جلسه شورا مورخ ۱۴۰۰/۱۰/۲۱ برگزار گردید."
    run = [from_jalali(1400, 10, day) for day in (21, 22, 23)]
    assert session(run, numeric_dates=True) == "جلسه شورا روزهای سه‌شنبه تا پنجشنبه ۱۴۰۰/۱۰/۲۱ تا ۱۴۰۰/۱۰/۲۳ برگزار گردید."
    assert session([from_jalali(1397, 8, 25)], year=False) == "جلسه شورا روز جمعه ۲۵ آبان برگزار گردید."
    two_years = [from_jalali(1399, 12, 29), from_jalali(1400, 1, 5)]
    assert "۲۹ اسفند ۱۳۹۹ و ۵ فروردین ۱۴۰۰" in session(two_years, year=False)  # no year only when one is meant


@pytest.mark.parametrize("calendar, with_year, text", [
    (Calendar.JALALI, True, "در خرداد ماه ۱۴۰۱"),
    (Calendar.GREGORIAN, True, "در مه ۲۰۲۲"),
    (Calendar.BOTH_JALALI_FIRST, True, "در خرداد ماه ۱۴۰۱ (مه ۲۰۲۲)"),
    (Calendar.BOTH, True, "در مه ۲۰۲۲ برابر با خرداد ماه ۱۴۰۱"),
    (Calendar.JALALI, False, "در خرداد"),
])
def test_a_meeting_dated_by_its_month_alone(calendar, with_year, text):
    from announcer.dates import session_month

    assert session_month(KHORDAD_8[0], calendar, with_year=with_year) == text


def _in_month(days, calendar=Calendar.JALALI) -> Announcement:
    return Announcement(title=Title(body="کمیته مرکزی", organisation="حزب"), settings=DocumentSettings(calendar=calendar),
                        session=Session(days=days, month_only=True))


def test_the_session_says_its_month_and_no_day_and_no_weekday():
    (paragraph,) = [b.text for b in compose(_in_month(KHORDAD_8)) if b.source == "session"]
    assert paragraph == "جلسه کمیته مرکزی حزب در خرداد ماه ۱۴۰۱ برگزار گردید."


def test_days_in_two_months_cannot_be_said_by_their_month():
    (problem,) = [p for p in check(_in_month(ABAN_30_AZAR_1)) if p.path == "session.month_only"]
    assert not problem.warning and "یک ماه" in problem.fa
    assert [p for p in check(_in_month(ABAN_14_TO_16)) if p.path == "session.month_only"] == []
    # in both calendars, each must hold one month: 30 Aban and 1 Azar are both in November
    assert [p.path for p in check(_in_month(ABAN_30_AZAR_1, Calendar.BOTH))].count("session.month_only") == 1
    assert [p.path for p in check(_in_month(ABAN_30_AZAR_1, Calendar.GREGORIAN))].count("session.month_only") == 0


def test_ticking_month_only_in_the_window_says_the_month_and_saves_it(window, example, tmp_path):
    window.document.load(example, None)
    box = field(window, "session.month_only")
    assert not box.isChecked()
    box.click()
    assert window.document.model.session.month_only
    # by its name, though published that month: «ماه جاری» is a body's wording of `in_month`
    assert "کمیته خارج کشور حزب کمونیست کارگری ایران در دسامبر ۲۰۰۷ با حضور" in preview_paragraphs(window)[2]
    path = tmp_path / "m.announcement.json"
    draft.save(path, window.document.model)
    assert draft.load(path).session.month_only
    window.document.undo_stack.undo()
    assert not window.document.model.session.month_only
