"""The Designer forms keep the rules the window's start relies on."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[1] / "ui"


@pytest.mark.parametrize("form", sorted(UI.glob("*.ui")), ids=lambda p: p.name)
def test_no_form_has_a_plain_qwidget_at_its_root(form):
    # PySide finds the Python type of a plain QWidget made by Qt by trying every widget
    # class, which costs 15–20 ms the first time; a QFrame root draws the same.
    root = ET.parse(form).getroot().find("widget")
    assert root.get("class") != "QWidget", f"{form.name}: make the root a QFrame"
