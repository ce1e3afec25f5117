import pytest

from announcer.persian.roles import office


@pytest.mark.parametrize("role, noun", [
    ("دبیر", "دبیری"), ("رئیس", "ریاست"), ("عضو", "عضویت"), ("نماینده", "نمایندگی"),
    ("سخنگو", "سخنگویی"),
])
def test_office_nouns(role, noun):
    assert office(role) == noun


def test_phrases_have_no_office_noun():
    assert office("دبیر اول") is None
    assert office("") is None


def test_a_role_whose_noun_names_a_department_has_none():
    # «خزانه‌داری» is the treasury itself: «به خزانه‌داری هیئت مدیره» would read «to the
    # board's treasury»; the bulletin writes «به عنوان خزانه‌دار هیئت مدیره».
    assert office("خزانه\u200cدار") is None
    assert office("حسابدار") is None
