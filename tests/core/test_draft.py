import json

import pytest
from hypothesis import HealthCheck, given, settings

from announcer import draft
from announcer.model import Announcement, Election
from announcer.problems import DraftError
from strategies import announcements


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(announcements)
def test_any_model_round_trips_through_the_draft_file(model):
    assert draft.loads(draft.to_json(model)) == model


def test_example_round_trips_byte_for_byte(example):
    from conftest import EXAMPLE
    assert draft.to_json(example) == EXAMPLE.read_text(encoding="utf-8")


def test_a_version_1_draft_without_votes_offices_quorum_or_date_styles_reads_with_their_defaults(example):
    from conftest import EXAMPLE
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))  # as drafts were saved before these fields
    a = data["announcement"]
    del a["session"]["present"], a["session"]["members"]
    del a["settings"]["date_word"], a["settings"]["weekday"]
    for r in a["sections"][4]["resolutions"]:
        del r["vote"], r["votes_for"], r["votes_against"], r["abstentions"]
    for e in [a["sections"][6]["election"]]:
        del e["offices_of"], e["alternates"], e["acclamation"]
        for p in e["people"]:
            del p["votes"]
    assert draft.loads(json.dumps(data)) == example


def test_file_names_its_format_and_version():
    data = json.loads(draft.to_json(Announcement()))
    assert data["format"] == "persian-announcement-draft"
    assert data["version"] == 2


def _problems(announcement: dict, version: int = 1) -> list[str]:
    data = {"format": draft.FORMAT, "version": version, "announcement": announcement}
    with pytest.raises(DraftError) as e:
        draft.loads(json.dumps(data))
    return [f"{p.path}: {p.en}" for p in e.value.problems]


def test_every_problem_is_reported_with_its_path():
    problems = _problems({
        "elections": [{"seats": 0}],
        "session": {"days": ["2025-02-29", "15/12/2007"], "city": 5, "colour": "red"},
        "settings": {"calendar": "lunar", "persian_digits": "yes"},
        "documents": [{"title": "x", "pages": 2.5}],
    })
    assert problems == [  # in the order they stand in the file; version 1's sections, in their order, in version 2's
        "sections[1].documents[0].pages: must be a whole number, not 2.5",
        "sections[4].election.seats: must be a whole number from 1 to 10,000",
        "session.days[0]: must be a Gregorian date written YYYY-MM-DD (e.g. 2007-12-15)",
        "session.days[1]: must be a Gregorian date written YYYY-MM-DD (e.g. 2007-12-15)",
        "session.city: must be text, not 5",
        "session.colour: unknown field",
        "settings.calendar: must be one of: gregorian, jalali, both, both_jalali_first",
        "settings.persian_digits: must be true or false, not \"yes\"",
    ]
    assert _problems({"sections": [{"election": {"seats": 0}}, {"documents": [{"pages": 2.5}]}],
                      "session": {"city": 5}}, version=2) == [
        "sections[0].election.seats: must be a whole number from 1 to 10,000",
        "sections[1].documents[0].pages: must be a whole number, not 2.5",
        "session.city: must be text, not 5"]


def test_problems_deep_in_lists_name_their_whole_path():
    """The decoder spells a path only for a problem (draft._Where): each still names the
    section, the record and the field, and a value that is no choice of its enum (a list,
    an object, a number) is named like a wrong word."""
    text = json.dumps({"format": draft.FORMAT, "version": 2, "announcement": {"sections": [
        {"paragraph": "x"},
        {"resolutions": [{"text": "x"}, {"vote": ["unanimous"], "kind": {"a": 1}, "body": "x" * 2_001}]},
        {"agenda": {"items": ["x", 5]}},
    ]}})
    text = text.replace('"text": "x"}', '"text": "x", "text": "y"}', 1)  # a key twice in the first resolution
    with pytest.raises(DraftError) as e:
        draft.loads(text)
    choices = "must be one of: unrecorded, unanimous, majority, counted"
    assert [f"{p.path}: {p.en}" for p in e.value.problems] == [
        "sections[1].resolutions[0].text: appears twice",
        f"sections[1].resolutions[1].vote: {choices}",
        "sections[1].resolutions[1].kind: must be one of: decision, authorisation, text",
        "sections[1].resolutions[1].body: is longer than 2,000 characters (2,001)",
        "sections[2].agenda.items[1]: must be text, not 5",
    ]


def test_problem_reasons_are_in_persian_too():
    data = {"format": draft.FORMAT, "version": 1, "announcement": {"elections": [{"seats": 0}]}}
    with pytest.raises(DraftError) as e:
        draft.loads(json.dumps(data))
    assert e.value.problems[0].fa == "باید عددی از ۱ تا ۱۰۰۰۰ باشد"


def test_missing_fields_take_defaults():
    data = {"format": draft.FORMAT, "version": 1, "announcement": {"elections": [{"body": "هیئت"}]}}
    model = draft.loads(json.dumps(data))
    assert [p.election for p in model.sections if p.election] == [Election(body="هیئت", announced=True, in_order=True)]
    assert model.title.kind == "اطلاعیه"


def test_newer_version_is_refused_clearly():
    with pytest.raises(DraftError) as e:
        draft.loads(json.dumps({"format": draft.FORMAT, "version": 3, "announcement": {}}))
    assert "newer version" in e.value.problems[0].en
    assert "تازه‌تر" in e.value.problems[0].fa


@pytest.mark.parametrize("content, reason", [
    (b"", "the file is empty"),
    (b"  \n", "the file is empty"),
    (b'{"format": "persian-announcement-draft", "vers', "invalid JSON at line 1, column 42"),
    (bytes(range(256)), "the file is not UTF-8 text"),
    (b"[1, 2]", "this file is not an announcement draft"),
    (b'{"format": "something-else", "version": 1}', "the file format must be “persian-announcement-draft”"),
    (b"[" * 100_000, "the JSON is nested too deeply"),
])
def test_bad_files_give_one_clear_reason(tmp_path, content, reason):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(DraftError) as e:
        draft.load(path)
    assert [p.en for p in e.value.problems] == [reason]


def test_save_into_a_missing_folder_names_the_problem(tmp_path):
    with pytest.raises(DraftError) as e:
        draft.save(tmp_path / "missing" / "d.json", Announcement())
    assert e.value.problems[0].fa == "پوشهٔ مقصد وجود ندارد"


def test_folder_and_missing_file(tmp_path):
    for path, reason in ((tmp_path, "this is a folder, not a file"), (tmp_path / "none.json", "file not found")):
        with pytest.raises(DraftError) as e:
            draft.load(path)
        assert e.value.problems[0].en == reason


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path, example):
    path = tmp_path / "d.json"
    path.write_text("old")
    path.chmod(0o640)
    draft.save(path, example)
    assert draft.load(path) == example
    assert oct(path.stat().st_mode & 0o777) == "0o640"
    assert [p.name for p in tmp_path.iterdir()] == ["d.json"]


def test_failed_save_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "d.json"
    path.write_text("old")

    def crash(*args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("os.fsync", crash)
    with pytest.raises(DraftError) as e:
        draft.save(path, Announcement())
    assert e.value.problems[0].en == "there is no space left on the disk"
    assert e.value.problems[0].fa == "جا روی دیسک نمانده است"
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["d.json"]


def test_a_draft_past_the_size_a_load_reads_is_not_saved_and_check_says_why(tmp_path, example, monkeypatch):
    from announcer.validate import check

    monkeypatch.setattr(draft, "MAX_BYTES", 1000)  # the example's draft is some 7 KB
    path = tmp_path / "d.announcement.json"
    with pytest.raises(DraftError) as e:
        draft.save(path, example)
    assert not path.exists()
    (problem,) = e.value.problems
    assert problem in check(example) and problem.path == "announcement"


def test_check_finds_a_draft_one_byte_past_the_limit_whatever_its_text_escapes_to(example, monkeypatch):
    # check() encodes the draft only when what its values can hold at most is past the
    # limit: that bound must hold for text that is all escapes («\u0001» is six bytes).
    from announcer.validate import check

    example.session.attendance = "\x01" * 3000
    example.phrases = {"held": '"\\' * 200 + "برگزار شد."}
    example.session.guests = example.session.guests * 40
    size = len(draft.encode(draft.to_dict(example)))
    monkeypatch.setattr(draft, "MAX_BYTES", size - 1)
    assert "announcement" in [p.path for p in check(example)]
    monkeypatch.setattr(draft, "MAX_BYTES", size)
    assert "announcement" not in [p.path for p in check(example)]
