"""The window's shortcuts work from any field, as in Word: the field's own key bindings
(Linux line edits take Ctrl+E for «end of line») never swallow them.

Qt's offscreen platform has no such bindings: tests/gui/test_gui_real_window.py runs this
file again on a real X server, where it has."""

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest

from gui_helpers import field


@pytest.fixture
def active(window, qtbot):
    """The window with the keyboard: shortcuts go to the active window only."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.mark.parametrize("path", ["session.city", "publication.issue", "sections[3].paragraph"])
def test_ctrl_e_exports_from_a_field(active, example, path):
    window = active
    window.document.load(example, None)
    exported = []
    window.ui.actionExport.triggered.disconnect()
    window.ui.actionExport.triggered.connect(lambda: exported.append(True))
    widget = field(window, path)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exported == [True]


def test_ctrl_z_in_a_field_undoes_the_forms_last_step(active, example):
    window = active
    window.document.load(example, None)
    window.document.set("session.city", "برلین")
    window.document.merge_barrier = True
    paragraph = field(window, "sections[3].paragraph")  # a section's form, loaded when first shown
    paragraph.setFocus()
    QTest.keyClick(paragraph, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.model.session.city == "استکهلم"


def test_on_x11_a_line_edit_would_take_ctrl_e(app):
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("the X11 key bindings are tested under Xvfb")
    bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.MoveToEndOfLine)
    assert QKeySequence("Ctrl+E") in bindings


def test_the_wheel_over_a_number_box_is_left_to_the_form_and_changes_nothing(window, example):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window.document.load(example, None)
    for path in ("sections[6].election.seats", "settings.calendar"):  # a spin box, a combo box
        widget = field(window, path)
        window.ui.formScroll.ensureWidgetVisible(widget)
        before = copy.deepcopy(window.document.model)
        for _ in range(2):  # two notches down
            centre = QPointF(widget.rect().center())
            wheel = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, -120),
                                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                                False)
            QApplication.sendEvent(widget, wheel)
            # Left to the scroll area: Qt passes an ignored wheel from the pointer's widget to
            # its parents (a sent event, as here, goes no further than the box).
            assert not wheel.isAccepted()
        assert window.document.model == before and not widget.hasFocus()
