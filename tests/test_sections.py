"""The registry of section kinds (sections.py) names only what exists, every field of the
model has a widget bound to its path, and the window, the names index and New-from read
the registry."""

import copy
import dataclasses
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QListView

from announcer import schema
from announcer.compose import _Composer
from announcer.model import Announcement
from announcer.sections import COMPOSED, SECTIONS, Keep, Label, Section

from conftest import ROOT

UI = ROOT / "ui"
PARTS = [f.name for f in dataclasses.fields(Announcement)]
NAME_KINDS = {"name", "role", "body", "city"}  # what names.py ranks and completion offers


def _under(pattern: str, parts) -> bool:
    return re.split(r"[.\[]", pattern, maxsplit=1)[0] in parts


def _pattern_faults(pattern: str, parts) -> list[str]:
    try:
        schema.at(pattern)
    except KeyError:
        return [f"{pattern}: no such field in the model"]
    return [] if _under(pattern, parts) else [f"{pattern}: not a field of {', '.join(parts)}"]


def faults(section: Section) -> list[str]:
    """What a record names that does not exist, or that is not its own."""
    found = [f"part {part}: the model has no such part" for part in section.parts if part not in PARTS]
    if section.form is not None and not (UI / section.form).is_file():
        found.append(f"form {section.form}: no such file in ui/")
    elif section.form is not None and 'class="QGroupBox"' not in (UI / section.form).read_text(encoding="utf-8"):
        found.append(f"form {section.form}: its root must be a group box, which the window titles")
    if section.composer is not None and not callable(getattr(_Composer, section.composer, None)):
        found.append(f"composer {section.composer}: no such method of compose._Composer")
    if section.composer is not None and not set(section.parts) <= section.reads:
        found.append("the composer does not read the parts it composes")
    found += [f"reads {part}: the model has no such part" for part in sorted(section.reads) if part not in PARTS]
    for pattern, kind in section.names.items():
        missing = _pattern_faults(pattern, section.parts)
        found += missing
        if kind not in NAME_KINDS:
            found.append(f"{pattern}: {kind} is not a kind of name ({', '.join(sorted(NAME_KINDS))})")
        elif not missing and schema.at(pattern).type is not str:
            found.append(f"{pattern}: completion offers text, and this field is not text")
    for keep in section.keep:
        found += [fault for path in keep.paths for fault in _pattern_faults(path, section.parts)]
    found += [f"label {text!r}: empty" for label in (section.label, *(k.label for k in section.keep))
              for text in (label.en, label.fa) if not text.strip()]
    return found


@pytest.mark.parametrize("section", SECTIONS, ids=lambda s: s.key)
def test_every_record_names_a_form_a_composer_and_parts_that_exist(section):
    assert faults(section) == []


@pytest.mark.parametrize("broken, fault", [
    (dict(form="no_such_form.ui"), "form no_such_form.ui: no such file in ui/"),
    (dict(form="mainwindow.ui"), "form mainwindow.ui: its root must be a group box, which the window titles"),
    (dict(composer="no_such_method"), "composer no_such_method: no such method of compose._Composer"),
    (dict(parts=("no_such_part",)), "part no_such_part: the model has no such part"),
    (dict(reads=frozenset({"session", "no_such_part"})), "reads no_such_part: the model has no such part"),
    (dict(names={"session.guest[].name": "name"}), "session.guest[].name: no such field in the model"),
    (dict(names={"title.body": "body"}), "title.body: not a field of session"),
    (dict(names={"session.guests[].days": "name"}), "session.guests[].days: completion offers text, and this field is not text"),
    (dict(keep=(Keep("city", ("session.town",), Label("The city", "شهر")),)), "session.town: no such field in the model"),
    (dict(label=Label("Session", " ")), "label ' ': empty"),
    (dict(names={"session.city": "town"}), "session.city: town is not a kind of name (body, city, name, role)"),
])
def test_a_record_that_names_what_does_not_exist_is_caught(broken, fault):
    session = copy.copy(next(s for s in SECTIONS if s.key == "session"))
    for name, value in broken.items():
        setattr(session, name, value)
    assert fault in faults(session)


def test_each_part_of_the_model_is_one_sections_and_keys_forms_and_composers_are_unique():
    owners = [part for s in SECTIONS for part in s.parts]
    assert sorted(owners) == sorted(PARTS)
    for values in ([s.key for s in SECTIONS], [s.form for s in SECTIONS if s.form],
                   [s.composer for s in COMPOSED], [k.key for s in SECTIONS for k in s.keep]):
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
            found.update(bound([binding.detail]))
    return found


def unbound(widgets: dict[str, bool], parts) -> list[str]:
    """The fields of the given parts of the model that no widget shows: a record needs
    none of its own, a list shown by one field (day numbers typed as «1، 2») holds its
    items, and a record list needs a widget for each field of its records."""
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


_ON_FORMS = [part for s in SECTIONS if s.form for part in s.parts]


def test_every_field_of_the_model_has_a_widget_bound_to_its_path(window):
    widgets = bound(window.binders)
    assert unbound(widgets, _ON_FORMS) == []
    assert [p for p in widgets if p not in schema._by_pattern()] == []  # and no widget names a field that is not
    # The one part not on the form: the Wording page lists every phrase the schema has.
    assert [s.key for s in SECTIONS if not s.form] == ["phrases"]


def test_each_form_binds_only_its_own_sections_parts(window):
    sections = [s for s in SECTIONS if s.form]
    assert len(window.binders) == len(sections)
    for section, binder in zip(sections, window.binders):
        assert [p for p in bound([binder]) if not _under(p, section.parts)] == [], section.form


def test_a_form_without_the_widget_of_a_field_is_caught(window, tmp_path):
    from announcer.gui.binder import Binder
    from announcer.gui.uiload import _loader

    form = (UI / "session.ui").read_text(encoding="utf-8")
    city_row = re.compile(r'\s*<item row="\d+" column="1"><widget class="QLineEdit" name="city">.*?</item>', re.S)
    assert city_row.search(form)
    (tmp_path / "session.ui").write_text(city_row.sub("", form, count=1), encoding="utf-8")
    section = _loader().load(str(tmp_path / "session.ui"))
    binder = Binder(window.session, section)
    try:
        others = [b for s, b in zip([s for s in SECTIONS if s.form], window.binders) if s.key != "session"]
        widgets = bound([*others, binder])
        assert unbound(widgets, _ON_FORMS) == ["session.city"]
        del widgets["session.guests[].role"]  # a field of a record list's form
        assert unbound(widgets, _ON_FORMS) == ["session.city", "session.guests[].role"]
        del widgets["session.guests"]  # the list itself
        assert unbound(widgets, _ON_FORMS) == ["session.city", "session.guests"]
    finally:
        binder.detach()
        section.deleteLater()


# ---- the readers of the registry ----

@pytest.mark.parametrize("language", ["fa", "en"])
def test_the_window_titles_each_form_as_the_registry_names_it(window, language):
    window.switch_language(language)
    shown = [(section.title(), section.property("section")) for section in window.sections]
    assert shown == [(s.label.text(language), s.key) for s in SECTIONS if s.form]


def test_a_problem_of_a_whole_section_goes_to_its_first_field(window):
    # A section too long to compose is named by its key (Composition.problems), which no
    # widget is bound to: the window finds the form by the key the registry gave it.
    window.go_to("publication")
    assert window.focusWidget().property("field") == "publication.bulletin"
    window.go_to("closing")
    closing = next(form for form in window.sections if form.property("section") == "closing")
    assert window.focusWidget() is closing.findChild(QListView)


@pytest.mark.parametrize("language", ["fa", "en"])
def test_the_new_from_dialog_names_what_it_keeps_as_the_registry_does(window, language):
    from PySide6.QtWidgets import QCheckBox

    from announcer.gui.newfrom import NewFromDialog

    window.switch_language(language)
    dialog = NewFromDialog(window)
    try:
        boxes = [(box.objectName(), box.text()) for box in dialog.findChildren(QCheckBox)]
        assert boxes == [(f"keep_{k.key}", k.label.text(language)) for s in SECTIONS for k in s.keep]
    finally:
        dialog.deleteLater()


def test_the_names_index_and_new_from_take_the_registrys_fields():
    from announcer import names, newfrom

    assert names.KINDS == {pattern: kind for s in SECTIONS for pattern, kind in s.names.items()}
    assert newfrom.KEEPABLE == ("publication", "title", "city", "attendance", "settings", "phrases")


def test_the_registry_is_cheap_to_import():
    import subprocess
    import sys

    code = "import sys, announcer.sections; print(sorted(m for m in sys.modules if m.startswith(('announcer', 'PySide6'))))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(Path(ROOT / "src"))})
    assert run.stdout.strip() == "['announcer', 'announcer.sections']"
