"""The exported Word file, checked in its XML: right-to-left done the way Word and
LibreOffice need it, named styles, page set-up and properties."""

import re

from announcer.blocks import Block, Kind
from announcer.compose import compose
from announcer.export import export_docx
from announcer.render import ooxml_rtl
from announcer.render.docx import render
from announcer.render.linebreaks import bind
from announcer.render.stylesheet import DocumentStyle
from docx_xml import NS, paragraph_text, part, parts, w


def test_paragraph_texts_equal_the_composed_blocks(exported, example):
    body = part(exported, "word/document.xml").xpath("//w:body/w:p", namespaces=NS)
    assert [paragraph_text(p) for p in body] == [bind(b.text) for b in compose(example)]


def test_every_paragraph_is_bidi_everywhere(exported):
    for name, root in parts(exported, "word/").items():
        for p in root.xpath("//w:p", namespaces=NS):
            assert p.xpath("w:pPr/w:bidi", namespaces=NS), name
            assert len(p.xpath("w:pPr", namespaces=NS)) == 1 and p[0].tag == f"{{{NS['w']}}}pPr", name
    normal = part(exported, "word/styles.xml").xpath("//w:style[@w:styleId='Normal']", namespaces=NS)[0]
    assert normal.xpath("w:pPr/w:bidi", namespaces=NS)


def test_no_right_or_end_alignment_anywhere(exported):
    for name, root in parts(exported, "word/").items():
        assert not root.xpath("//w:jc[@w:val='right' or @w:val='end']", namespaces=NS), name


def test_body_is_justified_and_title_centred(exported):
    doc = part(exported, "word/document.xml")
    alignments = [p.get(w("val")) for p in doc.xpath("//w:body/w:p/w:pPr/w:jc", namespaces=NS)]
    assert alignments[:3] == ["center", "center", "both"]
    assert set(alignments[2:]) == {"both"}


def test_named_styles_are_used(exported):
    styles = part(exported, "word/styles.xml")
    names = styles.xpath("//w:style[@w:type='paragraph']/w:name/@w:val", namespaces=NS)
    for name in ("Announcement Header", "Announcement Title", "Announcement Body", "Announcement List Item"):
        assert name in names
    used = part(exported, "word/document.xml").xpath("//w:body/w:p/w:pPr/w:pStyle/@w:val", namespaces=NS)
    assert used[:3] == ["AnnouncementHeader", "AnnouncementTitle", "AnnouncementBody"]
    title = styles.xpath("//w:style[@w:styleId='AnnouncementTitle']/w:rPr", namespaces=NS)[0]
    assert title.xpath("w:b", namespaces=NS) and title.xpath("w:bCs", namespaces=NS)


def test_persian_font_is_the_complex_script_font_and_no_theme_overrides(exported):
    styles = part(exported, "word/styles.xml")
    fonts = styles.xpath("//w:docDefaults//w:rFonts", namespaces=NS)[0]
    assert fonts.get(w("cs")) == "Vazirmatn" and fonts.get(w("ascii")) == "Vazirmatn"  # the bundled font, carried
    for name, root in parts(exported, "word/").items():
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            assert not root.xpath(f"//w:rFonts[@w:{attr}]", namespaces=NS), (name, attr)


def test_chosen_font_and_size(tmp_path, example):
    path = tmp_path / "vazir.docx"
    export_docx(example, path, DocumentStyle(font="Times New Roman", size=12))
    defaults = part(path, "word/styles.xml").xpath("//w:docDefaults//w:rPr", namespaces=NS)[0]
    assert defaults.xpath("w:rFonts/@w:cs", namespaces=NS) == ["Times New Roman"]
    assert defaults.xpath("w:sz/@w:val", namespaces=NS) == ["24"]
    assert defaults.xpath("w:szCs/@w:val", namespaces=NS) == ["24"]


def test_every_size_has_a_complex_script_size_and_every_bold_a_cs_bold(exported):
    for name, root in parts(exported, "word/").items():
        for tag, twin in (("sz", "szCs"), ("b", "bCs")):
            for element in root.iter(w(tag)):
                mate = element.getparent().find(w(twin))
                assert mate is not None, (name, tag)
                assert mate.get(w("val")) == element.get(w("val"))


def test_language_settings_and_section_direction(exported):
    styles = part(exported, "word/styles.xml")
    assert styles.xpath("//w:docDefaults//w:lang/@w:bidi", namespaces=NS) == ["fa-IR"]
    settings = part(exported, "word/settings.xml")
    assert settings.xpath("//w:themeFontLang/@w:bidi", namespaces=NS) == ["fa-IR"]
    assert part(exported, "word/document.xml").xpath("//w:body/w:sectPr/w:bidi", namespaces=NS)


def _in_schema_order(element, order) -> bool:
    names = [c.tag.split("}")[1] for c in element if c.tag.startswith(f"{{{NS['w']}}}")]
    positions = [order.index(n) for n in names if n in order]
    return positions == sorted(positions) and len(positions) == len(names)


def test_properties_are_in_schema_order(exported):
    orders = {"pPr": ooxml_rtl._PPR_ORDER, "rPr": ooxml_rtl._RPR_ORDER, "sectPr": ooxml_rtl._SECTPR_ORDER}
    for name, root in parts(exported, "word/").items():
        for tag, order in orders.items():
            for element in root.iter(w(tag)):
                assert _in_schema_order(element, order), (name, tag, [c.tag for c in element])


def test_persian_runs_are_rtl_and_digits_are_persian(exported):
    doc = part(exported, "word/document.xml")
    runs = doc.xpath("//w:body/w:p/w:r", namespaces=NS)
    assert runs and all(r.xpath("w:rPr/w:rtl", namespaces=NS) for r in runs)
    text = "".join(paragraph_text(p) for p in doc.xpath("//w:body/w:p", namespaces=NS))
    assert doc.xpath("//w:body//w:r/w:noBreakHyphen", namespaces=NS)  # Word's own held hyphen
    assert "۱\u2011\u00a0گزارشات" in text and "۲\u2011\u00a0وظایف" in text and "در ۱۶\u00a0صفحه" in text  # held together
    assert not re.search("[0-9]", text)
    assert not doc.xpath("//w:numPr", namespaces=NS)  # items are numbered in text, not by Word


def test_latin_words_get_their_own_runs_without_rtl(tmp_path):
    blocks = [Block(Kind.PARAGRAPH, "نامه John Smith به info@example.org رسید.", "closing[0]")]
    data = render(blocks)
    path = tmp_path / "latin.docx"
    path.write_bytes(data)
    runs = part(path, "word/document.xml").xpath("//w:body/w:p/w:r", namespaces=NS)
    pieces = [("".join(r.xpath("w:t/text()", namespaces=NS)), bool(r.xpath("w:rPr/w:rtl", namespaces=NS)))
              for r in runs]
    assert pieces == [("نامه ", True), ("John Smith", False), (" به ", True), ("info@example.org", False),
                      (" رسید.", True)]


def test_no_presentation_forms_or_reshaped_text(exported):
    text = "".join(part(exported, "word/document.xml").xpath("//w:t/text()", namespaces=NS))
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text)


def test_a4_page_margins_header_and_page_numbers(exported):
    sect = part(exported, "word/document.xml").xpath("//w:body/w:sectPr", namespaces=NS)[0]
    assert sect.xpath("w:pgSz/@w:w", namespaces=NS) == ["11906"] and sect.xpath("w:pgSz/@w:h", namespaces=NS) == ["16838"]
    assert sect.xpath("w:pgMar/@w:right", namespaces=NS) == ["1417"]  # 25 mm
    assert sect.xpath("w:titlePg", namespaces=NS)
    headers = [r for n, r in parts(exported, "word/header").items()]
    assert "انترناسیونال ۲۲۳" in ["".join(h.xpath("//w:t/text()", namespaces=NS)) for h in headers]
    footers = parts(exported, "word/footer")
    assert footers and all(f.xpath("//w:fldSimple[@w:instr='PAGE']", namespaces=NS) for f in footers.values())


def test_document_properties(exported):
    core = part(exported, "docProps/core.xml")
    assert core.xpath("//dc:title/text()", namespaces=NS) == ["اطلاعیه برگزاری جلسه کمیته خارج کشور حزب کمونیست کارگری ایران"]
    assert core.xpath("//dc:creator/text()", namespaces=NS) == ["کمیته خارج کشور حزب کمونیست کارگری ایران"]
    assert core.xpath("//dc:language/text()", namespaces=NS) == ["fa-IR"]


def test_latin_words_are_set_in_the_chosen_font_as_on_the_pages(tmp_path, example):
    """The preview and the PDF set a Latin name in the document's font: so does Word."""
    from announcer.export import export_docx
    from announcer.render.stylesheet import DocumentStyle

    export_docx(example, tmp_path / "a.docx", DocumentStyle(font="DejaVu Sans"))
    styles = part(tmp_path / "a.docx", "word/styles.xml")
    for fonts in styles.xpath("//w:docDefaults//w:rFonts | //w:style[@w:styleId='Normal']//w:rFonts", namespaces=NS):
        assert {fonts.get(w(a)) for a in ("ascii", "hAnsi", "cs")} == {"DejaVu Sans"}
