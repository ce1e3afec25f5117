"""Export to Word: compose the model, draw the blocks as DOCX, write the file atomically."""

from .atomic import write_atomically
from .blocks import Kind
from .compose import compose
from .controls import strip_controls
from .model import Announcement
from .problems import ExportError, file_problem
from .render.docx import DocxInfo, render
from .render.stylesheet import DocumentStyle


def _info(model: Announcement, blocks) -> DocxInfo:
    first = {b.kind: b.text for b in reversed(blocks)}
    author = " ".join(strip_controls(f"{model.title.body} {model.title.organisation}").split())
    return DocxInfo(title=first.get(Kind.TITLE, ""), author=author, header=first.get(Kind.HEADER, ""))


def export_docx(model: Announcement, path, style: DocumentStyle = DocumentStyle(), source=None) -> None:
    """Write the Word file. `source` is the draft the model came from, which the export
    never replaces, whatever name it is given.

    Raises ExportError with a clear reason when the file cannot be written; any
    existing file at path is then left untouched."""
    blocks = compose(model)
    data = render(blocks, style, _info(model, blocks))
    try:
        write_atomically(path, data, keep=(source,) if source else ())
    except OSError as e:
        raise ExportError([file_problem(e, writing=True)]) from e
