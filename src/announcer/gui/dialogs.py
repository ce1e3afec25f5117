"""The questions the editor asks about files, each a small function that returns the
choice made: a draft open elsewhere, a recovered copy, a draft changed on disk, copies
that cannot be written, a recent file gone, and Help → About.

Imported at first use (docs/performance.md). File names and paths are isolated as
left-to-right runs (filenames.isolated), so that they keep their order in a Persian
sentence. Every box shows plain text: names, paths and owners come from files, and
their «<a href=…>» or «<img …>» is text, never a link or a picture."""

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from ..dates import Calendar, format_date
from ..persian.digits import number, to_persian
from .filenames import isolated
from .owners import Owner
from .recovery import RecoveredCopy

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
Role = QMessageBox.ButtonRole
_LONGEST_NAME = 80  # characters of a user or host name from a file: a name, not a page


def when(moment: dt.datetime, calendar: Calendar = Calendar.GREGORIAN) -> str:
    """A local date and time. In the Persian interface in the draft's calendar, as its
    dates are written, with Persian digits: «۲۴ آذر ۱۳۸۶، ساعت ۱۰:۰۵»; in the English one
    «2007-12-15 10:05». A moment local time cannot hold (year 9999 at -14:00) is shown as
    it was written."""
    try:
        local = moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
    except (OverflowError, ValueError, OSError) as e:  # OSError: Windows' local time before 1970
        log.warning("cannot show %s in local time: %s", moment, e)
        local = moment.replace(tzinfo=None)
    if not _persian():
        return QLocale().toString(local, "yyyy-MM-dd HH:mm")
    try:
        day = format_date(local.date(), calendar)
    except (ValueError, OverflowError) as e:  # a day the Jalali calendar does not reach (year 1)
        log.warning("cannot show %s in the %s calendar: %s", local, calendar.value, e)
        day = QLocale().toString(local, "yyyy/MM/dd")
    return translate("Dialogs", "%1, %2").replace("%1", day).replace("%2", to_persian(f"{local:%H:%M}"))


def _persian() -> bool:
    return QLocale().language() == QLocale.Language.Persian


def directed(text: str) -> str:
    """Each line starts with the interface's direction mark (RLM, LRM). A wrapped label
    takes a line's direction from its first strong letter, and Qt does not skip an
    isolated name: «…» around a Persian file name made an English line right to left."""
    mark = "\u200f" if _persian() else "\u200e"
    return "\n".join(mark + line if line else line for line in text.split("\n"))


def ask(parent, icon, title: str, text: str, buttons: list[tuple[str, Role, object]],
        informative: str = "", default=None):
    """Show a question; return the choice of the button pressed (default on Escape)."""
    box = QMessageBox(icon, title, directed(text), parent=parent)
    box.setInformativeText(directed(informative))
    plain(box)
    choices = {box.addButton(label, role): choice for label, role, choice in buttons}
    box.exec()
    return choices.get(box.clickedButton(), default)


def plain(box: QMessageBox) -> None:
    """Show the box's text and informative text as plain text. Qt takes anything that
    looks like markup for rich text (AutoText), and not every Qt gives the informative
    text the box's format: each label is set."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)


def _clipped(name: str) -> str:
    return name if len(name) <= _LONGEST_NAME else name[:_LONGEST_NAME] + "…"


def _folder(path: Path) -> str:
    """«Folder: /home/me/drafts», the path left to right in either language."""
    return translate("Dialogs", "Folder: %1").replace("%1", isolated(str(path.parent)))


def describe_owner(owner: Owner | None, calendar: Calendar = Calendar.GREGORIAN) -> str:
    """Who has a draft open: «in another window of this editor», «by … on …» (since
    when, in the draft's calendar)."""
    if owner is None:
        return translate("Dialogs", "in another program (its lock file is not this editor's)")
    if owner.here:
        return translate("Dialogs", "in another window of this editor")
    started = owner.started()
    return (translate("Dialogs", "by %1 on the computer %2 (process %3, since %4)")
            .replace("%1", _clipped(owner.user) or translate("Dialogs", "an unknown user"))
            .replace("%2", isolated(_clipped(owner.host)))
            .replace("%3", number(owner.pid, _persian())).replace("%4", when(started, calendar) if started else "?"))


def ask_locked(parent, path: Path, owner: Owner | None, calendar: Calendar = Calendar.GREGORIAN) -> str | None:
    """A draft someone else has open: «read-only», «copy», or None to cancel."""
    return ask(parent, QMessageBox.Icon.Warning, translate("Dialogs", "Draft in use"),
               translate("Dialogs", "«%1» is already open, %2.").replace("%1", isolated(path.name))
               .replace("%2", describe_owner(owner, calendar)),
               [(translate("Dialogs", "Open read-only"), Role.AcceptRole, "read-only"),
                (translate("Dialogs", "Open a copy"), Role.ActionRole, "copy"),
                (translate("Dialogs", "Cancel"), Role.RejectRole, None)],
               translate("Dialogs", "Folder: %1\n\nRead-only shows the draft without changing it; a copy opens "
                                    "as a new draft that you save under another name.").replace("%1", isolated(str(path.parent))))


def tell_locked_target(parent, path: Path, owner: Owner | None, calendar: Calendar = Calendar.GREGORIAN) -> None:
    """Save As chose a draft that is open elsewhere."""
    ask(parent, QMessageBox.Icon.Warning, translate("Dialogs", "Draft in use"),
        translate("Dialogs", "«%1» is already open, %2. Choose another name.").replace("%1", isolated(path.name))
        .replace("%2", describe_owner(owner, calendar)), [(translate("Dialogs", "OK"), Role.AcceptRole, None)])


def ask_recovered(parent, copy: RecoveredCopy, index: int, count: int) -> str:
    """A recovered copy: «open», «discard» or «later»."""
    persian, calendar = _persian(), copy.model.settings.calendar
    if copy.draft_path:
        text = (translate("Dialogs", "Unsaved changes to «%1» were recovered, copied at %2.")
                .replace("%1", isolated(copy.draft_path.name)).replace("%2", when(copy.saved, calendar)))
        details = _folder(copy.draft_path)
        if copy.draft_newer:
            details += "\n" + translate("Dialogs", "The draft was saved after this copy was made.")
    else:
        text = translate("Dialogs", "A new announcement that was never saved was recovered, copied at %1.") \
            .replace("%1", when(copy.saved, calendar))
        details = ""
    if count > 1:
        text += "\n" + translate("Dialogs", "(recovered copy %1 of %2)").replace("%1", number(index, persian)) \
            .replace("%2", number(count, persian))
    return ask(parent, QMessageBox.Icon.Question, translate("Dialogs", "Recovered changes"), text,
               [(translate("Dialogs", "Open the recovered copy"), Role.AcceptRole, "open"),
                (translate("Dialogs", "Discard it…"), Role.DestructiveRole, "discard"),
                (translate("Dialogs", "Later"), Role.RejectRole, "later")], details, default="later")


def confirm_discard(parent, copy: RecoveredCopy) -> bool:
    name = isolated(copy.draft_path.name) if copy.draft_path else translate("Dialogs", "the new announcement")
    return ask(parent, QMessageBox.Icon.Warning, translate("Dialogs", "Discard the recovered copy?"),
               translate("Dialogs", "The recovered changes to «%1» will be deleted. This cannot be undone.")
               .replace("%1", name),
               [(translate("Dialogs", "Delete"), Role.DestructiveRole, True),
                (translate("Dialogs", "Keep it"), Role.RejectRole, False)], default=False)


def ask_changed_on_save(parent, path: Path) -> str | None:
    """Saving over a draft changed elsewhere: «overwrite», «save-as», «reload» or None."""
    return ask(parent, QMessageBox.Icon.Warning, translate("Dialogs", "Draft changed on disk"),
               translate("Dialogs", "«%1» was changed by someone else since you opened or saved it.")
               .replace("%1", isolated(path.name)),
               [(translate("Dialogs", "Overwrite their changes"), Role.DestructiveRole, "overwrite"),
                (translate("Dialogs", "Save under another name…"), Role.AcceptRole, "save-as"),
                (translate("Dialogs", "Reload theirs, drop mine"), Role.ResetRole, "reload"),
                (translate("Dialogs", "Cancel"), Role.RejectRole, None)],
               _folder(path))


def ask_reload(parent, path: Path) -> bool:
    """The open draft, unchanged here, was changed elsewhere."""
    return ask(parent, QMessageBox.Icon.Question, translate("Dialogs", "Draft changed on disk"),
               translate("Dialogs", "«%1» was changed by someone else. Load their version?").replace("%1", isolated(path.name)),
               [(translate("Dialogs", "Reload"), Role.AcceptRole, True),
                (translate("Dialogs", "Keep this version"), Role.RejectRole, False)],
               _folder(path), default=False)


def ask_replace(parent, path: Path) -> bool:
    """The name typed, with the draft suffix added, is a file that exists."""
    return ask(parent, QMessageBox.Icon.Warning, translate("Dialogs", "Replace the draft?"),
               translate("Dialogs", "«%1» already exists. Replace it?").replace("%1", isolated(path.name)),
               [(translate("Dialogs", "Replace"), Role.DestructiveRole, True),
                (translate("Dialogs", "Cancel"), Role.RejectRole, False)],
               _folder(path), default=False)


def warn_recovery_failed(parent, folder: Path, reason: str) -> None:
    """The first time recovery copies cannot be written: what it means, what to do."""
    ask(parent, QMessageBox.Icon.Warning, translate("Dialogs", "Unsaved changes are not protected"),
        translate("Dialogs", "Recovery copies of your unsaved changes cannot be written: %1").replace("%1", reason),
        [(translate("Dialogs", "OK"), Role.AcceptRole, None)],
        translate("Dialogs", "Make the folder %1 writable, or remove or rename the file of that name if there is "
                             "one. Until then, save your work often; the status bar says when copies are written "
                             "again.").replace("%1", isolated(str(folder))))


def tell_broken(parent, moved: list[Path]) -> None:
    """Recovery copies that could not be read were moved aside."""
    ask(parent, QMessageBox.Icon.Warning, translate("Dialogs", "Unreadable recovery copies"),
        translate("Dialogs", "%1 recovery copies could not be read and were moved to %2.")
        .replace("%1", number(len(moved), _persian())).replace("%2", isolated(str(moved[0].parent))),
        [(translate("Dialogs", "OK"), Role.AcceptRole, None)],
        translate("Dialogs", "The log (Help → About) says why."))


def ask_forget_missing(parent, path: Path) -> bool:
    """A recent draft that is no longer there: remove it from the list?"""
    return ask(parent, QMessageBox.Icon.Warning, translate("Dialogs", "Draft not found"),
               translate("Dialogs", "The draft %1 was not found: it may have been moved, renamed or deleted.")
               .replace("%1", isolated(str(path))),
               [(translate("Dialogs", "Remove from recent files"), Role.AcceptRole, True),
                (translate("Dialogs", "Keep it in the list"), Role.RejectRole, False)], default=False)


# What the program is built on, as their package metadata names them, and the font it ships.
_BUILT_ON = (("PySide6-Essentials", "Qt / PySide6"), ("python-docx", "python-docx"), ("jdatetime", "jdatetime"),
             ("arabic-reshaper", "arabic-reshaper"), ("python-bidi", "python-bidi"))
_FONT_LICENCE = "Vazirmatn — SIL Open Font License 1.1"  # resources/fonts/Vazirmatn-OFL.txt


def _version(package: str) -> tuple[str, str] | None:
    """A package's version and licence, from its installed metadata."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        data = metadata(package)
    except PackageNotFoundError:
        return None
    licence = data.get("License-Expression") or data.get("License") or next(
        (c.rsplit(" :: ", 1)[-1] for c in data.get_all("Classifier") or [] if c.startswith("License ::")), "?")
    return data["Version"], licence


def show_about(parent, log: Path, recovery: Path) -> None:
    own = _version("announcer")
    parts = [f"{shown} {found[0]} — {found[1]}" for package, shown in _BUILT_ON if (found := _version(package))]
    ask(parent, QMessageBox.Icon.Information, translate("Dialogs", "About Announcer"),
        translate("Dialogs", "Announcer %1 composes formal Persian announcements and writes them as Word files.")
        .replace("%1", isolated(own[0] if own else "?")),
        [(translate("Dialogs", "OK"), Role.AcceptRole, None)],
        translate("Dialogs", "Log file: %1\nRecovery copies: %2").replace("%1", isolated(str(log)))
        .replace("%2", isolated(str(recovery))) + "\n\n" + translate("Dialogs", "Built on:") + "\n"
        + "\n".join(isolated(line) for line in [*parts, _FONT_LICENCE]))


def show_guide(parent, language: str):
    """Help → Guide: how to fill an announcement, dates, keys, in the interface's language."""
    from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout

    from ..locations import HELP

    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("Dialogs", "Guide"))
    page = QTextBrowser(dialog)
    page.setHtml((HELP / f"guide-{language}.html").read_text(encoding="utf-8"))
    QVBoxLayout(dialog).addWidget(page)
    dialog.resize(640, 620)
    dialog.exec()
