"""Convert a DOCX to PDF with LibreOffice and read the text back with pdftotext."""

import os
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
