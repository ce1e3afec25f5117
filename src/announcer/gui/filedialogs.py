"""The open and save dialogs, with paths that read left to right in the Persian window.

Where the desktop offers its own dialog, Qt uses it and nothing here applies. Qt's own
dialog draws every cell with the window's right-to-left direction, so «/tmp/drafts/»
shows as «tmp/drafts/», a size as «KiB 7.16» and a date's parts reversed. Here its path
box is left to right, each cell of its views is a first-strong isolate (a Persian name
still reads right to left), and the file types show without their patterns."""

from PySide6.QtCore import QDir, QEvent, QObject, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QStyle, QStyledItemDelegate, QStyleOptionComboBox,
                               QStylePainter)

LEFT_TO_RIGHT_ISOLATE, FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2066", "\u2068", "\u2069"


class _IsolatedCells(QStyledItemDelegate):
    """Draws each cell's text in the direction of its own first strong letter."""

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        if option.text:
            option.text = FIRST_STRONG_ISOLATE + option.text + POP_ISOLATE


class _PathPainter(QObject):
    """Paints the «Look in» box as Qt does, its path isolated left to right: Qt's painter
    takes the application's direction, whatever the box's own."""

    def eventFilter(self, combo, event) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        painter = QStylePainter(combo)
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        room = field.width() - option.iconSize.width() - 4
        text = option.fontMetrics.elidedText(option.currentText, Qt.TextElideMode.ElideMiddle, room)
        option.currentText = LEFT_TO_RIGHT_ISOLATE + text + POP_ISOLATE
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        return True


class _FileDialog(QFileDialog):
    def showEvent(self, event):
        if self.isRightToLeft():
            self._read_paths_left_to_right()
        super().showEvent(event)

    def _read_paths_left_to_right(self):
        look_in = self.findChild(QComboBox, "lookInCombo")
        if look_in is not None and not look_in.findChild(_PathPainter):
            look_in.setLayoutDirection(look_in.layoutDirection().LeftToRight)
            look_in.installEventFilter(_PathPainter(look_in))
        for view in self.findChildren(QAbstractItemView):
            if not isinstance(view.itemDelegate(), _IsolatedCells):
                view.setItemDelegate(_IsolatedCells(view))


def _dialog(parent, caption: str, path: str, filters: str) -> QFileDialog:
    dialog = _FileDialog(parent, caption, path, filters)
    if parent is not None and parent.isRightToLeft():
        # «(*.announcement.json *.json)» cannot be isolated inside Qt's filter syntax.
        dialog.setOption(QFileDialog.Option.HideNameFilterDetails)
    return dialog


def open_name(parent, caption: str, folder: str, filters: str) -> str:
    """Ask for an existing file; return its path, or "" when cancelled."""
    dialog = _dialog(parent, caption, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def save_name(parent, caption: str, suggested: str, filters: str) -> str:
    """Ask where to write; return the path, or "" when cancelled. Replacing a file is
    confirmed by the dialog, as the static QFileDialog.getSaveFileName does."""
    return save_name_and_type(parent, caption, suggested, filters)[0]


def save_name_and_type(parent, caption: str, suggested: str, filters: str) -> tuple[str, str]:
    """save_name, and the name filter chosen («Word files (*.docx)»), whole."""
    dialog = _dialog(parent, caption, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chosen = []
    dialog.accepted.connect(lambda: chosen.append(dialog.selectedNameFilter()))
    return _chosen(dialog), (chosen[0] if chosen else "")


def _chosen(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return ""
        return QDir.toNativeSeparators(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
