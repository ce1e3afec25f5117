"""The live preview: the composer's blocks on the printed pages (render/qt/pages.py), shown
by a PageView.

Updates are debounced while the user types (but come at least every LONGEST_WAIT_MS
while typing goes on, so a steady typist sees the page follow) and incremental: only the sections that
read the edited field are composed again, and only the paragraphs whose text changed
are replaced in the pages' document, so a long announcement stays as quick as a short
one. The scroll position is kept. A click on a paragraph asks for the field behind it.
A paragraph rewritten by hand is marked beside it, and shaded when stale (pageview.py)."""

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..compose import Composition
from ..export import titles
from ..render.qt.pages import PageInfo, Pages
from ..render.stylesheet import DocumentStyle
from .pageview import PageView

DEBOUNCE_MS = 120
LONGEST_WAIT_MS = 400  # from the first edit not yet shown, however fast the keys come


class Preview(QObject):
    fieldRequested = Signal(str)  # the source path of a clicked paragraph
    updated = Signal(list)  # the blocks now shown

    def __init__(self, view: PageView, session, style: DocumentStyle):
        super().__init__(view)
        self.view, self.session = view, session
        self.blocks = []
        self.composition = Composition()
        self.changed: set[str] | None = None  # paths edited since the last update; None: all
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.update_now)
        self.longest = QTimer(self, singleShot=True, interval=LONGEST_WAIT_MS)
        self.longest.timeout.connect(self.update_now)
        session.changed.connect(self._edited)
        session.replaced.connect(self._replaced)
        view.blockClicked.connect(self._clicked)
        self.restyle(style)

    def detach(self):
        self.timer.stop()
        self.longest.stop()
        self.session.changed.disconnect(self._edited)
        self.session.replaced.disconnect(self._replaced)

    def _edited(self, path: str):
        if self.changed is not None:
            self.changed.add(path)
        self.timer.start()
        if not self.longest.isActive():
            self.longest.start()

    def _replaced(self):
        self.changed = None
        self.update_now()

    def restyle(self, style: DocumentStyle):
        """Lay the pages out again in style (the font, size or margins of the Word file)."""
        self.pages = Pages([], style, PageInfo())
        self.blocks = []  # draw everything again
        self.update_now()

    def update_now(self):
        self.timer.stop()
        self.longest.stop()
        blocks = self.composition.update(self.session.model, self.changed)
        self.changed = set()
        old, self.blocks = self.blocks, blocks
        if blocks and [b.kind for b in old] == [b.kind for b in blocks]:
            self._replace_changed(old, blocks)
        else:
            self.pages.set_blocks(blocks)
        self.pages.info = PageInfo(header=titles(self.session.model, blocks)[2])
        self.view.marks = {n: block.stale for n, block in enumerate(blocks) if block.rewrite is not None}
        self.view.show_pages(self.pages, "" if blocks else self._hint())
        self.updated.emit(blocks)

    @staticmethod
    def _hint() -> str:
        """What an empty announcement shows instead of a blank page: where to start."""
        return QCoreApplication.translate(
            "Preview", "The announcement appears here as you fill in the form. Start with the body that met "
                       "(Title) and the days of the session; a click on a paragraph takes you to its field.")

    def _replace_changed(self, old, blocks):
        """Replace the text of the paragraphs that changed, keeping their formatting."""
        for n, (before, after) in enumerate(zip(old, blocks)):
            if before.text != after.text or before.picture != after.picture:
                self.pages.replace(n, after.text, after.picture)

    def text(self) -> str:
        """The pages' text, or the hint a new draft shows."""
        return self.pages.document.toPlainText() if self.blocks else self.view.hint

    def _clicked(self, block: int):
        if 0 <= block < len(self.blocks):
            self.fieldRequested.emit(self.blocks[block].source)
