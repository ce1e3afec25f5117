"""Names remembered: completion from the drafts opened or saved, and the index file."""

import copy
import json
import logging

from hypothesis import given, settings

from announcer import draft, names, schema
from announcer.model import Announcement, Guest, Session
from announcer.persian.tidy import search_key
from conftest import EXAMPLE
from parts import put
from strategies import announcements


def test_the_example_opened_once_offers_khalil_keyvan_for_either_yeh(tmp_path, example):
    index = names.NameIndex(tmp_path / "names.json")
    index.record(EXAMPLE, example)
    assert index.complete("name", "خلیل")[0] == "خلیل کیوان"
    assert index.complete("name", "خليل")[0] == "خلیل کیوان"  # Arabic yeh
    assert index.complete("name", "کیوان") == ["خلیل کیوان"]  # a later word
    assert "استکهلم" in index.complete("city", "است")
    assert index.complete("city", "خلیل") == []  # a name is not a city


def test_matching_ignores_kaf_forms_half_spaces_and_diacritics():
    assert search_key("كمیتهٔ\u200cها") == search_key("کمیته ها")
    assert search_key("مُحَمَّد") == "محمد"


def test_a_name_in_more_drafts_then_a_more_recent_one_comes_first(tmp_path):
    index = names.NameIndex(tmp_path / "names.json")

    def doc(*guests):
        return Announcement(session=Session(guests=[Guest(name=g) for g in guests]))
    index.record(tmp_path / "a.json", doc("مینا احدی", "مریم نمازی"), when=1)
    index.record(tmp_path / "b.json", doc("مینا احدی"), when=2)
    index.record(tmp_path / "c.json", doc("مریم کوشا"), when=3)
    assert index.complete("name", "م") == ["مینا احدی", "مریم کوشا", "مریم نمازی"]
    index.record(tmp_path / "b.json", doc("مریم نمازی"), when=4)  # a draft saved again replaces its names
    assert index.complete("name", "م")[0] == "مریم نمازی"


def test_the_index_is_kept_and_read_again_by_another_window(tmp_path, example):
    names.NameIndex(tmp_path / "names.json").record(EXAMPLE, example)
    assert "خلیل کیوان" in names.NameIndex(tmp_path / "names.json").complete("name", "خلیل")


def test_a_corrupt_index_is_rebuilt_from_the_known_drafts_and_logged(tmp_path, caplog):
    path = tmp_path / "names.json"
    path.write_text("{ not json")
    with caplog.at_level(logging.WARNING, logger="announcer.names"):
        index = names.NameIndex(path, known=[str(EXAMPLE), str(tmp_path / "gone.json")])
    assert "rebuilding" in caplog.text
    assert index.complete("name", "خلیل") == ["خلیل کیوان"]
    assert json.loads(path.read_text())["format"] == names.FORMAT  # written again, whole


def test_an_index_of_the_wrong_shape_is_rebuilt_too(tmp_path, caplog):
    path = tmp_path / "names.json"
    path.write_text(json.dumps({"format": names.FORMAT, "drafts": {"x": {"time": "soon"}}}))
    with caplog.at_level(logging.WARNING, logger="announcer.names"):
        assert names.NameIndex(path).complete("name", "خلیل") == []
    assert "rebuilding" in caplog.text


def test_clearing_forgets_every_name(tmp_path, example):
    index = names.NameIndex(tmp_path / "names.json")
    index.record(EXAMPLE, example)
    index.clear()
    assert index.complete("name", "خلیل") == []
    assert names.NameIndex(tmp_path / "names.json").complete("name", "خلیل") == []


def test_the_index_holds_only_names_typed_in_drafts(tmp_path, example):
    index = names.NameIndex(tmp_path / "names.json")
    secret = copy.deepcopy(example)
    put(secret, "paragraph", "خلیل سرّی")  # free text, not a field that names anyone
    index.record(EXAMPLE, secret)
    kept = json.loads((tmp_path / "names.json").read_text())["drafts"]
    (entry,) = kept.values()
    assert set(entry["names"]) <= {"name", "role", "body", "city"}
    assert not any("سرّی" in t for texts in entry["names"].values() for t in texts)
    assert draft.load(EXAMPLE) == example  # recording reads the draft, never writes it


@settings(max_examples=60, deadline=None)
@given(announcements)
def test_the_names_of_a_draft_are_its_texts_in_name_fields_by_kind(doc):
    """names_in walks only what can hold a name: it finds what walking every text of the
    draft and asking each path's kind finds, in the same order."""
    expected: dict[str, dict[str, None]] = {}
    for path, text in schema.texts(doc):
        if (kind := names.kind_of(path)) and (folded := " ".join(text.split())):
            expected.setdefault(kind, {})[folded] = None
    assert names.names_in(doc) == {kind: list(texts) for kind, texts in expected.items()}


def test_the_example_names_its_people_bodies_and_city():
    found = names.names_in(draft.load(EXAMPLE))
    assert "استکهلم" in found["city"] and "خلیل کیوان" in found["name"]
