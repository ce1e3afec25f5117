"""Paragraphs rewritten by hand (issue 22): the page shows the secretary's words, the
draft keeps them with what they were written over, and nothing goes stale unsaid."""

import copy
import datetime as dt
import json

import pytest
from docx_xml import NS, part
from parts import at, first, index, part as section

from announcer import draft, rewrites
from announcer.cli import main
from announcer.compose import Composition, compose
from announcer.export import export_docx
from announcer.model import Rewrite
from announcer.newfrom import next_announcement
from announcer.validate import check

SESSION = ("جلسه کمیته خارج کشور حزب کمونیست کارگری ایران روزهای شنبه و یکشنبه ۱۵ و ۱۶ ماه جاری (دسامبر) با حضور "
           "اکثریت اعضا کمیته خارج و تعدادی از مسئولین سازمان های کشوری تشکیلات خارج حزب در استکهلم برگزار گردید. "
           "رئیس هیئت دبیران حزب، اصغر کریمی در روز اول جلسه شرکت داشت.")
MINE = "جلسه کمیته خارج کشور در استکهلم با حضور گرم اعضا برگزار شد."


def rewritten(doc, at_="session", n=0, text=MINE):
    """doc with the paragraph at (at_, n) rewritten as the window does it: over its composed text."""
    composition = Composition()
    composition.update(doc)
    composed = rewrites.composed_at(composition.composed, Rewrite(at_, n))
    doc.rewritten.append(Rewrite(at_, n, composed, text))
    return doc


def texts(doc) -> list[str]:
    return [b.text for b in compose(doc)]


def test_the_page_shows_the_secretarys_words_in_place_of_the_composed_paragraph(example):
    before = texts(example)
    assert before[2] == SESSION
    blocks = compose(rewritten(example))
    assert blocks[2].text == MINE and blocks[2].source == "session" and blocks[2].rewrite == 0 and not blocks[2].stale
    assert [b.text for b in blocks] == [*before[:2], MINE, *before[3:]]  # the rest is composed from fields
    assert check(example) == []


def test_a_rewritten_paragraph_survives_save_reopen_and_the_word_file(example, tmp_path):
    doc = rewritten(example)
    path = tmp_path / "d.announcement.json"
    draft.save(path, doc)
    saved = json.loads(path.read_text("utf-8"))["announcement"]["rewritten"]
    assert saved == [{"at": "session", "n": 0, "composed": SESSION, "text": MINE}]
    reopened = draft.load(path)
    assert reopened == doc and texts(reopened)[2] == MINE
    docx = tmp_path / "d.docx"
    export_docx(reopened, docx)
    words = "".join(part(docx, "word/document.xml").xpath("//w:t/text()", namespaces=NS))
    assert MINE in words and "با حضور اکثریت اعضا" not in words


def test_changing_a_field_that_fed_it_makes_it_stale_and_check_names_it(example):
    doc = rewritten(example)
    doc.session.city = "گوتنبرگ"
    (block,) = [b for b in compose(doc) if b.source == "session"]
    assert block.text == MINE and block.stale  # the secretary's words stay, marked
    (problem,) = check(doc)
    assert problem.path == "rewritten[0]" and "changed after it was rewritten" in problem.en
    assert "فیلدهای این بند" in problem.fa


def test_a_field_that_did_not_feed_it_leaves_it_alone(example):
    doc = rewritten(example)
    first(doc, "agenda").items.append("موضوع تازه")
    doc.publication.issue = 224
    assert [b.stale for b in compose(doc) if b.source == "session"] == [False]
    assert check(doc) == []


def test_one_line_of_a_free_paragraph_is_rewritten_and_the_others_stay(example):
    closing = at(example, "paragraph", 1)  # the first closing paragraph
    doc = rewritten(example, closing, 0, "کمیته همه اعضا را به فعالیت فرا می‌خواند.")
    assert [b.text for b in compose(doc) if b.source == closing] == ["کمیته همه اعضا را به فعالیت فرا می‌خواند."]
    doc.sections[index(doc, "paragraph", 1)].paragraph += "\nو بند دوم"
    assert [(b.text, b.stale) for b in compose(doc) if b.source == closing] == [
        ("کمیته همه اعضا را به فعالیت فرا می‌خواند.", False), ("و بند دوم.", False)]  # its own line is unchanged


def test_a_paragraph_rewritten_to_nothing_is_left_out(example):
    doc = rewritten(example, text="  ")
    assert "session" not in [b.source for b in compose(doc)] and check(doc) == []


def test_a_paragraph_no_longer_composed_or_rewritten_twice_is_named_and_kept(example):
    doc = rewritten(rewritten(example), text="دوباره")
    doc.rewritten.append(Rewrite("sections[40].agenda", 0, "x", "متن من"))
    assert texts(doc)[2] == MINE  # the first rewrite of a paragraph is the one shown
    assert [(p.path, p.en.split(";")[0]) for p in check(doc)] == [
        ("rewritten[1]", "this paragraph is rewritten already"),
        ("rewritten[2]", "the paragraph it rewrote is no longer in the announcement")]
    assert doc.rewritten[2].text == "متن من"


def test_check_refuses_a_stale_paragraph_with_strict_and_exports_without(example, tmp_path, capsys):
    doc = rewritten(example)
    doc.session.city = "گوتنبرگ"
    path = tmp_path / "d.announcement.json"
    draft.save(path, doc)
    assert main(["check", str(path)]) == 1
    assert "rewritten[0]: فیلدهای این بند" in capsys.readouterr().err
    assert main(["export", str(path), "-o", str(tmp_path / "strict.docx"), "--strict"]) == 1
    assert not (tmp_path / "strict.docx").exists()
    assert main(["export", str(path), "-o", str(tmp_path / "d.docx")]) == 0  # said, and written


@pytest.mark.parametrize("change, expected", [
    (lambda s: s.insert(0, section("paragraph", "بند تازه")), ["session", "sections[1].agenda", "sections[9].paragraph"]),
    (lambda s: s.insert(1, s.pop(0)), ["session", "sections[1].agenda", "sections[8].paragraph"]),
    (lambda s: s.pop(0), ["session", "sections[7].paragraph"]),  # the agenda's rewrite goes with it
])
def test_rewrites_keep_to_their_sections_when_sections_are_added_moved_or_removed(example, change, expected):
    doc = rewritten(rewritten(rewritten(example), "sections[0].agenda", 0, "دستور من."),
                    "sections[8].paragraph", 0, "پایان من.")
    old = list(doc.sections)
    change(doc.sections)
    doc.rewritten = rewrites.follow(doc.rewritten, old, doc.sections)
    assert [r.at for r in doc.rewritten] == expected
    assert check(doc) == [] and "پایان من." in texts(doc)


def test_new_from_drops_rewritten_paragraphs_unless_asked_to_keep_them(example):
    doc = rewritten(example)
    assert next_announcement(doc).rewritten == []
    kept = next_announcement(doc, keep={"rewritten", "sections", "title"})
    assert kept.rewritten == doc.rewritten and kept.rewritten[0] is not doc.rewritten[0]
    kept.session.days = [dt.date(2008, 1, 5)]
    assert [p.path for p in check(kept) if p.path.startswith("rewritten")] == ["rewritten[0]"]  # said at once


def test_the_composer_never_changes_what_it_was_given(example):
    doc = rewritten(example)
    before = copy.deepcopy(doc)
    compose(doc)
    check(doc)
    assert doc == before


@pytest.mark.parametrize("suffix", [".txt", ".html", ".pdf"])
def test_every_export_carries_the_secretarys_words(example, tmp_path, suffix):
    from announcer.export import export

    path = tmp_path / f"d{suffix}"
    export(rewritten(example), path)
    if suffix == ".pdf":
        import subprocess

        shown = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        shown = " ".join(shown.split())
        assert "حضور گرم اعضا" in shown and "اکثریت اعضا کمیته خارج" not in shown
    else:
        shown = path.read_text("utf-8")
        assert MINE in shown and SESSION not in shown
