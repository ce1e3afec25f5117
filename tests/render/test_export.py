"""Writing the Word file: atomically, with clear messages, never harming an existing file."""

import os
import subprocess
import sys

import pytest

from announcer.export import export_docx
from announcer.problems import ExportError
from conftest import EXAMPLE, ROOT


def _fails(example, path) -> tuple[str, str]:
    with pytest.raises(ExportError) as e:
        export_docx(example, path)
    (problem,) = e.value.problems
    return problem.fa, problem.en


def test_missing_folder(tmp_path, example):
    assert _fails(example, tmp_path / "missing" / "a.docx") == ("پوشهٔ مقصد وجود ندارد", "the folder does not exist")


def test_read_only_target_is_left_untouched(tmp_path, example):
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")
    target.chmod(0o444)
    fa, en = _fails(example, target)
    assert (fa, en) == ("فایل فقط‌خواندنی است", "the file is read-only")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.docx"]


def test_file_held_open_elsewhere_is_left_untouched(tmp_path, example, monkeypatch):
    # Windows refuses to replace a file that Word holds open: os.replace raises PermissionError.
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")

    def held_open(src, dst):
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")
    monkeypatch.setattr(os, "replace", held_open)
    assert _fails(example, target)[0] == "اجازهٔ نوشتن در این فایل یا پوشه نیست، یا فایل در برنامهٔ دیگری باز است"
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.docx"]


def test_overwrite_replaces_whole_file(tmp_path, example):
    target = tmp_path / "a.docx"
    target.write_bytes(b"old" * 100_000)
    export_docx(example, target)
    assert target.read_bytes()[:2] == b"PK"


def test_cli_export(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(EXAMPLE), "-o", str(tmp_path / "x.docx"),
                          "--font", "Vazirmatn", "--size", "12"], capture_output=True)
    assert out.returncode == 0 and out.stderr == b""
    assert (tmp_path / "x.docx").read_bytes()[:2] == b"PK"


def test_cli_export_error_exit_1(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(EXAMPLE), "-o",
                          str(tmp_path / "no" / "x.docx")], capture_output=True)
    assert out.returncode == 1
    assert "پوشهٔ مقصد وجود ندارد" in out.stderr.decode() and b"Traceback" not in out.stderr


def test_cli_export_bad_size_is_usage_error(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(EXAMPLE), "-o", str(tmp_path / "x.docx"),
                          "--size", "500"], capture_output=True)
    assert out.returncode == 2
