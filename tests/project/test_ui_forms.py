"""The Designer forms keep the rules the window's start relies on."""

import xml.etree.ElementTree as ET

import pytest

from announcer.locations import UI


@pytest.mark.parametrize("form", sorted(UI.glob("*.ui")), ids=lambda p: p.name)
def test_no_form_has_a_plain_qwidget_at_its_root(form):
    # PySide finds the Python type of a plain QWidget made by Qt by trying every widget
    # class, which costs 15–20 ms the first time; a QFrame root draws the same.
    root = ET.parse(form).getroot().find("widget")
    assert root.get("class") != "QWidget", f"{form.name}: make the root a QFrame"


def test_the_loader_loads_no_designer_plugin_and_leaves_the_library_paths(qapp):
    from PySide6.QtWidgets import QApplication

    from announcer.gui.uiload import load_ui

    paths = QApplication.libraryPaths()
    load_ui("title.ui").deleteLater()
    loader = load_ui.__globals__["_loader"]()
    # Qt Quick's, WebEngine's and PySide's Designer plugins stay unloaded (PySide's
    # registerCustomWidget adds an empty path of its own, which names no folder).
    assert [path for path in loader.pluginPaths() if path] == []
    assert QApplication.libraryPaths() == paths  # image formats and icon engines are still found


@pytest.mark.parametrize("form", sorted(UI.glob("*.ui")), ids=lambda p: p.name)
def test_no_form_carries_limits_that_the_program_sets(form):
    # A bound spin box takes its range from the schema (binder.py), the font size from
    # DocumentStyle's limits (settings.py): a limit written here would be dead, and four
    # such disagreed with the schema.
    limits = [w.get("name") for w in ET.parse(form).getroot().iter("widget")
              if w.get("class") in ("QSpinBox", "QDoubleSpinBox")
              and any(p.get("name") in ("minimum", "maximum") for p in w.findall("property"))]
    assert limits == []
