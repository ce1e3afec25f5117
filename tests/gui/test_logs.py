"""The log: records of errors handled without the user's attention go to a rotating
file in the application's data folder; the file is made only when there is a record."""

import logging
import sys

import pytest

from announcer.gui import logs


@pytest.fixture
def started(app, tmp_path, monkeypatch):
    # A data folder of its own: an editor process started by an earlier test (they share
    # the suite's folders) may have logged there already.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    hook, handlers = sys.excepthook, list(logging.getLogger().handlers)
    path = logs.start()
    assert path.is_relative_to(tmp_path)
    yield path
    for handler in set(logging.getLogger().handlers) - set(handlers):
        handler.close()
        logging.getLogger().removeHandler(handler)
    sys.excepthook = hook
    for old in path.parent.glob(path.name + "*"):
        old.unlink()


def test_records_go_to_the_file_in_the_data_folder(started):
    assert started.parent.name == "Announcer" and started.name == "announcer.log"
    assert not started.exists()  # nothing written yet: no file, no import of logging.handlers
    logging.getLogger("announcer.gui.recovery").error("cannot move %s aside", "x.recovery.json")
    assert "ERROR announcer.gui.recovery: cannot move x.recovery.json aside" in started.read_text(encoding="utf-8")


def test_the_file_rotates(started, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    for n in range(100):
        logging.getLogger("announcer").warning("record %d %s", n, "x" * 50)
    assert started.with_name("announcer.log.1").exists() and started.stat().st_size <= 2_000
    assert "record 99" in started.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture  # pytest-qt's own hook would take this exception for a failure
def test_uncaught_exceptions_are_logged(started, capsys):
    try:
        raise RuntimeError("in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "CRITICAL announcer: uncaught exception" in started.read_text(encoding="utf-8")
    assert "RuntimeError: in a slot" in capsys.readouterr().err  # still shown as before
