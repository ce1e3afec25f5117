import pytest

from announcer.persian.numbers import cardinal, day_ordinal, ordinal

ZWNJ = "\u200c"


@pytest.mark.parametrize("n, words", [
    (0, "صفر"), (1, "یک"), (2, "دو"), (3, "سه"), (11, "یازده"), (16, "شانزده"), (20, "بیست"),
    (21, "بیست و یک"), (100, "صد"), (105, "صد و پنج"), (230, "دویست و سی"), (500, "پانصد"),
    (1000, "هزار"), (1386, "هزار و سیصد و هشتاد و شش"), (2007, "دو هزار و هفت"),
    (21000, "بیست و یک هزار"), (1_000_000, "یک میلیون"), (1_001_000, "یک میلیون و هزار"),
])
def test_cardinal(n, words):
    assert cardinal(n) == words


@pytest.mark.parametrize("n, words", [
    (1, "یکم"), (2, "دوم"), (3, "سوم"), (4, "چهارم"), (10, "دهم"), (13, "سیزدهم"), (20, "بیستم"),
    (21, "بیست و یکم"), (23, "بیست و سوم"), (30, "سی" + ZWNJ + "ام"), (33, "سی و سوم"),
    (100, "صدم"), (130, "صد و سی" + ZWNJ + "ام"), (1000, "هزارم"),
])
def test_ordinal(n, words):
    # 30 and 130 are where num2fawords and num2words go wrong («سیم»).
    assert ordinal(n) == words


def test_day_ordinal_says_first_not_oneth():
    assert [day_ordinal(n) for n in (1, 2, 3)] == ["اول", "دوم", "سوم"]


def test_ordinal_starts_at_one():
    with pytest.raises(ValueError):
        ordinal(0)
