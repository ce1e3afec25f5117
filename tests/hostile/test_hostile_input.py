"""Text pasted from anywhere: bidi controls cannot reorder text outside their field,
control characters never reach the Word file, huge fields work, nothing crashes."""

import re

from hypothesis import HealthCheck, given, settings, strategies as st

from announcer import paths, schema
from announcer.cli import main
from announcer.compose import compose
from announcer.controls import BIDI_CONTROLS
from announcer.export import export_docx
from announcer.render.page import render as render_html
from announcer.validate import check
from docx_xml import NS, part
from parts import put

_ANY_CONTROL = re.compile(f"[{BIDI_CONTROLS}\x00-\x08\x0b\x0c\x0e-\x1f]")


def test_bidi_controls_in_every_field_stay_out_of_every_output(example, tmp_path):
    clean = [b.text for b in compose(example)]
    fields = [path for path, _ in schema.texts(example)]
    for n, path in enumerate(fields):  # a different attack in each field
        control = BIDI_CONTROLS[n % len(BIDI_CONTROLS)]
        paths.set_value(example, path, f"{control}{paths.get(example, path)}\u202c\x00")
    composed = [b.text for b in compose(example)]
    assert composed == clean  # nothing outside (or inside) the fields moved
    assert not _ANY_CONTROL.search(render_html(compose(example)))
    docx = tmp_path / "attack.docx"
    export_docx(example, docx)
    text = "".join(part(docx, "word/document.xml").xpath("//w:t/text()", namespaces=NS))
    assert not _ANY_CONTROL.search(text)
    flagged = {p.path for p in check(example)}
    assert set(fields) <= flagged  # the user is told where they are
    city = fields.index("session.city")  # the model (and so the draft) keeps what was typed
    assert paths.get(example, "session.city") == f"{BIDI_CONTROLS[city % len(BIDI_CONTROLS)]}استکهلم\u202c\x00"


def test_an_override_in_a_name_cannot_flip_the_rest_of_the_sentence(example):
    example.session.guests[0].name = "\u202eاصغر کریمی"  # RIGHT-TO-LEFT OVERRIDE, never closed
    text = next(b.text for b in compose(example) if b.source == "session")
    assert text.endswith("رئیس هیئت دبیران حزب، اصغر کریمی در روز اول جلسه شرکت داشت.")


def test_a_200000_character_field_composes_and_exports(example, tmp_path):
    put(example, "paragraph", "بحث " * 50_000)
    blocks = compose(example)
    assert max(len(b.text) for b in blocks) >= 199_000
    docx = tmp_path / "big.docx"
    export_docx(example, docx)
    longest = max(len("".join(p.xpath(".//w:t/text()", namespaces=NS)))
                  for p in part(docx, "word/document.xml").xpath("//w:body/w:p", namespaces=NS))
    assert longest >= 199_000


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_any_bytes_to_check_compose_or_export_give_a_message(tmp_path, capsys, data):
    path = tmp_path / "any.json"
    path.write_bytes(data)
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().err.strip()
    assert main(["compose", str(path)]) == 1
    assert main(["export", str(path), "-o", str(tmp_path / "x.docx")]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2 and all(line.startswith(f"{path}: ") for line in lines)  # one reason each, no traceback


def test_a_200000_character_field_in_the_window(window, example):
    put(example, "paragraph", "بحث " * 50_000)
    window.document.load(example, None)
    assert len(window.preview.text()) > 200_000
