"""The preview's pages as a screen reader reads them: a document whose children are its
paragraphs in reading order, each named by its text, and the whole text as its value.

PageView draws the pages itself, so Qt's own interface for it gave a screen reader only
its name («پیش‌نمایش»). A factory (QAccessible.installFactory) gives the view this
interface instead. Qt's text interface (QAccessibleTextInterface, for moving through the
text by character) is not offered: a Python class would have to be both interfaces at
once, and the pointer PySide hands to C++ for the second base is not that base's, which
C++ code such as the AT-SPI bridge would then misread.

Both the view's interface and its paragraphs' are kept alive here, by the view: Qt's
cache holds raw pointers to them once a screen reader has asked for them. A paragraph's
interface stands for a place in the reading order, not for a text: it reads the text
there when asked, so the interfaces outlive any change of the pages."""

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from ..render.linebreaks import unbind


class _Paragraph(QAccessibleInterface):
    """Paragraph number `index` of the view's pages."""

    def __init__(self, page: "PageAccess", index: int):
        super().__init__()
        self.page, self.index = page, index

    def _pages(self):
        """The view's pages, if they hold this paragraph."""
        pages = self.page.view.pages
        return pages if pages is not None and self.index < pages.paragraph_count else None

    def isValid(self) -> bool:
        return self._pages() is not None

    def object(self):
        return None

    def parent(self):
        return self.page

    def child(self, index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child) -> int:
        return -1

    def childAt(self, x: int, y: int):
        return None

    def text(self, kind):
        pages = self._pages()
        if pages is None or kind not in (QAccessible.Text.Name, QAccessible.Text.Value):
            return ""
        return unbind(pages.text(*pages.span(self.index)))

    def setText(self, kind, text: str) -> None:
        """The pages are composed from the form: nothing is typed here."""

    def rect(self) -> QRect:
        """Where the paragraph's first line is on the screen."""
        return self.page.view.paragraph_rect(self.index) if self._pages() is not None else QRect()

    def role(self):
        return QAccessible.Role.Paragraph

    def state(self):
        state = QAccessible.State()
        state.readOnly = True
        return state


class PageAccess(QAccessibleWidget):
    """The page view as a document of paragraphs."""

    def __init__(self, view):
        super().__init__(view, QAccessible.Role.Document)
        self.view = view
        self.paragraphs: list[_Paragraph] = []  # grown, never shrunk: Qt may hold any of them

    def _count(self) -> int:
        pages = self.view.pages
        return pages.paragraph_count if pages is not None else 0

    def childCount(self) -> int:
        return self._count()

    def child(self, index: int):
        if not 0 <= index < self._count():
            return None
        while len(self.paragraphs) <= index:
            self.paragraphs.append(_Paragraph(self, len(self.paragraphs)))
        return self.paragraphs[index]

    def indexOfChild(self, child) -> int:
        return child.index if isinstance(child, _Paragraph) and child.page is self else -1

    def text(self, kind):
        if kind == QAccessible.Text.Value:
            return "\n".join(self.child(i).text(kind) for i in range(self._count()))
        return super().text(kind)

    def state(self):
        state = super().state()
        state.readOnly = True
        return state


def _factory(key: str, widget):
    if _view is not None and isinstance(widget, _view):
        widget.accessible = widget.accessible or PageAccess(widget)  # kept alive by the view
        return widget.accessible
    return None


def install(view: type) -> None:
    """Give every widget of the class view (pageview.PageView, which passes itself: this
    module does not import it back) the interface above; once, before any window is
    shown (Qt keeps the first interface it makes for a widget)."""
    global _view
    if _view is None:
        QAccessible.installFactory(_factory)
        _view = view


def changed(view) -> None:
    """Tell a screen reader listening that the pages' text changed."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.VisibleDataChanged))


_view: type | None = None  # the class of the widgets read as pages, once installed
