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


def stranded_numbers(pdf, margin_pt: float = 25 / 25.4 * 72) -> list[str]:
    """The words in reading order last on a line of the body that are a number or its
    hyphen (right to left, a line's last word is its leftmost). The running header and
    the page numbers, in the margins, are left out, and so is page one's header line
    («انترناسیونال ۲۲۳» ends with its number)."""
    layout = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True).stdout
    stranded = []
    for page, content in enumerate(re.findall(rb"<page .*?</page>", layout, re.S)):
        height = float(re.search(rb'height="([\d.]+)"', content).group(1))
        lines = [line for top, line in sorted((float(top), line) for line, top in
                 re.findall(rb'(<line xMin="[\d.]+" yMin="([\d.]+)".*?</line>)', content, re.S))
                 if margin_pt - 1 < top < height - margin_pt]
        for line in lines[1 if page == 0 else 0:]:
            words = [(float(x), w.decode()) for x, w in re.findall(rb'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', line)]
            if words and re.fullmatch(r"[-\u2011۰-۹0-9]+", min(words)[1]):
                stranded.append(min(words)[1])
    return stranded
