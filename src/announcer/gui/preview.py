"""The live preview: the composer's blocks drawn in a QTextBrowser like the Word page.

Updates are debounced while the user types and incremental: only the sections that
read the edited field are composed again, and only the paragraphs whose text changed
are replaced in the document, so a long announcement stays as quick as a short one.
The scroll position is kept. A click on a paragraph asks for the field behind it."""

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QTimer, Signal

from ..compose import Composition
from ..render.html import render
from ..render.stylesheet import DocumentStyle
from .resources import UI_FONT, shown_font
from .widgets import PageView

DEBOUNCE_MS = 120
PAGE_WIDTH_PX = 794  # A4 at 96 dpi
PAGE_PADDING_PX = 94  # the Word file's 25 mm margins at that scale


class Preview(QObject):
    fieldRequested = Signal(str)  # the source path of a clicked paragraph
    updated = Signal(list)  # the blocks now shown

    def __init__(self, browser: PageView, session, style: DocumentStyle):
        super().__init__(browser)
        self.browser, self.session, self.style = browser, session, style
        self.font = shown_font(style.font)  # the Word file's font, so lines break as on its page
        self.viewport_width = 0  # until the viewport reports its width
        self.blocks = []
        self.composition = Composition()
        self.changed: set[str] | None = None  # paths edited since the last update; None: all
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.update_now)
        session.changed.connect(self._edited)
        session.replaced.connect(self._replaced)
        browser.viewportResized.connect(self._resized)
        browser.released.connect(self._clicked)
        self.update_now()

    def detach(self):
        self.timer.stop()
        self.session.changed.disconnect(self._edited)
        self.session.replaced.disconnect(self._replaced)

    def _edited(self, path: str):
        if self.changed is not None:
            self.changed.add(path)
        self.timer.start()

    def _replaced(self):
        self.changed = None
        self.update_now()

    def restyle(self, style: DocumentStyle):
        self.style, self.font = style, shown_font(style.font)
        self.blocks = []  # draw everything again
        self.update_now()

    def update_now(self):
        self.timer.stop()
        blocks = self.composition.update(self.session.model, self.changed)
        self.changed = set()
        old, self.blocks = self.blocks, blocks
        if blocks and [b.kind for b in old] == [b.kind for b in blocks]:  # none: the hint is drawn
            self._replace_changed(old, blocks)
        else:
            self._draw_all(blocks)
        self.updated.emit(blocks)

    def _draw_all(self, blocks):
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setUpdatesEnabled(False)  # no flicker between clearing and drawing
        self.browser.setHtml(render(blocks, self.style, self.font) if blocks else self._hint())
        if self.viewport_width:  # else its first resize lays the page out, at its real width
            self._page()
        bar.setValue(position)
        self.browser.setUpdatesEnabled(True)

    def _hint(self) -> str:
        """What an empty announcement shows instead of a blank page: where to start."""
        from html import escape

        text = QCoreApplication.translate(
            "Preview", "The announcement appears here as you fill in the form. Start with the body that met "
                       "(Title) and the days of the session; a click on a paragraph takes you to its field.")
        direction = "rtl" if QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL" else "ltr"
        return f'<html><body dir="{direction}"><p style="color:#6b6b6b; font-family:\'{UI_FONT}\'">{escape(text)}</p></body></html>'

    def _replace_changed(self, old, blocks):
        """Replace the text of the paragraphs that changed, keeping their formatting."""
        from PySide6.QtGui import QTextCursor  # not needed to start

        document = self.browser.document()
        for n, (before, after) in enumerate(zip(old, blocks)):
            if before.text == after.text:
                continue
            block = document.findBlockByNumber(n)
            cursor = QTextCursor(block)
            style = block.begin().fragment().charFormat()
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(after.text, style)

    def text(self) -> str:
        return self.browser.toPlainText()

    def _page(self):
        """Lay the text out as on the Word page: an A4-wide column with the file's
        margins, centred in the pane and scaled down with it, so lines break roughly
        where Word breaks them."""
        document = self.browser.document()
        frame = document.rootFrame().frameFormat()
        available = self.viewport_width
        width = min(PAGE_WIDTH_PX, max(available - 32, 200))
        padding = PAGE_PADDING_PX * width / PAGE_WIDTH_PX
        side = max((available - width) / 2, 0)
        frame.setPadding(padding)
        frame.setLeftMargin(side)
        frame.setRightMargin(side)
        frame.setTopMargin(16)
        frame.setBottomMargin(16)
        document.setDocumentMargin(0)
        document.rootFrame().setFrameFormat(frame)

    def _resized(self, width: int):
        if width != self.viewport_width:  # a change of height alone moves no line
            self.viewport_width = width
            self._page()

    def _clicked(self, position: QPoint):
        block = self.browser.cursorForPosition(position).blockNumber()
        if 0 <= block < len(self.blocks):
            self.fieldRequested.emit(self.blocks[block].source)
