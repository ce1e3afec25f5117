"""Paragraphs rewritten by hand in the window (issue 22), as a secretary works: the
preview's context menu, F2 and a form's «Rewrite a paragraph…» open the editor; the page
shows their words; a change of the city marks the paragraph (the preview, the form, the
problems) and its comparison offers to keep theirs, take the composed text or edit;
undo covers every step; the rewrites follow their sections when these move. The dialogs
are opened for real and answered by a timer (gui_helpers.answered).
Screenshots: out/screenshots/rewrite-{editor,compare,stale}-{fa,en}.png."""

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialogButtonBox, QPushButton, QTextBrowser, QToolButton)

from announcer import draft
from announcer.compose import compose
from announcer.gui.pageview import STALE
from announcer.gui.widgets import ParagraphEdit
from conftest import EXAMPLE
from gui_helpers import answered, field, key_text, on_menu, preview_paragraphs, row_colour, row_tip, sections, type_into
from gui_helpers import SHOTS, real_image

MINE = "جلسه کمیته خارج کشور در استکهلم با حضور گرم اعضا برگزار شد."
SESSION = 2  # the session's paragraph, after the header and the title
AGENDA = 3  # the first section's: «در ابتدا دستور جلسه تصویب شد …»
OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def editor(window, monkeypatch, qtbot):
    """The example in the window, its dialogs real, the window given the keyboard."""
    monkeypatch.undo()  # the real dialogs, not the suite's guard against unexpected ones
    window.files.open_path(EXAMPLE)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def from_menu(window, paragraph: int, action: str, seen: list | None = None):
    """Right-click paragraph of the preview and choose action from its menu, keeping the
    menu's items in seen."""
    view = window.ui.preview
    point = view.point_of(paragraph)

    def choose(menu):
        if seen is not None:
            seen.extend(a.text() for a in menu.actions())
        chosen = next(a for a in menu.actions() if a.text() == action)
        menu.close()
        chosen.trigger()

    on_menu(choose)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                              view.viewport().mapToGlobal(point)))


def write(text: str, shot: str | None = None):
    """Answer the editor as the secretary does: select its text, type theirs, «Use my text»."""
    def answer(dialog):
        if shot:
            SHOTS.mkdir(parents=True, exist_ok=True)
            assert dialog.grab().save(str(SHOTS / shot))
        box = dialog.findChild(ParagraphEdit, "rewriteText")
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        key_text(box, text)
        dialog.findChild(QDialogButtonBox).button(OK).click()
    return answer


def press(name: str, seen: dict | None = None, shot: str | None = None):
    """Answer a dialog with its button of that object name, after noting what it shows."""
    def answer(dialog):
        if seen is not None:
            seen["text"] = {pane.objectName(): pane.toPlainText() for pane in dialog.findChildren(QTextBrowser)}
            seen["struck"] = {pane.objectName(): marked_words(pane, strike=True)
                              for pane in dialog.findChildren(QTextBrowser)}
            seen["underlined"] = {pane.objectName(): marked_words(pane, strike=False)
                                  for pane in dialog.findChildren(QTextBrowser)}
            seen["buttons"] = [b.objectName() for b in dialog.findChildren(QPushButton) if b.objectName()]
        if shot:
            SHOTS.mkdir(parents=True, exist_ok=True)
            assert dialog.grab().save(str(SHOTS / shot))
        dialog.findChild(QPushButton, name).click()
    return answer


def cancel(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()


def marked_words(pane: QTextBrowser, strike: bool) -> list[str]:
    """The runs of words of a comparison's pane struck through (or underlined)."""
    runs, block = [], pane.document().begin()
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        form = fragment.charFormat()
        if (form.fontStrikeOut() if strike else form.fontUnderline()) and fragment.text().strip():
            runs.append(fragment.text().strip())
        iterator += 1
    return runs


def rewrite_session(window, text: str = MINE):
    answered(lambda: from_menu(window, SESSION, "&بازنویسی این بند…"), write(text))


def stale(window, qtbot, city: str = "گوتنبرگ"):
    """Type another city; wait for the pause after which the window checks the draft."""
    type_into(window, "session.city", city)
    qtbot.waitUntil(lambda: any(p.path == "rewritten[0]" for p in window.checking.problems))


def session_button(window) -> QToolButton:
    form = next(s for s in window.sections if s.property("section") == "session")
    return form.findChild(QToolButton, "rewriteButton")


def test_the_context_menu_opens_the_paragraph_and_the_page_shows_the_secretarys_words(editor):
    window = editor
    composed = preview_paragraphs(window)[SESSION]
    seen, shown = [], {}

    def read_then_write(dialog):
        shown["text"] = dialog.findChild(ParagraphEdit, "rewriteText").toPlainText()
        shown["back"] = dialog.findChild(QPushButton, "backButton")
        write(MINE)(dialog)
    _, title = answered(lambda: from_menu(window, SESSION, "&بازنویسی این بند…", seen), read_then_write)
    assert title == "بازنویسی بند" and seen[:2] == ["&بازنویسی این بند…", ""]
    assert shown == {"text": composed, "back": None}  # the composed text, to change; nothing to go back to yet
    assert preview_paragraphs(window)[SESSION] == MINE
    assert [b.text for b in compose(window.document.model)][SESSION] == MINE  # the export's text too
    (rewrite,) = window.document.model.rewritten
    assert (rewrite.at, rewrite.n, rewrite.text) == ("session", 0, MINE) and rewrite.composed == composed
    assert window.ui.preview.marks == {SESSION: False}  # marked beside it, not stale
    stack = window.document.undo_stack
    assert stack.undoText() == "بازنویسی بند"
    stack.undo()
    assert preview_paragraphs(window)[SESSION] == composed and window.document.model.rewritten == []
    stack.redo()

    # Opened again, the editor has the secretary's text and the way back.
    def read_then_go_back(dialog):
        shown["again"] = dialog.findChild(ParagraphEdit, "rewriteText").toPlainText()
        dialog.findChild(QPushButton, "backButton").click()
    answered(lambda: from_menu(window, SESSION, "&بازنویسی این بند…"), read_then_go_back)
    assert shown["again"] == MINE
    assert window.document.model.rewritten == [] and preview_paragraphs(window)[SESSION] == composed
    assert stack.undoText() == "بازگرداندن به متن ساخته‌شده"


def test_back_to_the_composed_text_from_the_menu_is_one_step_undone(editor):
    window = editor
    composed = preview_paragraphs(window)[AGENDA]
    answered(lambda: from_menu(window, AGENDA, "&بازنویسی این بند…"), write("دستور جلسه تصویب شد."))
    assert preview_paragraphs(window)[AGENDA] == "دستور جلسه تصویب شد."
    seen = []
    from_menu(window, AGENDA, "با&زگرداندن به متن ساخته‌شده", seen)
    assert seen[:3] == ["&بازنویسی این بند…", "با&زگرداندن به متن ساخته‌شده", ""]
    assert preview_paragraphs(window)[AGENDA] == composed and window.ui.preview.marks == {}
    window.document.undo_stack.undo()
    assert preview_paragraphs(window)[AGENDA] == "دستور جلسه تصویب شد."


def test_a_changed_city_marks_the_paragraph_and_its_comparison_takes_the_composed_text_or_keeps_mine(editor, qtbot):
    window = editor
    rewrite_session(window)
    assert window.checking.problems == []
    stale(window, qtbot)
    # Marked in the preview (a shade and a bar the pages themselves do not have) …
    assert window.ui.preview.marks == {SESSION: True} and preview_paragraphs(window)[SESSION] == MINE
    shot = window.ui.preview.viewport().grab().toImage()
    assert any(shot.pixelColor(x, y) == STALE for x in range(0, shot.width(), 2) for y in range(0, shot.height(), 2))
    # … in the form (the session's button), and among the problems, named as the form names it.
    button = session_button(window)
    assert button.property("problem") is True and "فیلدهای این بند" in button.toolTip()
    assert [p.path for p in window.checking.problems] == ["rewritten[0]"]
    assert window.checking.button.isVisible() and window.checking.button.text().startswith("۱ ")
    assert window.checking.field_label("rewritten[0]") == "جلسه › بند بازنویسی‌شده"

    # The comparison, from the session's button: the city the composer writes now is
    # struck through beside the secretary's words, its change said above them.
    seen = {}
    answered(lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton), press("takeButton", seen))
    assert seen["buttons"] == ["keepButton", "takeButton", "editButton"]
    assert seen["text"]["yourText"] == MINE and "گوتنبرگ" in seen["text"]["composedText"]
    assert any("گوتنبرگ" in run for run in seen["struck"]["composedText"])
    assert "گرم" in " ".join(seen["underlined"]["yourText"])
    composed = preview_paragraphs(window)[SESSION]
    assert "گوتنبرگ" in composed and window.document.model.rewritten == []  # the composed text taken
    qtbot.waitUntil(lambda: window.checking.problems == [])
    assert button.property("problem") is False

    window.document.undo_stack.undo()  # the rewrite comes back, stale as it was
    assert preview_paragraphs(window)[SESSION] == MINE and window.ui.preview.marks == {SESSION: True}
    qtbot.waitUntil(lambda: [p.path for p in window.checking.problems] == ["rewritten[0]"])

    answered(lambda: from_menu(window, SESSION, "&بازنویسی این بند…"), press("keepButton"))
    assert preview_paragraphs(window)[SESSION] == MINE and window.ui.preview.marks == {SESSION: False}
    assert window.document.model.rewritten[0].composed == composed  # written over what the composer says now
    qtbot.waitUntil(lambda: window.checking.problems == [])
    assert window.document.undo_stack.undoText() == "نگه داشتن متن خودتان برای بند"


def test_edit_from_the_comparison_opens_the_secretarys_text(editor, qtbot):
    window = editor
    rewrite_session(window)
    stale(window, qtbot)
    opened = []

    def edit(dialog):
        dialog.findChild(QPushButton, "editButton").click()

    def then_write(dialog):
        opened.append(dialog.findChild(ParagraphEdit, "rewriteText").toPlainText())
        write(MINE.replace("استکهلم", "گوتنبرگ"))(dialog)

    # The comparison first, then the editor it opens: each answered in turn.
    answers = [edit, then_write]

    def next_dialog(left=250):
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or dialog.property("answered"):
            if left:
                QTimer.singleShot(20, lambda: next_dialog(left - 1))
            return
        dialog.setProperty("answered", True)
        answers.pop(0)(dialog)
        if answers:
            QTimer.singleShot(20, next_dialog)

    QTimer.singleShot(0, next_dialog)
    from_menu(window, SESSION, "&بازنویسی این بند…")
    assert answers == [] and opened == [MINE]
    assert preview_paragraphs(window)[SESSION] == MINE.replace("استکهلم", "گوتنبرگ")
    qtbot.waitUntil(lambda: window.checking.problems == [])  # edited over the composed text of now: not stale


def test_f2_rewrites_the_paragraph_clicked_and_a_problem_goes_to_it(editor, qtbot):
    window = editor
    view = window.ui.preview
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.point_of(SESSION))
    QApplication.processEvents()
    answered(lambda: QTest.keyClick(window.focusWidget(), Qt.Key.Key_F2), write(MINE, None))
    assert preview_paragraphs(window)[SESSION] == MINE
    stale(window, qtbot)
    window.checking.button.click()  # the next problem: the paragraph, selected in the preview
    assert window.focusWidget() is view and view.selected_text() == MINE
    assert "فیلدهای این بند" in window.statusBar().currentMessage()
    seen = {}
    window.activateWindow()  # the window's keys go to the active window, which a dialog closed may not give back
    qtbot.waitUntil(window.isActiveWindow)
    answered(lambda: QTest.keyClick(view, Qt.Key.Key_F2), press("keepButton", seen))  # F2 there: the comparison
    assert "composedText" in seen["text"]
    qtbot.waitUntil(lambda: window.checking.problems == [])


def test_a_sections_button_lists_its_paragraphs_and_f2_in_a_field_opens_the_fields_own(editor, qtbot):
    window = editor
    listed = sections(window)
    row = index_of(window, "paragraph")  # a free paragraph: each line a paragraph of the page
    listed.select(row)
    type_into(window, f"sections[{row}].paragraph", "بند یکم\nبند دوم", paste=True)
    button = listed.findChild(QToolButton, "rewriteButton")
    seen = []

    def choose_the_second(menu):
        seen.extend(a.text() for a in menu.actions())
        menu.setActiveAction(menu.actions()[1])
        QTest.keyClick(menu, Qt.Key.Key_Return)
    on_menu(choose_the_second)
    answered(lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton), write("بند دوم من."))
    assert seen == ["بند یکم.", "بند دوم."]
    (rewrite,) = window.document.model.rewritten
    assert (rewrite.at, rewrite.n, rewrite.composed) == (f"sections[{row}].paragraph", 1, "بند دوم.")
    assert "بند دوم من." in preview_paragraphs(window) and "بند یکم." in preview_paragraphs(window)

    # After a click on another paragraph, F2 in the field opens the field's own first.
    view = window.ui.preview
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.point_of(SESSION))
    box = field(window, f"sections[{row}].paragraph")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box.setFocus()
    opened = []

    def read(dialog):
        opened.append(dialog.findChild(ParagraphEdit, "rewriteText").toPlainText())
        cancel(dialog)
    answered(lambda: QTest.keyClick(box, Qt.Key.Key_F2), read)
    assert opened == ["بند یکم."]


def test_a_rewrite_whose_paragraph_is_gone_is_named_and_can_be_removed(editor, qtbot):
    window = editor
    listed = sections(window)
    row = index_of(window, "paragraph")
    listed.select(row)
    number = next(n for n, b in enumerate(window.preview.blocks) if b.source == f"sections[{row}].paragraph")
    answered(lambda: from_menu(window, number, "&بازنویسی این بند…"), write("بند من."))
    box = field(window, f"sections[{row}].paragraph")  # its paragraph emptied: nothing is composed there
    box.setFocus()
    box.selectAll()
    QTest.keyClick(box, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: [p.path for p in window.checking.problems] == ["rewritten[0]"])
    assert "بند من." not in preview_paragraphs(window)
    assert row_tip(listed.list, row).startswith("بندی که بازنویسی شده بود دیگر در اطلاعیه نیست")
    seen = {}
    _, title = answered(window.checking.button.click, press("takeButton", seen))  # the problem, shown
    assert title == "این بند دیگر در اطلاعیه نیست"
    assert seen["buttons"] == ["takeButton"] and seen["text"] == {"yourText": "بند من."}
    assert window.document.model.rewritten == []
    window.document.undo_stack.undo()
    assert window.document.model.rewritten[0].text == "بند من."


def test_find_goes_to_a_rewritten_paragraph_in_the_preview(editor):
    from announcer.gui.find import finder

    window = editor
    rewrite_session(window)
    dialog = finder(window)
    dialog.start(replacing=False)
    dialog.find_edit.setText("گرم")
    dialog.step(1)
    view = window.ui.preview
    assert window.focusWidget() is view and view.selected_text() == MINE
    dialog.close()


def index_of(window, kind: str) -> int:
    return next(i for i, part in enumerate(window.document.model.sections) if part.kind == kind)


def test_a_rewrite_follows_its_section_when_it_moves_and_goes_with_it_when_removed(editor):
    window = editor
    answered(lambda: from_menu(window, AGENDA, "&بازنویسی این بند…"), write("دستور جلسه من."))
    assert window.document.model.rewritten[0].at == "sections[0].agenda"
    listed = sections(window)
    listed.select(0)
    listed.list.setFocus()
    QTest.keyClick(listed.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.document.model.rewritten[0].at == "sections[1].agenda"
    paragraphs = preview_paragraphs(window)
    assert paragraphs[AGENDA + 1] == "دستور جلسه من." and paragraphs[AGENDA].startswith("اسناد")  # after the documents
    assert window.ui.preview.marks == {AGENDA + 1: False} and window.checking.problems == []
    stack = window.document.undo_stack
    assert stack.undoText() == "جابه‌جایی بخش «دستور جلسه»"
    stack.undo()  # one step: the section and its rewrite
    assert window.document.model.rewritten[0].at == "sections[0].agenda"
    assert preview_paragraphs(window)[AGENDA] == "دستور جلسه من."

    listed.select(0)
    QTest.keyClick(listed.list, Qt.Key.Key_Delete)
    assert window.document.model.rewritten == [] and "دستور جلسه من." not in preview_paragraphs(window)
    stack.undo()
    assert window.document.model.rewritten[0].at == "sections[0].agenda"
    assert preview_paragraphs(window)[AGENDA] == "دستور جلسه من."


def test_a_stale_rewrite_marks_its_sections_row_and_is_counted(editor, qtbot):
    window = editor
    answered(lambda: from_menu(window, AGENDA, "&بازنویسی این بند…"), write("دستور جلسه من."))
    listed = sections(window)
    listed.select(0)
    items = "sections[0].agenda.items[0]"
    type_into(window, items, "گزارش کمیته")
    qtbot.waitUntil(lambda: [p.path for p in window.checking.problems] == ["rewritten[0]"])
    assert row_colour(listed.list, 0) == "#c0392b" and "فیلدهای این بند" in row_tip(listed.list, 0)
    assert listed.findChild(QToolButton, "rewriteButton").property("problem") is True
    listed.select(1)  # another section's button is not marked
    assert listed.findChild(QToolButton, "rewriteButton").property("problem") is False
    assert window.checking.button.text().startswith("۱ ")


def test_new_from_keeps_rewritten_paragraphs_only_when_ticked_and_remembers(editor):
    window = editor
    QSettings().remove("new_from/keep")
    rewrite_session(window)
    window.document.undo_stack.setClean()  # nothing to ask about before the new draft

    def keep_them(dialog):
        box = dialog.findChild(QCheckBox, "keep_rewritten")
        assert box.text() == "بندهایی که دستی بازنویسی شده‌اند" and not box.isChecked()
        box.click()
        dialog.findChild(QDialogButtonBox).button(OK).click()
    answered(window.ui.actionNewFrom.trigger, keep_them)
    (kept,) = window.document.model.rewritten
    assert kept.text == MINE and preview_paragraphs(window)[SESSION] == MINE  # marked: this meeting's days are gone
    window.checking.validate()
    assert [p.path for p in window.checking.problems] == ["rewritten[0]"]

    def ticked_again(dialog):
        assert dialog.findChild(QCheckBox, "keep_rewritten").isChecked()
        dialog.findChild(QCheckBox, "keep_rewritten").click()
        dialog.findChild(QDialogButtonBox).button(OK).click()
    window.document.undo_stack.setClean()
    answered(window.ui.actionNewFrom.trigger, ticked_again)
    assert window.document.model.rewritten == []


def test_a_rewrite_is_saved_and_reopens_marked(editor, qtbot, tmp_path):
    window = editor
    rewrite_session(window)
    stale(window, qtbot)
    path = tmp_path / "d.announcement.json"
    window.document.save(path)
    assert draft.load(path).rewritten == window.document.model.rewritten
    window.files.open_path(path)
    assert preview_paragraphs(window)[SESSION] == MINE and window.ui.preview.marks == {SESSION: True}
    window.checking.validate()
    assert [p.path for p in window.checking.problems] == ["rewritten[0]"]


@pytest.mark.parametrize("language", ["fa", "en"])
def test_screenshots_of_the_editor_and_the_comparison(editor, qtbot, language):
    window = editor
    window.switch_language(language)
    action = {"fa": "&بازنویسی این بند…", "en": "&Rewrite this paragraph…"}[language]
    answered(lambda: from_menu(window, SESSION, action), write(MINE, f"rewrite-editor-{language}.png"))
    stale(window, qtbot)
    window.ui.preview.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    assert window.grab().save(str(SHOTS / f"rewrite-stale-{language}.png"))
    answered(lambda: from_menu(window, SESSION, action), press("keepButton", shot=f"rewrite-compare-{language}.png"))
    for name in ("editor", "compare", "stale"):
        real_image(SHOTS / f"rewrite-{name}-{language}.png")


def test_a_draft_shown_read_only_is_not_rewritten(editor):
    window = editor
    window.files.read_only = True  # as for a draft someone else has open
    seen = []

    def look(menu):
        seen.extend((a.text(), a.isEnabled()) for a in menu.actions()[:1])
        menu.close()
    on_menu(look)
    view = window.ui.preview
    point = view.point_of(SESSION)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                              view.viewport().mapToGlobal(point)))
    assert seen == [("&بازنویسی این بند…", False)]
    view.setFocus()
    window.ui.actionRewrite.trigger()  # F2: said in the status bar, no dialog (the suite's guard would fail)
    assert window.statusBar().currentMessage().startswith("پیش‌نویس فقط‌خواندنی باز شده است")
    assert window.document.model.rewritten == []


def test_a_rewrite_anchored_where_no_draft_has_a_paragraph_is_named_without_a_place(window, example):
    from announcer.model import Rewrite

    example.rewritten = [Rewrite(at, 0, "x", "متن من") for at in
                         ("sections[0].bogus", "foo[1]", "session.city[2]", "rewritten[0]", "sections[99].agenda", "")]
    window.document.load(example, None)
    window.checking.validate()
    assert [p.path for p in window.checking.problems] == [f"rewritten[{i}]" for i in range(6)]
    assert [window.checking.field_label(p.path) for p in window.checking.problems] == ["دستور جلسه (بخش ۱) › بند بازنویسی‌شده"] + \
        ["بند بازنویسی‌شده"] * 5
    assert preview_paragraphs(window) == [b.text for b in compose(example)]  # none of them is shown
