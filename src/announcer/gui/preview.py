"""The live preview: the composer's blocks on the printed pages (render/qt/pages.py), shown
by a PageView.

Updates are debounced while the user types (but come at least every LONGEST_WAIT_MS
while typing goes on, so a steady typist sees the page follow) and incremental: only the
sections that read the edited field are composed again, only the paragraphs whose text
changed are replaced in the pages' document, the pages are cut again from the page the
first changed paragraph starts on, and the words are counted per paragraph. The scroll
position is kept. A click on a paragraph asks for the field behind it. A paragraph
rewritten by hand is marked beside it, and shaded when stale (pageview.py).

Nothing is laid out before the window's first paint: the view shows an empty page, then
the pages it shows are laid out, and the rest in slices of SLICE_MS between events, so
that a long draft opens as fast as a short one and typing never waits for its last
pages: the slices stop while edits come, and go on SLICE_PAUSE_MS after the last, so that
a key is never held behind one (docs/performance.md)."""

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from ..blocks import Block
from ..compose import Composition
from ..export import titles
from ..render.qt.pages import PageInfo, Pages
from ..render.stylesheet import DocumentStyle
from .pageview import PageView

DEBOUNCE_MS = 120
LONGEST_WAIT_MS = 400  # from the first edit not yet shown, however fast the keys come
SLICE_MS = 8  # the layout done between two events: half a frame
SLICE_PAUSE_MS = 40  # the slices wait this long after an edit: a typist's next key comes first


class Preview(QObject):
    fieldRequested = Signal(str)  # the source path of a clicked paragraph
    updated = Signal(list)  # the blocks now shown

    def __init__(self, view: PageView, document, style: DocumentStyle, wait_for_paint: bool = True):
        """wait_for_paint: lay nothing out before the view's first paint (a window built
        again, already on screen, lays out at once)."""
        super().__init__(view)
        self.view, self.document = view, document
        self.blocks: list[Block] = []  # those shown
        self.words: list[int] = []  # each shown paragraph's words, counted when it changes
        self.composition = Composition()
        self.composed: list[Block] = []  # the composition's blocks, rewrites applied
        self.changed: set[str] | None = None  # paths edited since the last composition; None: all
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.longest = QTimer(self, singleShot=True, interval=LONGEST_WAIT_MS)
        self.longest.timeout.connect(self.refresh)
        self.slices = QTimer(self, singleShot=True, interval=0)  # the rest of the layout, after each event
        self.slices.timeout.connect(self._slice)
        self.typed = False  # an edit came since the last refresh: the slices pause after it
        self.painted = not wait_for_paint  # the view's first paint: nothing is laid out before it
        if wait_for_paint:
            view.viewport().installEventFilter(self)
        document.changed.connect(self._edited)
        document.replaced.connect(self._replaced)
        view.blockClicked.connect(self._clicked)
        self.restyle(style)

    def detach(self):
        for timer in (self.timer, self.longest, self.slices):
            timer.stop()
        self.document.changed.disconnect(self._edited)
        self.document.replaced.disconnect(self._replaced)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.painted:  # its empty page is being drawn
            self.painted = True
            watched.removeEventFilter(self)
            self.slices.start(0)  # the pages are laid out on the loop's next turn, after the frame
        return False

    def _edited(self, path: str):
        if self.changed is not None:
            self.changed.add(path)
        self.timer.start()
        if not self.longest.isActive():
            self.longest.start()
        if self.slices.isActive():
            self.slices.start(SLICE_PAUSE_MS)
        self.typed = True

    def _replaced(self):
        self.changed = None
        if self.painted:
            self.refresh()

    def restyle(self, style: DocumentStyle):
        """Lay the pages out again in style (the font, size or margins of the Word file)."""
        self.pages = Pages([], style, PageInfo())
        self.blocks = []  # draw everything again
        if self.painted:
            self.refresh()
        else:
            self.view.show_pages(self.pages)  # an empty page until the first paint is done

    @property
    def pending(self) -> bool:
        """Whether edits wait to be composed and shown."""
        return self.changed is None or bool(self.changed)

    def compose(self) -> list[Block]:
        """The blocks of the model as it is now, the edits since the last time composed
        (not laid out: refresh shows them)."""
        if self.pending:
            self.composed = self.composition.update(self.document.model, self.changed)
            self.changed = set()
        return self.composed

    def current(self) -> list[Block]:
        """The blocks shown, brought up to date first if edits wait."""
        if self.pending or self.blocks is not self.composed:
            self.refresh()
        return self.blocks

    def refresh(self):
        """Show the edits: compose what they changed and replace the paragraphs whose text
        changed; the pages the view shows are laid out now, the others in slices."""
        self.timer.stop()
        self.longest.stop()
        blocks = self.compose()
        old, self.blocks = self.blocks, blocks
        if blocks and [b.kind for b in old] == [b.kind for b in blocks]:
            self._replace_changed(old, blocks)
        else:
            self.pages.set_blocks(blocks, through_page=self.view.last_visible_page() + 1)  # a page ahead of the scroll
            self.words = [len(b.text.split()) for b in blocks]
        self.pages.info = PageInfo(header=titles(self.document.model, blocks)[2])
        self.view.marks = {n: block.stale for n, block in enumerate(blocks) if block.rewrite is not None}
        self.view.show_pages(self.pages, "" if blocks else self._hint())
        if not self.pages.done:
            self.slices.start(SLICE_PAUSE_MS if self.typed else 0)
        self.typed = False
        self.updated.emit(blocks)

    def update_now(self):
        """Show the edits with every page laid out (what the tests and a print read)."""
        self.refresh()
        self.finish()

    def finish(self):
        """Lay out and cut every page now, rather than in slices."""
        if not self.pages.done:
            self.slices.stop()
            self.pages.placed()
            self.view.show_pages(self.pages, self.view.hint)

    def _slice(self):
        """The first layout after the first paint, or a slice of the rest of the pages."""
        if self.pending or self.blocks is not self.composed:
            self.refresh()
            return
        provisional = self.pages.provisional  # the pages in view may be drawn from unsettled pieces
        if self.pages.more(time.perf_counter() + SLICE_MS / 1000):
            self.view.show_pages(self.pages, self.view.hint)  # the scroll bar knows every page
            return
        self.view.pages_grew()
        if provisional:
            self.view.viewport().update()
        self.slices.start(0)

    @property
    def word_count(self) -> int:
        return sum(self.words)

    @staticmethod
    def _hint() -> str:
        """What an empty announcement shows instead of a blank page: where to start."""
        return QCoreApplication.translate(
            "Preview", "The announcement appears here as you fill in the form. Start with the body that met "
                       "(Title) and the days of the session; a click on a paragraph takes you to its field.")

    def _replace_changed(self, old, blocks):
        """Replace the text of the paragraphs that changed, keeping their formatting, and
        count their words again."""
        for n, (before, after) in enumerate(zip(old, blocks)):
            if before is not after and (before.text != after.text or before.picture != after.picture):
                self.pages.replace(n, after.text, after.picture)
                self.words[n] = len(after.text.split())

    def text(self) -> str:
        """The pages' text, or the hint a new draft shows."""
        self.finish()
        return self.pages.text().replace("\xa0", " ") if self.blocks else self.view.hint  # as QTextDocument.toPlainText

    def _clicked(self, block: int):
        if 0 <= block < len(self.blocks):
            self.fieldRequested.emit(self.blocks[block].source)
