"""Convert a DOCX to PDF with LibreOffice and read the text back with pdftotext (any PDF:
the program's own too)."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest


def require_tools():
    missing = [t for t in ("soffice", "pdftotext") if not shutil.which(t)]
    if missing and os.environ.get("CI"):
        pytest.fail(f"{missing} missing on CI: scripts/install-system-packages --test installs them")
    if missing:
        pytest.skip(f"{missing} not installed (scripts/install-system-packages --test)")


def to_pdf(docx: Path, out: Path) -> Path:
    profile = out / "lo-profile"  # private, so a running LibreOffice or a stale lock cannot interfere
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(docx)], check=True, capture_output=True, timeout=180)
    pdf = out / (docx.stem + ".pdf")
    assert pdf.exists() and pdf.stat().st_size > 0, "LibreOffice produced no PDF"
    return pdf


def pdf_pages(pdf: Path) -> list[list[str]]:
    """The non-empty lines of each page, in pdftotext's reading order."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True).stdout.decode("utf-8")
    pages = [[line for line in page.split("\n") if line.strip()] for page in text.split("\f")]
    return [p for p in pages if p]


def _body(pdf, margin_pt: float) -> list[list[list[bytes]]]:
    """Each page's body lines, top to bottom, each as the <line> elements of pdftotext's
    layout that share its baseline: pdftotext reads one line in pieces where its words
    stand far apart (a Latin name in a Persian line, a word LibreOffice stretches with
    kashidas). The running header and the page numbers, in the margins, are left out."""
    layout = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True).stdout
    pages = []
    for content in re.findall(rb"<page .*?</page>", layout, re.S):
        height = float(re.search(rb'height="([\d.]+)"', content).group(1))
        lines: dict[float, list[bytes]] = {}
        for line, top, bottom in re.findall(rb'(<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)".*?</line>)',
                                            content, re.S):
            if margin_pt - 1 < float(top) < height - margin_pt:
                baseline = next((b for b in lines if abs(b - float(bottom)) < 2), float(bottom))
                lines.setdefault(baseline, []).append(line)
        pages.append([lines[b] for b in sorted(lines)])
    return pages


def body_lines(pdf, margin_pt: float = 25 / 25.4 * 72) -> list[list[list[tuple[float, str]]]]:
    """Each page's lines of the body, top to bottom, as (x, word) pairs."""
    return [[[(float(x), w.decode()) for piece in pieces
              for x, w in re.findall(rb'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', piece)]
             for pieces in page] for page in _body(pdf, margin_pt)]


def body_spans(pdf, margin_pt: float = 25 / 25.4 * 72) -> list[list[tuple[float, float]]]:
    """Each page's body lines, top to bottom, as the left and right edges of their
    words, in points."""
    edges = [[[(float(a), float(b)) for piece in pieces for a, b in re.findall(rb'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', piece)]
              for pieces in page] for page in _body(pdf, margin_pt)]
    return [[(min(a for a, _ in line), max(b for _, b in line)) for line in page] for page in edges]


def stranded_numbers(pdf) -> list[str]:
    """The words in reading order last on a line of the body that are a number or its
    hyphen (right to left, a line's last word is its leftmost). Page one's header line
    («انترناسیونال ۲۲۳» ends with its number) is left out."""
    stranded = []
    for page, lines in enumerate(body_lines(pdf)):
        for words in lines[1 if page == 0 else 0:]:
            if words and re.fullmatch(r"[-\u2011۰-۹0-9]+", min(words)[1]):
                stranded.append(min(words)[1])
    return stranded


_READ = re.compile("[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc۰-۹0-9A-Za-z]")


def line_letters(pdf) -> list[list[str]]:
    """Each page's body lines as the letters and digits each holds, sorted. LibreOffice's
    text comes out in visual order, its justified words split by kashidas; Qt's in
    logical order. The characters a line holds are the same either way, so two PDFs
    whose lines give the same sorted letters break every line at the same word."""
    return [["".join(sorted(_READ.findall(" ".join(w for _, w in words)))) for words in lines]
            for lines in body_lines(pdf)]


def logical_lines(pdf, texts: list[str]) -> list[str]:
    """Each body line of the PDF as the composed words it holds, in their order: the words
    of texts (the paragraphs) taken in turn until they hold as many letters and digits as
    the line does."""
    words = [word for text in texts for word in text.split()]
    lines, taken = [], 0
    for page in line_letters(pdf):
        for letters in page:
            held, count = [], len(letters)
            while count > 0 and taken < len(words):
                held.append(words[taken])
                count -= len(_READ.findall(words[taken]))
                taken += 1
            lines.append(" ".join(held))
    return lines

