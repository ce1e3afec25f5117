"""Wording that tried to exhaust memory or mislead (the hostile round, issue 20): a
placeholder repeated, a phrase or a name repeated in every item, formats in braces, a
private-use character in a field, wording files of another version."""

import dataclasses
import json
import time
import tracemalloc

import pytest
from hypothesis import given, settings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget

from announcer import compose as composing
from announcer import draft, wording
from announcer.cli import main
from announcer.compose import ALLOWANCE, MULTIPLE, Composition, compose
from announcer.model import Announcement, Part, Resolution, Session, Title
from announcer.problems import DraftError
from announcer.render.text import render
from announcer.validate import check
from conftest import EXAMPLE, ROOT
from strategies import announcements

HOSTILE = ROOT / "tests" / "data" / "hostile"


def _resolutions(n: int, short_name: str = "کمیته", phrases: dict | None = None) -> Announcement:
    return Announcement(title=Title(body="کمیته", short_name=short_name), session=Session(city="استکهلم"),
                        sections=[Part(resolutions=[Resolution(text="x") for _ in range(n)])], phrases=phrases or {})


def _composed_characters(blocks) -> int:
    return sum(len(b.text) for b in blocks)


def test_a_placeholder_written_333_times_is_refused_and_the_default_composes():
    doc = draft.load(HOSTILE / "phrase-placeholder-333-times.json")
    problems = [p for p in check(doc) if p.path == "phrases.decision"]
    assert [p.en for p in problems] == ["has {text} more than once; each placeholder may appear once"]
    text = render(compose(doc))
    assert "کمیته تصویب کرد که قطعنامه تصویب شود." in text
    assert len(text) < 1000


@pytest.mark.parametrize("override", ["{who!r:>99999999}", "{who:{kind}}", "{kind!s} {who}"])
def test_a_known_placeholder_with_a_format_is_said_to_have_a_format_not_to_be_unknown(override):
    with pytest.raises(wording.PlaceholderError) as caught:
        wording.placeholders("title", override)
    assert "unknown" not in caught.value.en and "format" in caught.value.en
    assert "ناشناخته" not in caught.value.fa


def test_no_default_phrase_repeats_a_placeholder():
    for key, text in wording.DEFAULTS.items():
        names = wording.placeholders(key, text)
        assert len(names) == len(set(names)), key


def test_a_name_repeated_in_thousands_of_items_is_refused_in_bounded_time_and_memory(capsys):
    """A 2,000-letter short name before each of 20,000 one-letter resolutions: 40 M
    characters unbounded; the meter stops the section and says where."""
    doc = _resolutions(20_000, short_name="ک" * 2000)
    tracemalloc.start()
    began = time.perf_counter()
    with pytest.raises(DraftError) as refused:
        compose(doc)
    took = time.perf_counter() - began
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [p.path for p in refused.value.problems] == ["sections[0]"]
    assert "many times longer than the draft" in refused.value.problems[0].en
    assert peak < 120 * 2**20, f"{peak / 2**20:.0f} MB"
    assert took < 30  # a guard against a hang; the benchmark measures the time
    path = HOSTILE / "short-name-repeated-in-every-item.json"
    assert main(["check", str(path)]) == 1
    assert "sections[3]: این بخش چندین برابر پیش‌نویس می‌شود" in capsys.readouterr().err  # the hostile file is of format 1


def test_a_long_phrase_repeated_for_every_item_is_refused_and_the_rest_still_composes():
    phrases = {"decision": "ب" * 1980 + " {body} {text}"}
    composition = Composition()
    blocks = composition.update(_resolutions(5_000, phrases=phrases))
    assert composition.too_long == {0}
    assert [p.path for p in composition.problems] == ["sections[0]"]
    assert [b.source for b in blocks] == ["title", "session"]  # the other sections stand


def test_a_section_fixed_after_it_was_too_long_comes_back():
    composition = Composition()
    doc = _resolutions(3_000, short_name="ک" * 2000)
    composition.update(doc)
    assert composition.problems
    doc.title.short_name = "کمیته"
    blocks = composition.update(doc, {"title.short_name"})
    assert not composition.problems and blocks == compose(doc)


def test_real_announcements_leave_their_phrases_far_within_the_bound(example):
    for doc in (example, draft.load(ROOT / "tests" / "data" / "assembly.announcement.json")):
        composition = Composition()
        composition.update(doc)
        weight = sum(composition.weights.values())
        assert sum(composition.spent.values()) < MULTIPLE / 2 * weight  # half the bound, before the allowance


@settings(max_examples=60)
@given(announcements)
def test_the_composed_text_is_bounded_by_the_drafts_weight(doc):
    """The bound of compose.py's docstring: what phrases add is metered, each field is
    placed once, and joining adds at most a few characters an item."""
    composition = Composition()
    blocks = composition.update(doc)
    assert _composed_characters(blocks) <= (MULTIPLE + 2) * sum(composition.weights.values()) + ALLOWANCE


def test_a_private_use_character_in_a_field_does_not_break_showing_where_a_phrase_is_used(example):
    doc = dataclasses.replace(example, session=dataclasses.replace(example.session, city="استکهلم\ue000\ue001"))
    for key in wording.DEFAULTS:
        found = composing.usage(doc, key)
        if found:
            assert "\ufdd0" not in "".join(found) and "\ufdd1" not in "".join(found)
    _, used, _ = composing.usage(doc, "city")
    assert used == "در استکهلم\ue000\ue001"


def test_the_wording_page_shows_every_phrase_of_a_draft_with_a_private_use_character(window, tmp_path):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["announcement"]["session"]["city"] = "استکهلم\ue000"
    path = tmp_path / "private.announcement.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window.files.open_path(path)
    window.ui.actionWording.trigger()
    QApplication.processEvents()
    page = window.wording.widget()
    phrases = page.findChild(QListWidget, "phraseList")
    for row in range(phrases.count()):
        phrases.setCurrentRow(row)  # raised ValueError for 50 of the phrases
    phrases.setCurrentRow(next(r for r in range(phrases.count())
                               if phrases.item(r).data(Qt.ItemDataRole.UserRole) == "city"))
    assert "استکهلم" in page.findChild(QLabel, "usageLabel").text()


def _wording_file(**fields) -> str:
    data = {"format": draft.WORDING_FORMAT, "version": 1, "phrases": {"held": "برگزار شد."}}
    data.update(fields)
    return json.dumps({k: v for k, v in data.items() if v is not ...}, ensure_ascii=False)


@pytest.mark.parametrize("version", [999, "banana", 1.5, True, 0, None, ...])
def test_a_wording_file_of_no_known_version_is_refused(version):
    text = _wording_file(version=version)
    with pytest.raises(DraftError) as refused:
        draft.wording_loads(text)
    assert [p.path for p in refused.value.problems] == ["version"]


def test_a_wording_file_with_nan_as_its_version_is_refused():
    with pytest.raises(DraftError) as refused:
        draft.wording_loads(_wording_file().replace('"version": 1', '"version": NaN'))
    assert [p.path for p in refused.value.problems] == ["version"]


def test_unknown_and_repeated_keys_of_a_wording_file_are_named():
    with pytest.raises(DraftError) as refused:
        draft.wording_loads(_wording_file(colour="red"))
    assert [(p.path, p.en) for p in refused.value.problems] == [("colour", "unknown field")]
    repeated = _wording_file()[:-1] + ', "phrases": {}}'
    with pytest.raises(DraftError) as refused:
        draft.wording_loads(repeated)
    assert [(p.path, p.en) for p in refused.value.problems] == [("phrases", "appears twice")]


# Each wording file of the corpus: the path of the problem it must be refused with, or,
# for one it may be imported, the problem check names once it is in a draft.
WORDING_FILES = {
    "version-999.wording.json": "version", "version-banana.wording.json": "version",
    "version-nan.wording.json": "version", "version-missing.wording.json": "version",
    "unknown-key.wording.json": "extra", "repeated-key.wording.json": "phrases",
}


def test_every_wording_file_of_the_corpus_is_refused_or_checked():
    folder = HOSTILE / "wording"
    assert sorted(p.name for p in folder.iterdir()) == sorted([*WORDING_FILES, "placeholder-333-times.wording.json"])
    for name, path in WORDING_FILES.items():
        with pytest.raises(DraftError) as refused:
            draft.load_wording(folder / name)
        assert path in [p.path for p in refused.value.problems], name
    phrases = draft.load_wording(folder / "placeholder-333-times.wording.json")
    doc = dataclasses.replace(_resolutions(1), phrases=phrases)
    assert [p.path for p in check(doc) if p.path.startswith("phrases")] == ["phrases.decision"]
    assert "کمیته تصویب کرد که x." in render(compose(doc))


def test_a_wording_file_written_by_the_program_reads_back():
    phrases = {"held": "برگزار شد.", "city": "در شهر {city}"}
    assert draft.wording_loads(draft.wording_dumps(phrases)) == phrases
    assert json.loads(draft.wording_dumps(phrases))["version"] == draft.WORDING_VERSION


def test_importing_a_wording_file_that_repeats_placeholders_into_a_long_draft_is_quick(window, tmp_path, monkeypatch):
    """A 4 KB shared wording file into a 40 KB draft froze the window for 212 s."""
    from announcer.gui import filedialogs

    doc = _resolutions(400)
    for r in doc.sections[0].resolutions:
        r.text = "قطعنامه‌ای با متنی به درازای چند واژه " * 2
    path = tmp_path / "long.announcement.json"
    draft.save(path, doc)
    window.files.open_path(path)
    shared = tmp_path / "shared.wording.json"
    shared.write_text(json.dumps({"format": draft.WORDING_FORMAT, "version": 1,
                                  "phrases": {"decision": "{text}" * 333, "held": "برگزار شد."}}), encoding="utf-8")
    window.ui.actionWording.trigger()
    monkeypatch.setattr(filedialogs, "open_name", lambda *a: str(shared))
    began = time.perf_counter()
    window.wording.widget().import_file()
    window.preview.update_now()
    window.checking.validate()
    assert time.perf_counter() - began < 10
    assert window.document.model.phrases["held"] == "برگزار شد."
    assert any(p.path == "phrases.decision" for p in window.checking.problems)
