"""The spell check in the window, as the secretary meets it: a typo underlined as it is
typed, fixed from the field's context menu and undone; names never flagged; ignored
words kept in the draft; the word list; the status bar's count and its walk; the switch."""

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from announcer import draft, wordlist
from announcer.gui.spelling import SpellCheck
from conftest import EXAMPLE
from gui_helpers import add, answered, field, on_menu, select, type_into

SPELL_LINE = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def ready(window, qtbot, doc=None):
    """The window with doc (or an empty draft) and its dictionary loaded, as after the first paint."""
    if doc is not None:
        window.document.load(doc, None)
    qtbot.waitUntil(lambda: window.spelling is not None and window.spelling.speller is not None, timeout=10_000)
    QApplication.processEvents()


def marked(editor) -> list[str]:
    """The words a paragraph field shows underlined for spelling."""
    found = []
    block = editor.document().begin()
    while block.isValid():
        units = block.text().encode("utf-16-le")  # Qt's formats count UTF-16 units
        for r in block.layout().formats():
            if r.format.underlineStyle() == SPELL_LINE:
                found.append(units[2 * r.start:2 * (r.start + r.length)].decode("utf-16-le"))
        block = block.next()
    return found


def red_pixels(widget) -> int:
    """How much of the spell check's red a widget shows."""
    image = widget.grab().toImage()
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if (c := image.pixelColor(x, y)).red() - max(c.green(), c.blue()) > 60)


def point_at(editor, position: int) -> QPoint:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    return editor.cursorRect(cursor).center()


def choose_in_context_menu(widget, pos: QPoint, label: str) -> list[str]:
    """Open widget's context menu at pos for real and trigger the entry labelled label;
    the entries seen."""
    seen = []

    def pick(menu):
        seen.extend(a.text() for a in menu.actions())
        menu.hide()
        next(a for a in menu.actions() if a.text() == label).trigger()

    on_menu(pick)
    widget.customContextMenuRequested.emit(pos)
    return seen


def summary_field(window, doc_from, qtbot):
    ready(window, qtbot, doc_from)
    select(window, "sections[2].reports.items", 2)
    return field(window, "sections[2].reports.items[2].summary")


def test_the_spell_check_is_made_after_the_first_paint(window, qtbot):
    # Nothing of it is on the start path: the window is shown without it.
    assert window.painted and window.spelling is None
    qtbot.waitUntil(lambda: window.spelling is not None and window.spelling.speller is not None, timeout=10_000)
    assert window.findChild(type(window.spelling.toggle), "actionSpelling") is not None


def test_a_typo_typed_is_underlined_fixed_from_the_menu_and_undo_brings_it_back(window, qtbot, example):
    editor = summary_field(window, example, qtbot)
    type_into(window, "sections[2].reports.items[2].summary", "برای گسترس فعالیت")
    assert marked(editor) == ["گسترس"]
    seen = choose_in_context_menu(editor, point_at(editor, 7), "گسترش")
    assert seen[0] == "گسترش"  # the right word first
    assert window.document.get("sections[2].reports.items[2].summary") == "برای گسترش فعالیت"
    QApplication.processEvents()
    assert marked(editor) == []
    window.document.undo_stack.undo()
    QApplication.processEvents()
    assert window.document.get("sections[2].reports.items[2].summary") == "برای گسترس فعالیت"
    assert marked(editor) == ["گسترس"]


def test_after_an_emoji_the_mark_still_falls_on_the_typo(window, qtbot, example):
    # Qt counts an emoji as two units, Python as one character.
    editor = summary_field(window, example, qtbot)
    type_into(window, "sections[2].reports.items[2].summary", "\U0001F600\U0001F600 برای گسترس فعالیت")
    assert marked(editor) == ["گسترس"]


def test_a_missing_half_space_is_marked_and_its_fix_comes_first(window, qtbot, example):
    editor = summary_field(window, example, qtbot)
    type_into(window, "sections[2].reports.items[2].summary", "فعالیت های ما")
    assert marked(editor) == ["فعالیت های"]
    choose_in_context_menu(editor, point_at(editor, 3), "فعالیت\u200cهای")
    assert window.document.get("sections[2].reports.items[2].summary") == "فعالیت\u200cهای ما"


def test_a_one_line_field_is_underlined_in_red_as_typed(window, qtbot, example):
    ready(window, qtbot, example)
    select(window, "sections[1].documents", 0)
    title = field(window, "sections[1].documents[0].title")
    assert isinstance(title, QLineEdit) and title in window.spelling.lines
    assert red_pixels(title) == 0
    type_into(window, "sections[1].documents[0].title", "گزارش پراداخت")
    assert red_pixels(title) > 20
    seen = choose_in_context_menu(title, title.cursorRect().center() - QPoint(title.width() // 3, 0), "پرداخت")
    assert seen[0] == "پرداخت"
    assert window.document.get("sections[1].documents[0].title") == "گزارش پرداخت"
    assert red_pixels(title) == 0


def test_a_keystroke_marks_the_line_it_changed_and_a_record_shown_again_is_marked(window, qtbot, example, monkeypatch):
    """Each form's refresh used to mark all its lines again (126 at 50× the example, a
    keystroke); a line is marked again only when its text or the speller changed."""
    from announcer.gui import spelling

    ready(window, qtbot, example)
    select(window, "sections[1].documents", 0)
    marking = []
    monkeypatch.setattr(spelling, "_mark_line", lambda edit, doubts: marking.append(edit.objectName()))
    type_into(window, "sections[1].documents[0].title", "گزارش پراداخت")
    assert marking and set(marking) == {"title"}  # each key, the line typed in alone
    monkeypatch.undo()
    title = field(window, "sections[1].documents[0].title")
    assert red_pixels(title) == 0  # (nothing marked while _mark_line was replaced)
    select(window, "sections[1].documents", 1)
    select(window, "sections[1].documents", 0)  # the record's texts set again, signals blocked
    assert red_pixels(title) > 20


def test_a_name_typed_in_a_guest_field_is_never_flagged_anywhere(window, qtbot, example):
    ready(window, qtbot, example)
    add(window, "session.guests")
    type_into(window, "session.guests[1].name", "گسترس پراداختی")
    guest = field(window, "session.guests[1].name")
    assert guest not in window.spelling.lines and red_pixels(guest) == 0
    # known once typing pauses: each keystroke in a name field would check the whole draft again
    speller = window.spelling.speller
    qtbot.waitUntil(lambda: window.spelling.speller is not speller, timeout=2000)
    editor = summary_field(window, None, qtbot)
    type_into(window, "sections[2].reports.items[2].summary", "گسترس پراداختی گفت")
    assert marked(editor) == []


def test_a_name_typed_in_an_earlier_draft_is_known(window, qtbot, example, tmp_path):
    from announcer.gui import completion

    completion._index = None
    completion.index_path().unlink(missing_ok=True)
    try:
        earlier = draft.load(EXAMPLE)
        earlier.session.guests[0].name = "بهروز فرخزادیان"
        completion.index().record(tmp_path / "earlier.announcement.json", earlier)
        editor = summary_field(window, example, qtbot)
        type_into(window, "sections[2].reports.items[2].summary", "فرخزادیان و شهنوازی گفتند")
        assert marked(editor) == ["شهنوازی"]
    finally:
        completion._index = None
        completion.index_path().unlink(missing_ok=True)


def test_ignore_keeps_the_word_in_the_draft_and_undo_takes_it_back(window, qtbot, example, tmp_path):
    editor = summary_field(window, example, qtbot)
    type_into(window, "sections[2].reports.items[2].summary", "هموندان آمدند")
    assert marked(editor) == ["هموندان"]
    choose_in_context_menu(editor, point_at(editor, 2), "نادیده گرفتن در این پیش‌نویس")
    QApplication.processEvents()
    assert window.document.model.ignored_words == ["هموندان"] and marked(editor) == []
    path = tmp_path / "a.announcement.json"
    draft.save(path, window.document.model)
    assert draft.load(path).ignored_words == ["هموندان"]
    window.document.undo_stack.undo()
    QApplication.processEvents()
    assert window.document.model.ignored_words == [] and marked(editor) == ["هموندان"]


def test_add_to_the_word_list_knows_the_word_in_every_draft(window, qtbot, example, tmp_path):
    window.spell_check().words = tmp_path / "words.txt"
    editor = summary_field(window, example, qtbot)
    type_into(window, "sections[2].reports.items[2].summary", "آرامستان شهر")
    choose_in_context_menu(editor, point_at(editor, 2), "افزودن به واژه‌نامهٔ من")
    QApplication.processEvents()
    assert wordlist.read(tmp_path / "words.txt") == ["آرامستان"] and marked(editor) == []
    window.document.load(draft.load(EXAMPLE), None)  # another draft
    editor = summary_field(window, None, qtbot)
    type_into(window, "sections[2].reports.items[2].summary", "آرامستان")
    assert marked(editor) == []


def test_the_status_bar_counts_doubtful_words_and_goes_to_each(window, qtbot, example):
    example.sections[2].reports.items[2].summary = "گسترس"
    ready(window, qtbot, example)
    spelling: SpellCheck = window.spelling
    qtbot.waitUntil(lambda: spelling.button.isVisible())
    count = len(spelling.found)
    assert spelling.button.text() == f"{_fa(count)} واژهٔ مشکوک: رفتن به بعدی"
    paths = [path for path, _ in spelling.found]
    assert "sections[2].reports.items[2].summary" in paths
    for _ in range(paths.index("sections[2].reports.items[2].summary") + 1):
        spelling.button.click()
    editor = window.focusWidget()
    assert editor.textCursor().selectedText() == "گسترس"
    type_into(window, "sections[2].reports.items[2].summary", "گسترش")
    qtbot.waitUntil(lambda: len(spelling.found) == count - 1)


def test_a_new_spellers_count_is_made_in_slices_between_the_windows_events(window, qtbot, example, monkeypatch):
    """A name typed makes a new speller, which checks every text of the draft again
    (200–370 ms at 200 times the example with texts of their own, the window held as
    long): a text or more at a time between the window's events, and the count comes
    out as a whole check's."""
    from announcer import spellcheck
    from announcer.gui import spelling as module

    ready(window, qtbot, example)
    spelling: SpellCheck = window.spelling
    qtbot.waitUntil(lambda: spelling.counting is None)
    monkeypatch.setattr(module, "COUNT_SLICE_MS", 0)  # a text a slice
    window.document.set("session.guests[0].name", "گسترس")
    spelling.renew()  # as the pause after a name typed does
    assert spelling.counting is not None  # under way, and the window answers meanwhile
    turns = 0
    while spelling.counting is not None and turns < 10_000:
        QApplication.processEvents()
        turns += 1
    assert 1 < turns and spelling.counting is None
    assert spelling.found == spellcheck.doubts(window.document.model, spelling.speller)
    assert spelling.button.text() == f"{_fa(len(spelling.found))} واژهٔ مشکوک: رفتن به بعدی"


def test_the_switch_takes_every_mark_away_and_is_remembered(window, qtbot, example):
    editor = summary_field(window, example, qtbot)
    type_into(window, "sections[2].reports.items[2].summary", "گسترس")
    toggle = window.findChild(type(window.spelling.toggle), "actionSpelling")
    assert toggle.isChecked()
    toggle.trigger()
    QApplication.processEvents()
    assert marked(editor) == [] and not window.spelling.button.isVisible()
    assert window.settings.read("spelling/on") is False
    toggle.trigger()
    QApplication.processEvents()
    assert marked(editor) == ["گسترس"]


def test_the_wording_page_and_the_rewrite_dialog_mark_typos(window, qtbot, example, monkeypatch):
    monkeypatch.undo()  # the real rewrite dialog
    ready(window, qtbot, example)
    window.show_wording()
    page = window.wording.widget()
    page.editor.setPlainText("{kind} گسترس جلسه")
    QApplication.processEvents()
    assert marked(page.editor) == ["گسترس"]

    def look(dialog):
        dialog.editor.setPlainText("این بند پراداخت شد")
        QApplication.processEvents()
        assert marked(dialog.editor) == ["پراداخت"]
        dialog.reject()

    from announcer.gui.rewritedialogs import ask_rewrite

    answered(lambda: ask_rewrite(window, "متن", False, spelling=window.spelling), look)


def test_preferences_clears_the_word_list(window, qtbot, tmp_path, monkeypatch):
    from announcer.gui import spelling as module

    monkeypatch.undo()  # the real preferences dialog
    words = tmp_path / "words.txt"
    monkeypatch.setattr(module, "word_list_path", lambda: words)
    wordlist.add(words, "هموند")

    def clear(dialog):
        button = dialog.findChild(QPushButton, "clearWordsButton")
        button.click()
        assert not button.isEnabled()
        dialog.reject()

    answered(window.preferences, clear)
    assert wordlist.read(words) == []


def _fa(count: int) -> str:
    from announcer.persian.digits import number

    return number(count)


def test_a_typo_typed_into_a_200000_character_paragraph_is_marked_where_it_was_typed(window, qtbot, example):
    from real_measure import drafts, original_of
    from spelling_measure import text_of

    body = " ".join(text_of(original_of(p)) for p in drafts()).replace("\n", " ")
    long = ((body + " ") * (200_000 // len(body) + 1))[:200_000]
    example.sections[3].paragraph = long
    ready(window, qtbot, example)
    editor = field(window, "sections[3].paragraph")
    before = marked(editor)
    assert len(editor.toPlainText()) == 200_000 and len(before) > 1000
    cursor = editor.textCursor()
    cursor.setPosition(100_000)
    editor.setTextCursor(cursor)
    editor.setFocus()
    from gui_helpers import key_text

    key_text(editor, " گسترس ")
    highlighter = next(h for h in window.spelling.highlighters if h.editor is editor)
    assert highlighter.later == {0}  # checked around the edit; the whole paragraph at the pause
    assert marked(editor).count("گسترس") == before.count("گسترس") + 1
    qtbot.waitUntil(lambda: not highlighter.later, timeout=5000)
    assert marked(editor) == [d.word for d in window.spelling.speller.doubts(editor.toPlainText())]
