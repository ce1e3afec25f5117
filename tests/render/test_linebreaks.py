"""Numbers held to their words where lines break: the rules, and the Word file's layout
by LibreOffice (a long agenda has no number left at a line's end)."""

import pytest

from announcer.render.linebreaks import bind
from libreoffice import require_tools, stranded_numbers, to_pdf
from parts import first

NBSP, NBH = "\u00a0", "\u2011"


@pytest.mark.parametrize("text, bound", [
    ("دستور جلسه عبارت بود از: ۱- گزارشات ۲- وظایف", f"دستور جلسه عبارت بود از: ۱{NBH}{NBSP}گزارشات ۲{NBH}{NBSP}وظایف"),
    ("سندی در ۱۶ صفحه", f"سندی در ۱۶{NBSP}صفحه"),
    ("روز ۱۵ دسامبر ۲۰۰۷ در برلین", f"روز ۱۵{NBSP}دسامبر{NBSP}۲۰۰۷{NBSP}در برلین"),
    ("۲۴ آذر ۱۳۸۶.", f"۲۴{NBSP}آذر{NBSP}۱۳۸۶."),
    ("12 pages", f"12{NBSP}pages"),
    ("انترناسیونال ۲۲۳", "انترناسیونال ۲۲۳"),  # a number at the end holds nothing
    ("همه ۳ نفر", f"همه ۳{NBSP}نفر"),  # «مه» inside «همه» is not the month
    ("۱۳۸۶/۹/۲۴ - ادامه", f"۱۳۸۶/۹/۲۴{NBSP}- ادامه"),  # a dash between spaces is not a numbered item
])
def test_numbers_are_held_to_their_words(text, bound):
    assert bind(text) == bound


def test_a_long_agenda_in_libreoffice_leaves_no_number_at_a_line_end(tmp_path, example):
    require_tools()
    from announcer.export import export_docx

    topics = ["گزارشات", "قطعنامه ها", "وظایف فوری تشکیلات خارج", "برگزاری کنفرانس", "انتخابات"]
    first(example, "agenda").items = [topics[i % len(topics)] + (" و بحث در باره آنها" if i % 3 else "") for i in range(60)]
    docx = tmp_path / "agenda.docx"
    export_docx(example, docx)
    assert stranded_numbers(to_pdf(docx, tmp_path)) == []
