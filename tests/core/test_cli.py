import os
import re
import subprocess
import sys

import pytest

from announcer.cli import wants_window
from conftest import EXAMPLE, ROOT


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True)


def test_compose_prints_the_announcement_as_utf8_lines(reference_paragraphs):
    out = run("compose", EXAMPLE)
    assert out.returncode == 0 and out.stderr == b""
    lines = out.stdout.decode("utf-8").split("\n")
    assert lines[0] == "انترناسیونال ۲۲۳"
    assert lines[1] == "اطلاعیه برگزاری جلسه کمیته خارج کشور حزب کمونیست کارگری ایران"
    assert len(lines) == len(reference_paragraphs) + 1 and lines[-1] == ""


def test_compose_visual_is_shaped_and_reordered():
    out = run("compose", "--visual", EXAMPLE)
    assert out.returncode == 0
    first = out.stdout.decode("utf-8").split("\n")[0]
    # The number that ends the right-to-left line stands at its left; letters are presentation forms.
    assert first.startswith("۲۲۳ ")
    assert all("\ufb50" <= ch <= "\ufeff" for ch in first[4:] if ch != " ")


def test_check_ok():
    out = run("check", EXAMPLE)
    assert out.returncode == 0
    assert "no problems" in out.stderr.decode()


def test_check_lists_problems_with_paths(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "persian-announcement-draft", "version": 2, '
                   '"announcement": {"sections": [{"paragraph": "بند"}, {"election": {"seats": 0}}], '
                   '"session": {"days": ["2025-02-29"]}}}')
    out = run("check", bad)
    assert out.returncode == 1
    err = out.stderr.decode()
    assert "sections[1].election.seats: باید عددی از ۱ تا ۱۰۰۰۰ باشد — must be a whole number from 1 to 10,000" in err
    assert "session.days[0]:" in err
    assert "Traceback" not in err


def test_check_reports_cross_field_problems(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "persian-announcement-draft", "version": 1, "announcement": '
                   '{"session": {"days": ["2007-12-15"], "guests": [{"name": "الف", "days": [2]}]}}}')
    out = run("check", bad)
    assert out.returncode == 1
    assert "session.guests[0].days[0]: جلسه فقط ۱ روز دارد، نه روز ۲" in out.stderr.decode()


@pytest.mark.parametrize("content", [b"", b'{"a": ', bytes(range(256)), b"[]", b'{"format": "x"}', b"[" * 50000])
def test_bad_files_exit_1_without_traceback(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    for command in ("compose", "check"):
        out = run(command, path)
        assert out.returncode == 1 and out.stdout == b""
        assert out.stderr and b"Traceback" not in out.stderr


def test_folder_and_missing_file(tmp_path):
    for path in (tmp_path, tmp_path / "missing.json"):
        out = run("check", path)
        assert out.returncode == 1 and b"Traceback" not in out.stderr


def test_usage_errors_exit_2():
    assert run("compose").returncode == 2
    assert run("--frobnicate").returncode == 2
    assert run("export", EXAMPLE).returncode == 2  # no -o


@pytest.mark.parametrize("args", [["exprot", EXAMPLE, "-o", "x.docx"], ["chek"], ["compose", EXAMPLE, "extra"]])
def test_a_mistyped_command_is_a_usage_error_not_a_window(args, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True,
                         cwd=tmp_path, env=env, timeout=60)
    assert out.returncode == 2
    assert b"usage: main.py" in out.stderr and b"Traceback" not in out.stderr


def test_a_draft_name_alone_opens_the_window():
    assert wants_window([]) and wants_window(["berlin.announcement.json"]) and wants_window([str(EXAMPLE)])
    assert not wants_window(["exprot"]) and not wants_window(["check", "x.json"])


def _draft_with_problems(tmp_path):
    path = tmp_path / "half.announcement.json"
    path.write_text('{"format": "persian-announcement-draft", "version": 1, "announcement": '
                    '{"session": {"city": "برلین"}}}', encoding="utf-8")
    return path


def test_export_says_the_drafts_problems_and_writes(tmp_path):
    docx = tmp_path / "half.docx"
    out = run("export", _draft_with_problems(tmp_path), "-o", docx)
    err = out.stderr.decode()
    assert out.returncode == 0 and docx.exists()
    assert "title.body: نام نهادی که جلسه داشت لازم است — the body that met is required" in err
    assert "هشدار — warning: session.days: روز جلسه نوشته نشده است" in err  # said, not counted
    assert f"{docx}: نوشته شد، با ۱ اشکال در پیش‌نویس — written, with 1 problem(s) in the draft" in err


def test_export_strict_writes_nothing_when_the_draft_has_problems(tmp_path):
    docx = tmp_path / "half.docx"
    out = run("export", "--strict", _draft_with_problems(tmp_path), "-o", docx)
    assert out.returncode == 1 and not docx.exists()
    assert "not written: the draft has 1 problem(s) (--strict)" in out.stderr.decode()
    assert run("export", "--strict", EXAMPLE, "-o", docx).returncode == 0 and docx.exists()


def test_version_is_pyprojects():
    version = re.search(r'^version = "(.+)"$', (ROOT / "pyproject.toml").read_text(), re.M).group(1)
    out = run("--version")
    assert (out.returncode, out.stdout.decode().strip()) == (0, f"announcer {version}")


def _hostile_draft(path, **fields):
    import json

    announcement = {"title": {"body": "کمیته"}, "session": {"days": ["2007-12-15"]}, **fields}
    path.write_text(json.dumps({"format": "persian-announcement-draft", "version": 2, "announcement": announcement},
                               ensure_ascii=False), encoding="utf-8")
    return path


# What a terminal obeys rather than shows: ESC, BEL, the C1 CSI, the bidi controls.
_OBEYED = re.compile(rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xd8\x9c")


def test_a_key_name_is_printed_with_its_controls_escaped(tmp_path):
    draft = _hostile_draft(tmp_path / "d.json", title={"body": "کمیته", "\x1b]0;title\x07\u202eevil\x9b31m": "x"})
    for command in (["check", draft], ["compose", draft], ["export", draft, "-o", tmp_path / "x.docx"]):
        err = run(*command).stderr
        assert not _OBEYED.search(err), err
        assert "title.\\x1b]0;title\\x07\\u202eevil\\x9b31m: فیلد ناشناخته — unknown field" in err.decode()


def test_a_file_name_is_printed_with_its_controls_escaped(tmp_path):
    draft = _hostile_draft(tmp_path / "d\x1b]0;x\x07\u2067.json", sections=[{"paragraph": "بحث\u200b"}])  # a problem, not an error
    out = run("check", draft)
    assert out.returncode == 1 and not _OBEYED.search(out.stderr)
    assert f"{tmp_path}/d\\x1b]0;x\\x07\\u2067.json: sections[0].paragraph:" in out.stderr.decode()
    written = run("export", draft, "-o", tmp_path / "out\x1b[2J.docx")
    assert written.returncode == 0 and not _OBEYED.search(written.stderr)
    assert "out\\x1b[2J.docx: نوشته شد" in written.stderr.decode()
    usage = run("export", draft, "-o", tmp_path / "out\x1b[2J.doc")
    assert usage.returncode == 2 and not _OBEYED.search(usage.stderr) and b"out\\x1b[2J.doc" in usage.stderr


def test_compose_writes_the_composed_text_as_it_is(tmp_path):
    from announcer import draft as drafts
    from announcer.compose import compose
    from announcer.render.text import render

    path = _hostile_draft(tmp_path / "d.json", sections=[{"paragraph": "بحث \x1b[31m\u202eشد"}],
                          session={"days": ["2007-12-15"], "city": "برلین\u2066"})
    out = run("compose", path)
    assert out.returncode == 0
    assert out.stdout == render(compose(drafts.load(path))).encode("utf-8")  # the product, unescaped
    assert not _OBEYED.search(out.stdout.replace(b"\n", b""))  # the composer drops every control
    assert "بحث [31mشد".encode() in out.stdout
