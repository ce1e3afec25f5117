"""Edit → Preferences: the language, the Word file's font and size, the calendar of new
drafts, and clearing the remembered names and the spell check's word list. The
settings themselves, their keys and checks, are settings.py's."""

import logging

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog

from ..dates import Calendar
from ..render.stylesheet import LARGEST_SIZE, SMALLEST_SIZE, DocumentStyle, checked_font
from .settings import LANGUAGES, AppSettings, shown
from .uiload import load_ui

log = logging.getLogger(__name__)
NOTE_AFTER_MS = 300  # a pause in typing a font family before the dialog says whether it travels


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
    dialog.sizeBox.setRange(SMALLEST_SIZE, LARGEST_SIZE)  # the sizes DocumentStyle takes, as --size does
    dialog.sizeBox.setValue(style.size)
    for calendar, name in _calendar_names().items():
        dialog.calendarBox.addItem(name, calendar.value)
    dialog.calendarBox.setCurrentIndex(dialog.calendarBox.findData(settings.calendar.value))
    dialog.clearNamesButton.clicked.connect(lambda: _clear_names(dialog))
    dialog.clearWordsButton.clicked.connect(lambda: _clear_words(dialog))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    # Left connected, the lambda (which holds the dialog) crashed PySide 6 when the window
    # later deleted the dialog with itself.
    dialog.clearNamesButton.clicked.disconnect()
    dialog.clearWordsButton.clicked.disconnect()
    dialog.fontBox.currentTextChanged.disconnect()
    pause.stop()
    pause.timeout.disconnect()
    if not accepted:
        return False
    settings.document_style = DocumentStyle(font=_typed_font(dialog.fontBox.currentText(), style.font),
                                            size=dialog.sizeBox.value())
    settings.calendar = Calendar(dialog.calendarBox.currentData())
    changed = dialog.languageBox.currentData() != settings.language
    settings.language = dialog.languageBox.currentData()
    return changed


def _calendar_names() -> dict:
    """The calendars as the form's own choice names them."""
    from .adapters import enum_labels

    return {calendar: name for calendar, name in enum_labels().items() if isinstance(calendar, Calendar)}


def _typed_font(typed: str, before: str) -> str:
    """The family typed in the dialog; the one before if none was typed, or one no font has (pasted «U+200F»)."""
    if not typed.strip():
        return before
    try:
        return checked_font(typed)
    except ValueError as e:
        log.warning("kept the font %r: the one typed in Preferences, %s, is refused (%s)", before, shown(typed), e)
        return before


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


def _clear_words(dialog):
    """Empty the spell check's word list, at once (not undone by Cancel, as for names);
    the window's spell check reads it again."""
    from .. import wordlist
    from .spelling import word_list_path

    try:
        wordlist.clear(word_list_path())
    except OSError as e:
        log.warning("the word list %s was not cleared: %s", word_list_path(), e)
        dialog.clearWordsButton.setText(QCoreApplication.translate("SettingsDialog", "Not cleared: see the log"))
        return
    dialog.clearWordsButton.setEnabled(False)
    dialog.clearWordsButton.setText(QCoreApplication.translate("SettingsDialog", "Cleared"))
    spelling = getattr(dialog.parent(), "spelling", None)
    if spelling is not None:
        spelling.renew()
