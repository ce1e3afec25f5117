"""Hostile drafts (tests/data/hostile/) through check, compose and export: never a
traceback; a draft that loads composes and exports; each says what is wrong, where."""

import re

import pytest

from announcer.cli import main
from docx_xml import NS, part
from conftest import DATA

CORPUS = DATA / "hostile"

# Each draft: (the exit code of `check`, what its message must say). The drafts are of
# format version 1, so they pass through its migration too: the path of a section is the
# one it has after (agenda, documents, reports, the discussion paragraph if any,
# resolutions, then other discussions, elections and closing paragraphs, one section each).
EXPECTED = {
    "announcement-list.json": (1, "announcement: باید شیء باشد، نه […] — must be an object, not […]"),
    "announcement-null.json": (1, "announcement: باید شیء باشد، نه null — must be an object, not null"),
    "bom-and-latin1.json": (1, "فایل متنی UTF-8 نیست — the file is not UTF-8 text"),
    "clean-minimal.json": (0, "بدون اشکال — no problems"),
    "day-0001.json": (1, "session.days[0]: باید روزی از سال ۱۳۰۰ تا ۱۴۹۹ خورشیدی"),
    "day-9999.json": (1, "session.days[0]: باید روزی از سال ۱۳۰۰ تا ۱۴۹۹ خورشیدی"),
    "deep-nesting-inside-a-field.json": (1, "sections[4].paragraph: باید متن باشد، نه […]"),
    "deep-nesting.json": (1, "the JSON is nested too deeply"),
    "duplicate-keys.json": (1, "title.body: دو بار آمده است — appears twice"),
    "float-seats.json": (1, "sections[4].election.seats: باید عدد صحیح باشد، نه Infinity"),
    "format-missing.json": (1, "format: قالب فایل باید «persian-announcement-draft» باشد"),
    "guest-day-zero.json": (1, "session.guests[0].days[0]: باید عددی از ۱ تا ۳۶۶ باشد"),
    "huge-issue.json": (1, "publication.issue: باید عددی از ۱ تا ۱۰۰۰۰۰۰ باشد"),
    "huge-seats.json": (1, "sections[4].election.seats: باید عددی از ۱ تا ۱۰۰۰۰ باشد"),
    "huge-version.json": (1, "version: نسخهٔ قالب باید عدد صحیح مثبت باشد"),
    "invisible.json": (1, "sections[3].paragraph: نویسهٔ نامرئی یا نامعتبری دارد که در اطلاعیه حذف می‌شود — "
                          "has invisible or invalid characters (U+206A, U+E0041, U+FFF9)"),
    "lone-surrogate.json": (1, "title.body: نویسهٔ نامرئی یا نامعتبری دارد"),
    "key-with-terminal-controls.json": (1, "title.\\x1b]0;title\\x07\\u202eevil: فیلد ناشناخته — unknown field"),
    "long-line-field.json": (1, "title.body: بیش از ۲۰۰۰ نویسه است (۲۰۰۱ نویسه)"),
    "negative-pages.json": (1, "sections[1].documents[0].pages: باید عددی از ۱ تا ۱۰۰۰۰ باشد"),
    "noncharacters.json": (1, "publication.bulletin: نویسهٔ نامرئی یا نامعتبری دارد"),
    "not-json.json": (1, "JSON نامعتبر در سطر ۱، ستون ۳ — invalid JSON at line 1, column 3"),
    "phrase-placeholder-333-times.json": (1, "phrases.decision: جای‌نشان «{text}» بیش از یک بار آمده است"),
    "short-name-repeated-in-every-item.json": (1, "sections[3]: این بخش چندین برابر پیش‌نویس می‌شود"),
    "other-day-too-high.json": (1, "sections[4].discussion.day: جلسه فقط ۱ روز دارد، نه روز ۲"),
    "publication-9999.json": (1, "publication.date: باید روزی از سال ۱۳۰۰ تا ۱۴۹۹ خورشیدی"),
    "seats-1e15.json": (1, "sections[4].election.seats: باید عددی از ۱ تا ۱۰۰۰۰ باشد"),
    "title-300-characters.json": (0, "بدون اشکال — no problems"),  # more than a Word property holds
    # Format 2's sections: each one kind, known, in a list; a version-1 list that is not one.
    "section-of-two-kinds.json": (1, "sections[0]: هر بخش باید دقیقاً یکی از این‌ها باشد: paragraph, opening"),
    "section-of-an-unknown-kind.json": (1, "sections[0].greetings: فیلد ناشناخته — unknown field"),
    "sections-not-a-list.json": (1, "sections: باید فهرست باشد، نه {…} — must be a list, not {…}"),
    "version-1-elections-not-a-list.json": (1, "elections: باید فهرست باشد، نه {…} — must be a list, not {…}"),
    "speech-voice-unknown.json": (1, "sections[0].speech.voice: باید یکی از این‌ها باشد: speech, report"),
    "signature-with-controls.json": (1, "sections[0].signature.lines[1]: نویسهٔ نامرئی یا نامعتبری دارد"),
    # Paragraphs rewritten by hand: a place the page does not have, controls, a bad place, not a list.
    "rewrite-nowhere-and-with-controls.json": (1, "rewritten[0]: بندی که بازنویسی شده بود دیگر در اطلاعیه نیست"),
    "rewrite-bad-place.json": (1, "rewritten[0].n: باید عددی از ۰ تا ۲۰۰۰۰۰ باشد"),
    "rewritten-not-a-list.json": (1, "rewritten: باید فهرست باشد، نه {…} — must be a list, not {…}"),
}
# What a terminal would obey in a message rather than show (the command line escapes it).
_OBEYED_BY_TERMINALS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_INVISIBLE_IN_WORD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\u200b\u2060\u00ad\u206a\ufeff\ufff9\ufffe\uffff\U000e0041]")


def test_every_draft_of_the_corpus_has_an_expectation():
    assert sorted(p.name for p in CORPUS.iterdir() if p.is_file()) == sorted(EXPECTED)  # folders: other files' cases


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_hostile_draft_is_answered_with_a_message(name, tmp_path, capsys):
    draft = str(CORPUS / name)
    code, says = EXPECTED[name]
    assert main(["check", draft]) == code
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    assert not _OBEYED_BY_TERMINALS.search(err)
    assert all(line.startswith(f"{draft}: ") for line in err.splitlines())
    composed = main(["compose", draft])
    docx = tmp_path / "out.docx"
    exported = main(["export", draft, "-o", str(docx)])
    assert composed == exported  # a draft that loads composes and exports; one that does not, neither
    if code == 0:
        assert composed == 0
    if exported == 0:
        text = "".join(part(docx, "word/document.xml").xpath("//w:t/text()", namespaces=NS))
        header = "".join(t for h in ("word/header1.xml", "word/header2.xml")
                         for t in part(docx, h).xpath("//w:t/text()", namespaces=NS))
        properties = part(docx, "docProps/core.xml").xpath("string(.)")
        assert text and not _INVISIBLE_IN_WORD.search(text + header + properties)
    else:
        assert not docx.exists()
