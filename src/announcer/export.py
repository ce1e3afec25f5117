"""Export: compose the model, draw the blocks in the format the target's extension
names (Word, PDF, text, web page), write the file atomically."""

import logging
from pathlib import Path

from .atomic import write_atomically
from .blocks import Kind
from .compose import compose
from .controls import strip_controls
from .model import Announcement
from .problems import ExportError, file_problem
from .render.stylesheet import DocumentStyle

log = logging.getLogger(__name__)
FORMATS = (".docx", ".pdf", ".txt", ".html")


class UnknownFormat(ValueError):
    """The target's extension names no format the program writes."""

    def __init__(self, path):
        self.suffix = Path(path).suffix
        super().__init__(f"{Path(path).name}: the extension must be one of {', '.join(FORMATS)}")


def format_of(path) -> str:
    """«.docx», «.pdf», «.txt» or «.html» from the target's name, in any case."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise UnknownFormat(path)
    return suffix


def titles(model: Announcement, blocks) -> tuple[str, str, str]:
    """The title, the author (body and organisation) and the header line."""
    first = {b.kind: b.text for b in reversed(blocks)}
    author = " ".join(strip_controls(f"{model.title.body} {model.title.organisation}").split())
    return first.get(Kind.TITLE, ""), author, first.get(Kind.HEADER, "")


def _svg_to_png(blocks):
    """Qt's painters' png(), for a Word file whose letterhead is an SVG, where Qt is
    installed: imported only then, as the PDF's painters are."""
    if not any(b.picture is not None and b.picture.svg for b in blocks):
        return None
    try:
        from .render.qt.pages import png
    except ImportError as e:
        log.warning("an SVG letterhead cannot be drawn for the Word file: %s", e)
        return None
    return png


def render(model: Announcement, suffix: str, style: DocumentStyle = DocumentStyle()) -> bytes:
    """The file's bytes in the format suffix names. Each renderer is imported when used:
    python-docx and Qt's GUI cost the command line only when it writes their format."""
    from . import version

    blocks = compose(model)
    title, author, header = titles(model, blocks)
    program = f"Announcer {version()}"  # the application the file's properties name
    if suffix == ".docx":
        from .render.docx import DocxInfo, render as docx

        return docx(blocks, style, DocxInfo(title=title, author=author, header=header, application=program,
                                            svg_to_png=_svg_to_png(blocks)))
    if suffix == ".pdf":
        from .render.qt.pages import PageInfo
        from .render.qt.pdf import render as pdf

        return pdf(blocks, style, PageInfo(title=title, header=header, author=author), creator=program)
    if suffix == ".txt":
        from .render.text import for_pasting

        return for_pasting(blocks).encode("utf-8")
    from .render.page import render as page

    return page(blocks, style, title).encode("utf-8")


def export(model: Announcement, path, style: DocumentStyle = DocumentStyle(), source=None,
           suffix: str | None = None) -> None:
    """Write the announcement in the format suffix names, by default path's extension.
    `source` is the draft the model came from, which the export never replaces,
    whatever name it is given.

    Raises UnknownFormat for an extension no format has, and ExportError with a clear
    reason when the file cannot be written; any existing file at path is then left
    untouched."""
    data = render(model, suffix or format_of(path), style)
    try:
        write_atomically(path, data, keep=(source,) if source else ())
    except OSError as e:
        raise ExportError([file_problem(e, writing=True)]) from e


def export_docx(model: Announcement, path, style: DocumentStyle = DocumentStyle(), source=None) -> None:
    """Write the Word file, whatever path's extension."""
    export(model, path, style, source, ".docx")
