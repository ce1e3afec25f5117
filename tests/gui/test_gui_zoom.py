"""The preview fits and zooms as a reader expects: the page fitted to the pane's width
whatever its size (refitted as the window narrows), the whole page with View → Fit
whole page, Ctrl+wheel and Ctrl++ / Ctrl+- / Ctrl+0 zooming, a scroll bar to reach a
page wider than the pane (starting at its right, where Persian lines begin), and the
zoom kept for the next window. Pictures at 780, 1000 and 1600 px wide, zoomed in and
out, in out/screenshots/zoom-*.png."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from conftest import EXAMPLE, ROOT

SHOTS = ROOT / "out" / "screenshots"


def _settle(window, width: int, height: int = 800):
    window.resize(width, height)
    for _ in range(3):
        QApplication.processEvents()


def _shoot(window, name: str):
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"zoom-{name}.png"))


def _ctrl_wheel(view, notches: int):
    port = view.viewport()
    at = QPointF(port.width() / 2, port.height() / 2)
    QApplication.sendEvent(port, QWheelEvent(at, port.mapToGlobal(at), QPoint(), QPoint(0, 120 * notches),
                                             Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                                             Qt.ScrollPhase.NoScrollPhase, False))


@pytest.mark.parametrize("width", [780, 1000, 1600])
def test_the_page_fits_the_panes_width_at_any_window_width(window, width):
    window.files.open_path(EXAMPLE)
    _settle(window, width)
    view = window.ui.preview
    page, port = view.page_rect(0), view.viewport()
    _shoot(window, f"{width}-fit-width")
    assert page.left() >= 0 and page.right() <= port.width()  # the right side, where lines start, is seen
    assert page.width() == pytest.approx(port.width() - 32, abs=1)  # and the page fills the pane
    assert view.horizontalScrollBar().maximum() == 0


def test_narrowing_the_window_refits_the_page(window):
    window.files.open_path(EXAMPLE)
    _settle(window, 1600)
    view = window.ui.preview
    wide = view.page_rect(0).width()
    _settle(window, 780)
    assert view.page_rect(0).width() < wide * 0.5
    assert view.page_rect(0).right() <= view.viewport().width()


def test_ctrl_wheel_zooms_in_and_a_scroll_bar_reaches_the_rest_of_the_page(window):
    window.files.open_path(EXAMPLE)
    _settle(window, 1000)
    view = window.ui.preview
    before = view.page_rect(0).width()
    _ctrl_wheel(view, 3)
    QApplication.processEvents()
    _shoot(window, "1000-zoomed-in")
    bar = view.horizontalScrollBar()
    assert view.page_rect(0).width() > before * 1.3  # three steps up from the fit (63 %): 90 %
    assert bar.isVisible() and bar.maximum() > 0
    # Right to left: the page's right edge (where its lines start) is shown first.
    assert view.isRightToLeft() and abs(view.page_rect(0).right() - (view.viewport().width() - 16)) <= 1
    bar.setValue(bar.maximum())  # the other end of the bar shows the page's left edge
    assert view.page_rect(0).left() == pytest.approx(16, abs=1)
    _ctrl_wheel(view, -6)
    QApplication.processEvents()
    assert view.page_rect(0).width() < before
    _shoot(window, "1000-zoomed-out")
    assert not bar.isVisible()


def _focus(window, widget):
    """The keys go to the active window, under X11 too."""
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    widget.setFocus()


def test_the_keys_zoom_and_ctrl_0_fits_the_width_again(window):
    window.files.open_path(EXAMPLE)
    _settle(window, 1000)
    view = window.ui.preview
    _focus(window, view)
    fitted = view.page_rect(0).width()
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    larger = view.page_rect(0).width()
    assert larger > fitted
    QTest.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # «+» without Shift
    assert view.page_rect(0).width() > larger
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.page_rect(0).width() == pytest.approx(larger)
    assert f"{view.shown_percent()}".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) in \
        window.statusBar().currentMessage()  # the size shown, in Persian digits
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.page_rect(0).width() == pytest.approx(fitted)


def test_fit_whole_page_shows_a_page_in_the_pane(window):
    window.files.open_path(EXAMPLE)
    _settle(window, 1600, 700)
    view = window.ui.preview
    window.ui.actionFitPage.trigger()
    _shoot(window, "1600-fit-page")
    page = view.page_rect(0)
    assert page.height() == pytest.approx(view.viewport().height() - 32, abs=1)
    assert page.right() <= view.viewport().width()


def test_the_zoom_is_kept_for_the_next_window(window):
    from announcer.gui.mainwindow import MainWindow
    from announcer.gui.settings import AppSettings

    window.files.open_path(EXAMPLE)
    view = window.ui.preview
    _focus(window, view)
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    shown = view.shown_percent()
    other = MainWindow(AppSettings())
    try:
        assert other.ui.preview.zoom == view.zoom and other.ui.preview.shown_percent() == shown
    finally:
        other.close()
        other.deleteLater()


@pytest.mark.parametrize("width", [780, 1000])
def test_a_narrow_window_keeps_the_form_whole_and_narrows_the_preview(window, width):
    """Every field and list button of the form inside its pane: the preview gives way."""
    from PySide6.QtWidgets import QWidget

    window.files.open_path(EXAMPLE)
    _settle(window, width)
    port = window.ui.formScroll.viewport()
    cut = [w.objectName() or type(w).__name__ for w in window.ui.formHost.findChildren(QWidget)
           if w.isVisible() and (w.mapTo(port, w.rect().topLeft()).x() < 0
                                 or w.mapTo(port, w.rect().topRight()).x() > port.width())]
    assert cut == []
    view = window.ui.preview
    assert view.page_rect(0).right() <= view.viewport().width()
