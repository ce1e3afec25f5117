"""Which of a font's glyphs a PDF draws for a character: MuPDF's trace gives the glyph
of the embedded font (a subset, whose glyphs are numbered anew), and the glyph's
outline, drawn, is compared with the original font's candidates."""

import re
import subprocess
from pathlib import Path

_GLYPH = re.compile(r'<g unicode="(.)" glyph="(\d+)"')


def drawn(pdf: Path, font: str, text: str) -> list[int]:
    """The glyphs of the embedded font named font (its name after any subset tag) drawn
    for text's characters, where text is first drawn as one span of glyphs."""
    trace = subprocess.run(["mutool", "trace", str(pdf)], check=True, capture_output=True, text=True).stdout
    for span in re.findall(r'<span font="(?:[A-Z]{6}\+)?%s".*?</span>' % re.escape(font), trace, re.S):
        glyphs = _GLYPH.findall(span)
        chars = "".join(c for c, _ in glyphs)
        if text in chars:
            at = chars.index(text)
            return [int(g) for _, g in glyphs[at:at + len(text)]]
    raise AssertionError(f"{text} is not drawn in {font}")


def embedded(pdf: Path, font: str, out: Path) -> Path:
    """The file of the embedded font named font (FontFile2), written to out."""
    objects = subprocess.run(["mutool", "show", str(pdf), "grep"], check=True, capture_output=True).stdout
    found = re.search(rb"/FontFile2 (\d+) 0 R/FontName/(?:[A-Z]{6}\+)?%s/" % re.escape(font.encode()), objects)
    assert found, f"{font} is not embedded in {pdf}"
    subprocess.run(["mutool", "show", "-b", "-o", str(out), str(pdf), found.group(1).decode()], check=True, capture_output=True)
    return out


def picture(font_file: Path | bytes, glyph: int):
    """The glyph's outline filled on a small bitmap, at one scale for every font."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QImage, QPainter, QRawFont

    data = font_file.read_bytes() if isinstance(font_file, Path) else font_file
    raw = QRawFont(data, 100)
    image = QImage(140, 160, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    path = raw.pathForGlyph(glyph)
    path.translate(QPointF(20, 120))
    painter.fillPath(path, QColor("black"))
    painter.end()
    return image


def difference(a, b) -> int:
    """How many pixels of two pictures differ by more than half the grey scale."""
    return sum(abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value()) > 127
               for x in range(a.width()) for y in range(a.height()))


def nearest(pdf: Path, font: str, text: str, original: Path, candidates: dict[str, list[int]], out: Path) -> str:
    """The name of the candidate (a list of the original font's glyphs for text's
    characters) whose outlines the glyphs drawn for text are nearest to."""
    subset = embedded(pdf, font, out)
    pictures = [picture(subset, glyph) for glyph in drawn(pdf, font, text)]
    distance = {name: sum(difference(p, picture(original, g)) for p, g in zip(pictures, glyphs))
                for name, glyphs in candidates.items()}
    return min(distance, key=distance.get)
