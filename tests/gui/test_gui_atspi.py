"""The preview read by a screen reader for real: the editor under Xvfb with Qt's AT-SPI
bridge on, its accessible tree walked over D-Bus as Orca walks it (atspi_reader.py)."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from announcer import draft
from announcer.compose import compose
from announcer.render.linebreaks import unbind
from conftest import EXAMPLE, ROOT

NEEDED = ["xvfb-run", "dbus-run-session", "dbus-send", "gdbus"]


def test_a_screen_reader_reads_the_pages_paragraphs_in_reading_order():
    if not all(shutil.which(tool) for tool in NEEDED) or not Path("/usr/libexec/at-spi-bus-launcher").exists():
        pytest.skip("needs Xvfb, D-Bus and the AT-SPI bus (at-spi2-core)")
    out = subprocess.run(["xvfb-run", "-a", "dbus-run-session", "--", sys.executable,
                          str(ROOT / "tests" / "atspi_reader.py"), str(EXAMPLE)],
                         capture_output=True, text=True, timeout=240, cwd=ROOT)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["found"], out.stderr[-2000:]
    assert seen["role"] == "document" and seen["running"]  # read without harm to the editor
    paragraphs = [unbind(block.text) for block in compose(draft.load(EXAMPLE))]
    assert seen["children"] == [["paragraph", text] for text in paragraphs]
