"""File → New from this announcement: which parts of the announcement to keep, asked in
a small dialog that remembers the answer for the next time."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from .settings import AppSettings


def _labels() -> dict[str, str]:
    return {  # literal calls, so that lupdate finds the strings
        "publication": QCoreApplication.translate("NewFrom", "The bulletin, with the next issue number"),
        "title": QCoreApplication.translate("NewFrom", "The title and the short name"),
        "city": QCoreApplication.translate("NewFrom", "The city"),
        "attendance": QCoreApplication.translate("NewFrom", "The attendance («with the presence of …»)"),
        "settings": QCoreApplication.translate("NewFrom", "The settings (calendar, digits, agenda layout)"),
        "phrases": QCoreApplication.translate("NewFrom", "The wording"),
    }


def remembered() -> set[str]:
    return AppSettings().new_from_keep


class NewFromDialog(QDialog):
    def __init__(self, parent):
        super().__init__(parent, objectName="newFromDialog")
        self.setWindowTitle(self.tr("New from this announcement"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Keep in the new draft (what belongs to one meeting is left out):"),
                                wordWrap=True))
        keep = remembered()
        self.boxes = {}
        for part, label in _labels().items():
            box = QCheckBox(label, objectName=f"keep_{part}", checked=part in keep)
            layout.addWidget(box)
            self.boxes[part] = box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def keep(self) -> set[str]:
        return {part for part, box in self.boxes.items() if box.isChecked()}


def ask_what_to_keep(parent) -> set[str] | None:
    """The parts to keep, remembered for the next time; None when cancelled."""
    dialog = NewFromDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    keep = dialog.keep()
    AppSettings().new_from_keep = keep
    return keep
