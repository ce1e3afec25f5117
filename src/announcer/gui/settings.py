"""The program's own settings (not the document's): language, recent files, Word font.

Recent files and the last file are kept as absolute paths: a path as typed on the
command line means nothing once the editor is started from another folder."""

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QDialog

from .. import draft
from ..problems import DraftError
from ..render.stylesheet import DocumentStyle
from .uiload import load_ui

log = logging.getLogger(__name__)
MAX_RECENT = 8
LANGUAGES = {"fa": "فارسی", "en": "English"}
NOTE_AFTER_MS = 300  # a pause in typing a font family before the dialog says whether it travels


class AppSettings:
    def __init__(self):
        self.store = QSettings()

    @property
    def language(self) -> str:
        value = self.store.value("language", "fa")
        return value if value in LANGUAGES else "fa"

    @language.setter
    def language(self, value: str):
        self.store.setValue("language", value)

    # The settings file is text anyone can edit: a value of the wrong type is read as
    # its default (and logged), never a reason the editor cannot start.

    @property
    def recent(self) -> list[str]:
        value = self.store.value("recent", [])
        if isinstance(value, str):  # QSettings gives a list of one as the one
            value = [value]
        if not isinstance(value, list):
            log.warning("ignored the recent files setting %r", value)
            return []
        return [p for p in value if isinstance(p, str)]

    def remember(self, path: Path):
        """A draft just opened or saved: first of the recent files, and the one to reopen."""
        path = os.path.abspath(path)
        items = [path] + [p for p in self.recent if p != path]
        self.store.setValue("recent", items[:MAX_RECENT])
        self.store.setValue("last_file", path)

    def forget(self, path: str):
        """A recent file that is gone, taken off the list on the user's word."""
        self.store.setValue("recent", [p for p in self.recent if p != path])

    @property
    def last_file(self) -> Path | None:
        value = self.store.value("last_file")
        return Path(value) if isinstance(value, str) and value else None

    @property
    def document_style(self) -> DocumentStyle:
        default = DocumentStyle()
        font, size = self.store.value("docx/font", default.font), self.store.value("docx/size", default.size)
        try:
            size = float(size)
        except (TypeError, ValueError):
            log.warning("ignored the Word text size setting %r", size)
            size = default.size
        return DocumentStyle(font=font if isinstance(font, str) and font.strip() else default.font, size=size)

    @document_style.setter
    def document_style(self, style: DocumentStyle):
        self.store.setValue("docx/font", style.font)
        self.store.setValue("docx/size", style.size)

    @property
    def wording(self) -> dict[str, str]:
        """The user's wording for new drafts (Wording → Keep as my default), or none."""
        text = self.store.value("wording/default", "")
        if not text:
            return {}
        try:
            return draft.wording_loads(text)
        except DraftError as e:  # edited by hand: new drafts take phrases.py's wording
            log.warning("ignored the default wording setting: %s", e)
            return {}

    @wording.setter
    def wording(self, phrases: dict[str, str]):
        self.store.setValue("wording/default", draft.wording_dumps(phrases))

    @staticmethod
    def recovery_folder() -> Path:
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"


def edit_settings(parent, settings: AppSettings) -> bool:
    """Show the preferences dialog; return True when the language changed.

    The boxes are named «…Box»: a child named «font» or «size» would be hidden behind
    QWidget.font() and QWidget.size() when reached as an attribute of the dialog."""
    dialog = load_ui("settings_dialog.ui", parent)
    for code, name in LANGUAGES.items():
        dialog.languageBox.addItem(name, code)
    dialog.languageBox.setCurrentIndex(dialog.languageBox.findData(settings.language))
    style = settings.document_style
    # As typed, not the nearest installed family: the Word file names its font for the
    # reader's machine, which may have fonts this one lacks (Times New Roman on Linux).
    dialog.fontBox.setEditText(style.font)
    _say_if_the_font_travels(dialog.fontNote, style.font)
    # Asked once typing pauses: each answer runs fc-match, and a family typed letter by
    # letter («T», «Ti», …) would run it at every key.
    pause = QTimer(dialog, singleShot=True, interval=NOTE_AFTER_MS)
    pause.timeout.connect(lambda: _say_if_the_font_travels(dialog.fontNote, dialog.fontBox.currentText()))
    dialog.fontBox.currentTextChanged.connect(pause.start)
    dialog.sizeBox.setValue(style.size)
    dialog.clearNamesButton.clicked.connect(lambda: _clear_names(dialog))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    # Left connected, the lambda (which holds the dialog) crashed PySide 6 when the window
    # later deleted the dialog with itself.
    dialog.clearNamesButton.clicked.disconnect()
    dialog.fontBox.currentTextChanged.disconnect()
    pause.stop()
    pause.timeout.disconnect()
    if not accepted:
        return False
    font = dialog.fontBox.currentText().strip() or style.font
    settings.document_style = DocumentStyle(font=font, size=dialog.sizeBox.value())
    changed = dialog.languageBox.currentData() != settings.language
    settings.language = dialog.languageBox.currentData()
    return changed


def _say_if_the_font_travels(note, family: str) -> None:
    """Whether the Word file will carry the font (render/fontembed.py), or its readers need it."""
    from ..render.fontembed import travels

    note.setText(QCoreApplication.translate("Preferences", "Carried in the Word file: its readers need not have it.")
                 if travels(family.strip()) else
                 QCoreApplication.translate("Preferences", "Not carried in the Word file (its licence forbids it, or its files "
                                                           "are not found here): its readers need it installed."))
    note.window().adjustSize()  # a longer note wraps to more lines: the dialog grows to show them


def _clear_names(dialog):
    """Forget the names completion offers, at once (not undone by Cancel: it says so)."""
    from .completion import forget_all

    forget_all()
    dialog.clearNamesButton.setEnabled(False)
    dialog.clearNamesButton.setText(QCoreApplication.translate("SettingsDialog", "Cleared"))
