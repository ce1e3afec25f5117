"""The letterhead's image, read as untrusted: a PNG or an SVG of at most MAX_BYTES.

The draft carries the image itself, in base64 (model.Letterhead.image), so that it
stays one self-contained file that opens alike on another computer or after the logo
file was moved; a path would leave the letterhead behind with the file it names. The
limit keeps a draft small (a logo is some tens of KB) and its base64 text within the
field's length.

Nothing here decodes pixels: a PNG is checked by its signature and its header chunk, an
SVG parsed as XML with no document type (so no entity can expand) and an <svg> root
with a size. Qt draws them (render/qt/pages.py, render/docx.py) and one it still cannot
draw is left out there, logged."""

import base64
import binascii
import logging
import re
import struct
from dataclasses import dataclass

from .atomic import read_limited

log = logging.getLogger(__name__)

MAX_BYTES = 512 * 1024
CHARACTERS = 4 * -(-MAX_BYTES // 3)  # the most characters of its base64 text
MAX_SIDE = 20_000  # pixels, or SVG user units, either way
_PNG = b"\x89PNG\r\n\x1a\n"
_LENGTH = re.compile(r"\s*([0-9]*\.?[0-9]+)\s*(px|pt|mm|cm|in)?\s*$")


class ImageError(ValueError):
    """An image that is not a PNG or an SVG the letterhead can hold (Persian, English)."""

    def __init__(self, fa: str, en: str):
        super().__init__(en)
        self.fa, self.en = fa, en


@dataclass(frozen=True)
class Picture:
    """An image checked, with its height on the page."""

    data: bytes
    svg: bool
    aspect: float  # width / height
    height_mm: int

    def size_mm(self, widest_mm: float) -> tuple[float, float]:
        """Its width and height on the page: its height, or less where its width would
        pass widest_mm (the text's measure)."""
        width = self.height_mm * self.aspect
        scale = min(1.0, widest_mm / width)
        return width * scale, self.height_mm * scale


def read(path) -> str:
    """The image file at path as the draft keeps it (base64); ImageError when it is not a
    PNG or an SVG, is larger than MAX_BYTES, or cannot be read."""
    try:
        data = read_limited(path, MAX_BYTES)
    except OSError as e:
        raise ImageError(f"پرونده خوانده نشد، یا بزرگ‌تر از {MAX_BYTES // 1024} کیلوبایت است: {e}",
                         f"the file cannot be read or is larger than {MAX_BYTES // 1024} KB: {e}") from None
    checked(data, 1)
    return base64.b64encode(data).decode("ascii")


def picture(text: str, height_mm: int) -> Picture | None:
    """The draft's image as a Picture; None when there is none, and when it is not one
    the letterhead can hold (logged: validate.py says it to the user)."""
    if not text:
        return None
    try:
        return checked(_decoded(text), height_mm)
    except ImageError as e:
        log.warning("the letterhead's image is left out: %s", e)
        return None


def problem(text: str) -> ImageError | None:
    """Why the draft's image cannot be drawn, or None."""
    try:
        if text:
            checked(_decoded(text), 1)
    except ImageError as e:
        return e
    return None


def _decoded(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ImageError("تصویر سربرگ در پیش‌نویس خراب است (base64 نیست)", "the letterhead's image is damaged (not base64)") from None


def checked(data: bytes, height_mm: int) -> Picture:
    """data as a Picture, or ImageError."""
    if len(data) > MAX_BYTES:
        raise ImageError(f"تصویر بزرگ‌تر از {MAX_BYTES // 1024} کیلوبایت است", f"the image is larger than {MAX_BYTES // 1024} KB")
    if data.startswith(_PNG):
        return Picture(data, False, _png_aspect(data), height_mm)
    return Picture(data, True, _svg_aspect(data), height_mm)


def _png_aspect(data: bytes) -> float:
    """A PNG's width over its height, from its header chunk (IHDR, always first)."""
    try:
        length, kind, width, height = struct.unpack_from(">I4sII", data, len(_PNG))
    except struct.error:
        length, kind, width, height = 0, b"", 0, 0
    if kind != b"IHDR" or length != 13 or not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        raise ImageError("تصویر PNG سالم نیست", "the PNG image is damaged")
    return width / height


def _svg_aspect(data: bytes) -> float:
    """An SVG's width over its height, from its viewBox or its width and height."""
    import xml.etree.ElementTree as ET  # imported when an SVG is read: the model imports this module at every start

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ImageError("تصویر باید PNG یا SVG باشد", "the image must be a PNG or an SVG") from None
    if "<!DOCTYPE" in text or "<!ENTITY" in text:  # an entity could expand past any size
        raise ImageError("تصویر SVG نباید DOCTYPE داشته باشد", "the SVG image may not have a DOCTYPE")
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        raise ImageError("تصویر باید PNG یا SVG باشد", "the image must be a PNG or an SVG") from None
    if root.tag not in ("svg", "{http://www.w3.org/2000/svg}svg"):
        raise ImageError("تصویر باید PNG یا SVG باشد", "the image must be a PNG or an SVG")
    box = (root.get("viewBox") or "").replace(",", " ").split()
    sizes = [_length(v) for v in box[2:4]] if len(box) == 4 else [_length(root.get("width")), _length(root.get("height"))]
    if not all(0 < s <= MAX_SIDE for s in sizes):
        raise ImageError("اندازهٔ تصویر SVG (viewBox یا width و height) داده نشده است",
                         "the SVG image gives no size (viewBox, or width and height)")
    return sizes[0] / sizes[1]


def _length(value: str | None) -> float:
    """A length's number (its unit dropped: only the aspect is read); 0 for none."""
    found = _LENGTH.match(value or "")
    return float(found.group(1)) if found else 0.0
