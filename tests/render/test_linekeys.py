"""A drawn line's key (linekeys.py): what its glyphs depend on beside its own text."""

from announcer.render.qt import linekeys

PLACED = (0, 0.0, 0.0, 100.0, 90.0, True, None)


def test_a_line_of_the_same_text_and_surroundings_has_the_same_key():
    a = "انجمن برگزار شد. ۲۰۲۴ کتابخانه و گزارش"
    b = "هیئت برگزار شد. ۲۰۲۴ کتابخانه و گزارش"
    start = a.index("۲۰۲۴")
    assert linekeys.key(a, start, len(a), PLACED) == linekeys.key(b, b.index("۲۰۲۴"), len(b), PLACED) is not None


def test_the_direction_before_a_line_of_numbers_is_part_of_its_key():
    # «2024» after a Latin word is ordered left to right with it; after a Persian word, not
    persian, latin = "انجمن 2024 و گزارش", "Göteborg 2024 و گزارش"
    keys = [linekeys.key(text, text.index("2024"), len(text), PLACED) for text in (persian, latin)]
    assert keys[0][0] == keys[1][0] and keys[0] != keys[1]


def test_the_letters_beside_a_line_are_part_of_its_key():
    joined, apart = "کتابخانه", "کتاب خانه"
    assert linekeys.key(joined, 4, 8, PLACED) != linekeys.key(apart, 5, 9, PLACED)


def test_a_line_placed_otherwise_has_another_key():
    text = "انجمن و گزارش"
    assert linekeys.key(text, 0, len(text), PLACED) != linekeys.key(text, 0, len(text), (0, 0.0, 40.0, 100.0, 90.0, True, None))


def test_a_paragraph_with_embeddings_or_isolates_or_two_unit_characters_is_not_keyed():
    assert linekeys.keyable("انجمن و گزارش")
    assert not linekeys.keyable("انجمن \u2067Göteborg\u2069 گزارش")
    assert not linekeys.keyable("انجمن \u202bگزارش\u202c")
    assert not linekeys.keyable("انجمن 𝐀 گزارش")


def test_a_line_after_a_long_run_of_neutrals_is_not_keyed():
    text = "انجمن " + "." * 200 + " گزارش"
    assert linekeys.key(text, 150, len(text), PLACED) is None
    assert linekeys.key(text, 0, 3, PLACED) is not None  # the paragraph's edge before it
