import pytest

from announcer.persian.roles import office


@pytest.mark.parametrize("role, noun", [
    ("دبیر", "دبیری"), ("رئیس", "ریاست"), ("عضو", "عضویت"), ("نماینده", "نمایندگی"),
    ("سخنگو", "سخنگویی"), ("خزانه‌دار", "خزانه‌داری"),
])
def test_office_nouns(role, noun):
    assert office(role) == noun


def test_phrases_have_no_office_noun():
    assert office("دبیر اول") is None
    assert office("") is None
