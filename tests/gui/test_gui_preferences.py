"""Edit → Preferences, opened for real: the language, the Word font and size change."""

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QDoubleSpinBox, QFontComboBox

from announcer.render.stylesheet import DocumentStyle
from conftest import ROOT
from gui_helpers import answered

SHOTS = ROOT / "out" / "screenshots"


def _choose(language: str, font: str, size: float, button):
    def answer(dialog):
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / f"preferences-{dialog.layoutDirection().name}.png"))
        languages = dialog.findChild(QComboBox, "languageBox")
        languages.setCurrentIndex(languages.findData(language))
        dialog.findChild(QFontComboBox, "fontBox").setCurrentText(font)
        dialog.findChild(QDoubleSpinBox, "sizeBox").setValue(size)
        dialog.findChild(QDialogButtonBox).button(button).click()
    return answer


def test_preferences_change_the_language_font_and_size(window, monkeypatch):
    monkeypatch.undo()  # the real dialog, not the suite's guard against unexpected ones
    _, title = answered(window.ui.actionPreferences.trigger,
                        _choose("en", "DejaVu Sans", 13.5, QDialogButtonBox.StandardButton.Ok))
    assert title == "تنظیمات"
    assert window.settings.language == "en" and window.ui.menuFile.title() == "&File"
    assert (window.settings.document_style.font, window.settings.document_style.size) == ("DejaVu Sans", 13.5)
    _, title = answered(window.ui.actionPreferences.trigger,
                        _choose("fa", "Vazirmatn", 11, QDialogButtonBox.StandardButton.Cancel))
    assert title == "Preferences"
    assert window.settings.language == "en" and window.settings.document_style.size == 13.5


def test_ok_without_a_change_keeps_a_font_this_machine_lacks(window, monkeypatch):
    monkeypatch.undo()
    window.settings.document_style = DocumentStyle(font="Times New Roman", size=13)

    def ok(dialog):
        assert dialog.findChild(QFontComboBox, "fontBox").currentText() == "Times New Roman"
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    answered(window.ui.actionPreferences.trigger, ok)
    assert window.settings.document_style == DocumentStyle(font="Times New Roman", size=13)


def test_the_preview_draws_the_word_files_font(window, example):
    from PySide6.QtGui import QFontDatabase

    from announcer.render.stylesheet import DocumentStyle

    def drawn_family() -> list[str]:
        block = window.preview.pages.document.findBlockByNumber(2)  # the first paragraph
        return block.begin().fragment().charFormat().fontFamilies()

    window.document.load(example, None)
    window.preview.update_now()
    assert drawn_family() == ["Vazirmatn"]  # the Word file's default, bundled
    installed = next(f for f in QFontDatabase.families() if f != "Vazirmatn")
    window.preview.restyle(DocumentStyle(font=installed))
    assert drawn_family() == [installed]  # the preview shows the font the Word file names
    window.preview.restyle(DocumentStyle(font="No Such Font Family"))
    assert drawn_family() == ["Vazirmatn"]  # not a fallback Qt would pick, whose lines would break elsewhere


def test_preferences_say_whether_the_word_file_carries_the_font(window, monkeypatch):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    from announcer.gui.preferences import NOTE_AFTER_MS
    from announcer.render import fontembed

    monkeypatch.undo()
    notes = []

    def look(dialog):
        note, box = dialog.findChild(QLabel, "fontNote"), dialog.findChild(QFontComboBox, "fontBox")
        notes.append(note.text())
        box.setEditText("")
        asked.clear()  # the note for the font the dialog opened with
        QTest.keyClicks(box, "No Such Font Family")  # typed: one question to fontconfig, at the pause
        asked_while_typing.append(len(asked))
        QTest.qWait(NOTE_AFTER_MS + 100)
        notes.append(note.text())
        dialog.grab().save(str(SHOTS / "preferences-font-note-fa.png"))
        dialog.reject()

    asked = []
    real = fontembed.carried
    monkeypatch.setattr(fontembed, "carried", lambda family: asked.append(family) or real(family))
    asked_while_typing = []
    answered(window.ui.actionPreferences.trigger, look)
    assert asked_while_typing == [0] and asked == ["No Such Font Family"]
    assert notes == ["همراه فایل Word می‌رود: خوانندگانش لازم نیست آن را داشته باشند.",
                     "همراه فایل Word نمی‌رود (مجوزش اجازه نمی‌دهد یا پرونده‌هایش اینجا پیدا نشد): "
                     "خوانندگانش باید آن را نصب کرده باشند."]
