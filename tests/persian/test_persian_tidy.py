import pytest

from announcer.persian.tidy import tidy

Z = "\u200c"


# Vectors from ../shared/reference/persian-typography.md (Virastar and hazm outputs).
@pytest.mark.parametrize("raw, tidied", [
    ("ويراستار به شما كمك مي كند تا متون فارسي زيبا تر و درست تري بنويسيد .",
     f"ویراستار به شما کمک می{Z}کند تا متون فارسی زیباتر و درست{Z}تری بنویسید."),
    ("ما نمی توانیم", f"ما نمی{Z}توانیم"),
    ("بزرگ تری و قدرتمند ترین زبان های دنیا", f"بزرگ{Z}تری و قدرتمندترین زبان{Z}های دنیا"),
    ("گفت : سلام", "گفت: سلام"),
    ('"این" یا "آن"', "«این» یا «آن»"),
    ("  سلام   جهان ،  من ویراستار هستم!", "سلام جهان، من ویراستار هستم!"),
    ("سلامـــت", "سلامت"),
    ("کتاب????!!!!", "کتاب؟!"),
    ("جمعهها که کار نمی کنم مطالعه می کنم", f"جمعه{Z}ها که کار نمی{Z}کنم مطالعه می{Z}کنم"),
    ("به طول ۹متر و عرض۶", "به طول ۹ متر و عرض ۶"),
    ("فعالیت های حزب", f"فعالیت{Z}های حزب"),
])
def test_tidy_vectors(raw, tidied):
    assert tidy(raw) == tidied


# Where Virastar and hazm are both wrong: «می» after a day number or «ماه» is the month May.
@pytest.mark.parametrize("text, tidied", [
    ("جلسه روز ۱۵ می برگزار می شود", f"جلسه روز ۱۵ می برگزار می{Z}شود"),
    ("ماه می و ژوئن", "ماه می و ژوئن"),
    ("۱۵ مه", "۱۵ مه"),
    ("ماه مه", "ماه مه"),
])
def test_tidy_keeps_the_month_may(text, tidied):
    assert tidy(text) == tidied


def test_tidy_keeps_latin_words_and_decimals():
    # hazm splits 10.450 into «۱۰ ٫ ۴۵۰»; the digits change, the number stays whole.
    assert tidy("کد ATM74 و 10.450") == "کد ATM74 و ۱۰.۴۵۰"


def test_tidy_keeps_times_and_lines():
    assert tidy("ساعت ۱۰:۳۰\nروز دوم") == "ساعت ۱۰:۳۰\nروز دوم"


def test_tidy_removes_surplus_half_spaces():
    assert tidy(f"کتاب{Z}{Z}ها و دار{Z}ها") == f"کتاب{Z}ها و دارها"


def test_tidy_is_idempotent_on_the_vectors():
    text = "ويراستار به شما كمك مي كند تا متون فارسي زيبا تر و درست تري بنويسيد ."
    assert tidy(tidy(text)) == tidy(text)
