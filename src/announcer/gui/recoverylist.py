"""Several recovered copies at start, offered in one list (ui/recovery_list.ui): each
copy's draft, folder, when it was copied and whether the draft was saved after it, with
a check box; open the checked ones (each in a window of its own), discard them (asked
once for all), or keep every copy for later. A thousand copies are one question, not a
thousand.

What a copy names comes from a file that may come from anywhere: it is shown as plain
text, without its control and bidi characters, names and folders as isolated
left-to-right runs. Imported at first use (docs/performance.md)."""

import logging

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QMessageBox, QTreeWidgetItem

from ..controls import strip_controls
from ..persian.digits import number
from . import dialogs
from .filenames import isolated
from .recovery import RecoveredCopy
from .uiload import load_ui

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
OPEN, DISCARD, LATER = "open", "discard", "later"


def offer(window, copies: list[RecoveredCopy]) -> None:
    """Ask about copies in one list and do what was chosen."""
    choice, chosen = choose(window, copies)
    if choice == OPEN:
        for copy in chosen:  # the first may open in this window, the others each in a new one
            (window if window.files.can_recover(copy) else window.spawn()).files.open_recovered(copy)
    elif choice == DISCARD and confirm_discard(window, len(chosen)):
        for copy in chosen:
            try:
                copy.discard()
            except OSError:  # a folder that cannot be written: the copy is offered again next time
                log.warning("cannot remove the recovery copy %s", copy.file, exc_info=True)


def choose(parent, copies: list[RecoveredCopy]) -> tuple[str, list[RecoveredCopy]]:
    """Show the list; return OPEN, DISCARD or LATER (also on Escape) and the copies checked."""
    dialog = load_ui("recovery_list.ui", parent)
    dialog.setLayoutDirection(parent.layoutDirection() if parent else dialog.layoutDirection())
    persian = QLocale().language() == QLocale.Language.Persian
    dialog.intro.setText(translate("RecoveryList", "%1 drafts had unsaved changes when their editor stopped. "
                                                   "Check the ones to open or to discard.")
                         .replace("%1", number(len(copies), persian)))
    items = [_item(copy) for copy in copies]
    dialog.copies.addTopLevelItems(items)
    header = dialog.copies.header()
    header.setStretchLastSection(False)
    for column in range(dialog.copies.columnCount()):  # the folder takes what is left, its middle elided
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1 else
                                    QHeaderView.ResizeMode.ResizeToContents)
    buttons = {dialog.buttons.addButton(label, role): choice for label, role, choice in (
        (translate("RecoveryList", "Open the checked"), QDialogButtonBox.ButtonRole.AcceptRole, OPEN),
        (translate("RecoveryList", "Discard the checked…"), QDialogButtonBox.ButtonRole.DestructiveRole, DISCARD),
        (translate("RecoveryList", "Later, all of them"), QDialogButtonBox.ButtonRole.RejectRole, LATER))}
    later = next(button for button, choice in buttons.items() if choice == LATER)
    later.setDefault(True)  # Enter, like Escape, decides nothing
    chosen = []

    def checked() -> list[RecoveredCopy]:
        return [copy for copy, item in zip(copies, items) if item.checkState(0) == Qt.CheckState.Checked]

    def enable():
        some = bool(checked())
        for button, choice in buttons.items():
            if choice != LATER:
                button.setEnabled(some)

    def clicked(button):
        chosen.append(buttons[button])
        dialog.accept()

    enable()
    dialog.copies.itemChanged.connect(enable)
    dialog.buttons.clicked.connect(clicked)
    dialog.resize(760, 420)
    try:
        dialog.exec()
        choice = chosen[0] if chosen else LATER
        return choice, checked() if choice != LATER else []
    finally:
        dialog.copies.itemChanged.disconnect()
        dialog.buttons.clicked.disconnect()
        dialog.deleteLater()


def _item(copy: RecoveredCopy) -> QTreeWidgetItem:
    if copy.draft_path is not None:
        name, folder = _shown(copy.draft_path.name), _shown(str(copy.draft_path.parent))
    else:
        name, folder = translate("RecoveryList", "New announcement, never saved"), ""
    newer = translate("RecoveryList", "Yes, after this copy") if copy.draft_newer else ""
    item = QTreeWidgetItem([name, folder, dialogs.when(copy.saved, copy.model.settings.calendar), newer])
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(0, Qt.CheckState.Unchecked)
    return item


def _shown(text: str) -> str:
    """A name or path from a copy, as plain text in one line, left to right."""
    return isolated(" ".join(strip_controls(text).split()))


def confirm_discard(parent, count: int) -> bool:
    persian = QLocale().language() == QLocale.Language.Persian
    return dialogs.ask(parent, QMessageBox.Icon.Warning, translate("RecoveryList", "Discard the recovered copies?"),
                       translate("RecoveryList", "Recovered copies to delete: %1. This cannot be undone.")
                       .replace("%1", number(count, persian)),
                       [(translate("RecoveryList", "Delete"), QMessageBox.ButtonRole.DestructiveRole, True),
                        (translate("RecoveryList", "Keep them"), QMessageBox.ButtonRole.RejectRole, False)],
                       default=False)
