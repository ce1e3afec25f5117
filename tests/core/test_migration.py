"""Draft format 2 reads every version-1 draft with nothing lost: each composes the very
blocks the version-1 composer made of it (tests/data/v1), and saves as version 2 — but
for the composer's changes made on purpose since, each named in `_meant` and applied to
the old blocks, so that any other difference still fails."""

import json

import pytest

from announcer import draft, phrases
from announcer.compose import compose
from announcer.controls import strip_controls
from announcer.persian.clauses import ends_with_verb, says_purpose
from conftest import DATA

CASES = json.loads((DATA / "v1" / "composed.json").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_a_version_1_draft_composes_what_it_composed_before(case):
    doc, problems = draft.from_dict(case["draft"])
    assert problems == []
    assert [[b.kind.value, b.text] for b in compose(doc)] == _meant(doc, case["blocks"])


def _meant(doc, blocks: list[list[str]]) -> list[list[str]]:
    """The version-1 blocks with the changes made on purpose since: a report's summary
    that does not end with a verb is said as what the report covered (REPORT_COVERED),
    and an election's purpose typed without its «برای» gets one (PURPOSE)."""
    changes = []
    for part in doc.sections:
        for report in part.reports.items if part.reports else []:
            summary = " ".join(strip_controls(report.summary).split())  # as the composer reads it
            if summary and not ends_with_verb(summary):
                old = summary if summary.endswith(tuple(".!؟?…:»)")) else summary + "."
                changes.append((f" {old}", " " + phrases.REPORT_COVERED.format(summary=summary.rstrip("."))))
        purpose = " ".join(strip_controls(part.election.purpose).split()) if part.election else ""
        if purpose and not says_purpose(purpose):
            changes.append((f" {purpose} ", " " + phrases.PURPOSE.format(purpose=purpose) + " "))
    meant = []
    for kind, text in blocks:
        for old, new in changes:
            text = (" " + text).replace(old, new, 1)[1:] if old in " " + text else text
        meant.append([kind, text])
    return meant


@pytest.mark.parametrize("case", CASES[:2] + CASES[-3:], ids=lambda c: c["name"])
def test_a_migrated_draft_saves_as_version_2_and_reopens_the_same(case, tmp_path):
    doc, _ = draft.from_dict(case["draft"])
    path = tmp_path / "d.announcement.json"
    draft.save(path, doc)
    saved = json.loads(path.read_text("utf-8"))
    assert saved["version"] == 2 and "elections" not in saved["announcement"]
    assert draft.read(path) == (doc, 2)


def test_the_version_1_sections_become_sections_in_their_order():
    v1 = {"format": draft.FORMAT, "version": 1, "announcement": {
        "agenda": {"items": ["گزارش"]}, "discussion": "بحث شد", "resolutions": [{"text": "الف"}],
        "other_discussions": [{"topics": ["ب"]}], "elections": [{"body": "هیئت"}, {"body": "شورا"}],
        "closing": ["یک\nدو", "سه"]}}
    doc, problems = draft.from_dict(v1)
    assert problems == []
    assert [p.kind for p in doc.sections] == ["agenda", "documents", "reports", "paragraph", "resolutions",
                                              "discussion", "election", "election", "paragraph", "paragraph"]
    assert doc.sections[3].paragraph == "بحث شد"
    assert doc.sections[8].paragraph == "یک دو"  # one closing paragraph stays one paragraph
    assert [doc.sections[6].election.body, doc.sections[7].election.body] == ["هیئت", "شورا"]


@pytest.mark.parametrize("announcement, path", [
    ({"elections": {"body": "x"}}, "elections"),  # not a list: named as version 1 named it
    ({"elections": [{"seats": "سه"}]}, "sections[4].election.seats"),
    ({"sections": [{}]}, "sections[0]"),  # version 1 had no sections: the decoder names what it holds
])
def test_a_version_1_draft_with_a_wrong_part_names_it_where_version_2_keeps_it(announcement, path):
    _, problems = draft.from_dict({"format": draft.FORMAT, "version": 1, "announcement": announcement})
    assert path in [p.path for p in problems]


@pytest.mark.parametrize("section", [{}, {"agenda": {}, "paragraph": "x"}, {"agenda": None}, {"speeches": {}}])
def test_a_section_must_be_exactly_one_known_kind(section):
    _, problems = draft.from_dict({"format": draft.FORMAT, "version": 2, "announcement": {"sections": [section]}})
    assert problems and all(p.path.startswith("sections[0]") for p in problems)
