"""The Letterhead form's own widgets: the image field (a thumbnail, Choose and Remove)
and the button that keeps the letterhead as the user's default for new drafts."""

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .. import images

log = logging.getLogger(__name__)
THUMBNAIL_HEIGHT = 48  # pixels


class ImageField(QWidget):
    """An image the draft carries (base64 text, images.py): its thumbnail, a button to
    choose a PNG or SVG file and one to remove it. `changed` fires when the user changes
    it; a file that is not one the letterhead can hold is refused with a message."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.value = ""
        self.thumbnail = QLabel(objectName="thumbnail")
        self.thumbnail.setMinimumHeight(THUMBNAIL_HEIGHT)
        self.choose = QPushButton(self.tr("Choose image…"), objectName="chooseImage")
        self.remove = QPushButton(self.tr("Remove"), objectName="removeImage")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.thumbnail, self.choose, self.remove):
            layout.addWidget(widget)
        layout.addStretch()
        self.choose.clicked.connect(self.ask)
        self.remove.clicked.connect(lambda: self.take(""))

    def show_value(self, value: str) -> None:
        self.value = value
        self.remove.setEnabled(bool(value))
        picture = images.picture(value, THUMBNAIL_HEIGHT)
        self.thumbnail.setPixmap(_thumbnail(picture) if picture else QPixmap())
        self.thumbnail.setText("" if picture else self.tr("No image") if not value else self.tr("Not an image"))

    def ask(self) -> None:
        from . import filedialogs  # when an image is chosen, not at the start

        path = filedialogs.open_name(self, self.tr("Letterhead image"), "", self.tr("Images (*.png *.svg)"))
        if path:
            self.take_file(path)

    def take_file(self, path: str) -> None:
        """The file at path as the image, or a message saying why it cannot be (logged)."""
        try:
            self.take(images.read(path))
        except images.ImageError as e:
            from PySide6.QtWidgets import QMessageBox  # when refused: its class and enums not at the start (8 M)

            log.warning("the letterhead image %s is refused: %s", path, e)
            persian = self.isRightToLeft()
            QMessageBox.warning(self, self.tr("Letterhead image"), e.fa if persian else e.en)

    def take(self, value: str) -> None:
        self.show_value(value)
        self.changed.emit()


def _thumbnail(picture: images.Picture) -> QPixmap:
    """The picture drawn THUMBNAIL_HEIGHT pixels high (at most eight times as wide)."""
    from ..render.qt.pages import raster

    return QPixmap.fromImage(raster(picture, min(round(THUMBNAIL_HEIGHT * picture.aspect), 8 * THUMBNAIL_HEIGHT)))


class KeepLetterhead(QPushButton):
    """Keeps the draft's letterhead as the user's default: every new draft starts with it
    (as Wording → Keep as my default does for the wording)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.clicked.connect(self.keep)

    def keep(self) -> None:
        window = self.window()
        window.settings.letterhead = window.document.model.letterhead
        window.statusBar().showMessage(self.tr("New drafts will start with this letterhead"), 5000)
