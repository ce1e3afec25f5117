"""The Letterhead form in the window: an image chosen from a file shows on the preview's
first page with the lines typed, the draft saves and reopens with it unchanged, a file
that is not an image is refused with a message, and «Keep as my default» starts every
new draft with it."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from announcer import draft
from announcer.gui import filedialogs
from announcer.gui.letterhead import ImageField
from conftest import EXAMPLE, ROOT
from gui_helpers import field, record_list, type_into
from letterheads import LINES, png

SHOTS = ROOT / "out" / "screenshots"


def _choose(window, monkeypatch, path):
    monkeypatch.setattr(filedialogs, "open_name", lambda *a, **k: str(path))
    image = field(window, "letterhead.image")
    assert isinstance(image, ImageField)
    QTest.mouseClick(image.findChild(QPushButton, "chooseImage"), Qt.MouseButton.LeftButton)
    return image


def _red_at_the_top(window) -> bool:
    """Whether the preview's first page shows red ink centred in its top margin band,
    where the letterhead's image stands."""
    view = window.ui.preview
    view.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    shot = view.viewport().grab()
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot.save(str(SHOTS / "letterhead-preview-fa.png"))
    image, scale = shot.toImage(), shot.width() / view.viewport().width()
    page = view.page_rect(0)
    x, top = page.center().x(), page.top() + page.height() * 1417 / 16838  # below the top margin
    colours = [image.pixelColor(int(x * scale), int((top + dy) * scale)) for dy in range(2, int(page.height() * 0.05), 2)]
    return any(c.red() > 150 and c.green() < 60 and c.blue() < 60 for c in colours if c != QColor("white"))


def test_a_letterhead_set_in_the_form_shows_in_the_preview_saves_and_reopens(window, monkeypatch, tmp_path):
    window.files.open_path(EXAMPLE)
    (tmp_path / "logo.png").write_bytes(png())
    assert not _red_at_the_top(window)
    _choose(window, monkeypatch, tmp_path / "logo.png")
    field(window, "letterhead.height_mm").setValue(30)
    lines = record_list(window, "letterhead.lines")
    for n, line in enumerate(LINES):
        lines.addRequested.emit()
        type_into(window, f"letterhead.lines[{n}]", line)
    window.preview.update_now()
    blocks = window.preview.blocks
    assert blocks[0].picture.height_mm == 30 and [b.text for b in blocks[1:3]] == LINES
    assert _red_at_the_top(window)
    field(window, "letterhead.image")  # the form in view, for the screenshot
    assert window.grab().save(str(SHOTS / "letterhead-form-fa.png"))
    target = tmp_path / "headed.announcement.json"
    monkeypatch.setattr(filedialogs, "save_name", lambda *a, **k: str(target))
    window.ui.actionSaveAs.trigger()
    saved = window.document.model.letterhead
    window.files.new()
    assert window.document.model.letterhead.image == ""
    window.files.open_path(target)
    assert draft.load(target).letterhead == saved == window.document.model.letterhead
    assert field(window, "letterhead.image").value == saved.image


def test_a_file_that_is_not_an_image_is_refused_with_a_message(window, monkeypatch, tmp_path):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    (tmp_path / "logo.png").write_text("not a picture")
    _choose(window, monkeypatch, tmp_path / "logo.png")
    assert window.document.model.letterhead.image == "" and len(said) == 1 and "PNG" in said[0]


def test_kept_as_default_new_drafts_start_with_the_letterhead(window, monkeypatch, tmp_path):
    (tmp_path / "logo.png").write_bytes(png())
    _choose(window, monkeypatch, tmp_path / "logo.png")
    kept = window.document.model.letterhead
    QTest.mouseClick(window.findChild(QPushButton, "keepLetterhead"), Qt.MouseButton.LeftButton)
    window.document.undo_stack.setClean()
    window.ui.actionNew.trigger()
    assert window.document.model.letterhead == kept
    QSettings().remove("letterhead/default")
