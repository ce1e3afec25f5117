import pytest
from hypothesis import given, strategies as st

from announcer.persian.digits import number, parse_int, to_ascii, to_persian


def test_to_persian_replaces_ascii_and_arabic_indic_digits():
    assert to_persian("223 و ٤٥") == "۲۲۳ و ۴۵"


def test_to_ascii_reads_persian_and_arabic_indic():
    assert to_ascii("۱۴۰۳/٠٩") == "1403/09"


@pytest.mark.parametrize("text", ["۱۶", "16", "١٦", " ۱۶ "])
def test_parse_int_any_digits(text):
    assert parse_int(text) == 16


@pytest.mark.parametrize("text", ["", "۱۶a", "-3", "1 6", "٫5", "²"])
def test_parse_int_refuses_non_numbers(text):
    with pytest.raises(ValueError):
        parse_int(text)


def test_number_has_no_grouping_or_padding():
    assert number(2007) == "۲۰۰۷"
    assert number(5) == "۵"
    assert number(2007, persian=False) == "2007"


@given(st.integers(min_value=0, max_value=10**12))
def test_number_round_trips(n):
    assert parse_int(number(n)) == n
