"""The self-contained build (`scripts/build-bundle`, dist/announcer/) run as a user runs it:
from a clean environment (only PATH, HOME and the display; no virtual environment, no
PYTHONPATH), through its start script. Skipped when no bundle was built; CI builds one
first (.ci/run), so there it never is."""

import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from docx import Document

from announcer import draft
from announcer.render.linebreaks import NO_BREAK_HYPHEN, bind
from conftest import EXAMPLE, ROOT

FOLDER = ROOT / "dist" / "announcer"
START = FOLDER / "announcer"
VERSION = re.search(r'^version = "(.+)"$', (ROOT / "pyproject.toml").read_text(), re.M).group(1)

if not START.exists():
    if os.environ.get("CI"):
        pytest.fail("no bundle on CI: .ci/run builds it with scripts/build-bundle before the tests", pytrace=False)
    pytest.skip("no bundle: scripts/build-bundle makes one", allow_module_level=True)


def clean_env(home: Path, **display) -> dict:
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), **display}


def bundle(home: Path, *args, **display) -> subprocess.CompletedProcess:
    return subprocess.run([str(START), *map(str, args)], env=clean_env(home, **display), cwd=home,
                          capture_output=True, timeout=120)


def test_compose_equals_the_installed_programs_output(tmp_path):
    installed = subprocess.run([sys.executable, str(ROOT / "main.py"), "compose", str(EXAMPLE)], capture_output=True)
    out = bundle(tmp_path, "compose", EXAMPLE)
    assert out.returncode == 0, out.stderr.decode()[-2000:]
    assert out.stdout.decode("utf-8").startswith("انترناسیونال ۲۲۳\n")
    assert out.stdout == installed.stdout, "the bundle is older than the code: run scripts/build-bundle"


def test_export_writes_the_word_file_with_the_composed_paragraphs(tmp_path):
    target = tmp_path / "announcement.docx"
    out = bundle(tmp_path, "export", EXAMPLE, "-o", target)
    assert out.returncode == 0, out.stderr.decode()[-2000:]
    composed = bundle(tmp_path, "compose", EXAMPLE).stdout.decode("utf-8").splitlines()
    written = [p.text for p in Document(str(target)).paragraphs if p.text]
    # Numbers held to their words on the page; python-docx reads w:noBreakHyphen as «-».
    assert written == [bind(line).replace(NO_BREAK_HYPHEN, "-") for line in composed]


def test_check_spells_with_the_bundles_own_dictionary_and_hunspell(tmp_path):
    doc = draft.load(EXAMPLE)
    doc.sections[3].paragraph = "گسترس"
    path = tmp_path / "typo.announcement.json"
    draft.save(path, doc)
    out = bundle(tmp_path, "check", path)
    assert out.returncode == 0, out.stderr.decode()[-2000:]
    assert "«گسترس» در واژه‌نامه نیست؛ شاید «گسترش»" in out.stderr.decode("utf-8")
    libraries = subprocess.run(["ldd", *map(str, FOLDER.rglob("hunspell*.so"))], capture_output=True, text=True).stdout
    assert "libhunspell" in libraries and "/usr/lib" not in libraries.split("libhunspell")[1].split("\n")[0]


def test_version_is_the_package_metadatas(tmp_path):
    out = bundle(tmp_path, "--version")
    assert (out.returncode, out.stdout.decode().strip()) == (0, f"announcer {VERSION}")


def test_the_editor_shows_its_window_under_xvfb(tmp_path):
    """The real window through the start script and Qt's xcb plugin inside the bundle."""
    for tool in ("xvfb-run", "xdotool"):
        if not shutil.which(tool):
            if os.environ.get("CI"):
                pytest.fail(f"{tool} missing on CI: scripts/install-system-packages --test installs it")
            pytest.skip(f"{tool} not installed")
    script = """
env -i PATH=/usr/bin:/bin HOME="$1" DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" "$2" "$3" & editor=$!
window=$(timeout 60 xdotool search --sync --onlyvisible --name "$(basename "$3") — Announcer" | head -n 1)
xdotool getwindowgeometry --shell "$window"
kill "$editor"
"""
    out = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "sh", "-c", script, "sh",
                          str(tmp_path), str(START), str(EXAMPLE)], capture_output=True, text=True, timeout=120)
    assert "WIDTH=" in out.stdout, out.stderr[-2000:]  # xdotool found the window
    geometry = dict(line.split("=") for line in out.stdout.split())
    assert int(geometry["WIDTH"]) > 800 and int(geometry["HEIGHT"]) > 500, out.stderr[-2000:]
    assert "Traceback" not in out.stderr, out.stderr[-2000:]


def test_the_start_script_names_the_debian_packages_of_missing_libraries(tmp_path):
    """A machine without libxcb-cursor0 and libEGL (`ldd` says «not found»)."""
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "ldd").write_text("#!/bin/sh\necho '\tlibxcb-cursor.so.0 => not found'\necho '\tlibEGL.so.1 => not found'\n"
                              "echo '\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x0)'\n")
    (fake / "ldd").chmod(0o755)
    env = clean_env(tmp_path, PATH=f"{fake}:/usr/bin:/bin", DISPLAY=":99")
    out = subprocess.run([str(START)], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    assert "libEGL.so.1 libxcb-cursor.so.0" in out.stderr
    assert "sudo apt-get install libegl1 libxcb-cursor0\n" in out.stderr
    # The command line opens no window, so needs none of them.
    composed = subprocess.run([str(START), "compose", str(EXAMPLE)], env=env, capture_output=True, timeout=60)
    assert composed.returncode == 0 and composed.stdout


def test_only_the_qt_plugins_it_uses_are_inside():
    plugins = FOLDER / "_internal" / "PySide6" / "Qt" / "plugins"
    assert {p.name for p in (plugins / "platforms").iterdir()} == {"libqxcb.so", "libqoffscreen.so"}
    assert {p.name for p in plugins.iterdir()} <= {"platforms", "platforminputcontexts", "xcbglintegrations",
                                                   "imageformats", "iconengines", "styles", "printsupport"}
    translations = {p.name for p in (plugins.parent / "translations").iterdir()}
    assert "qtbase_fa.qm" in translations and not any(name.startswith("qtbase_de") for name in translations)
    assert not list((FOLDER / "_internal").glob("libQt6Wayland*"))


def test_the_archive_holds_the_folder_the_desktop_entry_and_the_icon():
    with tarfile.open(ROOT / "dist" / f"announcer-{VERSION}-linux-x86_64.tar.gz") as archive:
        names = set(archive.getnames())
        start = archive.getmember(f"announcer-{VERSION}/announcer")
    top = f"announcer-{VERSION}"
    assert {f"{top}/announcer-bin", f"{top}/announcer.desktop", f"{top}/announcer.png", f"{top}/install-desktop-entry",
            f"{top}/_internal/announcer/ui/mainwindow.ui", f"{top}/_internal/announcer/resources/fonts/Vazirmatn-Regular.ttf",
            f"{top}/_internal/announcer/resources/translations/announcer_fa.qm", f"{top}/_internal/announcer/resources/help/guide-fa.html",
            f"{top}/_internal/announcer/resources/examples/announcement-223.json"} <= names
    assert start.mode & 0o111


def test_install_desktop_entry_puts_the_editor_in_the_applications_menu(tmp_path):
    """From a folder whose name sed would misread («&» is the matched text in a replacement)."""
    folder = tmp_path / "R&D | tools"
    shutil.copytree(FOLDER, folder, symlinks=True, ignore=shutil.ignore_patterns("_internal"))
    out = subprocess.run([str(folder / "install-desktop-entry")], env=clean_env(tmp_path), capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    entry = (tmp_path / ".local" / "share" / "applications" / "announcer.desktop").read_text()
    assert f'\nExec="{folder}/announcer" %f\n' in entry and f"\nIcon={folder}/announcer.png\n" in entry
    assert "\nName[fa]=اطلاعیه‌نویس\n" in entry
