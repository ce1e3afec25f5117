"""The letterhead: an image and a few lines above the header line on the first page,
kept in the draft (images.py, docs/draft-format.md), drawn alike in the PDF, the
printout, the preview and LibreOffice's page of the Word file (docs/page-layout.md)."""

import base64
import re
import subprocess
import zipfile

import pytest

from announcer import draft, images, newfrom, validate
from announcer.compose import compose
from announcer.export import export
from announcer.render.page import render as html
from announcer.render.text import for_pasting
from docx_xml import NS, part
from letterheads import LINES, png
from libreoffice import line_letters, require_tools, to_pdf

SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><rect width="300" height="100" rx="20" fill="#1060c0"/>'
       b'<circle cx="60" cy="50" r="30" fill="white"/></svg>')
MM = 72 / 25.4  # points


def _with_letterhead(example, data: bytes, height_mm: int = 20):
    example.letterhead.image = base64.b64encode(data).decode("ascii")
    example.letterhead.height_mm = height_mm
    example.letterhead.lines = list(LINES)
    example.session.guests[0].name = "Anna Lindqvist"  # a Latin name wrapped, as on the page
    return example


def test_a_png_or_an_svg_file_is_taken_and_anything_else_refused(app, tmp_path):
    (tmp_path / "logo.png").write_bytes(png())
    (tmp_path / "logo.svg").write_bytes(SVG)
    assert base64.b64decode(images.read(tmp_path / "logo.png")) == png()
    assert images.picture(images.read(tmp_path / "logo.svg"), 20).aspect == 3
    refused = {"a.jpg": b"\xff\xd8\xff\xe0" + bytes(100), "big.png": png()[:16] + bytes(images.MAX_BYTES),
               "cut.png": png()[:12], "entity.svg": b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg viewBox="0 0 1 1">&a;</svg>',
               "unsized.svg": b'<svg xmlns="http://www.w3.org/2000/svg"/>', "note.txt": "یادداشت".encode()}
    for name, data in refused.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(images.ImageError):
            images.read(tmp_path / name)
    with pytest.raises(images.ImageError):
        images.read(tmp_path / "missing.png")


def test_a_draft_whose_image_is_damaged_is_drawn_without_it_and_says_so(app, example, caplog):
    example.letterhead.image = base64.b64encode(b"GIF89a" + bytes(40)).decode("ascii")
    example.letterhead.lines = list(LINES)
    with caplog.at_level("WARNING"):
        blocks = compose(example)
    assert [b.text for b in blocks[:2]] == LINES and all(b.picture is None for b in blocks)
    assert "letterhead's image is left out" in caplog.text
    problems = [p for p in validate.check(example) if p.path == "letterhead.image"]
    assert len(problems) == 1 and "PNG" in problems[0].en
    example.letterhead.lines = LINES * 3
    assert [p.path for p in validate.check(example) if p.path.startswith("letterhead")] == ["letterhead.image", "letterhead.lines"]


def test_the_draft_keeps_the_letterhead_and_new_from_keeps_it(app, example, tmp_path):
    model = _with_letterhead(example, png())
    draft.save(tmp_path / "a.announcement.json", model)
    again = draft.load(tmp_path / "a.announcement.json")
    assert again.letterhead == model.letterhead
    assert newfrom.next_announcement(again).letterhead == model.letterhead


def test_the_letterhead_comes_first_and_text_exports_leave_the_image_out(app, example):
    blocks = compose(_with_letterhead(example, png()))
    assert blocks[0].picture is not None and [b.text for b in blocks[1:3]] == LINES
    assert for_pasting(blocks).count("\n\n") == len(blocks) - 2  # no paragraph for the image
    page = html(blocks)
    assert page.count('<img src="data:image/png;base64,') == 1 and "height:20mm" in page


def _images(pdf) -> list[tuple[int, list[float]]]:
    """Each image a PDF draws: its page (from 1) and its box, x, y, width and height in points."""
    found = []
    for page in range(1, 1 + int(re.search(r"Pages: (\d+)", subprocess.run(
            ["mutool", "info", str(pdf)], check=True, capture_output=True, text=True).stdout).group(1))):
        trace = subprocess.run(["mutool", "trace", str(pdf), str(page)], check=True, capture_output=True, text=True).stdout
        for a, _, _, d, e, f in re.findall(r'<fill_image[^>]* transform="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"', trace):
            found.append((page, [float(e), float(f), float(a), float(d)]))
    return found


def _first_line_top(pdf) -> float:
    """Where the header line's words start on page one, in points from the top."""
    layout = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"], check=True,
                            capture_output=True, text=True).stdout
    tops = [float(y) for y, word in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>', layout)
            if word in ("۲۲۳", "223")]
    return tops[0]


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_the_pdf_and_libreoffice_draw_the_letterhead_alike(app, tmp_path, example, kind):
    """The image at its height in millimetres, centred, on page one only, in the
    program's PDF and in LibreOffice's page of the Word file, within half a point; the
    lines after it start as far down in both, and every line holds the same words."""
    require_tools()
    plain = tmp_path / "plain"
    plain.mkdir()
    export(example, plain / "a.pdf")
    export(example, plain / "a.docx")
    model = _with_letterhead(example, png() if kind == "png" else SVG, height_mm=25)
    export(model, tmp_path / "a.pdf")
    export(model, tmp_path / "a.docx")
    (tmp_path / "lo").mkdir()
    ours, word = tmp_path / "a.pdf", to_pdf(tmp_path / "a.docx", tmp_path / "lo")
    (lo_page, lo_box), = _images(word)  # the Word file holds an SVG as a PNG of it
    assert lo_page == 1 and abs(lo_box[3] - 25 * MM) < 0.1 and abs(lo_box[2] - 75 * MM) < 0.1  # 75 × 25 mm
    assert abs(lo_box[0] + lo_box[2] / 2 - 11906 / 40) < 0.1  # centred on the page
    if kind == "png":  # the program draws an SVG as vectors, a PNG as an image
        (page, box), = _images(ours)
        assert page == 1 and all(abs(a - b) < 0.5 for a, b in zip(box, lo_box)), (box, lo_box)
    pushed = _first_line_top(ours) - _first_line_top(plain / "a.pdf")
    lo_pushed = _first_line_top(word) - _first_line_top(to_pdf(plain / "a.docx", plain))
    assert pushed > 25 * MM and abs(pushed - lo_pushed) < 0.5, (pushed, lo_pushed)
    assert line_letters(word) == line_letters(ours)


def test_the_word_file_holds_the_image_inline_on_page_one_at_its_size(app, tmp_path, example):
    docx = tmp_path / "a.docx"
    export(_with_letterhead(example, png(), height_mm=30), docx)
    document = part(docx, "word/document.xml")
    extents = document.xpath("//w:drawing/wp:inline/wp:extent", namespaces={**NS, "wp": _WP})
    assert [(int(e.get("cx")), int(e.get("cy"))) for e in extents] == [(90 * 36000, 30 * 36000)]
    first = document.xpath("//w:body/w:p[1]", namespaces=NS)[0]
    assert first.xpath(".//w:drawing", namespaces=NS) and first.xpath("w:pPr/w:jc/@w:val", namespaces=NS) == ["center"]
    with zipfile.ZipFile(docx) as z:
        headers = [n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml", n)]
        assert headers and not any(b"<w:drawing" in z.read(n) for n in headers)
        assert [n for n in z.namelist() if n.startswith("word/media/")] == ["word/media/image1.png"]


_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def test_the_printout_draws_the_letterhead(app, tmp_path, example):
    """A PDF printed to a file through QPrinter, as File → Print prints it."""
    from PySide6.QtPrintSupport import QPrinter

    from announcer.export import titles
    from announcer.render.qt.pages import PageInfo, page_layout, paint
    from announcer.render.stylesheet import DocumentStyle

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFullPage(True)
    printer.setPageLayout(page_layout())
    blocks = compose(_with_letterhead(example, png()))
    paint(blocks, printer, DocumentStyle(), PageInfo(header=titles(example, blocks)[2]))
    export(example, tmp_path / "a.pdf")
    (page, printed), = _images(tmp_path / "printed.pdf")
    (_, exported), = _images(tmp_path / "a.pdf")
    assert page == 1 and all(abs(a - b) < 0.1 for a, b in zip(printed, exported)), (printed, exported)
    text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"], check=True, capture_output=True, text=True).stdout
    assert all(line in text for line in LINES)
