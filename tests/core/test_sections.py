"""The registry of section kinds (sections.py) names only what exists, every field of the
model has a widget bound to its path, and the window, the names index and New-from read
the registry."""

import copy
import dataclasses
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QGroupBox, QListView

from announcer import schema
from announcer.compose import _Composer
from announcer.model import Announcement, Part
from announcer.sections import FIXED, KINDS, SECTIONS, Keep, Label, Section

from conftest import ROOT

from announcer.locations import UI
PARTS = [f.name for f in dataclasses.fields(Announcement)]  # the fixed parts, and «sections»
KIND_KEYS = [f.name for f in dataclasses.fields(Part)]  # the kinds of the body's sections
NAME_KINDS = {"name", "role", "body", "city"}  # what names.py ranks and completion offers




def _under(pattern: str, where: str) -> bool:
    return pattern == where or pattern.startswith((where + ".", where + "["))


def _pattern_faults(pattern: str, where: str) -> list[str]:
    try:
        schema.at(pattern)
    except KeyError:
        return [f"{pattern}: no such field in the model"]
    return [] if _under(pattern, where) else [f"{pattern}: not a field of {where}"]


def _is_field(path: str) -> bool:
    try:
        schema.at(path)
    except KeyError:
        return False
    return True


def faults(section: Section, kind: bool) -> list[str]:
    """What a record (a fixed part's, or a kind's) names that does not exist, or that is
    not its own."""
    own = f"sections[].{section.key}" if kind else section.key  # where its fields are
    found = [] if section.key in (KIND_KEYS if kind else PARTS) else \
        [f"key {section.key}: the model has no such {'kind of section' if kind else 'part'}"]
    if section.form is not None and not (UI / section.form).is_file():
        found.append(f"form {section.form}: no such file in ui/")
    elif section.form is not None and 'class="QGroupBox"' not in (UI / section.form).read_text(encoding="utf-8"):
        found.append(f"form {section.form}: its root must be a group box, which the window titles")
    if section.composer is not None and not callable(getattr(_Composer, section.composer, None)):
        found.append(f"composer {section.composer}: no such method of compose._Composer")
    if section.composer is not None and not kind and section.key not in section.reads:
        found.append("the composer does not read the part it composes")
    found += [f"reads {part}: the model has no such part" for part in sorted(section.reads)
              if part.split(".")[0] not in PARTS or not _is_field(part)]
    for pattern, name_kind in section.names.items():
        missing = _pattern_faults(pattern, own)
        found += missing
        if name_kind not in NAME_KINDS:
            found.append(f"{pattern}: {name_kind} is not a kind of name ({', '.join(sorted(NAME_KINDS))})")
        elif not missing and schema.at(pattern).type is not str:
            found.append(f"{pattern}: completion offers text, and this field is not text")
    for keep in section.keep:
        found += [fault for path in keep.paths for fault in _pattern_faults(path, own)]
    found += [f"label {text!r}: empty" for label in (section.label, *(k.label for k in section.keep))
              for text in (label.en, label.fa) if not text.strip()]
    return found


@pytest.mark.parametrize("section", SECTIONS, ids=lambda s: s.key)
def test_every_record_names_a_form_a_composer_and_parts_that_exist(section):
    assert faults(section, section in KINDS) == []


@pytest.mark.parametrize("records, key, broken, fault", [
    (FIXED, "session", dict(form="no_such_form.ui"), "form no_such_form.ui: no such file in ui/"),
    (FIXED, "session", dict(form="mainwindow.ui"), "form mainwindow.ui: its root must be a group box, which the window titles"),
    (FIXED, "session", dict(composer="no_such_method"), "composer no_such_method: no such method of compose._Composer"),
    (FIXED, "session", dict(key="no_such_part"), "key no_such_part: the model has no such part"),
    (FIXED, "session", dict(reads=frozenset({"title"})), "the composer does not read the part it composes"),
    (FIXED, "session", dict(reads=frozenset({"session", "no_such_part"})), "reads no_such_part: the model has no such part"),
    (FIXED, "session", dict(names={"session.guest[].name": "name"}), "session.guest[].name: no such field in the model"),
    (FIXED, "session", dict(names={"title.body": "body"}), "title.body: not a field of session"),
    (FIXED, "session", dict(names={"session.guests[].days": "name"}),
     "session.guests[].days: completion offers text, and this field is not text"),
    (FIXED, "session", dict(keep=(Keep("city", ("session.town",), Label("The city", "شهر")),)),
     "session.town: no such field in the model"),
    (FIXED, "session", dict(label=Label("Session", " ")), "label ' ': empty"),
    (FIXED, "session", dict(names={"session.city": "town"}), "session.city: town is not a kind of name (body, city, name, role)"),
    (KINDS, "election", dict(key="no_such_kind"), "key no_such_kind: the model has no such kind of section"),
    (KINDS, "election", dict(form="paragraph_item.ui"), "form paragraph_item.ui: no such file in ui/"),
    (KINDS, "election", dict(names={"sections[].agenda.items[]": "name"}),
     "sections[].agenda.items[]: not a field of sections[].election"),
    (KINDS, "election", dict(reads=frozenset({"agenda"})), "reads agenda: the model has no such part"),
])
def test_a_record_that_names_what_does_not_exist_is_caught(records, key, broken, fault):
    section = copy.copy(next(s for s in records if s.key == key))
    for name, value in broken.items():
        setattr(section, name, value)
    assert fault in faults(section, records is KINDS)


def test_each_part_and_kind_of_the_model_is_one_records_and_keys_forms_and_composers_are_unique():
    assert sorted(s.key for s in FIXED) == sorted(PARTS)
    assert sorted(s.key for s in KINDS) == sorted(KIND_KEYS)
    assert all(s.keep == () for s in KINDS)  # «New from» keeps the sections' kinds, not a kind's text
    for values in ([s.key for s in FIXED], [s.key for s in KINDS], [s.form for s in SECTIONS if s.form],
                   [s.composer for s in SECTIONS if s.composer], [k.key for s in SECTIONS for k in s.keep]):
        assert len(values) == len(set(values)), values


def test_the_draft_format_documents_every_part():
    table = (ROOT / "docs" / "draft-format.md").read_text(encoding="utf-8")
    assert [part for part in PARTS if f"| `{part}" not in table] == []


# ---- every field of the model has a widget ----

def bound(binders) -> dict[str, bool]:
    """The pattern of every field the binders bind a widget to, each saying whether a
    record list (whose records have a form of their own) shows it."""
    found = {}
    for binder in binders:
        for adapter in binder.adapters:
            found[schema.pattern(adapter.path)] = False
        for binding in binder.lists:
            found[schema.pattern(binding.path)] = True
            found.update(bound(binding.details()))
    return found


def unbound(widgets: dict[str, bool], parts) -> list[str]:
    """The fields of the given parts of the model that no widget shows: a record needs
    none of its own, a list shown by one field (day numbers typed as «1، 2») holds its
    items, and a record list needs a widget for each field of its records (the body's
    sections: each kind's)."""
    missing = []

    def visit(f: schema.Field):
        if f.pattern in widgets:
            if widgets[f.pattern] and f.type is list:
                visit(f.item)
        elif f.is_record:
            for inner in f.fields:
                visit(inner)
        else:
            missing.append(f.pattern)
    for f in schema.root().fields:
        if f.key in parts:
            visit(f)
    return missing


_ON_FORMS = [s.key for s in FIXED if s.form]


def one_of_each_kind() -> Announcement:
    return Announcement(sections=[Part(**{k.key: schema.at(f"sections[].{k.key}").default()}) for k in KINDS])


@pytest.fixture
def every_form(window):
    """The window with a section of each kind, each selected once: every kind's form is loaded."""
    from gui_helpers import sections

    window.document.load(one_of_each_kind(), None)
    for row in range(len(KINDS)):
        sections(window).select(row)
    return window


def test_every_field_of_the_model_has_a_widget_bound_to_its_path(every_form):
    widgets = bound(every_form.binders)
    assert unbound(widgets, _ON_FORMS) == []
    assert [p for p in widgets if p not in schema._by_pattern()] == []  # and no widget names a field that is not
    # The one part not on the form: the Wording page lists every phrase the schema has.
    # and the paragraphs rewritten by hand are edited from the page (the preview), not a form.
    # and the words the spell check ignores are said from a field's context menu.
    assert [s.key for s in SECTIONS if not s.form] == ["phrases", "rewritten", "ignored_words"]


def test_each_form_binds_only_its_own_parts_and_each_kinds_form_its_own_fields(every_form):
    forms = [s for s in FIXED if s.form]
    assert len(every_form.binders) == len(forms)
    for section, binder in zip(forms, every_form.binders):
        assert [p for p in bound([binder]) if not _under(p, section.key) and p not in section.borrows] == [], section.form
    (binding,) = every_form.binders[[s.key for s in forms].index("sections")].lists
    assert sorted(binding.forms) == sorted(k.key for k in KINDS)  # one form for each kind, loaded as each was shown
    for kind in KINDS:
        form = binding.forms[kind.key]
        assert [p for p in bound([form]) if not _under(p, f"sections[].{kind.key}")] == [], kind.form
        missing = unbound({"sections": True, **bound([form])}, ["sections"])  # the other kinds' fields, and
        assert missing and [p for p in missing if _under(p, f"sections[].{kind.key}")] == []  # none of its own


def test_a_form_without_the_widget_of_a_field_is_caught(every_form, tmp_path):
    from announcer.gui.binder import Binder
    from announcer.gui.uiload import _loader

    window = every_form
    form = (UI / "session.ui").read_text(encoding="utf-8")
    city_row = re.compile(r'\s*<item row="\d+" column="1"><widget class="QLineEdit" name="city">.*?</item>', re.S)
    assert city_row.search(form)
    (tmp_path / "session.ui").write_text(city_row.sub("", form, count=1), encoding="utf-8")
    section = _loader().load(str(tmp_path / "session.ui"))
    binder = Binder(window.document, section)
    try:
        others = [b for s, b in zip([s for s in FIXED if s.form], window.binders) if s.key != "session"]
        widgets = bound([*others, binder])
        assert unbound(widgets, _ON_FORMS) == ["session.city"]
        del widgets["session.guests[].role"]  # a field of a record list's form
        assert unbound(widgets, _ON_FORMS) == ["session.city", "session.guests[].role"]
        del widgets["session.guests"]  # the list itself
        assert unbound(widgets, _ON_FORMS) == ["session.city", "session.guests"]
        del widgets["sections[].election.people[].votes"]  # a field of a kind's record
        del widgets["sections[].paragraph"]  # a kind's one field
        assert unbound(widgets, _ON_FORMS) == ["session.city", "session.guests", "sections[].paragraph",
                                               "sections[].election.people[].votes"]
    finally:
        binder.detach()
        section.deleteLater()


# ---- the readers of the registry ----

@pytest.mark.parametrize("language", ["fa", "en"])
def test_the_window_titles_each_form_and_each_kind_and_its_menu_item_as_the_registry_names_it(every_form, language):
    from PySide6.QtWidgets import QMenu

    from gui_helpers import sections

    window = every_form
    window.switch_language(language)
    shown = [(section.title(), section.property("section")) for section in window.sections]
    assert shown == [(s.label.text(language), s.key) for s in FIXED if s.form]
    menu = sections(window).findChild(QMenu)
    assert [(a.text(), a.data()) for a in menu.actions()] == [(k.label.text(language), k.key) for k in KINDS]
    for row, kind in enumerate(KINDS):  # each row, and the form below it, named by its kind
        sections(window).select(row)
        assert sections(window).list.text(row) == kind.label.text(language)  # an empty section: its name alone
        (form,) = [f for f in window.findChildren(QGroupBox) if f.property("kind") and f.isVisibleTo(window)]
        assert (form.title(), form.property("kind")) == (kind.label.text(language), kind.key)


def test_a_problem_of_a_whole_part_or_section_goes_to_its_first_field(every_form):
    # A part or a section too long to compose is named by its key or its place
    # (Composition.problems), which no widget is bound to: the window finds the form.
    from gui_helpers import sections

    window = every_form
    window.go_to("publication")
    assert window.focusWidget().property("field") == "publication.bulletin"
    window.go_to("sections[4]")  # documents: a form that is one list
    assert sections(window).list.currentRow() == 4
    documents = next(f for f in window.findChildren(QGroupBox) if f.property("kind") == "documents")
    assert window.focusWidget() is documents.findChild(QListView)
    window.go_to("sections[3]")  # the agenda: its first field
    assert sections(window).list.currentRow() == 3 and window.focusWidget().property("field") == "approved"


@pytest.mark.parametrize("language", ["fa", "en"])
def test_the_new_from_dialog_names_what_it_keeps_as_the_registry_does(window, language):
    from PySide6.QtWidgets import QCheckBox

    from announcer.gui.newfromdialog import NewFromDialog

    window.switch_language(language)
    dialog = NewFromDialog(window)
    try:
        boxes = [(box.objectName(), box.text()) for box in dialog.findChildren(QCheckBox)
                 if box.objectName().startswith("keep_")]  # not «open in a new window»
        assert boxes == [(f"keep_{k.key}", k.label.text(language)) for s in FIXED for k in s.keep]
        assert ("keep_sections", {"fa": "بخش‌ها، به همین ترتیب و خالی", "en": "The sections, in their order, empty"}[
            language]) in boxes
    finally:
        dialog.deleteLater()


def test_the_names_index_and_new_from_take_the_registrys_fields():
    from announcer import names, newfrom

    assert names.KINDS == {pattern: kind for s in SECTIONS for pattern, kind in s.names.items()}
    assert newfrom.KEEPABLE == ("letterhead", "publication", "title", "city", "attendance", "sections", "settings", "phrases", "rewritten",
                                "ignored_words")
    assert newfrom.KEPT_AT_FIRST == tuple(k for k in newfrom.KEEPABLE if k != "rewritten")  # rewritten paragraphs only when asked


def test_the_registry_is_cheap_to_import():
    import subprocess
    import sys

    code = "import sys, announcer.sections; print(sorted(m for m in sys.modules if m.startswith(('announcer', 'PySide6'))))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(Path(ROOT / "src"))})
    assert run.stdout.strip() == "['announcer', 'announcer.sections']"
