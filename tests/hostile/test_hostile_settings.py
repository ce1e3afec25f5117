"""Hostile settings files (tests/data/hostile/settings/, and FIFOs, devices and huge
files made here): every value that fails its check reads as its default with a line in
the log, a settings file that is not a small regular file is never opened, and the
editor starts either way."""

import itertools
import json
import logging
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QDoubleSpinBox, QFontComboBox

from announcer.cli import main
from announcer.gui.newfromdialog import remembered
from announcer.gui.settings import AppSettings
from announcer.dates import Calendar
from announcer.gui.zoom import Zoom
from announcer.model import Letterhead
from announcer.newfrom import KEPT_AT_FIRST
from announcer.render.stylesheet import LARGEST_SIZE, SMALLEST_SIZE, DocumentStyle
from conftest import DATA, EXAMPLE, ROOT
from gui_helpers import answered

CORPUS = DATA / "hostile" / "settings"
SETTINGS_FILE = Path(os.environ["XDG_CONFIG_HOME"]) / "Announcer" / "Announcer.conf"
_MTIMES = itertools.count(1_600_000_000)  # a new mtime for each write: Qt re-reads a file whose size or mtime changed

# Each corpus file: the keys whose values must be named in a warning.
EXPECTED = {
    "all-at-once.conf": {"language", "recent", "last_file", "docx/font", "docx/size", "new_from/keep", "wording/default"},
    "binary.conf": set(),  # no key QSettings can make out of it
    "font-blank.conf": {"docx/font"},
    "font-control.conf": {"docx/font"},
    "font-format-character.conf": {"docx/font"},
    "font-line-separator.conf": {"docx/font"},
    "font-list.conf": {"docx/font"},
    "font-long.conf": {"docx/font"},
    "keep-garbage.conf": {"new_from/keep"},
    "keep-unknown-part.conf": {"new_from/keep"},
    "keep-unknown-variant.conf": set(),  # Qt reads a type it does not know as no value at all
    "language-bytes.conf": {"language"},
    "language-list.conf": {"language"},
    "language-unknown.conf": {"language"},
    "last-file-list.conf": {"last_file"},
    "last-file-relative.conf": {"last_file"},
    "recent-number.conf": {"recent"},
    "recent-relative.conf": {"recent"},
    "recent-variant-int.conf": {"recent"},
    "size-1e400.conf": {"docx/size"},
    "size-500.conf": {"docx/size"},
    "size-list.conf": {"docx/size"},
    "size-nan.conf": {"docx/size"},
    "size-rect.conf": {"docx/size"},
    "wording-list.conf": {"wording/default"},
    "wording-number.conf": {"wording/default"},
    "wording-variant-int.conf": {"wording/default"},
    "zoom-huge.conf": {"preview/zoom"},
    "zoom-arabic-digits.conf": {"preview/zoom"},
}


@pytest.fixture
def settings_file(app):
    """write(bytes): the settings file as a user left it; the file is put back afterwards."""
    before = SETTINGS_FILE.read_bytes() if SETTINGS_FILE.is_file() else None

    def write(data: bytes):
        SETTINGS_FILE.parent.mkdir(parents=True, exist_ok=True)
        SETTINGS_FILE.write_bytes(data)
        stamp = next(_MTIMES)
        os.utime(SETTINGS_FILE, (stamp, stamp))
    yield write
    write(before or b"")


def _defaults(settings: AppSettings) -> bool:
    return (settings.language, settings.recent, settings.last_file, settings.document_style, settings.wording,
            remembered()) == ("fa", [], None, DocumentStyle(), {}, set(KEPT_AT_FIRST))


def _named(caplog, key: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and f"«{key}»" in r.getMessage()]


# ---- one value at a time ------------------------------------------------------------

BAD_VALUES = [  # (the file's text, the key, what reads, the value as the log shows it)
    (b"[General]\nlanguage=fa, en\n", "language", lambda s: s.language, "fa", "['fa', 'en']"),
    (b"[wording]\ndefault=a, b\n", "wording/default", lambda s: s.wording, {}, "['a', 'b']"),
    (b"[wording]\ndefault=5\n", "wording/default", lambda s: s.wording, {}, "'5'"),
    (b"[wording]\ndefault=" + b"x" * 700_000 + b"\n", "wording/default", lambda s: s.wording, {}, "'xxxxxxxx"),
    (b"[docx]\nsize=nan\n", "docx/size", lambda s: s.document_style, DocumentStyle(), "'nan'"),
    (b"[docx]\nsize=1e400\n", "docx/size", lambda s: s.document_style, DocumentStyle(), "'1e400'"),
    (b"[docx]\nsize=-inf\n", "docx/size", lambda s: s.document_style, DocumentStyle(), "'-inf'"),
    (b"[docx]\nsize=100\n", "docx/size", lambda s: s.document_style, DocumentStyle(), "'100'"),
    (b"[docx]\nfont=Vazir\\x1matn\n", "docx/font", lambda s: s.document_style, DocumentStyle(), "'Vazir\\x01matn'"),
    (b"[docx]\nfont=a\\x2029z\n", "docx/font", lambda s: s.document_style, DocumentStyle(), "'a\\u2029z'"),
    (b"[docx]\nfont=" + b"F" * 101 + b"\n", "docx/font", lambda s: s.document_style, DocumentStyle(), "'FFFF"),
    (b"[General]\nrecent=5\n", "recent", lambda s: s.recent, [], "'5'"),
    (b"[General]\nlast_file=a, b\n", "last_file", lambda s: s.last_file, None, "['a', 'b']"),
    (b"[new_from]\nkeep=garbage\n", "new_from/keep", lambda s: remembered(), set(KEPT_AT_FIRST), "'garbage'"),
    (b"[letterhead]\ndefault=5\n", "letterhead/default", lambda s: s.letterhead, Letterhead(), "'5'"),
    (b'[letterhead]\ndefault="{\\"height_mm\\": 900}"\n', "letterhead/default", lambda s: s.letterhead, Letterhead(),
     "900"),
    (b'[letterhead]\ndefault="{\\"image\\": \\"' + b"A" * 700_000 + b'\\"}"\n', "letterhead/default",
     lambda s: s.letterhead, Letterhead(), "AAAA"),
    (b"[preview]\nzoom=0\n", "preview/zoom", lambda s: s.zoom, Zoom(), "'0'"),
    (b"[new_draft]\ncalendar=hijri\n", "new_draft/calendar", lambda s: s.calendar, Calendar.GREGORIAN, "'hijri'"),
    (b"[new_draft]\ncalendar=jalali, both\n", "new_draft/calendar", lambda s: s.calendar, Calendar.GREGORIAN,
     "['jalali', 'both']"),
    (b"[preview]\nzoom=fit\n", "preview/zoom", lambda s: s.zoom, Zoom(), "'fit'"),
    (b"[preview]\nzoom=1, 2\n", "preview/zoom", lambda s: s.zoom, Zoom(), "['1', '2']"),
]


@pytest.mark.parametrize("text, key, read, default, shown", BAD_VALUES, ids=[c[1] + "=" + c[4][:12] for c in BAD_VALUES])
def test_a_bad_value_reads_as_its_default_with_a_warning(settings_file, caplog, text, key, read, default, shown):
    settings_file(text)
    caplog.set_level(logging.WARNING)
    assert read(AppSettings()) == default
    lines = _named(caplog, key)
    assert lines and shown in lines[0]
    assert len(lines[0]) < 400  # the value cut short, not half a megabyte in the log


def test_a_bad_value_is_logged_once_however_often_it_is_read(settings_file, caplog):
    settings_file(b"[General]\nlanguage=fa, en\n")
    caplog.set_level(logging.WARNING)
    settings = AppSettings()
    assert [settings.language for _ in range(50)] == ["fa"] * 50  # the status bar asks at every key
    assert len(_named(caplog, "language")) == 1


def test_good_values_still_read_as_written(settings_file, caplog):
    settings_file("[General]\nlanguage=en\nrecent=/tmp/a.json\nlast_file=/tmp/a.json\n"
                  "[docx]\nfont=\"  DejaVu Sans \"\nsize=7.5\n[new_from]\nkeep=\n".encode())
    caplog.set_level(logging.WARNING)
    settings = AppSettings()
    assert (settings.language, settings.recent, settings.last_file) == ("en", ["/tmp/a.json"], Path("/tmp/a.json"))
    assert settings.document_style == DocumentStyle(font="DejaVu Sans", size=7.5)
    assert remembered() == set()  # an empty choice, as the New from dialog writes it
    settings.wording = {"held": "برگزار شد."}
    assert AppSettings().wording == {"held": "برگزار شد."}
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_the_settings_file_is_where_qsettings_keeps_it(app):
    from PySide6.QtCore import QSettings

    from announcer.gui.settings import settings_path

    assert settings_path() == Path(QSettings().fileName()) == SETTINGS_FILE


# ---- the corpus, through the real window --------------------------------------------

def test_every_settings_file_of_the_corpus_has_an_expectation():
    assert sorted(p.name for p in CORPUS.iterdir()) == sorted(EXPECTED)


@pytest.fixture
def start(app, qtbot):
    """start(): the editor's window made as at the editor's start; closed afterwards."""
    from announcer.gui.mainwindow import MainWindow

    windows = []

    def make():
        windows.append(window := MainWindow(AppSettings()))
        window.files.reopen_last()
        window.show()
        qtbot.waitExposed(window)
        return window
    yield make
    for window in windows:
        window.settings.store.sync()  # now, before the file is put back, not whenever the window is collected
        window.document.undo_stack.setClean()  # closed without the unsaved-changes question
        window.close()
        window.deleteLater()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_editor_starts_on_defaults_from_a_hostile_settings_file(name, settings_file, start, caplog):
    settings_file((CORPUS / name).read_bytes())
    caplog.set_level(logging.WARNING)
    window = start()
    assert window.isVisible() and window.ui.menuFile.title() == "&پرونده"
    assert _defaults(window.settings)
    assert window.statusBar().currentMessage() == ""  # no last draft looked for
    assert not window.ui.menuRecent.isEnabled()
    for key in EXPECTED[name]:
        assert _named(caplog, key), key
    window.files.open_path(EXAMPLE)
    window.preview.update_now()
    block = window.preview.pages.document.findBlockByNumber(2)
    assert block.begin().fragment().charFormat().fontFamilies() == ["Vazirmatn"]


def test_preferences_show_the_defaults_after_a_hostile_start(settings_file, start, monkeypatch):
    settings_file((CORPUS / "all-at-once.conf").read_bytes())
    window = start()
    monkeypatch.undo()  # the real dialog
    shown = {}

    def look(dialog):
        shown["language"] = dialog.findChild(QComboBox, "languageBox").currentData()
        shown["font"] = dialog.findChild(QFontComboBox, "fontBox").currentText()
        size = dialog.findChild(QDoubleSpinBox, "sizeBox")
        shown["size"], shown["sizes"] = size.value(), (size.minimum(), size.maximum())
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    answered(window.ui.actionPreferences.trigger, look)
    assert shown == {"language": "fa", "font": "Vazirmatn", "size": 13.0, "sizes": (SMALLEST_SIZE, LARGEST_SIZE)}


def test_a_bad_font_typed_in_preferences_keeps_the_font(settings_file, start, monkeypatch, caplog):
    settings_file(b"[docx]\nfont=DejaVu Sans\n")
    window = start()
    monkeypatch.undo()

    def type_bad_font(dialog):
        dialog.findChild(QFontComboBox, "fontBox").setEditText("Vazir\u200fmatn")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    caplog.set_level(logging.WARNING)
    answered(window.ui.actionPreferences.trigger, type_bad_font)
    assert window.settings.document_style.font == "DejaVu Sans"
    assert any("U+200F" in r.getMessage() for r in caplog.records)


# ---- a settings file that is not a small regular file -------------------------------

_START = textwrap.dedent("""
    import json, logging, sys
    sys.path.insert(0, sys.argv[1])
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    from PySide6.QtWidgets import QApplication
    from announcer.gui.app import create_app
    from announcer.gui.mainwindow import MainWindow
    from announcer.gui.newfromdialog import remembered
    from announcer.gui.settings import AppSettings

    app = create_app([])
    settings = AppSettings()
    window = MainWindow(settings)
    window.show()
    app.processEvents()
    seen = [settings.language, settings.recent, str(settings.last_file), settings.document_style.font,
            settings.document_style.size, settings.wording, sorted(remembered())]
    settings.language = "en"  # held in memory for the run: another reader sees it, no file does
    seen.append(AppSettings().language)
    window.document.undo_stack.setClean()
    window.close()
    print(json.dumps(seen))
""")


def _limit_memory():
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (4 * 2**30, 4 * 2**30))  # a device read to the end fails, not the machine


def _odd(kind: str, path: Path):
    path.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        path.symlink_to("/dev/zero")
    elif kind == "folder":
        path.mkdir()
    elif kind == "huge":
        with open(path, "wb") as f:
            f.write(b"[General]\nlanguage=en\n")
            f.truncate(2**30)  # sparse: a gigabyte the editor would read, on no disk


def _described(path: Path) -> tuple:
    info = path.lstat()
    return info.st_mode, info.st_size, info.st_mtime_ns


@pytest.mark.parametrize("kind", ["fifo", "device", "folder", "huge"])
def test_a_settings_file_that_is_not_a_small_regular_file_is_never_opened(kind, tmp_path):
    settings = tmp_path / "config" / "Announcer" / "Announcer.conf"
    _odd(kind, settings)
    before = _described(settings)
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    try:
        run = subprocess.run([sys.executable, "-c", _START, str(ROOT / "src")], env=env, capture_output=True,
                             timeout=60, preexec_fn=_limit_memory)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the editor did not start in 60 s with a {kind} for its settings file")
    seconds = time.monotonic() - started
    err = run.stderr.decode()
    assert run.returncode == 0, err
    assert json.loads(run.stdout) == ["fa", [], "None", "Vazirmatn", 13.0, {}, sorted(KEPT_AT_FIRST), "en"]
    assert _described(settings) == before  # nothing written over it, nothing put in its place
    assert [line for line in err.splitlines() if "settings file" in line and str(settings) in line] != []
    assert len([line for line in err.splitlines() if line.startswith("WARNING")]) == 1, err
    assert seconds < 30


# ---- the command line's --font and --size ------------------------------------------

@pytest.mark.parametrize("option, value, says", [
    ("--font", "Vazir\x01matn", "U+0001"),
    ("--font", "Vazir\u2028matn", "U+2028"),
    ("--font", "   ", "font"),
    ("--font", "F" * 101, "100"),
    ("--size", "nan", "6"),
    ("--size", "1e400", "6"),
    ("--size", "100", "72"),
])
def test_a_bad_font_or_size_on_the_command_line_is_a_usage_error(option, value, says, tmp_path, capsys):
    out = tmp_path / "x.docx"
    with pytest.raises(SystemExit) as done:
        main(["export", str(EXAMPLE), "-o", str(out), option, value])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err and not out.exists()


def test_document_style_refuses_what_no_font_is_named():
    for font in ("", "a\x00b", "a\u200fb", "x" * 101, 7):
        with pytest.raises((ValueError, TypeError)):
            DocumentStyle(font=font)
    for size in (float("nan"), float("inf"), 0, 500, "13", True):
        with pytest.raises((ValueError, TypeError)):
            DocumentStyle(size=size)
    assert DocumentStyle(font="  DejaVu Sans ").font == "DejaVu Sans"
