"""Find and replace without the window (search.py): Persian letters folded as the names
index folds them, each match a span of the original text, every typed text in the
form's order, and a replacement refused where the field would grow past its limit."""

from hypothesis import given
from hypothesis import strategies as st

from announcer import model, search
from announcer.model import Announcement, Election, ElectedPerson, Part, Report, Reports, Session
from announcer.persian.tidy import search_key
from announcer.search import Match, find, fold, replaced

Z = "\u200c"  # half-space
KASRA, SUKUN, KASHIDA = "\u0650", "\u0652", "\u0640"


def found(text: str, query: str, whole_words: bool = False) -> list[str]:
    return [text[start:end] for start, end in find(text, query, whole_words)]


def test_the_fold_keeps_where_each_character_came_from():
    folded = fold(f"كِيـوان{Z}ها  و")
    assert folded.text == "کیوان ها و"
    assert list(folded.origins) == [0, 2, 4, 5, 6, 7, 8, 9, 10, 12]  # not the kasra (1), kashida (3), second space (11)


@given(st.text(alphabet=f"کیكيى وان \n\t{Z}{KASRA}{SUKUN}{KASHIDA}ٔAbß"))
def test_the_fold_is_the_names_index_s_search_key_unstripped(text):
    assert fold(text).text.strip() == search_key(text)


def test_kiwan_is_found_in_arabic_persian_and_mixed_letters():
    text = "كيوان، کیوان، كیوان و کيوان"
    assert found(text, "کیوان") == ["كيوان", "کیوان", "كیوان", "کيوان"]
    assert found(text, "كيوان") == ["كيوان", "کیوان", "كیوان", "کيوان"]  # and the other way


def test_a_match_takes_a_folded_diacritic_or_kashida_inside_it_and_marks_after_it():
    text = f"خلیل ک{KASRA}یوان و کیـوان و کیوان{SUKUN} و کیوان"
    assert found(text, "کیوان") == [f"ک{KASRA}یوان", "کیـوان", f"کیوان{SUKUN}", "کیوان"]
    assert replaced(text, find(text, "کیوان"), "کیوانی") == "خلیل کیوانی و کیوانی و کیوانی و کیوانی"
    assert found(f"ک{KASRA}", "ک") == [f"ک{KASRA}"]  # a mark on the last letter goes with it


def test_a_half_space_is_a_space_both_ways():
    assert found(f"می{Z}شود و می شود", "می شود") == [f"می{Z}شود", "می شود"]
    assert found("می شود و می  شود", f"می{Z}شود") == ["می شود", "می  شود"]  # a run of spaces is one
    assert replaced(f"گزارش{Z}ها", find(f"گزارش{Z}ها", "گزارش ها"), "گزارش‌های") == "گزارش‌های"


def test_latin_letters_match_in_any_case():
    assert found("Keyvan, KEYVAN and keyvan", "keyVAN") == ["Keyvan", "KEYVAN", "keyvan"]


def test_matches_do_not_overlap_and_adjacent_ones_are_both_found():
    assert find("ااا", "اا") == [(0, 2)]
    assert find("اااا", "اا") == [(0, 2), (2, 4)]
    text = "کیوانكيوان"
    assert found(text, "کیوان") == ["کیوان", "كيوان"]
    assert replaced(text, find(text, "کیوان"), "ک") == "کک"


def test_a_letter_folded_to_two_is_taken_whole():
    assert found("straße", "s") == ["s", "ß"]
    assert found("STRASSE", "ß") == ["SS"]


def test_whole_words_leave_a_name_inside_a_longer_word():
    text = f"کیوان، کیوانی، کیوان{Z}ها، (كيوان) و آقای کیوان"
    assert found(text, "کیوان") == ["کیوان", "کیوان", "کیوان", "كيوان", "کیوان"]
    assert found(text, "کیوان", whole_words=True) == ["کیوان", "كيوان", "کیوان"]  # a half-space joins «کیوان‌ها»
    assert found("کیوانِ عزیز", "کیوان", whole_words=True) == ["کیوانِ"]  # a mark on its last letter is its own


def test_nothing_is_found_for_an_empty_query_or_one_of_marks_and_spaces():
    assert find("کیوان", "") == find("کیوان", "  ") == find("کیوان", KASRA) == []
    assert find("", "کیوان") == []


def test_a_query_with_a_space_at_its_end_wants_the_space():
    assert found("کیوانی کیوان و", "کیوان ") == ["کیوان "]


def _doc() -> Announcement:
    return Announcement(
        session=Session(city="استکهلم", convened_by="خلیل كيوان"),
        sections=[Part(reports=Reports(items=[Report(speaker="خليل كيوان", summary="ابتدا خلیل کیـوان گزارش داد.")])),
                  Part(paragraph="سخنی نیست."),
                  Part(election=Election(people=[ElectedPerson(name="خلیل کِیوان", role="دبیر")]))],
        phrases={"held": "کیوان برگزار کرد."})


def test_every_text_of_the_form_is_searched_in_its_order_and_the_wording_is_not():
    assert search.find_all(_doc(), "کیوان") == [
        Match("session.convened_by", 5, 10),
        Match("sections[0].reports.items[0].speaker", 5, 10),
        Match("sections[0].reports.items[0].summary", 11, 17),
        Match("sections[2].election.people[0].name", 5, 11)]
    assert search.find_all(_doc(), "دبیر") == [Match("sections[2].election.people[0].role", 0, 4)]
    assert search.find_all(_doc(), "برگزار") == []  # in the wording only


def test_replace_all_gives_each_field_its_new_text_and_counts_the_matches():
    doc = _doc()
    doc.sections[1].paragraph = "کیوان و کیوان"
    result = search.replace_all(doc, "کیوان", "کیوانی")
    assert result.texts == {"session.convened_by": "خلیل کیوانی",
                            "sections[0].reports.items[0].speaker": "خليل کیوانی",
                            "sections[0].reports.items[0].summary": "ابتدا خلیل کیوانی گزارش داد.",
                            "sections[1].paragraph": "کیوانی و کیوانی",
                            "sections[2].election.people[0].name": "خلیل کیوانی"}
    assert result.count == 6 and result.refused == []
    assert doc.session.convened_by == "خلیل كيوان"  # the model is the window's to change


def test_a_replacement_past_a_field_s_limit_is_refused_for_that_field_alone():
    doc = _doc()
    doc.session.city = "کیوان " + "ا" * (model.LINE_CHARACTERS - 6)  # at the limit
    result = search.replace_all(doc, "کیوان", "کیوانی")
    assert "session.city" not in result.texts and len(result.texts) == 4 and result.count == 4
    (problem,) = result.refused
    assert problem.path == "session.city"
    assert problem.fa == "جایگزین نشد: بیش از ۲۰۰۰ نویسه است (۲۰۰۱ نویسه)"
    assert problem.en == "not replaced: is longer than 2,000 characters (2,001)"
    assert search.replace_one(doc, Match("session.city", 0, 5), "کیوانی") == problem
    assert search.replace_one(doc, Match("session.convened_by", 5, 10), "کیوانی") == "خلیل کیوانی"


def test_replacing_with_the_same_text_changes_nothing():
    result = search.replace_all(Announcement(session=Session(city="کیوان")), "کیوان", "کیوان")
    assert result.texts == {} and result.count == 0
