"""The preview's view: the announcement's pages (render/qt/pages.py) as the PDF and the
printout have them, one under the other on a grey desk, fitted to the pane's width (or
the whole page to the pane, or zoomed: zoom.py); Ctrl+wheel zooms, and a page wider
than the pane scrolls sideways, starting at its right, where Persian lines begin.

The pages are the printed ones, not a likeness: the same layout draws them here, in the
PDF and on the printer, so every line ends on the same word in all three. The view
reads like a text browser: the wheel and the keys scroll it, a drag selects text, a
double click a word, Ctrl+C copies the selection as composed (no joiners or no-break
spaces), and a click without a drag on a paragraph asks for the field behind it.

A paragraph the secretary rewrote by hand has a bar in the margin beside it, and one
rewritten over a text the composer no longer writes (stale) is shaded too: `marks`,
drawn here only, never by the pages themselves, so the PDF and the printout carry none."""

import time

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ..render.linebreaks import unbind
from ..render.qt.pages import LAYOUT_DPI, Pages, layout_device
from ..render.qt.qtapp import UI_FONT
from .zoom import Zoom

DESK = QColor("#d9d9d9")  # around the pages, as in Word's and LibreOffice's page view
PAGE_EDGE = QColor("#a8a8a8")
SELECTION = QColor(51, 142, 255, 90)
REWRITTEN = QColor("#2e86c1")  # the bar beside a paragraph rewritten by hand
STALE = QColor("#d68910")  # and beside one whose fields changed since (fieldmarks.WARNING_COLOUR)
STALE_SHADE = QColor(214, 137, 16, 45)  # behind its lines
BAR_GAP, BAR_WIDTH = 160, 60  # layout pixels (1/1200 inch) between the text and the bar, and its width
PAPER, INK, HINT = QColor("white"), QColor("black"), QColor("#6b6b6b")
GAP = 16  # pixels between the pages and around them
DRAG = 4  # pixels a press must move to select rather than click
WHEEL_STEP = 120  # a wheel's notch, in eighths of a degree: one zoom step (a touchpad's small moves add up)
# A paint settles a long paragraph's pieces after an edit for this long at most: past it, the
# pages in view show the lines as they broke before the edit until the preview's slices
# settle them (pages.py, Pages.settle_by). At 200× the example a wrapped word in a report
# above the page in view held the window 150 ms.
SETTLE_MS = 12


def _swatch(colour: QColor) -> QImage:
    """One pixel of colour, drawn stretched over a rectangle to fill it."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.setPixelColor(0, 0, colour)
    return image


EDGE_SWATCH, PAPER_SWATCH = _swatch(PAGE_EDGE), _swatch(PAPER)


def _desk() -> QWidget:
    """The view's viewport: filled with the desk's grey by Qt, and a painter on it
    starts with the text's ink (QPainter takes its pen from the widget's palette)."""
    desk = QWidget()
    palette = desk.palette()
    palette.setColor(QPalette.ColorRole.Window, DESK)
    palette.setColor(QPalette.ColorRole.WindowText, INK)
    desk.setPalette(palette)
    desk.setAutoFillBackground(True)
    return desk


class PageView(QAbstractScrollArea):
    """Shows a Pages; emits the number of the paragraph clicked."""

    blockClicked = Signal(int)
    menuRequested = Signal(object, int)  # the context menu about to be shown, the paragraph under the pointer (or -1)
    zoomChanged = Signal(object)  # the Zoom now shown, after a user's zoom

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pages: Pages | None = None
        self.hint = ""  # drawn on the blank page while there is no text
        self.marks: dict[int, bool] = {}  # each rewritten paragraph by number, and whether it is stale
        self.anchor = self.position = 0  # the selection, in the document's positions
        self._pressed: QPoint | None = None
        self.zoom = Zoom()
        self._wheel = 0  # the Ctrl+wheel's turn not yet a zoom step
        self.accessible = None  # what a screen reader reads: the paragraphs (pageaccess.py), made when asked
        from . import pageaccess

        pageaccess.install(PageView)
        # A viewport made here: asking Qt for the one it makes would have PySide look
        # through every widget class for the Python type of that plain QWidget (15-20 ms
        # at start). The focus policy, the I-beam and the scroll bars are the form's
        # (mainwindow.ui): naming Qt's enums here would build all of them before the
        # first paint (docs/performance.md).
        self.setViewport(_desk())

    # ---- what is shown ----

    def show_pages(self, pages: Pages, hint: str = "") -> None:
        """Show pages (laid out again, or with new text); keep the scroll position."""
        self.pages, self.hint = pages, hint
        end = pages.document.characterCount() - 1
        self.anchor, self.position = min(self.anchor, end), min(self.position, end)
        self._update_range()
        self.viewport().update()
        from . import pageaccess

        pageaccess.changed(self)

    def pages_grew(self) -> None:
        """More pages were cut (the preview lays them out in slices): the scroll bar knows them."""
        self._update_range()

    def last_visible_page(self) -> int:
        """The index of the last page the pane shows, as it is scrolled (pages not yet laid
        out counted at their size)."""
        if self.pages is None:
            return 0
        step = self.pages.size.height() * self.scale() + GAP
        return max(int((self.verticalScrollBar().value() + self.viewport().height() - GAP) // step), 0)

    def scale(self) -> float:
        """Screen pixels per layout pixel, as the zoom has it in this pane."""
        if self.pages is None:
            return 1.0
        room = (self.viewport().width() - 2 * GAP, self.viewport().height() - 2 * GAP)
        return self.zoom.scale(self._natural(), (self.pages.size.width(), self.pages.size.height()), room)

    def _natural(self) -> float:
        """The scale of the printed size on this screen."""
        return self.logicalDpiX() / LAYOUT_DPI

    def set_zoom(self, zoom: Zoom) -> None:
        """Draw at zoom from now on, the middle of the pane kept on the same text."""
        bar = self.verticalScrollBar()
        middle = (bar.value() + self.viewport().height() / 2) / max(self._content_height(), 1)
        self.zoom = zoom
        self._update_range()
        bar.setValue(int(middle * self._content_height() - self.viewport().height() / 2))
        self.viewport().update()

    def step_zoom(self, direction: int) -> None:
        """Zoom in (1) or out (-1) by a step, as the user asked."""
        if self.pages is not None:
            self.set_zoom(self.zoom.stepped(direction, self.scale(), self._natural()))
            self.zoomChanged.emit(self.zoom)

    def fit(self, mode: str) -> None:
        """Fit the page's width (zoom.FIT_WIDTH) or the whole page (zoom.FIT_PAGE) to the pane, as the user asked."""
        self.set_zoom(Zoom(mode))
        self.zoomChanged.emit(self.zoom)

    def shown_percent(self) -> int:
        """The size drawn, in percent of the printed size."""
        return round(self.scale() / self._natural() * 100)

    def page_count(self) -> int:
        return max(self.pages.shown_count(), 1) if self.pages else 0

    def page_rect(self, index: int) -> QRectF:
        """Where page index is in the viewport, as the scroll bar stands."""
        scale = self.scale()
        width, height = self.pages.size.width() * scale, self.pages.size.height() * scale
        side = self.horizontalScrollBar()
        if side.maximum() == 0:
            left = max((self.viewport().width() - width) / 2, GAP)
        else:  # wider than the pane: a right-to-left bar's value 0 stands at the right (Qt mirrors it)
            left = GAP - (side.maximum() - side.value() if self.isRightToLeft() else side.value())
        top = GAP + index * (height + GAP) - self.verticalScrollBar().value()
        return QRectF(left, top, width, height)

    def _pages_within(self, top: float, bottom: float) -> range:
        """The pages that may show between two heights of the viewport: counted from the
        scroll bar, not asked one by one (292 pages at 200× the example, every paint)."""
        step = self.pages.size.height() * self.scale() + GAP
        scrolled = self.verticalScrollBar().value() - GAP
        first = max(int((scrolled + top) // step), 0)
        return range(first, min(int((scrolled + bottom) // step) + 1, self.page_count()))

    def _content_height(self) -> float:
        return self.page_count() * (self.pages.size.height() * self.scale() + GAP) + GAP if self.pages else 0

    def _update_range(self) -> None:
        if self.pages is None:
            return
        bar = self.verticalScrollBar()
        bar.setRange(0, max(int(self._content_height()) - self.viewport().height(), 0))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(max(int(self.pages.size.height() * self.scale() / 40), 1))
        side = self.horizontalScrollBar()
        width = self.pages.size.width() * self.scale() + 2 * GAP
        side.setRange(0, max(int(width) - self.viewport().width(), 0))
        side.setPageStep(self.viewport().width())
        side.setSingleStep(bar.singleStep())

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._update_range()  # a fit is fitted again to the pane's new size

    def wheelEvent(self, event):
        from PySide6.QtCore import Qt

        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return super().wheelEvent(event)
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= WHEEL_STEP:
            direction = 1 if self._wheel > 0 else -1
            self._wheel -= direction * WHEEL_STEP
            self.step_zoom(direction)
        event.accept()

    # ---- drawing ----

    def paintEvent(self, event):
        # The desk is the viewport's background and the ink its palette's (_desk), the
        # paper an image: setPen, setBrush and fillRect are not called on the way to the
        # first frame. Choosing among their overloads, PySide builds every enum of Qt's
        # namespace (114 M instructions, docs/performance.md).
        painter = QPainter(self.viewport())
        if self.pages is None:
            return
        self.pages.settle_by = time.perf_counter() + SETTLE_MS / 1000
        try:
            self._paint_pages(painter, event)
        finally:
            self.pages.settle_by = None

    def _paint_pages(self, painter: QPainter, event) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index in self._pages_within(event.rect().top(), event.rect().bottom()):
            rect = self.page_rect(index)
            if rect.bottom() < event.rect().top() or rect.top() > event.rect().bottom():
                continue
            painter.drawImage(rect, EDGE_SWATCH)
            painter.drawImage(rect.adjusted(1, 1, -1, -1), PAPER_SWATCH)
            painter.save()
            painter.translate(rect.topLeft())
            painter.scale(self.scale(), self.scale())
            self._draw_marks(painter, index)
            self._draw_selection(painter, index)
            if not self.pages.empty:
                self.pages.draw(painter, index)
            elif self.hint:  # none on the page of the first frame, drawn before the layout (preview.py)
                self._draw_hint(painter)
            painter.restore()

    def _draw_hint(self, painter: QPainter) -> None:
        """The hint, in grey on the blank page, in the interface's language and direction."""
        from html import escape

        direction = "rtl" if QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL" else "ltr"
        hint = QTextDocument()
        hint.documentLayout().setPaintDevice(layout_device())
        hint.setHtml(f'<p dir="{direction}" style="color:{HINT.name()}; font-family:\'{UI_FONT}\'; '
                     f'font-size:{self.font().pointSizeF():g}pt">{escape(self.hint)}</p>')
        hint.setTextWidth(self.pages.body.width())
        painter.translate(self.pages.body.topLeft())
        hint.drawContents(painter)

    def _draw_marks(self, painter: QPainter, index: int) -> None:
        """The bar beside each rewritten paragraph's lines, in the margin at the start of
        the lines (the right), and the shade behind a stale one's."""
        if not self.marks:
            return
        painter.save()  # the pen and brush: the text's ink is the painter's own (_desk)
        body = self.pages.body
        for placed in self.pages.lines_on(index):
            stale = self.marks.get(self.pages.paragraph(placed.block))
            if stale is None:
                continue
            top, height = placed.corner + placed.line.y(), placed.line.height()
            colour = STALE if stale else REWRITTEN
            painter.setPen(colour)
            painter.setBrush(colour)
            painter.drawRect(QRectF(body.right() + BAR_GAP, top, BAR_WIDTH, height))
            if stale:
                painter.setPen(STALE_SHADE)
                painter.setBrush(STALE_SHADE)
                painter.drawRect(QRectF(body.left(), top, body.width(), height))
        painter.restore()

    def _draw_selection(self, painter: QPainter, index: int) -> None:
        start, end = sorted((self.anchor, self.position))
        if start == end:
            return
        for placed in self.pages.lines_on(index):
            block, line = placed.block, placed.line
            first = block.position() + line.textStart()
            last = first + line.textLength()
            if last <= start or first >= end:
                continue
            moved = self.pages.spread(block, line)
            xs = [moved(line.cursorToX(max(start, first) - block.position())[0]),
                  moved(line.cursorToX(min(end, last) - block.position())[0])]
            painter.fillRect(QRectF(self.pages.body.left() + min(xs), placed.corner + line.y(), abs(xs[1] - xs[0]),
                                    line.height()), SELECTION)

    # ---- the mouse and the keys ----

    def _document_position(self, point: QPoint) -> int | None:
        """The text position under a viewport point, if it is on a page."""
        for index in range(self.page_count()):
            rect = self.page_rect(index)
            if rect.contains(QPointF(point)):
                return self.pages.position_at(index, (QPointF(point) - rect.topLeft()) / self.scale())
        return None

    def mousePressEvent(self, event):
        from PySide6.QtCore import Qt  # not at import: its namespace's enums are built on first use

        if event.button() != Qt.MouseButton.LeftButton or self.pages is None:
            return super().mousePressEvent(event)
        self._pressed = event.position().toPoint()
        at = self._document_position(self._pressed)
        if at is not None and at >= 0:
            if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.anchor = at
            self.position = at
            self.viewport().update()

    def mouseMoveEvent(self, event):
        if self._pressed is None:
            return
        at = self._document_position(event.position().toPoint())
        if at is not None and at >= 0 and at != self.position:
            self.position = at
            self.viewport().update()

    def mouseReleaseEvent(self, event):
        pressed, self._pressed = self._pressed, None
        if pressed is None or (event.position().toPoint() - pressed).manhattanLength() > DRAG:
            return
        self.anchor = self.position  # a click: no selection, and the paragraph's field
        self.viewport().update()
        if not self.pages.empty:
            self.blockClicked.emit(self.pages.paragraph_at(self.position))

    def mouseDoubleClickEvent(self, event):
        at = self._document_position(event.position().toPoint())
        if at is None or at < 0:
            return
        cursor = QTextCursor(self.pages.document)
        cursor.setPosition(at)
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        self.anchor, self.position = cursor.anchor(), cursor.position()
        self._pressed = None
        self.viewport().update()

    def keyPressEvent(self, event):
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence  # its enums are large: not loaded at start

        bar = self.verticalScrollBar()
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        elif event.key() == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif event.key() == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event):
        """Copy and Select All, and what the window adds for the paragraph under the
        pointer (menuRequested), where the cursor goes unless it is in the selection."""
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QMenu

        paragraph = -1
        at = self._document_position(event.pos()) if self.pages is not None and not self.pages.empty else None
        if at is not None and at >= 0:
            start, end = sorted((self.anchor, self.position))
            if not start <= at <= end or start == end:
                self.anchor = self.position = at
                self.viewport().update()
            paragraph = self.pages.paragraph_at(at)
        menu = QMenu(self)
        copy = menu.addAction(self.tr("&Copy"), self.copy)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(self.anchor != self.position)
        menu.addAction(self.tr("Select &All"), self.select_all).setShortcut(QKeySequence.StandardKey.SelectAll)
        self.menuRequested.emit(menu, paragraph)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # ---- the selection ----

    def selected_text(self) -> str:
        """The selection as composed: paragraphs on lines of their own, the hyphens and
        spaces that hold numbers to their words as the composer wrote them."""
        if self.pages is None or self.anchor == self.position:
            return ""
        return unbind(self.pages.text(*sorted((self.anchor, self.position))))

    def copy(self) -> None:
        if text := self.selected_text():
            QGuiApplication.clipboard().setText(text)

    def select_all(self) -> None:
        if self.pages is not None:
            self.anchor, self.position = 0, self.pages.document.characterCount() - 1
            self.viewport().update()

    def cursor_paragraph(self) -> int:
        """The number of the paragraph the cursor is in (the last clicked); -1 with no text."""
        if self.pages is None or self.pages.empty:
            return -1
        return self.pages.paragraph_at(self.position)

    def select_paragraph(self, number: int) -> None:
        """Select paragraph number's text and scroll it into view."""
        if not 0 <= number < self.pages.paragraph_count:
            return
        self.anchor, self.position = self.pages.span(number)
        self.point_of(number)
        self.viewport().update()

    # ---- for the window, screen readers and the tests ----

    def paragraph_rect(self, number: int):
        """Where a paragraph's first line is on the screen, as it is scrolled now."""
        from PySide6.QtCore import QRect

        placed = self.pages.where(number)
        page, scale = self.page_rect(placed.page), self.scale()
        top_left = QPointF(page.left() + self.pages.body.left() * scale, page.top() + (placed.corner + placed.line.y()) * scale)
        return QRect(self.viewport().mapToGlobal(top_left.toPoint()),
                     QRectF(0, 0, self.pages.body.width() * scale, placed.line.height() * scale).size().toSize())

    def point_of(self, block_number: int) -> QPoint:
        """The viewport point in the middle of a paragraph's first line, scrolled into view."""
        placed = self.pages.where(block_number)
        line = placed.line
        on_page = QPointF(self.pages.body.left() + line.width() / 2, placed.corner + line.y() + line.height() / 2)
        bar = self.verticalScrollBar()
        bar.setValue(int(bar.value() + self.page_rect(placed.page).top() + on_page.y() * self.scale()
                         - self.viewport().height() / 2))
        return (self.page_rect(placed.page).topLeft() + on_page * self.scale()).toPoint()
