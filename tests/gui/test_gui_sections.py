"""The body's sections in the window (issue 21): added from the «Add section» menu, moved
with the keys, the buttons and a drag, removed, undone and redone, each step read in the
preview; a click in the preview or a problem takes the user to its section; the order
is saved; a draft of format 1 says once that it was upgraded."""

import copy
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from announcer import draft
from announcer.compose import compose
from announcer.model import Announcement, Rewrite, Title
from conftest import EXAMPLE, ROOT
from gui_helpers import (add, add_section, field, preview_paragraphs, record_list, row_colour, row_tip, sections, select,
                         type_into)

ANTHEM, SILENCE = "سرود ای ایران پخش شد.", "جلسه با یک دقیقه سکوت آغاز شد."
AGENDA = "دستور جلسه عبارت بود از: گزارش هیئت دبیران."  # a new agenda is not said to be approved
V1 = json.loads((ROOT / "tests" / "data" / "v1" / "composed.json").read_text(encoding="utf-8"))[0]  # the example


def body(window) -> list[str]:
    """The preview's paragraphs of the body's sections, in the order its pages show them."""
    paragraphs = preview_paragraphs(window)
    return [text for text, block in zip(paragraphs, window.preview.blocks) if block.source.startswith("sections[")]


def rows(window) -> list[str]:
    listed = sections(window).list
    return [listed.text(row) for row in range(listed.count())]


def test_sections_added_moved_removed_undone_and_redone_as_the_preview_reads_them(window):
    window.document.load(Announcement(title=Title(body="انجمن نویسندگان"), sections=[]), None)
    listed = sections(window)
    assert rows(window) == [] and body(window) == []

    add_section(window, "paragraph")  # an opening before the agenda, which version 1 could not write
    assert window.focusWidget() is field(window, "sections[0].paragraph")  # the new section's first field
    type_into(window, "sections[0].paragraph", ANTHEM[:-1])
    assert body(window) == [ANTHEM]
    add_section(window, "agenda")  # after the one selected
    assert listed.list.currentRow() == 1 and window.focusWidget().property("field") == "approved"
    add(window, "sections[1].agenda.items")
    type_into(window, "sections[1].agenda.items[0]", "گزارش هیئت دبیران")
    listed.select(0)
    add_section(window, "paragraph")  # a kind comes as often as the meeting needs it
    type_into(window, "sections[1].paragraph", SILENCE[:-1])
    assert body(window) == [ANTHEM, SILENCE, AGENDA]
    assert rows(window) == ["بند آزاد: سرود ای ایران پخش شد", "بند آزاد: جلسه با یک دقیقه سکوت آغاز شد",
                            "دستور جلسه: گزارش هیئت دبیران"]

    listed.select(2)
    listed.list.setFocus()
    QTest.keyClick(listed.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert body(window) == [ANTHEM, AGENDA, SILENCE]
    QTest.keyClick(listed.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert body(window) == [AGENDA, ANTHEM, SILENCE] and listed.list.currentRow() == 0
    QTest.mouseClick(listed.down_button, Qt.MouseButton.LeftButton)
    assert body(window) == [ANTHEM, AGENDA, SILENCE] and listed.list.currentRow() == 1
    model = listed.list.model()  # a drag drops the silence at the top
    assert model.moveRow(model.index(0, 0).parent(), 2, model.index(0, 0).parent(), 0)
    assert body(window) == [SILENCE, ANTHEM, AGENDA] and listed.list.currentRow() == 0
    assert field(window, "sections[0].paragraph").toPlainText() == SILENCE[:-1]  # the form shows the section moved

    listed.select(1)
    listed.list.setFocus()
    QTest.keyClick(listed.list, Qt.Key.Key_Delete)
    assert body(window) == [SILENCE, AGENDA]
    assert rows(window) == ["بند آزاد: جلسه با یک دقیقه سکوت آغاز شد", "دستور جلسه: گزارش هیئت دبیران"]
    stack = window.document.undo_stack
    assert stack.undoText() == "حذف بخش «بند آزاد»"
    stack.undo()
    assert body(window) == [SILENCE, ANTHEM, AGENDA] and len(rows(window)) == 3
    stack.redo()
    assert body(window) == [SILENCE, AGENDA]
    while stack.canUndo():
        stack.undo()
    assert rows(window) == [] and body(window) == []
    while stack.canRedo():
        stack.redo()
    assert body(window) == [SILENCE, AGENDA]


def test_insert_in_the_list_offers_the_kinds_and_escape_adds_nothing(window):
    from PySide6.QtWidgets import QMenu

    listed = sections(window)
    before = window.document.model.sections[:]
    listed.select(5)  # the election, last of a new draft's
    listed.list.setFocus()
    QTest.keyClick(listed.list, Qt.Key.Key_Insert)
    menu = listed.findChild(QMenu)
    assert menu.isVisible() and menu.title() == "افزودن بخش"
    assert [a.text() for a in menu.actions()] == [
        "بند آزاد", "گشایش جلسه", "آیین کار (اعتبارنامه‌ها، هیئت رئیسه)", "دستور جلسه", "اسناد", "گزارش‌ها",
        "سخنرانی، گزارش یا پیام", "مصوبات", "مصوبات شماره‌دار", "مواضع و خواسته‌ها", "بحث در مورد موضوعات", "انتخابات", "جلسه بعدی", "امضا"]
    QTest.keyClick(menu, Qt.Key.Key_Escape)
    assert not menu.isVisible() and window.document.model.sections == before
    add_section(window, "election")  # a second election, after the first
    assert [p.kind for p in window.document.model.sections][-2:] == ["election", "election"]
    assert listed.list.currentRow() == 6 and window.focusWidget() is field(window, "sections[6].election.intro")


def test_a_click_on_a_paragraph_selects_its_section_and_field(window, example):
    window.document.load(example, None)
    window.preview.update_now()
    view = window.ui.preview
    for source in ("sections[7].paragraph", "sections[1].documents"):
        block = [b.source for b in window.preview.blocks].index(source)
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.point_of(block))
        row = int(source[9])
        assert sections(window).list.currentRow() == row
        if source.endswith("paragraph"):  # the closing paragraph, in its form
            assert window.focusWidget() is field(window, source)
            assert window.focusWidget().toPlainText() == example.sections[row].paragraph
        else:  # a form that is one list: the list
            assert window.focusWidget() is record_list(window, source).list


def test_the_list_summarises_the_rows_it_shows_and_an_edited_one_again(window, example):
    """A row is summarised when the list first shows it (widgets.Rows): of 225 sections, a
    list's height of them; scrolled, the rows that come into view; an edit in one section
    makes its row's text again and keeps every other one's."""
    example.sections = [copy.deepcopy(part) for part in example.sections * 25]
    window.document.load(example, None)
    listed = sections(window).list
    listed.grab()  # drawn: its rows in view, and the last, which Qt measures for every row's height
    assert listed.count() == 225 and set(range(8)) <= set(listed.rows.texts) <= {*range(9), 224}
    listed.scrollToBottom()
    listed.grab()
    assert 224 in listed.rows.texts and len(listed.rows.texts) <= 18
    before = dict(listed.rows.texts)
    type_into(window, "sections[223].paragraph", "جلسه با سرود انترناسیونال پایان یافت", paste=True)
    listed.grab()
    assert listed.rows.texts[223] == "بند آزاد: جلسه با سرود انترناسیونال پایان یافت"
    assert all(listed.rows.texts[row] is text for row, text in before.items() if row != 223)
    assert listed.currentRow() == 223  # the section edited stays selected


def test_a_row_dropped_onto_another_takes_its_place_and_none_is_edited_in_place(window, example):
    window.document.load(example, None)
    listed = sections(window).list
    model = listed.model()
    kinds = [part.kind for part in window.document.model.sections]
    dragged = model.mimeData([model.index(3)])
    # What Qt's list view asks before it lets a row be dragged and dropped between two.
    assert model.flags(model.index(3)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(model.index(0).parent()) & Qt.ItemFlag.ItemIsDropEnabled
    assert model.canDropMimeData(dragged, Qt.DropAction.MoveAction, 1, 0, model.index(0).parent())
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, model.index(1))  # onto the second row
    assert [part.kind for part in window.document.model.sections] == [*kinds[:1], kinds[3], *kinds[1:3], *kinds[4:]]
    assert listed.count() == len(kinds) and rows(window)[1].startswith("بند آزاد: در مبحث گزارشات")
    listed.setFocus()
    listed.setCurrentRow(2)
    QTest.keyClick(listed, Qt.Key.Key_F2)  # a row is a summary, not a field
    QTest.mouseDClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualRect(model.index(2)).center())
    assert listed.state() != QAbstractItemView.State.EditingState and not listed.findChildren(QLineEdit)


def test_typing_in_a_sections_form_changes_the_preview_and_its_row(window, example):
    window.document.load(example, None)
    type_into(window, "sections[5].discussion.text", "و تاکید شد", paste=True)
    assert body(window)[5] == "در روز دوم جلسه در مورد دستگیری دانشجویان و مساله زندانیان سیاسی بحث و تبادل نظر شد و تاکید شد."
    assert rows(window)[5] == "بحث در مورد موضوعات: دستگیری دانشجویان، مساله زندانیان سیاسی، و تاکید شد"
    assert rows(window)[6] == "انتخابات: بخش پایانی جلسه در باره نوع آرایش و رهبری تشکیلات خارج بود. …"
    sections(window).select(6)
    add_section(window, "election")  # a second election: its row names what was typed, not the «عضو» it starts with
    assert rows(window)[7] == "انتخابات"
    type_into(window, "sections[7].election.body", "هیئت دبیران")
    add(window, "sections[7].election.people")
    type_into(window, "sections[7].election.people[0].name", "مینا احمدی")
    assert rows(window)[7] == "انتخابات: هیئت دبیران، مینا احمدی"
    assert body(window)[7] == "مینا احمدی برای عضویت در هیئت دبیران انتخاب شد."  # no decision to elect unless asked


@pytest.mark.parametrize("language, named", [
    ("fa", "مصوبات ۲ (بخش ۵) › اختیار به: معلوم نیست به چه کسی اختیار داده شد"),
    ("en", "Resolutions 2 (section 5) › Given authority: an authorisation needs the body that is given authority"),
])
def test_a_problem_in_a_section_is_marked_and_named(window, example, language, named):
    window.switch_language(language)
    example.sections[4].resolutions[1].body = ""  # an authorisation given to nobody
    window.document.load(example, None)
    sections(window).select(0)  # another section's form is shown when the problems are found
    window.checking.validate()
    listed = sections(window).list
    assert row_colour(listed, 4) == "#c0392b"
    assert row_tip(listed, 4) == named.split(": ", 1)[1]
    assert row_tip(listed, 3) == "" and row_colour(listed, 3) is None
    assert window.checking.field_label("sections[4].resolutions[1].body") == named.split(": ", 1)[0]
    window.checking.button.click()  # the problem's section is selected, its record and field
    assert window.statusBar().currentMessage() == named
    assert listed.currentRow() == 4 and record_list(window, "sections[4].resolutions").list.currentRow() == 1
    given_to = field(window, "sections[4].resolutions[1].body")
    assert QApplication.focusWidget() is given_to and given_to.property("problem") is True
    select(window, "sections[4].resolutions", 0)  # the other record: nothing to mark
    assert given_to.property("problem") is False


def test_field_labels_name_the_section_by_its_kind_and_place(window, example):
    window.document.load(example, None)
    assert window.checking.field_label("sections[0].agenda.items[1]") == "دستور جلسه (بخش ۱) › موارد ۲ › متن"
    assert window.checking.field_label("sections[3].paragraph") == "بند آزاد (بخش ۴)"
    assert window.checking.field_label("sections[3]") == "بند آزاد (بخش ۴)"
    assert window.checking.field_label("sections[6].election.people[1].name") == "انتخابات (بخش ۷) › منتخبان ۲ › نام"
    assert window.checking.field_label("sections[1].documents[0].title") == "اسناد ۱ (بخش ۲) › عنوان"
    window.switch_language("en")
    assert window.checking.field_label("sections[2].reports.items[0].speaker") == "Reports (section 3) › Reports 1 › Speaker"


def test_the_order_is_saved_and_reopened(window, example, tmp_path):
    window.document.load(example, None)
    listed = sections(window)
    listed.select(6)  # the election goes first
    listed.list.setFocus()
    for _ in range(6):
        QTest.keyClick(listed.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    shown, order = body(window), rows(window)
    assert shown[0].startswith("بخش پایانی جلسه در باره نوع آرایش")
    path = tmp_path / "moved.announcement.json"
    assert window.files.save_to(path)
    assert [next(iter(s)) for s in json.loads(path.read_text(encoding="utf-8"))["announcement"]["sections"]] == [
        "election", "agenda", "documents", "reports", "paragraph", "resolutions", "discussion", "paragraph", "paragraph"]
    window.ui.actionNew.trigger()
    assert rows(window) != order
    assert window.files.open_path(path)
    assert body(window) == shown and rows(window) == order
    assert window.statusBar().currentMessage() == ""  # a draft of this version: nothing to say


@pytest.mark.parametrize("language, said", [
    ("fa", "«\u2066old.announcement.json\u2069» با قالب قدیمی‌تری نوشته شده بود: به قالب تازه درآمد، "
           "و ذخیره‌کردن آن را با قالب تازه می‌نویسد"),
    ("en", "«\u2066old.announcement.json\u2069» was written in an older format: it was upgraded, "
           "and saving writes the new format"),
])
def test_a_version_1_draft_opens_as_it_read_and_says_once_it_was_upgraded(window, tmp_path, language, said):
    window.switch_language(language)
    path = tmp_path / "old.announcement.json"
    path.write_text(json.dumps(V1["draft"], ensure_ascii=False), encoding="utf-8")
    assert window.files.open_path(path)
    assert window.statusBar().currentMessage() == said
    assert preview_paragraphs(window) == [text for _, text in V1["blocks"]]  # the text version 1 composed
    assert [p.kind for p in window.document.model.sections] == [p.kind for p in draft.load(EXAMPLE).sections]
    assert not window.isWindowModified()
    type_into(window, "session.city", "برلین")
    assert window.statusBar().currentMessage() == said  # said once, and left until something else is said
    assert window.files.save()
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == draft.VERSION == 2
    window.statusBar().clearMessage()
    assert window.files.reload() and window.statusBar().currentMessage() == ""


@pytest.mark.parametrize("language", ["fa", "en"])
def test_screenshots_of_the_sections(window, example, language):
    """out/screenshots/sections-{fa,en}.png, the list with the reports selected, and
    sections-menu-{fa,en}.png, the «Add section» menu open over it: for a person to look at."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QMenu

    from gui_helpers import SHOTS, real_image

    window.switch_language(language)
    window.document.load(example, None)
    listed = sections(window)
    listed.select(2)
    group = listed.parentWidget()
    QApplication.processEvents()
    window.ui.formScroll.verticalScrollBar().setValue(group.y())
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"sections-{language}.png"))
    QTest.mouseClick(listed.add_button, Qt.MouseButton.LeftButton)
    menu = listed.findChild(QMenu)
    shot = window.grab()
    with QPainter(shot) as painter:  # the menu is a window of its own: drawn where it stands
        painter.drawPixmap(window.mapFromGlobal(menu.mapToGlobal(QPoint(0, 0))), menu.grab())
    menu.close()
    assert shot.save(str(SHOTS / f"sections-menu-{language}.png"))
    for name in ("sections", "sections-menu"):
        real_image(SHOTS / f"{name}-{language}.png")


def test_tab_goes_from_the_sections_into_the_form_of_the_one_selected_then_on_to_the_settings(window, example):
    window.document.load(example, None)
    listed = sections(window)
    listed.select(2)  # the reports: a form loaded after the window was built
    listed.down_button.setFocus()
    visited = []
    for _ in range(13):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        widget = window.focusWidget()
        visited.append(widget.property("field") or widget.toolTip() or type(widget).__name__)
    rewrite = "بندی از صفحه را با واژه‌های خودتان بنویسید (F2 در پیش‌نمایش)"  # the list's «Rewrite a paragraph…»
    assert visited == [rewrite, "topic", "framed", "RowList", "افزودن (Insert)", "حذف (Delete)",  # «up» is off
                       "پایین بردن (Ctrl+Down)", "speaker", "title", "summary", "plural",  # the report selected
                       "continues", "settings.date_word"]


def test_a_paragraph_rewritten_by_hand_keeps_to_its_section_when_one_is_added_before_it(window, example):
    reports = next(b.text for b in compose(example) if b.source == "sections[2].reports")
    example.rewritten.append(Rewrite("sections[2].reports", 0, reports, "گزارش‌ها به کوتاهی."))
    window.document.load(example, None)
    assert "گزارش‌ها به کوتاهی." in body(window) and reports not in body(window)
    sections(window).select(0)
    add_section(window, "paragraph")  # after the agenda: the reports are the fourth section now
    assert [r.at for r in window.document.model.rewritten] == ["sections[3].reports"]
    assert "گزارش‌ها به کوتاهی." in body(window) and reports not in body(window)
    stack = window.document.undo_stack
    assert stack.undoText() == "افزودن بخش «بند آزاد»"
    stack.undo()  # one step: the section and where the rewrite stands
    assert [r.at for r in window.document.model.rewritten] == ["sections[2].reports"]
    assert len(rows(window)) == 9 and "گزارش‌ها به کوتاهی." in body(window)


def test_a_section_ticked_to_continue_the_sentence_before_it_joins_it_in_the_preview_and_unticked_parts(window):
    window.document.load(Announcement(title=Title(body="انجمن نویسندگان"), sections=[]), None)
    add_section(window, "paragraph")
    type_into(window, "sections[0].paragraph", "هیئت دبیران نشست را گشود")
    add_section(window, "agenda")
    add(window, "sections[1].agenda.items")
    type_into(window, "sections[1].agenda.items[0]", "گزارش هیئت دبیران")
    box = field(window, "sections[1].agenda.continues")
    assert box.text() == "ادامهٔ جملهٔ بخش پیش («… و …»)" and not box.isChecked()
    assert body(window) == ["هیئت دبیران نشست را گشود.", AGENDA]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)  # ticked from the keyboard
    assert window.document.model.sections[1].agenda.continues
    assert body(window) == ["هیئت دبیران نشست را گشود و " + AGENDA]
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert body(window) == ["هیئت دبیران نشست را گشود.", AGENDA]
