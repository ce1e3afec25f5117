"""The question before an export of an announcement with problems: a list whose lines
take the user to the field each one names, or «Export anyway».

Imported at first use (docs/performance.md)."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

translate = QCoreApplication.translate
EXPORT_ANYWAY = "export"


def ask_export_anyway(parent, lines: list[tuple[str, str]]) -> str | None:
    """Show (text, field path) lines; return EXPORT_ANYWAY, the path of the line the user
    clicked (to go to its field), or None for Cancel."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("Problems", "Problems in the announcement"))
    layout = QVBoxLayout(dialog)
    message = QLabel(translate("Problems", "Fix these first, or export anyway. Click a problem to go to its field."))
    message.setWordWrap(True)
    layout.addWidget(message)
    view = QListWidget(dialog)
    view.setObjectName("problems")
    view.setWordWrap(True)
    for text, path in lines:
        item = QListWidgetItem(text, view)
        item.setData(Qt.ItemDataRole.UserRole, path)
        item.setToolTip(text)
    layout.addWidget(view)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.addButton(translate("Problems", "Export anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    chosen = []

    def go(item):
        chosen.append(item.data(Qt.ItemDataRole.UserRole))
        dialog.reject()
    view.itemClicked.connect(go)
    view.itemActivated.connect(go)  # Enter on the line the arrows reached
    dialog.resize(560, 320)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return EXPORT_ANYWAY
        return chosen[0] if chosen else None
    finally:
        dialog.deleteLater()
