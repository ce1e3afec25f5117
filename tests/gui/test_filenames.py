"""The names Save As suggests and completes."""

from pathlib import Path

from conftest import EXAMPLE

from announcer import draft
from announcer.gui.filenames import sanitise, suggested_stem, with_draft_suffix
from announcer.model import Announcement


def test_the_suggestion_is_the_bulletin_and_issue():
    model = draft.load(EXAMPLE)
    assert suggested_stem(model) == "انترناسیونال-۲۲۳"
    model.settings.persian_digits = False
    assert suggested_stem(model) == "انترناسیونال-223"


def test_without_a_bulletin_the_title_names_it_and_an_empty_draft_nothing():
    model = Announcement()
    assert suggested_stem(model) == ""  # «اطلاعیه» alone names nothing
    model.title.body = "کمیته خارج کشور"
    assert suggested_stem(model) == "اطلاعیه کمیته خارج کشور"


def test_characters_file_systems_refuse_are_replaced():
    assert sanitise('اطلاعیه: «کمیته/شورا» <۱۲> a\\b?*|"\n') == "اطلاعیه- «کمیته-شورا» -۱۲- a-b"
    assert sanitise("...نام.") == "نام"  # a leading dot would hide the file
    assert len(sanitise("ن" * 300)) == 80


def test_a_name_without_json_gets_the_draft_suffix():
    assert with_draft_suffix(Path("/x/berlin")) == Path("/x/berlin.announcement.json")
    assert with_draft_suffix(Path("/x/berlin.v2")) == Path("/x/berlin.v2.announcement.json")
    assert with_draft_suffix(Path("/x/berlin.json")) == Path("/x/berlin.json")
    assert with_draft_suffix(Path("/x/b.announcement.JSON")) == Path("/x/b.announcement.JSON")
