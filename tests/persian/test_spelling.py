"""The spell check without the window: Lilak and the Persian rules around it
(persian/spelling.py), a draft's doubtful words (spellcheck.py), the word list
(wordlist.py) and `announcer check`."""

import logging

import pytest

from announcer import cli, draft, spellcheck, wordlist
from announcer.model import Announcement, Guest
from announcer.persian import spelling
from announcer.persian.spelling import Speller, dictionary
from conftest import EXAMPLE
from spelling_measure import real, reference

ZWNJ = "\u200c"


@pytest.fixture(scope="module")
def spell() -> Speller:
    return Speller(dictionary())


def first(spell: Speller, text: str) -> tuple[str, str]:
    """The one doubtful word of text and its first suggestion."""
    (doubt,) = spell.doubts(text)
    return doubt.word, spell.suggestions(doubt)[0]


# ---- the reference and real announcements ----

def test_the_references_two_typos_are_flagged_with_the_right_word_first(spell):
    text = reference()
    flagged = {d.word: spell.suggestions(d)[0] for d in text.flagged}
    assert flagged["پراداخت"] == "پرداخت"
    assert flagged["گسترس"] == "گسترش"


def test_at_most_one_false_alarm_in_100_right_words_of_the_reference():
    count = reference()
    assert count.per_100 <= 1.0, [d.word for d in count.false]
    assert sorted(d.word for d in count.false) == ["انترناسیونال", "پراتیک"]  # two loanwords Lilak lacks


def test_at_most_two_and_a_half_false_alarms_in_100_right_words_of_real_announcements():
    count = real()
    assert count.words > 2000
    assert count.per_100 <= 2.5, [d.word for d in count.false]


# ---- Persian rules ----

@pytest.mark.parametrize("typed, fixed", [("میکند", f"می{ZWNJ}کند"), ("فعالیت های", f"فعالیت{ZWNJ}های"),
                                          ("بینالمللی", f"بین{ZWNJ}المللی"), ("بین المللی", f"بین{ZWNJ}المللی"),
                                          ("می کند", f"می{ZWNJ}کند"), ("جلسه ای", f"جلسه{ZWNJ}ای")])
def test_a_word_missing_a_half_space_gets_the_joined_form_first(spell, typed, fixed):
    assert first(spell, f"او {typed} ما") == (typed, fixed)


@pytest.mark.parametrize("word", [f"می{ZWNJ}کند", f"شده{ZWNJ}است", f"راه{ZWNJ}اندازی", f"به{ZWNJ}طور",
                                  f"فعالیت{ZWNJ}های", "کادرها", "رؤسای", "رییس", "نامۀ", "هیأت"])
def test_right_words_compounds_and_accepted_spellings_pass(spell, word):
    assert spell.doubts(f"و {word} و") == []


def test_arabic_letters_vowel_marks_and_kashida_are_the_same_word(spell):
    assert spell.doubts("كميته تصمیـــم گرفت و سیاسَتِ ما") == []
    assert spelling.fold("كميتۀ") == "کمیتهٔ"


def test_digits_latin_words_addresses_and_words_glued_to_them_are_not_checked(spell):
    assert spell.doubts("۱۲ام و ATMها و ۷۰٪ی و www.example.com/پراداخت و info@گسترس.ir و Lindqvist") == []
    assert spell.doubts("ساعت ۵ ق.ظ.") == []  # a letter and a full stop: an abbreviation


def test_the_month_may_and_a_prefix_before_no_verb_are_not_joined(spell):
    assert spell.doubts("۱۵ می و ماه می") == []


def test_names_typed_are_known_in_every_field():
    doc = Announcement()
    doc.session.guests = [Guest(name="گسترس پراداختی")]
    doc.session.city = "تورنتو"
    doc.sections[3].paragraph = "گسترس و پراداختی آمدند."
    spell = spellcheck.speller(dictionary(), doc)
    assert spellcheck.warnings(doc, spell) == []
    assert dict(spellcheck.checked(doc)) == {"title.kind": "اطلاعیه", "sections[3].paragraph": "گسترس و پراداختی آمدند."}


def test_a_drafts_doubtful_words_are_warnings_at_their_fields():
    doc = Announcement()
    doc.sections[3].paragraph = "گسترس فعالیت های ما"
    doc.phrases["held"] = "پراداخت شد."
    doc.ignored_words = []
    found = spellcheck.warnings(doc, spellcheck.speller(dictionary(), doc))
    assert [(p.path, p.warning) for p in found] == [("sections[3].paragraph", True)] * 2 + [("phrases.held", True)]
    assert found[0].fa == "«گسترس» در واژه‌نامه نیست؛ شاید «گسترش»"
    assert found[1].en == f"«فعالیت های» is written with a half-space: «فعالیت{ZWNJ}های»"
    doc.ignored_words = ["گسترس"]
    assert [p.path for p in spellcheck.warnings(doc, spellcheck.speller(dictionary(), doc))] == \
        ["sections[3].paragraph", "phrases.held"]


def test_without_chunspell_or_its_files_there_is_no_dictionary_and_it_is_logged(monkeypatch, tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    assert dictionary.__wrapped__(tmp_path) is None  # no fa.aff nor fa.dic there
    monkeypatch.setitem(__import__("sys").modules, "hunspell", None)
    assert dictionary.__wrapped__(tmp_path) is None
    assert [r.message.split(":")[0] for r in caplog.records] == ["spell checking is off"] * 2


# ---- the word list ----

def test_the_word_list_adds_reads_and_clears(tmp_path):
    path = tmp_path / "data" / "words.txt"
    assert wordlist.read(path) == []
    assert wordlist.add(path, "  هموند ") == ["هموند"]
    assert wordlist.add(path, "آرامستان") == ["هموند", "آرامستان"]
    assert wordlist.add(path, "هموند") == ["هموند", "آرامستان"]
    assert path.read_text(encoding="utf-8") == "هموند\nآرامستان\n"
    with pytest.raises(ValueError):
        wordlist.add(path, "ATM ۱۲")
    wordlist.clear(path)
    assert wordlist.read(path) == []


def test_two_windows_adding_words_keep_both(tmp_path):
    path = tmp_path / "words.txt"
    wordlist.add(path, "هموند")
    path.write_text("هموند\nپلنوم\n", encoding="utf-8")  # another window added one since
    assert wordlist.add(path, "آرامستان") == ["هموند", "پلنوم", "آرامستان"]


@pytest.mark.parametrize("content", [b"\xff\xfe\x00", b"x" * (wordlist.MAX_BYTES + 1)])
def test_a_word_list_that_cannot_be_read_is_empty_and_logged(tmp_path, caplog, content):
    path = tmp_path / "words.txt"
    path.write_bytes(content)
    assert wordlist.read(path) == []
    assert "cannot be read" in caplog.text
    wordlist.add(path, "هموند")  # and adding a word replaces it
    assert wordlist.read(path) == ["هموند"]


def test_lines_that_are_not_words_are_left_out_and_logged(tmp_path, caplog):
    path = tmp_path / "words.txt"
    path.write_text("هموند\n<b>x</b>\n\u202eپلنوم\n" + "ک" * 65 + "\nعلی رضایی\n", encoding="utf-8")
    assert wordlist.read(path) == ["هموند", "علی رضایی"]
    assert "not words" in caplog.text


def test_a_folder_for_a_word_list_is_empty_and_logged(tmp_path, caplog):
    assert wordlist.read(tmp_path) == []
    assert "cannot be read" in caplog.text


# ---- announcer check ----

def test_check_lists_doubtful_words_as_warnings_and_leaves_them_out_when_asked(example, tmp_path, capsys):
    doc = example
    doc.sections[3].paragraph = "گسترس"
    path = tmp_path / "a.announcement.json"
    draft.save(path, doc)
    assert cli.main(["check", str(path)]) == 0  # warnings are no problems
    err = capsys.readouterr().err
    assert f"{path}: هشدار — warning: sections[3].paragraph: «گسترس» در واژه‌نامه نیست؛ شاید «گسترش»" in err
    assert cli.main(["check", "--no-spelling", str(path)]) == 0
    assert capsys.readouterr().err == f"{path}: بدون اشکال — no problems\n"


def test_rechecking_around_an_edit_finds_what_checking_everything_finds(spell):
    import random

    from real_measure import drafts, original_of
    from spelling_measure import text_of

    text = " ".join(text_of(original_of(p)) for p in drafts()).replace("\n", " ") * 3
    found = spell.doubts(text)
    rnd = random.Random(7)
    for _ in range(150):
        i, piece = rnd.randrange(len(text)), rnd.choice(["گسترس ", "ی", " ", "\u200c", "های ", "می ", ""])
        cut = rnd.choice([0, 1, 5])
        edited = text[:i] + piece + text[i + cut:]
        again = spell.redoubt(text, found, edited)
        assert again == spell.doubts(edited), (i, piece, cut)
        text, found = edited, again


def test_a_verbs_particle_written_apart_passes_before_its_verb_only(spell):
    assert spell.doubts(f"اعضا را به همکاری فرا می{ZWNJ}خواند") == []
    assert [d.word for d in spell.doubts("فرا میخواند")] == ["میخواند"]  # the verb's own half-space
    assert [d.word for d in spell.doubts("از فرا")] == ["فرا"]  # alone it is no word


def test_a_recount_after_an_edit_checks_only_the_text_that_changed_and_finds_what_a_full_count_finds():
    """The window's count at each pause (spellcheck.Recount): equal to doubts(doc, spell)
    after every edit, and one text checked for an edit of one field."""
    import random

    from announcer import paths

    doc = draft.load(EXAMPLE)
    spell = spellcheck.speller(dictionary(), doc)
    checked = []

    class Counting(Speller):
        def doubts(self, text):
            checked.append(text)
            return super().doubts(text)

    def counted(texts):
        counting = recount.counting(texts)
        while True:
            try:
                next(counting)
            except StopIteration as done:
                return done.value

    spell.__class__ = Counting  # the same speller, its checks counted
    recount = spellcheck.Recount(spell)
    first = counted(spellcheck.checked(doc))
    assert len(checked) == len({text for _, text in spellcheck.checked(doc)})  # each text once
    assert first == spellcheck.doubts(doc, spell)
    texts = list(spellcheck.checked(doc))
    rng = random.Random(7)
    for _ in range(30):
        path, text = rng.choice(texts)
        paths.set_value(doc, path, text + rng.choice([" گسترس", " پراداخت", " و", "ی"]))
        texts = list(spellcheck.checked(doc))
        checked.clear()
        found = counted(spellcheck.checked(doc))
        assert len(checked) == 1  # the edited text alone
        assert found == spellcheck.doubts(doc, spell)
