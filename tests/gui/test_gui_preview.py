"""The preview as a reader uses it: the printed pages fitted to the pane, the running
header and page numbers where the PDF has them, a drag or a double click selecting
text, Ctrl+C and the context menu copying it as composed, the keys scrolling, and the
hint on the blank page of a new draft."""

import time
from itertools import pairwise

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from announcer.compose import compose
from conftest import EXAMPLE, ROOT
from gui_helpers import on_menu

SHOTS = ROOT / "out" / "screenshots"


def _drag(view, start: QPoint, end: QPoint) -> None:
    """Press at start, move with the button held, release at end (QTest's mouseMove
    sends no button)."""
    port = view.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        at = QPointF(start + (end - start) * step / 5)
        QApplication.sendEvent(port, QMouseEvent(QEvent.Type.MouseMove, at, port.mapToGlobal(at),
                                                 Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                                                 Qt.KeyboardModifier.NoModifier))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, pos=end)


def test_a_drag_selects_and_ctrl_c_copies_the_words_as_composed(window):
    window.files.open_path(EXAMPLE)
    view = window.ui.preview
    agenda = view.point_of(3)  # «در ابتدا دستور جلسه …» with «۱- گزارشات»
    line = view.pages.document.findBlockByNumber(3).layout().lineAt(0)
    width = line.width() * view.scale()
    _drag(view, agenda + QPoint(int(width / 2) - 2, 0), agenda - QPoint(int(width / 2) - 2, 0))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    composed = compose(window.document.model)[3].text
    assert len(copied) > 40 and copied in composed
    assert "۱- گزارشات" in copied  # the held hyphen and space come back as typed
    assert window.focusWidget() is view  # a drag is no click: the form keeps its place


def test_a_double_click_selects_a_word(window):
    window.files.open_path(EXAMPLE)
    view = window.ui.preview
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.point_of(2))
    word = view.selected_text()
    assert word and " " not in word.strip() and word.strip() in compose(window.document.model)[2].text.split()


def test_the_context_menu_copies_and_selects_all(window):
    window.files.open_path(EXAMPLE)
    view = window.ui.preview
    seen = []

    def choose_select_all(menu):
        seen.extend(a.text() for a in menu.actions())
        menu.actions()[-1].trigger()
        menu.close()

    on_menu(choose_select_all)
    QApplication.sendEvent(view.viewport(), _context_menu_event(view, view.point_of(2)))
    assert seen == ["&بازنویسی این بند…", "", "&کپی", "انتخاب &همه"]  # the paragraph's first (test_gui_rewrites)
    assert view.selected_text().split("\n") == [b.text for b in compose(window.document.model)]


def _context_menu_event(view, point: QPoint):
    from PySide6.QtGui import QContextMenuEvent

    return QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point))


def test_the_keys_scroll_the_pages(window):
    window.files.open_path(EXAMPLE)
    view = window.ui.preview
    bar = view.verticalScrollBar()
    view.setFocus()
    bar.setValue(0)
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert bar.value() == min(bar.pageStep(), bar.maximum()) > 0
    QTest.keyClick(view, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert bar.value() == 0


def test_page_two_shows_the_running_header_and_its_number(window):
    """Looked at in out/screenshots/preview-page-2-top-fa.png and -bottom-fa.png."""
    window.files.open_path(EXAMPLE)
    view = window.ui.preview
    assert view.page_count() == 2
    bar = view.verticalScrollBar()
    margin = 1417 / 16838  # the Word file's top and bottom margins, as parts of the page

    def inked(name: str, top: float, bottom: float) -> bool:
        """Whether the band of page two between these fractions of its height has ink;
        the band is scrolled into view first, and the view photographed."""
        page = view.page_rect(1)
        bar.setValue(int(bar.value() + page.top() + top * page.height() - 20))
        QApplication.processEvents()
        page = view.page_rect(1).toRect()
        shot = view.viewport().grab()
        shot.save(str(SHOTS / f"preview-page-2-{name}-fa.png"))
        image, scale = shot.toImage(), shot.width() / view.viewport().width()
        rows = range(int(page.top() + top * page.height()), int(page.top() + bottom * page.height()))
        assert 0 <= rows[0] and rows[-1] < view.viewport().height()
        return any(image.pixelColor(int(x * scale), int(y * scale)).lightness() < 100
                   for x in range(page.left(), page.right(), 2) for y in rows)

    SHOTS.mkdir(parents=True, exist_ok=True)
    assert inked("top", 0.04, margin)  # the running header, above the text
    assert not inked("top", 0.01, 0.04)  # (the measure sees blank paper where there is none)
    assert inked("bottom", 1 - margin, 0.97)  # the page number, below it


def test_a_new_draft_shows_the_hint_on_a_blank_page(window):
    view = window.ui.preview
    assert window.preview.blocks == [] and view.page_count() == 1
    image = view.viewport().grab().toImage()
    page = view.page_rect(0).toRect()
    scale = image.width() / view.viewport().width()
    body = [image.pixelColor(int(x * scale), int(y * scale)) for x in range(page.left(), page.right(), 3)
            for y in range(page.top(), page.top() + page.height() // 4, 3)]
    assert any(80 < c.lightness() < 200 for c in body)  # grey words on the white page
    assert "آغاز کنید" in view.hint



def test_rewritten_paragraphs_are_marked_on_the_screen_and_not_on_the_printed_pages(window, example):
    """A bar beside a paragraph rewritten by hand, and a shade behind one whose fields
    changed since (its composed text is no longer the one it was written over); the
    pages the PDF and the printer draw have neither."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from announcer.gui.pageview import REWRITTEN, STALE
    from announcer.model import Rewrite
    from announcer.render.qt.pages import PageInfo, Pages

    example.rewritten = [Rewrite("session", 0, compose(example)[2].text, "جلسه در استکهلم برگزار شد."),
                         Rewrite("sections[0].agenda", 0, "دستوری که دیگر نوشته نمی‌شود.", "دستور جلسه من.")]
    window.document.load(example, None)
    view = window.ui.preview
    assert view.marks == {2: False, 3: True}
    view.verticalScrollBar().setValue(0)
    shot = view.viewport().grab().toImage()
    seen = {shot.pixelColor(x, y).name() for x in range(0, shot.width(), 2) for y in range(0, shot.height(), 2)}
    assert REWRITTEN.name() in seen and STALE.name() in seen

    blocks = window.outputs.blocks()  # what the printout and the PDF draw
    assert [b.text for b in blocks[2:4]] == ["جلسه در استکهلم برگزار شد.", "دستور جلسه من."]
    pages = Pages(blocks, window.settings.document_style, PageInfo())
    image = QImage(pages.size.toSize() / 10, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    with QPainter(image) as painter:
        painter.scale(0.1, 0.1)
        pages.draw(painter, 0)
    printed = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert all(QColor(colour).saturation() < 40 for colour in printed)  # ink and paper only


def test_the_page_follows_steady_typing_without_waiting_for_a_pause(window, qtbot):
    # Keys every 60 ms never leave the 120 ms pause the preview waits for; it shows what
    # was typed at least every 400 ms all the same.
    from gui_helpers import field, key_text

    from announcer.gui.preview import LONGEST_WAIT_MS

    city = field(window, "session.city")
    city.setFocus()
    shown = []
    window.preview.updated.connect(lambda blocks: shown.append(window.preview.text()))
    typed = "گوتنبرگ" * 3
    start = time.monotonic()
    for ch in typed:
        key_text(city, ch)
        qtbot.wait(60)
    elapsed_ms = (time.monotonic() - start) * 1000  # longer than 21 × 60 on a busy machine
    while_typing = [text for text in shown if typed not in text]
    assert len(while_typing) >= elapsed_ms // (LONGEST_WAIT_MS * 1.5) - 1  # the keys never paused
    assert all(len(a) < len(b) for a, b in pairwise(while_typing))  # each showed more of the name


def test_the_window_paints_before_the_preview_lays_out_and_then_only_the_first_pages(app, qtbot, tmp_path):
    """Opened before its first paint, a long draft is neither composed nor laid out until
    the window has painted its form and an empty page; then the pages shown (and one
    ahead) are laid out at once and the rest in slices, after which the pages are those
    laid out at once from the same blocks."""
    import sys

    from announcer.gui.mainwindow import MainWindow
    from announcer.gui.settings import AppSettings
    from announcer.render.qt.pages import PageInfo, Pages

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import scale

    window = MainWindow(AppSettings())
    window.resize(1400, 900)
    window.files.open_path(scale.repeated_draft(tmp_path / "long.announcement.json", 20))
    preview = window.preview
    assert preview.composition.composed == [] and preview.pages.empty  # nothing yet
    first = []
    preview.updated.connect(lambda blocks: first or first.append((preview.painted, preview.pages.filled, len(blocks))))
    window.show()
    qtbot.waitUntil(lambda: preview.pages.done and bool(preview.blocks), timeout=10000)
    painted, filled, blocks = first[0]
    assert painted and 0 < filled < blocks / 3  # the first two pages of fifteen
    whole = Pages(preview.blocks, window.settings.document_style, PageInfo())
    assert [[(p.block.blockNumber(), p.line.lineNumber()) for p in page] for page in preview.pages.placed()] == \
        [[(p.block.blockNumber(), p.line.lineNumber()) for p in page] for page in whole.placed()]
    assert window.ui.preview.page_count() == whole.count
    window.document.undo_stack.setClean()
    window.close()


def test_the_rest_of_the_layout_waits_while_keys_come(app, qtbot, tmp_path):
    """The slices that lay out the pages out of view stand aside for typing: a key (and
    the preview's update after it) puts them off SLICE_PAUSE_MS, so that the event loop
    turns to the repaint and the next key first; once the keys stop they finish, and the
    pages are those laid out at once."""
    import sys

    from gui_helpers import field, key_text

    from announcer.gui.mainwindow import MainWindow
    from announcer.gui.preview import SLICE_PAUSE_MS
    from announcer.gui.settings import AppSettings
    from announcer.render.qt.pages import PageInfo, Pages

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import scale

    window = MainWindow(AppSettings())
    window.resize(1400, 900)
    window.files.open_path(scale.repeated_draft(tmp_path / "long.announcement.json", 20))
    preview = window.preview
    window.show()
    qtbot.waitUntil(lambda: bool(preview.blocks) and preview.slices.isActive(), timeout=10000)
    sliced = []
    more = preview.pages.more
    preview.pages.more = lambda until: sliced.append(until) or more(until)
    city = field(window, "session.city")
    city.setFocus()
    for ch in "آباد":
        key_text(city, ch)
        assert preview.slices.interval() == SLICE_PAUSE_MS and preview.slices.remainingTime() > SLICE_PAUSE_MS // 2
        preview.refresh()  # what the preview's timers run while keys come
        assert preview.slices.remainingTime() > SLICE_PAUSE_MS // 2
        QApplication.processEvents()  # the repaint
        assert not sliced and not preview.pages.done
    qtbot.waitUntil(lambda: preview.pages.done, timeout=10000)
    assert sliced
    whole = Pages(preview.blocks, window.settings.document_style, PageInfo())
    assert preview.pages.lines() == whole.lines()
    window.document.undo_stack.setClean()
    window.close()


def test_a_paint_in_a_hurry_shows_the_lines_as_they_were_until_the_slices_settle_them(window, qtbot, tmp_path, monkeypatch):
    """A word that wraps early in a long paragraph moves every line after it; a paint of a
    page further down settles those lines for pageview.SETTLE_MS at most (here none), draws
    them as they broke before, and the slices then settle and cut the pages again and
    repaint them: the pages are those laid out at once."""
    import sys

    from announcer.gui import pageview
    from announcer.render.qt.pages import PageInfo, Pages

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import scale

    window.files.open_path(scale.repeated_draft(tmp_path / "long.announcement.json", 50))
    preview, view = window.preview, window.ui.preview
    preview.update_now()
    reports = next(n for n, part in enumerate(window.document.model.sections) if part.kind == "reports")
    long = next(n for n, block in enumerate(preview.blocks) if block.source.startswith(f"sections[{reports}]"))
    assert len(preview.blocks[long].text) > 16_000  # held as pieces
    page = preview.pages.where(long).page + 4
    view.verticalScrollBar().setValue(int(view.page_rect(page).top()) + view.verticalScrollBar().value())
    monkeypatch.setattr(pageview, "SETTLE_MS", 0)
    path = f"sections[{reports}].reports.items[0].summary"
    window.document.set(path, "هیئت‌مدیره‌ها " * 3 + window.document.get(path))
    preview.refresh()
    view.viewport().repaint()
    assert preview.pages.provisional and preview.pages.settle_by is None
    qtbot.waitUntil(lambda: preview.pages.done, timeout=20000)
    assert preview.pages.lines() == Pages(preview.blocks, window.settings.document_style, PageInfo()).lines()
    window.document.undo_stack.setClean()


def test_a_keystroke_counts_the_words_of_the_paragraph_it_changed(window):
    from gui_helpers import field, key_text

    window.files.open_path(EXAMPLE)
    preview = window.preview
    city = field(window, "session.city")
    city.setFocus()
    before = list(preview.words)
    key_text(city, " آباد")
    preview.refresh()
    changed = [n for n, (a, b) in enumerate(zip(before, preview.words)) if a != b]
    assert len(changed) == 1 and preview.words[changed[0]] == before[changed[0]] + 1
    assert preview.word_count == sum(len(b.text.split()) for b in compose(window.document.model))


def test_a_paint_draws_the_pages_in_view_alone_wherever_the_view_is_scrolled(window, qtbot, tmp_path):
    """The pages a paint draws are counted from the scroll bar (not each page asked where
    it is): at every scroll position, those and only those whose rectangle meets the
    viewport."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import scale

    window.files.open_path(scale.repeated_draft(tmp_path / "long.announcement.json", 10))
    window.preview.update_now()
    view = window.ui.preview
    drawn = []
    draw = view.pages.draw
    view.pages.draw = lambda painter, index: drawn.append(index) or draw(painter, index)
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(bar.pageStep() // 3, 1)):
        bar.setValue(value)
        drawn.clear()
        view.viewport().repaint()
        port = view.viewport().rect()
        assert drawn == [i for i in range(view.page_count()) if view.page_rect(i).intersects(port.toRectF())], value
    window.document.undo_stack.setClean()


def test_the_checks_wait_for_the_first_paint(qtbot):
    """The draft is checked after a pause counted from the window's first paint: counted
    from the build, it ran out before the paint whenever opening took longer, and the
    checks composed the whole preview on the way to the first frame (issue 27)."""
    from announcer.gui import checking
    from announcer.gui.mainwindow import MainWindow
    from announcer.gui.settings import AppSettings

    window = MainWindow(AppSettings())  # a new draft: its empty title is a problem
    qtbot.wait(checking._PAUSE_MS * 2)  # not shown: no paint
    assert window.checking.problems == [] and window.preview.composition.composed == []
    window.show()
    qtbot.waitUntil(lambda: window.checking.problems != [])
    window.document.undo_stack.setClean()
    window.close()
