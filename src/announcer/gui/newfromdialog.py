"""File → New from this announcement: which parts of the announcement to keep, and
whether the new draft opens in a window of its own (this one staying open), asked in a
small dialog that remembers the answers for the next time. What may be kept, and its
name in both languages, is each section's (sections.py)."""

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from ..newfrom import KEEPS
from .settings import AppSettings


def remembered() -> set[str]:
    return AppSettings().new_from_keep


class NewFromDialog(QDialog):
    def __init__(self, parent):
        super().__init__(parent, objectName="newFromDialog")
        self.setWindowTitle(self.tr("New from this announcement"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Keep in the new draft (what belongs to one meeting is left out):"),
                                wordWrap=True))
        settings = AppSettings()
        keep, language = settings.new_from_keep, settings.language
        self.boxes = {}
        for part in KEEPS:
            box = QCheckBox(part.label.text(language), objectName=f"keep_{part.key}", checked=part.key in keep)
            layout.addWidget(box)
            self.boxes[part.key] = box
        self.new_window = QCheckBox(self.tr("Open it in a new window (this announcement stays open)"),
                                    objectName="newWindow", checked=settings.new_from_window)
        layout.addWidget(self.new_window)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def keep(self) -> set[str]:
        return {part for part, box in self.boxes.items() if box.isChecked()}


def ask_what_to_keep(parent) -> tuple[set[str], bool] | None:
    """The parts to keep and whether to open a new window, remembered for the next time;
    None when cancelled."""
    dialog = NewFromDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    settings = AppSettings()
    settings.new_from_keep, settings.new_from_window = dialog.keep(), dialog.new_window.isChecked()
    return dialog.keep(), dialog.new_window.isChecked()
