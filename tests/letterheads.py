"""A letterhead's lines and a PNG to put in it, shared by the tests of the pages and
of the form (render/test_letterhead.py, gui/test_gui_letterhead.py)."""

LINES = ["حزب کمونیست کارگری ایران", "کمیته خارج کشور"]


def png(width: int = 600, height: int = 200) -> bytes:
    """A red PNG of that size, made by Qt."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#c00000"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())
