"""Pictures of the questions about a draft's owner, a recovered copy and a draft changed
on disk, in Persian and in English (out/screenshots, for a person to look at); the
test checks each is a real picture of a box that says what it should."""

import pytest
from conftest import EXAMPLE
from gui_helpers import SHOTS, real_image, type_into

from announcer import draft
from announcer.gui import app as gui_app
from announcer.gui.mainwindow import MainWindow
from announcer.gui.settings import AppSettings

BUTTONS = {"fa": {"cancel": "انصراف", "later": "بعداً"}, "en": {"cancel": "Cancel", "later": "Later"}}


@pytest.mark.parametrize("language", ["fa", "en"])
def test_screenshots_of_the_questions(window, tmp_path, language, answers):
    window.switch_language(language)
    target = tmp_path / "انترناسیونال-۲۲۳.announcement.json"
    draft.save(target, draft.load(EXAMPLE))
    window.files.open_path(target)
    buttons = BUTTONS[language]
    other = MainWindow(AppSettings())
    try:
        answers.press(buttons["cancel"], SHOTS / f"lock-{language}.png")
        assert not other.files.open_path(target)

        type_into(window, "session.city", "برلین")
        window.recovery.save_now()
        window.owner.release()  # as if the window's editor had crashed
        answers.press(buttons["later"], SHOTS / f"recovery-{language}.png")
        gui_app.offer_recovered(other)

        changed = draft.load(target)
        changed.session.city = "پاریس"
        draft.save(target, changed)
        answers.press(buttons["cancel"], SHOTS / f"changed-on-disk-{language}.png")
        assert not window.files.save()
    finally:
        other.close()
    for name in ("lock", "recovery", "changed-on-disk"):
        real_image(SHOTS / f"{name}-{language}.png")
    said = [a["text"] for a in answers.seen]
    assert all("انترناسیونال-۲۲۳.announcement.json" in text for text in said)
    mark = {"fa": "\u200f", "en": "\u200e"}[language]  # each line in the interface's direction
    assert all(line.startswith(mark) for a in answers.seen for line in a["raw"].split("\n"))
    if language == "en":
        assert said[0].startswith("«\u2066انترناسیونال-۲۲۳.announcement.json\u2069» is already open, in another window")
