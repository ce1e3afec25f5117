"""What leaves the window: the export (Word, PDF, text, web page), the printout and the
clipboard, all drawn from the same blocks as the preview (compose.py) and the same
pages (render/qt/pages.py). The renderers are imported where they are used: the start
need not load them (docs/performance.md)."""

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from ..problems import FILE, Problem, ProblemError
from .checking import Checking
from .filenames import isolated
from .document import OpenDocument
from .settings import AppSettings

log = logging.getLogger(__name__)
_FAULT = Problem(FILE, "خطایی در برنامه نگذاشت خروجی ساخته شود؛ علت آن در گزارش کار برنامه آمده است (راهنما ← درباره)",
                 "an error in the program stopped the export; the log (Help → About) says why")


class Outputs(QObject):
    def __init__(self, parent: QWidget, document: OpenDocument, settings: AppSettings, checking: Checking,
                 say: Callable[[str, int], None]):
        """parent: the window the dialogs belong to; checking: the draft's problems, asked
        about before an export; say: a line in the status bar, for some milliseconds."""
        super().__init__(parent)
        self.parent_widget, self.document, self.settings = parent, document, settings
        self.checking, self.say = checking, say

    def _filters(self) -> dict[str, str]:
        """The export dialog's name filters, each with the extension it writes."""
        return {self.tr("Word files (*.docx)"): ".docx", self.tr("PDF files (*.pdf)"): ".pdf",
                self.tr("Text for messengers and the web (*.txt)"): ".txt", self.tr("Web pages (*.html)"): ".html"}

    def export(self) -> Path | None:
        """Write the announcement as Word, PDF, text or a web page: the name's extension
        says which, or else the chosen type (whose extension a bare name gets)."""
        from ..export import FORMATS, export
        from .filedialogs import save_name_and_type

        self.checking.validate()  # the debounced check may not have run since the last edit
        if self.checking.problems and not self.export_anyway():
            return None
        base = self.document.path.with_name(self.document.path.name.split(".")[0] + ".docx") if self.document.path \
            else Path.home() / "announcement.docx"
        filters = self._filters()
        typed, chosen = save_name_and_type(self.parent_widget, self.tr("Export"), str(base), ";;".join(filters))
        if not typed:
            return None
        path, suffix = Path(typed), filters.get(chosen, ".docx")
        if not path.suffix:
            path = path.with_name(path.name + suffix)
        elif path.suffix.lower() in FORMATS:
            suffix = path.suffix.lower()  # a typed extension wins over the chosen type
        cannot = self.tr("Cannot export %1").replace("%1", path.name)
        try:
            # Never over the open draft, whatever name the dialog was given.
            export(self.document.model, path, self.settings.document_style, source=self.document.path, suffix=suffix)
        except ProblemError as e:  # the file cannot be written, or the draft is too long to compose
            self.checking.show_problems(cannot, e.problems)
            return None
        except Exception:  # a fault of the program's: said, and logged with its traceback, never dropped
            log.exception("the export to %s failed", path)
            self.checking.show_problems(cannot, [_FAULT])
            return None
        self._after_export(path)
        return path

    def export_anyway(self) -> bool:
        """Ask about the problems; a problem clicked takes the user to its field."""
        from .problemlist import EXPORT_ANYWAY, ask_export_anyway

        answer = ask_export_anyway(self.parent_widget, self.checking.listed())
        if answer not in (None, EXPORT_ANYWAY):
            self.checking.go_to(answer)
        return answer == EXPORT_ANYWAY

    def _after_export(self, path: Path):
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        choice = self.ask_after_export(path)
        if choice:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path if choice == "file" else path.parent)))

    def ask_after_export(self, path: Path) -> str | None:
        """Say the file is written; return «file» or «folder» to open, or None."""
        from PySide6.QtWidgets import QMessageBox

        from . import dialogs

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Exported"),
                          self.tr("The file was written:") + f"\n{isolated(path)}", parent=self.parent_widget)
        dialogs.plain(box)  # a name with «<b>» in it is a name
        choices = {box.addButton(self.tr("Open the file"), QMessageBox.ButtonRole.AcceptRole): "file",
                   box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole): "folder"}
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return choices.get(box.clickedButton())

    # ---- printing and copying ----

    def blocks(self):
        """The announcement as composed now (the preview may wait for its debounce); a
        section too long to compose is left out, as the preview and the problems say."""
        from ..compose import Composition

        return Composition().update(self.document.model)

    def _page_info(self, blocks):
        """The pages' title, author and running header, as the PDF export has them."""
        from ..export import titles
        from ..render.qt.pages import PageInfo

        title, author, header = titles(self.document.model, blocks)
        return PageInfo(title=title, header=header, author=author)

    def printer(self):
        from PySide6.QtPrintSupport import QPrinter

        from ..render.qt.pages import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the pages place their text by the Word file's margins
        printer.setPageLayout(page_layout())
        printer.setDocName(self._page_info(self.blocks()).title)
        return printer

    def paint_pages(self, printer) -> int:
        """Draw the announcement's pages, as the PDF has them, on printer."""
        from ..render.qt.pages import paint

        blocks = self.blocks()
        return paint(blocks, printer, self.settings.document_style, self._page_info(blocks))

    def print_dialog(self) -> bool:
        """File → Print: the system's print dialog, then the pages."""
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self.printer()
        dialog = QPrintDialog(printer, self.parent_widget)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        self.paint_pages(printer)
        return True

    def print_preview(self):
        """File → Print Preview: the printed pages, from which the user may print."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self.printer()  # kept here: the dialog does not own it
        dialog = QPrintPreviewDialog(printer, self.parent_widget)
        dialog.paintRequested.connect(self.paint_pages)
        dialog.resize(900, 1000)
        dialog.exec()

    def copy_text(self):
        """Edit → Copy as text: paragraphs that stay right to left in a messenger (render/text.py)."""
        from ..render.text import for_pasting

        QApplication.clipboard().setText(for_pasting(self.blocks()))
        self.say(self.tr("The announcement was copied as text"), 5000)

    def copy_formatted(self):
        """Edit → Copy as formatted text: right-to-left HTML for Word, LibreOffice or mail,
        with the text beside it for programs that take only text."""
        from PySide6.QtCore import QMimeData

        from ..render.page import body
        from ..render.text import for_pasting

        blocks = self.blocks()
        data = QMimeData()
        data.setHtml(body(blocks, self.settings.document_style))
        data.setText(for_pasting(blocks))
        QApplication.clipboard().setMimeData(data)
        self.say(self.tr("The announcement was copied with its formatting"), 5000)
