from hypothesis import given, strategies as st

from announcer.persian.joining import join


def test_three_items():
    assert join(["خلیل کیوان", "اصغر کریمی", "غلام اکبری"]) == "خلیل کیوان، اصغر کریمی و غلام اکبری"


def test_four_items_no_comma_before_and():
    assert join(["الف", "ب", "ج", "د"]) == "الف، ب، ج و د"


def test_two_items_and_one_item_and_none():
    assert join(["شنبه", "یکشنبه"]) == "شنبه و یکشنبه"
    assert join(["شنبه"]) == "شنبه"
    assert join([]) == ""


def test_empty_items_and_stray_separators_are_dropped():
    assert join([" الف ،", "", "  ", "ب  ج"]) == "الف و ب ج"


def test_other_conjunction():
    assert join(["الف", "ب", "ج"], "و همچنین") == "الف، ب و همچنین ج"


# Items made of letters, separators and white space; «و» is left out so that every «و»
# in the output is one that join() wrote.
_text = st.text(alphabet=st.sampled_from(list("ابپجد،,؛; \t\n")), max_size=12)


@given(st.lists(_text, max_size=8))
def test_join_never_leaves_comma_before_and_double_spaces_or_dangling_separators(items):
    out = join(items)
    assert "، و" not in out
    assert "  " not in out
    assert out == out.strip()
    assert not out.startswith(("،", ",", "؛", ";", "و "))
    assert not out.endswith(("،", ",", "؛", ";", " و"))
    assert out.count(" و ") == (1 if len([i for i in items if i.strip("،,؛; \t\n")]) > 1 else 0)
