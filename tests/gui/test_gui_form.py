"""Filling the announcement through the form, as a user would, shows it in the preview."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from announcer.compose import compose
from announcer.model import ResolutionKind
from gui_helpers import (add, add_section, choose, field, preview_paragraphs, record_list, sections, select, tick,
                         type_into)


def fill_example_from_scratch(window, example):
    """Type the whole reference announcement into an empty form."""
    e = example
    type_into(window, "publication.bulletin", e.publication.bulletin)
    type_into(window, "publication.issue", "۲۲۳")
    type_into(window, "publication.date", "۱۳۸۶/۹/۳۰")  # 21 December 2007, typed in Jalali with Persian digits
    type_into(window, "title.body", e.title.body)
    type_into(window, "title.organisation", e.title.organisation)
    for n, typed in enumerate(["2007-12-15", "1386/09/25"]):  # either calendar
        add(window, "session.days")
        type_into(window, f"session.days[{n}]", typed)
    type_into(window, "session.city", e.session.city)
    type_into(window, "session.attendance", e.session.attendance)
    add(window, "session.guests")
    type_into(window, "session.guests[0].name", e.session.guests[0].name)
    type_into(window, "session.guests[0].role", e.session.guests[0].role)
    type_into(window, "session.guests[0].days", "۱")
    # A new draft's sections: agenda, documents, reports, a free paragraph, resolutions, an election.
    agenda, documents, reports, paragraph, resolutions, discussion, election = (
        getattr(part, part.kind) for part in e.sections[:7])
    tick(window, "sections[0].agenda.approved")  # «در ابتدا دستور جلسه تصویب شد.»
    for n, item in enumerate(agenda.items):
        add(window, "sections[0].agenda.items")
        type_into(window, f"sections[0].agenda.items[{n}]", item)
    for n, doc in enumerate(documents):
        add(window, "sections[1].documents")
        type_into(window, f"sections[1].documents[{n}].title", doc.title)
        if doc.pages:
            type_into(window, f"sections[1].documents[{n}].pages", str(doc.pages))
    type_into(window, "sections[2].reports.topic", reports.topic)
    for n, report in enumerate(reports.items):
        add(window, "sections[2].reports.items")
        type_into(window, f"sections[2].reports.items[{n}].speaker", report.speaker)
        type_into(window, f"sections[2].reports.items[{n}].summary", report.summary, paste=True)
    type_into(window, "sections[3].paragraph", paragraph, paste=True)
    for n, r in enumerate(resolutions):
        add(window, "sections[4].resolutions")
        choose(window, f"sections[4].resolutions[{n}].kind", r.kind)
        if r.kind is ResolutionKind.AUTHORISATION:
            type_into(window, f"sections[4].resolutions[{n}].body", r.body)
        type_into(window, f"sections[4].resolutions[{n}].text", r.text, paste=True)
    add_section(window, "discussion")  # after the resolutions, the one selected
    type_into(window, "sections[5].discussion.day", "2")
    for n, topic in enumerate(discussion.topics):
        add(window, "sections[5].discussion.topics")
        type_into(window, f"sections[5].discussion.topics[{n}]", topic)
    type_into(window, "sections[5].discussion.text", discussion.text, paste=True)
    type_into(window, "sections[6].election.intro", election.intro, paste=True)
    type_into(window, "sections[6].election.body", election.body)
    type_into(window, "sections[6].election.full_name", election.full_name)
    type_into(window, "sections[6].election.seats", "3")
    type_into(window, "sections[6].election.purpose", election.purpose, paste=True)
    tick(window, "sections[6].election.announced")  # the committee's decision to elect, as the reference says it
    tick(window, "sections[6].election.in_order")  # «در ابتدا … سپس … سرانجام»
    for n, person in enumerate(election.people):
        add(window, "sections[6].election.people")
        type_into(window, f"sections[6].election.people[{n}].name", person.name)
        type_into(window, f"sections[6].election.people[{n}].role", person.role)
    for n in (7, 8):  # the closing paragraphs, each after the one before
        add_section(window, "paragraph")
        type_into(window, f"sections[{n}].paragraph", e.sections[n].paragraph, paste=True)


def test_fill_every_section_and_the_preview_reads_the_reference(window, example):
    fill_example_from_scratch(window, example)
    assert window.document.model == example
    assert preview_paragraphs(window) == [b.text for b in compose(example)]
    assert window.isWindowModified()


def test_dates_typed_in_either_calendar_show_in_the_document_calendar(window):
    add(window, "session.days")
    type_into(window, "session.days[0]", "۱۳۸۶/۰۹/۲۴")
    assert window.document.model.session.days == [dt.date(2007, 12, 15)]
    assert field(window, "session.days[0]").text() == "۱۵ دسامبر ۲۰۰۷"
    assert record_list(window, "session.days").list.text(0) == "۱۵ دسامبر ۲۰۰۷"
    choose(window, "settings.calendar", __import__("announcer.dates").dates.Calendar.JALALI)
    assert field(window, "session.days[0]").text() == "۲۴ آذر ۱۳۸۶"


def test_a_date_typed_in_the_other_calendar_is_shown_as_written_even_when_unchanged(window, example):
    window.document.load(example, None)
    type_into(window, "session.days[0]", "1386/9/24")  # the day already stored, as a Jalali date
    assert window.document.model.session.days[0] == dt.date(2007, 12, 15)
    assert field(window, "session.days[0]").text() == "۱۵ دسامبر ۲۰۰۷"


def test_reordering_a_list_reorders_the_preview(window, example):
    window.document.load(example, None)
    select(window, "sections[0].agenda.items", 3)
    rows = record_list(window, "sections[0].agenda.items")
    rows.list.setFocus()
    QTest.keyClick(rows.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # keyboard
    QTest.mouseClick(rows.up_button, Qt.MouseButton.LeftButton)  # and the button
    assert window.document.model.sections[0].agenda.items[1] == "آرایش و انتخابات رهبری تشکیلات خارج"
    agenda = next(p for p in preview_paragraphs(window) if p.startswith("در ابتدا"))
    assert "۱- گزارشات و بحث در باره آنها ۲- آرایش و انتخابات رهبری تشکیلات خارج ۳- وظایف فوری" in agenda
    assert rows.list.currentRow() == 1


def test_drag_reorders_too(window, example):
    window.document.load(example, None)
    rows = record_list(window, "sections[0].agenda.items")
    rows.list.model().moveRow(rows.list.model().index(0, 0).parent(), 0, rows.list.model().index(0, 0).parent(), 3)
    assert window.document.model.sections[0].agenda.items[:2] == ["وظایف فوری تشکیلات خارج", "برگزاری کنفرانس خارج کشور حزب"]
    assert window.document.model.sections[0].agenda.items[2] == "گزارشات و بحث در باره آنها"


def test_remove_and_add_from_the_keyboard(window, example):
    window.document.load(example, None)
    rows = record_list(window, "sections[1].documents")
    rows.select(1)
    rows.list.setFocus()
    QTest.keyClick(rows.list, Qt.Key.Key_Delete)
    assert len(window.document.model.sections[1].documents) == 3
    QTest.keyClick(rows.list, Qt.Key.Key_Insert)
    documents = window.document.model.sections[1].documents
    assert len(documents) == 4 and documents[2].title == ""


def test_click_on_a_paragraph_goes_to_its_field(window, example, qtbot):
    window.document.load(example, None)
    window.preview.update_now()
    view = window.ui.preview
    point = view.point_of(9)  # the elections paragraph, scrolled into view
    assert view.viewport().rect().contains(point)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    focused = window.focusWidget()
    assert focused.property("field") == "intro"  # the first field of the election
    assert sections(window).list.currentRow() == 6  # its section is selected


def test_tidy_offers_to_fix_free_text_but_never_names(window):
    type_into(window, "sections[3].paragraph", "فعالیت های حزب", paste=True)
    widget = field(window, "sections[3].paragraph")
    widget.setFocus()
    window.ui.actionTidy.trigger()
    assert window.document.model.sections[3].paragraph == "فعالیت\u200cهای حزب"
    window.document.undo_stack.undo()
    assert window.document.model.sections[3].paragraph == "فعالیت های حزب"
    type_into(window, "title.body", "کميته")  # an Arabic yeh in a name stays as typed
    field(window, "title.body").setFocus()
    window.ui.actionTidy.trigger()
    assert window.document.model.title.body == "کميته"


def test_a_missing_required_field_is_marked_until_filled(window):
    window.checking.validate()
    body = field(window, "title.body")
    assert body.property("problem") is True and body.toolTip() == "نام نهادی که جلسه داشت لازم است"
    days = record_list(window, "session.days").list
    assert days.property("problem") is False and days.property("warning") is True  # no date: a warning only
    type_into(window, "title.body", "کمیته خارج کشور")
    window.checking.validate()
    assert body.property("problem") is False and body.toolTip() == ""


def test_unreadable_day_numbers_stay_as_typed_and_are_marked(window, example):
    window.document.load(example, None)
    type_into(window, "session.guests[0].days", "یک")
    window.checking.validate()
    days = field(window, "session.guests[0].days")
    assert days.text() == "یک" and days.property("problem") is True
    assert window.document.model.session.guests[0].days == [1]


def test_tab_follows_the_reading_order(window, example):
    window.document.load(example, None)
    field(window, "publication.bulletin").setFocus()
    visited = []
    for _ in range(9):
        widget = window.focusWidget()
        owner = widget.parentWidget() if widget.property("field") is None else widget  # a spin box's line edit
        visited.append(owner.property("field"))
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    assert visited == ["publication.bulletin", "publication.issue", "settings.calendar", "publication.date",
                       "publication.credit", "publication.reported_by", "title.kind", "title.body", "title.organisation"]


def test_an_empty_list_offers_only_add_and_no_form(window):
    rows = record_list(window, "session.guests")
    assert rows.add_button.isEnabled()
    assert not (rows.remove_button.isEnabled() or rows.up_button.isEnabled() or rows.down_button.isEnabled())
    assert not rows.detail_host.isVisible()
    add(window, "session.guests")
    assert rows.detail_host.isVisible() and rows.remove_button.isEnabled()
    assert window.status_line.words.text() == "واژه‌ها: ۰"


def test_the_preview_is_white_paper_in_a_dark_theme(app, qtbot, example):
    from PySide6.QtGui import QColor, QPalette

    from announcer.gui.mainwindow import MainWindow
    from announcer.gui.settings import AppSettings

    light = app.palette()
    app.setPalette(QPalette(QColor("#202020")))
    try:
        dark = MainWindow(AppSettings())
        qtbot.addWidget(dark)
        dark.document.load(example, None)
        dark.preview.update_now()
        dark.resize(1200, 800)
        dark.show()
        view = dark.ui.preview
        shot = view.viewport().grab().toImage()
    finally:
        app.setPalette(light)
    page = view.page_rect(0).toRect()
    assert shot.pixelColor(page.left() + 5, page.top() + 5).name() == "#ffffff"  # the margin: paper
    inked = [shot.pixelColor(x, y).lightness() for x in range(page.left(), page.right(), 2)
             for y in range(page.top() + page.height() // 5, page.top() + page.height() // 3, 2)]
    assert min(inked) < 60  # the text: black ink


def test_the_edit_menu_names_each_step_as_the_form_names_the_field(window, example):
    window.document.load(example, None)
    undo = next(a for a in window.ui.menuEdit.actions() if a.text().startswith("&واگرد"))
    type_into(window, "session.city", "برلین")
    assert undo.text() == "&واگرد تغییر «شهر»"
    rows = record_list(window, "sections[1].documents")  # a list that fills its group: the group's title
    rows.select(1)
    rows.list.setFocus()
    QTest.keyClick(rows.list, Qt.Key.Key_Delete)
    assert undo.text() == "&واگرد حذف از «اسناد»"
    QTest.keyClick(rows.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert undo.text() == "&واگرد جابه\u200cجایی در «اسناد»"
    add(window, "sections[6].election.people")  # a list inside a section's form
    assert undo.text() == "&واگرد افزودن به «منتخبان»"
    window.document.undo_stack.undo()
    assert window.document.undo_stack.redoText() == "افزودن به «منتخبان»"


def test_redo_answers_to_ctrl_y_as_in_word_and_to_the_platform_keys(window):
    from PySide6.QtGui import QKeySequence

    redo = next(a for a in window.ui.menuEdit.actions() if a.text().startswith("&انجام دوباره"))
    keys = [k.toString() for k in redo.shortcuts()]
    assert "Ctrl+Y" in keys and keys.count("Ctrl+Y") == 1
    assert all(k.toString() in keys for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))


def test_a_draft_opened_while_the_window_is_hidden_fits_its_pages_to_the_pane(window, example):
    from PySide6.QtWidgets import QApplication

    from announcer.gui.pageview import GAP

    window.hide()
    window.document.load(example, None)
    window.show()
    QApplication.processEvents()
    view = window.ui.preview
    page = view.page_rect(0)
    assert view.page_count() == 2
    assert page.width() <= view.viewport().width() - 2 * GAP + 1
    assert page.width() >= min(view.viewport().width() - 2 * GAP - 1, 794 * view.logicalDpiX() / 96 - 1)
    assert abs(page.height() / page.width() - 16838 / 11906) < 0.01  # A4, not stretched


def test_a_new_draft_says_where_to_start_and_the_hint_goes_with_the_first_field(window):
    assert window.preview.blocks == []
    assert "از نهادی که جلسه داشت (عنوان) و روزهای جلسه آغاز کنید" in window.preview.text()
    type_into(window, "title.body", "کمیته خارج کشور")
    assert "آغاز کنید" not in " ".join(preview_paragraphs(window))
    assert "ماه جاری" in field(window, "publication.date").toolTip()


def test_enter_at_an_agenda_item_starts_the_next_and_the_list_grows(window, example):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.document.load(example, None)
    rows = record_list(window, "sections[0].agenda.items")
    small = rows.list.height()
    select(window, "sections[0].agenda.items", 3)
    item = field(window, "sections[0].agenda.items[3]")
    item.setFocus()
    QTest.keyClick(item, Qt.Key.Key_Return)
    items = window.document.model.sections[0].agenda.items
    assert items[4] == ""  # a new item after the one left
    type_into(window, "sections[0].agenda.items[4]", "گزارش مالی")
    assert window.document.model.sections[0].agenda.items[4] == "گزارش مالی"
    for _ in range(4):
        add(window, "sections[0].agenda.items")
    tall = rows.list.height()
    assert tall > small  # nine items: eight rows shown
    add(window, "sections[0].agenda.items")
    assert rows.list.height() == tall  # and no more: the list scrolls


def test_the_status_bar_takes_the_user_to_each_problem_in_turn(window, example):
    from PySide6.QtWidgets import QApplication

    example.title.body = ""
    example.session.city = "\u200bاستکهلم"
    window.document.load(example, None)
    window.checking.validate()
    button = window.checking.button
    assert button.isVisible() and button.text() == "۲ اشکال: رفتن به بعدی"
    button.click()
    assert QApplication.focusWidget() is field(window, "title.body")
    assert window.statusBar().currentMessage() == "عنوان › نهادی که جلسه داشت: نام نهادی که جلسه داشت لازم است"
    button.click()
    assert QApplication.focusWidget() is field(window, "session.city")
    button.click()  # and round again
    assert QApplication.focusWidget() is field(window, "title.body")
    type_into(window, "title.body", "کمیته خارج کشور")
    window.document.set("session.city", "استکهلم")
    window.checking.validate()
    assert not button.isVisible()
