"""The Word file carries its font (OOXML font embedding), so a reader without Vazirmatn
sees the page the preview showed: the parts, their keys and relationships, the licence
check, and LibreOffice drawing the page with the embedded font."""

import shutil
import subprocess
import zipfile

import pytest

from announcer.export import export_docx
from announcer.render import fontembed
from announcer.render.stylesheet import DocumentStyle
from docx_xml import NS, part
from libreoffice import require_tools, to_pdf
from parts import first

REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def test_vazirmatn_is_embedded_with_its_keys(exported):
    package = zipfile.ZipFile(exported)
    table = part(exported, "word/fontTable.xml")
    (font,) = table.xpath("//w:font[@w:name='Vazirmatn']", namespaces=NS)
    rels = part(exported, "word/_rels/fontTable.xml.rels")
    targets = {r.get("Id"): r.get("Target") for r in rels}
    for face, element in (("regular", "w:embedRegular"), ("bold", "w:embedBold")):
        (embed,) = font.xpath(element, namespaces=NS)
        stored = package.read("word/" + targets[embed.get(REL)])
        key = embed.get(f"{{{NS['w']}}}fontKey")
        assert stored[32:] == fontembed.BUNDLED["Vazirmatn"][face].read_bytes()[32:]
        assert stored[:32] != fontembed.BUNDLED["Vazirmatn"][face].read_bytes()[:32]  # obfuscated…
        assert fontembed.obfuscate(stored, key) == fontembed.BUNDLED["Vazirmatn"][face].read_bytes()  # …with its key
    assert part(exported, "word/settings.xml").xpath("//w:embedTrueTypeFonts", namespaces=NS)
    types = package.read("[Content_Types].xml").decode()
    assert types.count("application/vnd.openxmlformats-officedocument.obfuscatedFont") == 3  # and the page numbers' font
    (defaults,) = part(exported, "word/styles.xml").xpath("//w:docDefaults//w:rFonts", namespaces=NS)
    assert {defaults.get(f"{{{NS['w']}}}{script}") for script in ("ascii", "hAnsi", "cs")} == {"Vazirmatn"}  # the text names it


def test_the_key_is_applied_last_pair_first():
    key = "{00010203-0405-0607-0809-0A0B0C0D0E0F}"
    assert fontembed.obfuscate(bytes(40), key)[:17] == bytes(range(15, -1, -1)) + b"\x0f"


def test_a_font_whose_licence_forbids_embedding_stays_out(tmp_path):
    font = bytearray(fontembed.BUNDLED["Vazirmatn"]["regular"].read_bytes())
    assert fontembed.embeddable(fontembed.BUNDLED["Vazirmatn"]["regular"])
    tables = int.from_bytes(font[4:6], "big")
    offset = next(int.from_bytes(font[12 + 16 * n + 8:12 + 16 * n + 12], "big") for n in range(tables)
                  if font[12 + 16 * n:12 + 16 * n + 4] == b"OS/2")
    font[offset + 8:offset + 10] = (0x0002).to_bytes(2, "big")  # fsType: restricted licence
    restricted = tmp_path / "restricted.ttf"
    restricted.write_bytes(bytes(font))
    assert not fontembed.embeddable(restricted)


def test_a_font_this_machine_lacks_is_named_but_not_carried(tmp_path, example):
    path = tmp_path / "a.docx"
    export_docx(example, path, DocumentStyle(font="No Such Font Family"))
    assert not part(path, "word/fontTable.xml").xpath("//w:font[@w:name='No Such Font Family']", namespaces=NS)
    assert len([n for n in zipfile.ZipFile(path).namelist() if n.startswith("word/fonts/")]) == 1  # the page numbers' only
    assert not fontembed.travels("No Such Font Family")


def test_a_font_installed_after_an_export_is_carried_by_the_next(tmp_path, example, monkeypatch):
    """The styles and fonts are made once a style (render.docx._template), but never from
    a font lookup older than the export: a family this machine gets meanwhile travels."""
    family = "Vazirmatn Installed Later"
    style = DocumentStyle(font=family)
    fonts = [n for n in zipfile.ZipFile(exported_to(tmp_path / "before.docx", example, style)).namelist()
             if n.startswith("word/fonts/")]
    assert len(fonts) == 1  # the page numbers' only
    real = fontembed.carried
    monkeypatch.setattr(fontembed, "carried",
                        lambda name: fontembed.BUNDLED["Vazirmatn"] if name == family else real(name))
    after = exported_to(tmp_path / "after.docx", example, style)
    (font,) = part(after, "word/fontTable.xml").xpath(f"//w:font[@w:name='{family}']", namespaces=NS)
    assert len(font.xpath("w:embedRegular | w:embedBold", namespaces=NS)) == 2
    assert len([n for n in zipfile.ZipFile(after).namelist() if n.startswith("word/fonts/")]) == 3


def test_exports_in_two_styles_keep_their_own_fonts_and_sizes(tmp_path, example):
    small, large = DocumentStyle(size=12), DocumentStyle(font="No Such Font Family", size=16)
    for _ in range(2):  # the second time from the styles made the first
        for style, name in ((small, "small"), (large, "large")):
            path = exported_to(tmp_path / f"{name}.docx", example, style)
            (fonts,) = part(path, "word/styles.xml").xpath("//w:docDefaults//w:rFonts", namespaces=NS)
            (size,) = part(path, "word/styles.xml").xpath("//w:docDefaults//w:sz", namespaces=NS)
            assert fonts.get(f"{{{NS['w']}}}cs") == style.font
            assert size.get(f"{{{NS['w']}}}val") == str(round(style.size * 2))


def exported_to(path, example, style):
    export_docx(example, path, style)
    return path


def test_libreoffice_without_vazirmatn_draws_the_page_with_the_embedded_font(exported, tmp_path):
    require_tools()
    if shutil.which("fc-list") and "Vazirmatn" in subprocess.run(["fc-list"], capture_output=True, text=True).stdout:
        pytest.skip("Vazirmatn is installed here: LibreOffice would not need the embedded copy")
    fonts = subprocess.run(["pdffonts", str(to_pdf(exported, tmp_path))], capture_output=True, text=True, check=True).stdout
    names = [line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]]
    assert set(names) <= {"Vazirmatn-Regular", "Vazirmatn-Bold", "Vazirmatn-FD-Regular"} and "Vazirmatn-Regular" in names


def test_page_numbers_are_drawn_with_persian_digits(tmp_path, example, qapp):
    """The footer's PAGE field writes Latin digits in Word and LibreOffice alike; it is set
    in Vazirmatn FD, whose «2» is the Persian «۲» glyph, and that font travels too."""
    from PySide6.QtGui import QRawFont

    fd = QRawFont(str(fontembed.BUNDLED[fontembed.PAGE_NUMBERS]["regular"]), 12)

    def outlines(text: str) -> list:
        return [fd.pathForGlyph(glyph).boundingRect() for glyph in fd.glyphIndexesForString(text)]
    assert outlines("0123456789") == outlines("۰۱۲۳۴۵۶۷۸۹")  # the Latin digits are drawn as Persian ones
    first(example, "agenda").items *= 30  # two pages
    path = tmp_path / "long.docx"
    export_docx(example, path)
    for footer in ("word/footer1.xml", "word/footer2.xml"):
        (fonts,) = part(path, footer).xpath("//w:fldSimple[@w:instr='PAGE']/w:r/w:rPr/w:rFonts", namespaces=NS)
        assert {fonts.get(f"{{{NS['w']}}}{script}") for script in ("ascii", "cs")} == {"Vazirmatn FD"}
    assert part(path, "word/fontTable.xml").xpath("//w:font[@w:name='Vazirmatn FD']/w:embedRegular", namespaces=NS)
    require_tools()
    pdf = to_pdf(path, tmp_path)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Vazirmatn-FD-Regular" in fonts
    foot = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-y", "780", "-H", "62", "-W", "595", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert foot.strip().strip("\u202b\u202a\u202c") == "2"  # the character stays Latin; the glyph is «۲»
