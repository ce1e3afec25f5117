"""Publishing from the window: the export dialog's four formats, printing and its
preview (both dialogs opened for real), and copying the announcement as text or as
formatted text."""

import subprocess
from pathlib import Path

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from announcer.compose import compose
from announcer.gui import filedialogs
from announcer.render.text import paragraphs
from conftest import EXAMPLE, ROOT
from gui_helpers import answered
from libreoffice import _READ


def test_the_export_dialog_offers_four_formats_and_writes_the_chosen_one(window, tmp_path, monkeypatch):
    window.files.open_path(EXAMPLE)
    offered = {}

    def dialog(parent, caption, folder, filters):
        offered["filters"] = filters.split(";;")
        return str(tmp_path / "announcement"), next(f for f in offered["filters"] if "*.pdf" in f)

    monkeypatch.setattr(filedialogs, "save_name_and_type", dialog)
    monkeypatch.setattr(window.outputs, "ask_after_export", lambda path: None)
    written = window.outputs.export()
    assert [f[f.index("(*"):] for f in offered["filters"]] == ["(*.docx)", "(*.pdf)", "(*.txt)", "(*.html)"]
    assert written == tmp_path / "announcement.pdf"
    assert written.read_bytes().startswith(b"%PDF-")
    fonts = subprocess.run(["pdffonts", str(written)], capture_output=True, text=True).stdout
    assert "Vazirmatn-Regular" in fonts


def test_the_real_persian_export_dialog_writes_the_type_chosen(window, tmp_path, monkeypatch):
    monkeypatch.undo()  # the real dialog
    window.files.open_path(EXAMPLE)
    monkeypatch.setattr(window.outputs, "ask_after_export", lambda path: None)
    offered = []

    def choose_pdf(dialog):
        types = dialog.findChild(QComboBox, "fileTypeCombo")
        offered.extend(types.itemText(i) for i in range(types.count()))
        types.setCurrentIndex(1)
        types.activated.emit(1)
        dialog.setDirectory(str(tmp_path))
        dialog.findChild(QLineEdit, "fileNameEdit").setText("bulletin")
        dialog.accept()

    written, title = answered(window.outputs.export, choose_pdf)
    assert title == "خروجی گرفتن"
    assert offered[:2] == ["فایل‌های Word", "فایل‌های PDF"]  # the patterns hidden in a right-to-left dialog
    assert written == tmp_path / "bulletin.pdf" and written.read_bytes().startswith(b"%PDF-")


def test_a_typed_extension_wins_over_the_filter(window, tmp_path, monkeypatch):
    window.files.open_path(EXAMPLE)
    monkeypatch.setattr(filedialogs, "save_name_and_type",
                        lambda parent, caption, folder, filters: (str(tmp_path / "x.TXT"), filters.split(";;")[0]))
    monkeypatch.setattr(window.outputs, "ask_after_export", lambda path: None)
    assert window.outputs.export() == tmp_path / "x.TXT"
    assert paragraphs((tmp_path / "x.TXT").read_text(encoding="utf-8")) == [b.text for b in compose(window.document.model)]


def test_a_name_with_another_extension_is_kept_and_written_in_the_chosen_type(window, tmp_path, monkeypatch):
    window.files.open_path(EXAMPLE)
    monkeypatch.setattr(filedialogs, "save_name_and_type",
                        lambda parent, caption, folder, filters: (str(tmp_path / "bulletin.v2"),
                                                                  filters.split(";;")[3]))  # web pages
    monkeypatch.setattr(window.outputs, "ask_after_export", lambda path: None)
    assert window.outputs.export() == tmp_path / "bulletin.v2"
    assert (tmp_path / "bulletin.v2").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_the_export_never_replaces_the_open_draft(window, tmp_path, monkeypatch):
    draft = tmp_path / "mine.txt"  # a draft named like a text export
    draft.write_bytes(EXAMPLE.read_bytes())
    window.files.open_path(draft)
    monkeypatch.setattr(filedialogs, "save_name_and_type", lambda *a: (str(draft), ""))
    shown = []
    monkeypatch.setattr(window.checking, "show_problems", lambda title, problems, path=None: shown.append(problems))
    assert window.outputs.export() is None
    assert [p.fa for problems in shown for p in problems] == ["این همان پیش‌نویسی است که خروجی از آن ساخته می‌شود؛ نام دیگری برگزینید"]
    assert draft.read_bytes() == EXAMPLE.read_bytes()


def test_copy_as_text_puts_right_to_left_paragraphs_on_the_clipboard(window):
    window.files.open_path(EXAMPLE)
    window.ui.actionCopyText.trigger()
    copied = QApplication.clipboard().mimeData()
    blocks = compose(window.document.model)
    assert not copied.hasHtml()
    assert copied.text().startswith("\u200f" + blocks[0].text + "\n\n\u200f" + blocks[1].text)
    assert paragraphs(copied.text()) == [b.text for b in blocks]


def test_copy_as_formatted_text_carries_html_and_text(window):
    window.files.open_path(EXAMPLE)
    window.ui.actionCopyFormatted.trigger()
    copied = QApplication.clipboard().mimeData()
    blocks = compose(window.document.model)
    assert copied.html().startswith('<div dir="rtl" lang="fa"')
    assert copied.html().count('<p dir="rtl"') == len(blocks)
    assert paragraphs(copied.text()) == [b.text for b in blocks]


def test_print_opens_the_print_dialog_and_prints_the_pages(window, monkeypatch, tmp_path):
    monkeypatch.undo()  # a real dialog this time (conftest refuses them)
    window.files.open_path(EXAMPLE)
    printed = []
    monkeypatch.setattr(window.outputs, "paint_pages", lambda printer: printed.append(printer))

    def cancel(dialog):
        assert isinstance(dialog, QPrintDialog)
        dialog.grab().save(str(_shots() / "print-dialog.png"))
        dialog.reject()

    result, _ = answered(window.outputs.print_dialog, cancel)
    assert result is False and printed == []  # cancelled: nothing printed

    def accept(dialog):
        dialog.printer().setOutputFileName(str(tmp_path / "printed.pdf"))
        dialog.accept()

    result, _ = answered(window.outputs.print_dialog, accept)
    assert result is True and len(printed) == 1
    assert printed[0].pageLayout().pageSize().id() == QPageSize.PageSizeId.A4


def test_print_preview_draws_the_same_pages(window, monkeypatch):
    monkeypatch.undo()  # a real dialog this time (conftest refuses them)
    window.files.open_path(EXAMPLE)
    counted = []
    real = window.outputs.paint_pages
    monkeypatch.setattr(window.outputs, "paint_pages", lambda printer: counted.append(real(printer)))

    def look(dialog):
        assert isinstance(dialog, QPrintPreviewDialog)
        dialog.grab().save(str(_shots() / "print-preview.png"))
        dialog.reject()

    answered(window.ui.actionPrintPreview.trigger, look)
    assert counted and counted[0] == 2  # the example fills two pages, as in the PDF


def test_printing_writes_the_pdf_pages(window, tmp_path):
    window.files.open_path(EXAMPLE)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(window.outputs.printer().pageLayout())
    assert window.outputs.paint_pages(printer) == 2
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True).stdout
    assert "Pages:           2" in info and "A4" in info


def _shots() -> Path:
    folder = ROOT / "out" / "issue-12b"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_the_preview_the_pdf_and_a_300_dpi_printout_hold_the_same_lines(window, tmp_path):
    """One layout, made at 1200 dpi whatever the device: the preview on the screen, the
    exported PDF and a printer of another resolution show every line ending on the same
    word, on the same page."""
    from announcer.export import export
    from libreoffice import line_letters, require_tools

    require_tools()
    window.files.open_path(EXAMPLE)
    model = window.document.model
    model.sections += model.sections[-2:] * 5  # the closing paragraphs six times: four pages
    window.document.replaced.emit()
    shown = [["".join(sorted(_READ.findall(line))) for line in page] for page in window.preview.pages.lines()]
    export(model, tmp_path / "exported.pdf")
    printer = window.outputs.printer()
    printer.setResolution(300)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert window.outputs.paint_pages(printer) == len(shown) >= 4
    assert printer.resolution() == 300
    assert line_letters(tmp_path / "exported.pdf") == shown
    # A printout's text layer names Qt's shaped glyphs, not the letters typed: its pages
    # are compared with the PDF's as drawn, at 50 dpi.
    exported, printed = _pages_drawn(tmp_path / "exported.pdf"), _pages_drawn(tmp_path / "printed.pdf")
    assert len(printed) == len(exported)
    assert [_differing_pixels(a, b) for a, b in zip(exported, printed)] == [0] * len(exported)
    assert _differing_pixels(exported[0], exported[1]) > 1000  # the measure tells pages apart


def _pages_drawn(pdf: Path) -> list:
    from PySide6.QtGui import QImage

    subprocess.run(["pdftoppm", "-r", "50", "-gray", "-png", str(pdf), str(pdf.with_suffix(""))], check=True)
    return [QImage(str(png)) for png in sorted(pdf.parent.glob(pdf.stem + "-*.png"))]


def _differing_pixels(a, b) -> int:
    """How many pixels of two same-sized grey pages differ by more than a quarter of black."""
    return sum(abs(a.pixelColor(x, y).lightness() - b.pixelColor(x, y).lightness()) > 64
               for y in range(a.height()) for x in range(a.width()))


def test_a_title_longer_than_a_word_property_holds_is_exported_from_the_window(window, tmp_path, monkeypatch):
    window.files.open_path(EXAMPLE)
    window.document.model.title.body = "کمیته " * 60
    target = tmp_path / "long.docx"
    monkeypatch.setattr(filedialogs, "save_name_and_type", lambda *a: (str(target), ""))
    monkeypatch.setattr(window.outputs, "ask_after_export", lambda path: None)
    monkeypatch.setattr(window.outputs, "export_anyway", lambda: True)
    assert window.outputs.export() == target and target.read_bytes().startswith(b"PK")


def test_an_unexpected_error_in_an_export_is_said_and_logged(window, tmp_path, monkeypatch, caplog):
    import announcer.export

    def broken(*args, **kwargs):
        raise ValueError("exceeded 255 char limit for property")  # as python-docx said of a long title

    window.files.open_path(EXAMPLE)
    monkeypatch.setattr(announcer.export, "render", broken)
    monkeypatch.setattr(filedialogs, "save_name_and_type", lambda *a: (str(tmp_path / "x.docx"), ""))
    shown = []
    monkeypatch.setattr(window.checking, "show_problems", lambda title, problems, path=None: shown.append((title, problems)))
    assert window.outputs.export() is None
    [(title, problems)] = shown
    assert "x.docx" in title and problems[0].en == "an error in the program stopped the export; the log (Help → About) says why"
    [record] = [r for r in caplog.records if r.name == "announcer.gui.outputs"]
    assert "x.docx" in record.getMessage() and "exceeded 255 char limit" in caplog.text and record.exc_info
    assert not (tmp_path / "x.docx").exists()
