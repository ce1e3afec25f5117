"""The invariant the editor's trust rests on, over any model the schema allows: either
`check` names the field and the reason, or the model saves, reopens unchanged,
composes, and every renderer and the export succeed. Saving never fails on content.

The strategies come from the schema (tests/strategies.py), so a new field is covered
without touching this file. 300 models past the limits, 400 within them and 40
through the window a run: with three
list items at most and thirty characters a text, that reaches every field with
surrogates, controls, noncharacters and Persian text many times over."""

import zipfile

import pytest
from hypothesis import HealthCheck, given, settings

from announcer import draft, schema
from announcer.compose import compose
from announcer.export import export_docx
from announcer.problems import DraftError
from announcer.render import page, text
from announcer.validate import check
from strategies import announcements, any_announcements


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_announcements)
def test_check_names_every_value_the_decoder_refuses(doc):
    data = draft.encode(draft.to_dict(doc))  # never raises, whatever the text holds
    beyond = {p.path for p in schema.out_of_range(doc)}
    assert beyond <= {p.path for p in check(doc)}
    if beyond:
        with pytest.raises(DraftError) as e:
            draft.loads(data.decode("utf-8"))
        assert {p.path for p in e.value.problems} == beyond
    else:
        assert draft.loads(data.decode("utf-8")) == doc


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(announcements)
def test_a_model_within_the_limits_round_trips_composes_and_exports(tmp_path_factory, doc):
    assert schema.out_of_range(doc) == []
    assert draft.loads(draft.encode(draft.to_dict(doc)).decode("utf-8")) == doc
    blocks = compose(doc)
    assert text.render(blocks).count("\n") == len(blocks)
    assert page.render(blocks).startswith("<!DOCTYPE html>")
    docx = tmp_path_factory.mktemp("export") / "a.docx"
    export_docx(doc, docx)
    with zipfile.ZipFile(docx) as z:
        assert z.testzip() is None


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(announcements)
def test_whatever_the_window_holds_it_saves_and_reopens_unchanged(window, tmp_path, doc):
    window.document.load(doc, None)
    path = tmp_path / "any.announcement.json"
    assert window.files.save_to(path)
    window.document.undo_stack.setClean()
    assert window.files.open_path(path)
    assert window.document.model == doc
    assert window.preview.blocks == compose(doc)
