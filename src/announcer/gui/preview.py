"""The live preview: the composer's blocks drawn in a QTextBrowser like the Word page.

Updates are debounced while the user types, skip work when nothing changed, and keep
the scroll position. A click on a paragraph asks for the field that produced it."""

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTextBrowser

from ..compose import compose
from ..render.html import render
from ..render.stylesheet import DocumentStyle
from .resources import UI_FONT

DEBOUNCE_MS = 120


class Preview(QObject):
    fieldRequested = Signal(str)  # the source path of a clicked paragraph
    updated = Signal(list)  # the blocks now shown

    def __init__(self, browser: QTextBrowser, session, style: DocumentStyle):
        super().__init__(browser)
        self.browser, self.session, self.style = browser, session, style
        self.blocks = []
        self._html = None
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.update_now)
        session.changed.connect(self.timer.start)
        session.replaced.connect(self.update_now)
        browser.document().setDocumentMargin(48)
        palette = browser.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("white"))
        palette.setColor(QPalette.ColorRole.Text, QColor("black"))
        browser.setPalette(palette)
        browser.viewport().installEventFilter(self)
        self.update_now()

    def detach(self):
        self.timer.stop()
        self.session.changed.disconnect(self.timer.start)
        self.session.replaced.disconnect(self.update_now)

    def update_now(self):
        self.timer.stop()
        self.blocks = compose(self.session.model)
        html = render(self.blocks, self.style, UI_FONT)
        if html != self._html:
            bar = self.browser.verticalScrollBar()
            position = bar.value()
            self.browser.setUpdatesEnabled(False)  # no flicker between clearing and drawing
            self.browser.setHtml(html)
            bar.setValue(position)
            self.browser.setUpdatesEnabled(True)
            self._html = html
        self.updated.emit(self.blocks)

    def text(self) -> str:
        return self.browser.toPlainText()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            block = self.browser.cursorForPosition(event.position().toPoint()).blockNumber()
            if 0 <= block < len(self.blocks):
                self.fieldRequested.emit(self.blocks[block].source)
        return False
