"""The Word file: draws the composer's blocks as a right-to-left DOCX.

Every paragraph is one block, its text unchanged: the renderer composes nothing.
Formatting lives in four named styles (header line, title, body, list item) so the
bulletin's editor can restyle the whole document in one place. Persian runs carry
w:rtl; Latin words (a name, an e-mail address) get runs of their own without it, so
Word uses the Latin font for them."""

import copy
import datetime as dt
import functools
import io
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips

from ..blocks import Block, Kind
from ..images import Picture
from . import digitforms, fontembed
from . import ooxml_rtl as rtl
from .linebreaks import NO_BREAK_HYPHEN, bind
from .stylesheet import A4_TWIPS, HEADER_DISTANCE_TWIPS, STYLES, TWIPS_PER_INCH, DocumentStyle, margin_twips

log = logging.getLogger(__name__)
TWIPS_PER_MM = TWIPS_PER_INCH / 25.4


# A run of Latin words: starts with a Latin letter, may hold digits and address signs.
_LATIN = re.compile(r"[A-Za-z][\w@.+\-/:'’]*(?:[ ][A-Za-z][\w@.+\-/:'’]*)*", re.ASCII)

@dataclass(frozen=True)
class DocxInfo:
    """Document properties and the running page header."""
    title: str = ""
    author: str = ""
    header: str = ""  # the bulletin name and issue, shown on pages after the first
    application: str = "Announcer"  # docProps/app.xml: the program that wrote the file
    # How an SVG letterhead becomes the PNG a Word file holds (Qt draws it: export.py
    # passes render/pages.png where Qt is installed); None: the image is left out, logged.
    svg_to_png: Callable[[Picture, float], bytes] | None = None


def _latin_spans(text: str):
    """Split text into (piece, is_latin) in order, a trailing full stop staying Persian."""
    pos = 0
    for m in _LATIN.finditer(text):
        start, end = m.start(), m.end()
        while end > start and text[end - 1] in ".:-/":
            end -= 1
        if pos < start:
            yield text[pos:start], False
        yield text[start:end], True
        pos = end
    if pos < len(text):
        yield text[pos:], False


def _drop_styles_with_effects(doc) -> None:
    """python-docx's template carries Word 2010's stylesWithEffects part: a stale copy of
    the styles, theme fonts and all. Word rebuilds it when needed; without it, the one
    set of styles this module writes is the only one any reader sees."""
    _unrelate(doc.part.rels, "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects")


def _unrelate(rels, reltype: str) -> None:
    """Drop the relationships of reltype, and so the parts only they reach (none of
    them is named in the XML: python-docx's Part.drop_rel would count references)."""
    for rId in [rId for rId, rel in rels.items() if rel.reltype == reltype]:
        rels.pop(rId)


def _paragraph_properties(style_id: str, kind: Kind):
    """The w:pPr every paragraph of a kind shares: its style, direction and alignment
    (set directly too, for readers that skip styles)."""
    pPr = OxmlElement("w:pPr")
    rtl.child(pPr, "pStyle", val=style_id)
    rtl.paragraph_rtl(pPr, STYLES[kind].alignment)
    return pPr


class _Paragraphs:
    """Writes paragraphs from a prepared w:pPr per kind and a w:rPr for Persian runs,
    copied rather than built element by element: the export of a long announcement
    costs little more than python-docx's own paragraphs.

    A Persian run says it is Persian (w:lang w:bidi), so that a reader chooses the
    font's Persian forms; in a font that gives Persian digits Urdu forms whatever the
    language, the digits are runs of their own in the font with `locl` off
    (digitforms.py)."""

    def __init__(self, doc, style: DocumentStyle, svg_to_png: Callable[[Picture, float], bytes] | None = None):
        self.part, self.measure_mm = doc.part, (A4_TWIPS[0] - 2 * margin_twips(style)) / TWIPS_PER_MM
        self.svg_to_png = svg_to_png
        self.properties = {kind: _paragraph_properties(doc.styles[look.name].style_id, kind)
                           for kind, look in STYLES.items()}
        self.persian = OxmlElement("w:rPr")
        rtl.run_rtl(self.persian)
        rtl.run_language(self.persian)
        self.digits = None
        if digitforms.shifted(style.font):
            self.digits = copy.deepcopy(self.persian)
            name = style.font + digitforms.NO_LOCL
            rtl.run_fonts(self.digits, name, name)

    def fill(self, p, kind: Kind, text: str) -> None:
        if p.pPr is not None:  # the template's header and footer paragraphs come with their own
            p.remove(p.pPr)
        p.insert(0, copy.deepcopy(self.properties[kind]))
        for piece, latin in _latin_spans(bind(text)):
            if latin or self.digits is None:
                self._run(p, piece, None if latin else self.persian)
                continue
            for part, digits in digitforms.pieces(piece):
                self._run(p, part, self.digits if digits else self.persian)

    def picture(self, p, picture: Picture) -> None:
        """The letterhead's image, inline in paragraph p (already filled, empty), at its
        size in millimetres; the paragraph is as high as the image, as the pages make it
        (pages._holding): its line at least the image's height, in a font of 1 pt, whose
        descent is all the line adds. An image Word cannot take is left out, logged."""
        width, height = picture.size_mm(self.measure_mm)
        if picture.svg and self.svg_to_png is None:
            log.warning("the letterhead's SVG image is left out of the Word file: Qt, which draws it as a PNG, is missing")
            return
        try:
            png = self.svg_to_png(picture, width) if picture.svg and self.svg_to_png else picture.data
            inline = self.part.new_pic_inline(io.BytesIO(png), Mm(width), Mm(height))
        except Exception as e:  # python-docx reads the PNG's chunks itself: any fault of the file
            log.warning("the letterhead's image is left out of the Word file: %s", e)
            return
        rtl.child(p.pPr, "spacing", line=str(round(height * TWIPS_PER_MM)), lineRule="atLeast")
        rtl.run_size(rtl.child(p.pPr, "rPr"), 1)  # the paragraph mark's
        r = p.add_r()
        rtl.run_size(r.get_or_add_rPr(), 1)
        r.add_drawing(inline)

    @staticmethod
    def _run(p, piece: str, properties) -> None:
        r = p.add_r()
        if properties is not None:
            r.insert(0, copy.deepcopy(properties))
        # The text has no tabs or breaks to convert (the composer folds them); a held
        # hyphen is Word's own element, drawn as the font's hyphen-minus (linebreaks.py).
        for n, text in enumerate(piece.split(NO_BREAK_HYPHEN)):
            if n:
                r.append(OxmlElement("w:noBreakHyphen"))
            if text:
                r.add_t(text)


def _configure(doc, style: DocumentStyle) -> None:
    _drop_styles_with_effects(doc)
    styles = doc.styles
    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rtl.run_fonts(defaults, style.font, style.font)
    rtl.run_size(defaults, style.size)
    rtl.run_language(defaults)
    rtl.child(defaults, "kern", val="2")  # pair kerning from 1 pt up, as Qt lays out: without it
    # LibreOffice set the words wider and broke lines earlier than the preview and the PDF
    normal = styles["Normal"]
    normal.paragraph_format.widow_control = False  # Qt's pages have none: break pages alike
    rtl.paragraph_rtl(normal.element.get_or_add_pPr(), "both")
    rtl.run_fonts(normal.element.get_or_add_rPr(), style.font, style.font)
    for look in STYLES.values():
        s = styles.add_style(look.name, WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = normal
        s.quick_style = True
        s.paragraph_format.space_after = Pt(look.space_after)
        s.paragraph_format.line_spacing = Twips(look.line_twips(style))
        s.paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
        rtl.paragraph_rtl(s.element.get_or_add_pPr(), look.alignment)
        rPr = s.element.get_or_add_rPr()
        rtl.run_size(rPr, style.size + look.extra_size)
        rtl.run_language(rPr)
        if look.bold:
            rtl.run_bold(rPr)
    rtl.complete_complex_script(styles.element)
    settings = doc.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    if lang is None:
        lang = OxmlElement("w:themeFontLang")
        settings.insert_element_before(lang, *_SETTINGS_AFTER_THEME_FONT_LANG)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:bidi"), "fa-IR")


# The children of w:settings that the schema puts after w:themeFontLang.
_SETTINGS_AFTER_THEME_FONT_LANG = tuple(f"w:{n}" for n in (
    "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
    "decimalSymbol", "listSeparator"))


def _page(doc, style: DocumentStyle, info: DocxInfo, paragraphs: _Paragraphs) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = (Twips(n) for n in A4_TWIPS)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Twips(margin_twips(style)))
    section.header_distance = section.footer_distance = Twips(HEADER_DISTANCE_TWIPS)
    rtl.section_rtl(section._sectPr)
    # The first page carries the header line in its text; later pages repeat it above.
    section.different_first_page_header_footer = True
    paragraphs.fill(section.header.paragraphs[0]._p, Kind.HEADER, info.header)
    paragraphs.fill(section.first_page_header.paragraphs[0]._p, Kind.HEADER, "")
    for footer in (section.footer, section.first_page_footer):
        _page_number(footer.paragraphs[0], paragraphs)


def _page_number(paragraph, paragraphs: _Paragraphs) -> None:
    paragraphs.fill(paragraph._p, Kind.HEADER, "")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    # No number format gives Persian digits in both readers (LibreOffice 7.4 ignores
    # w:fmt="hindiNumbers"; Word draws it with Arabic-Indic ٤٥٦): the field's Latin digits
    # are drawn in Vazirmatn FD, whose digit glyphs are Persian, so «2» shows as «۲».
    properties = copy.deepcopy(paragraphs.persian)
    rtl.run_fonts(properties, fontembed.PAGE_NUMBERS, fontembed.PAGE_NUMBERS)
    run.append(properties)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


# The most characters a core property may hold: python-docx refuses more (ValueError),
# and so, before this limit, did a title or an author longer than a Word file may name.
PROPERTY_CHARACTERS = 255


def property_text(text: str, limit: int = PROPERTY_CHARACTERS) -> str:
    """text cut to at most limit characters, never between a letter and what belongs to
    it (a vowel sign, a variation selector, a joiner): only the file's properties are
    cut, the document keeps the whole title."""
    if len(text) <= limit:
        return text
    end = limit
    while end > 0 and (_clings(text[end]) or text[end - 1] == _ZWJ):
        end -= 1
    return text[:end].rstrip()


_ZWJ = "\u200d"
_SKIN_TONES = range(0x1F3FB, 0x1F400)


def _clings(char: str) -> bool:
    """Whether char is drawn with the character before it: a mark, a joiner, a skin tone."""
    return unicodedata.category(char).startswith("M") or char == _ZWJ or ord(char) in _SKIN_TONES


def _properties(doc, info: DocxInfo) -> None:
    props = doc.core_properties
    props.title = property_text(info.title)
    props.author = property_text(info.author)
    props.language = "fa-IR"
    props.comments = ""
    props.created = props.modified = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    props.last_modified_by = ""
    props.revision = 1
    _application(doc, info.application)


def _application(doc, application: str) -> None:
    """docProps/app.xml names this program, not the template's «Microsoft Macintosh Word»
    with its page, word and heading counts of an empty page."""
    package = doc.part.package
    _unrelate(package.rels, RT.EXTENDED_PROPERTIES)
    xml = (f'<Properties xmlns="{_EXTENDED}"><Application>{escape(application)}</Application>'
           "<DocSecurity>0</DocSecurity></Properties>")
    part = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES,
                b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n" + xml.encode("utf-8"), package)
    package.relate_to(part, RT.EXTENDED_PROPERTIES)


_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


_OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"  # not in python-docx's list
_EMBED = {"regular": "w:embedRegular", "bold": "w:embedBold"}


def _carried(families: list[str]) -> tuple:
    """The font files the Word file carries for families, where their licences allow
    (fontembed.py): (family, face, path, size, time) each, so that a font installed or
    replaced after an export is carried by the next one."""
    found = []
    for family in dict.fromkeys(families):
        for face, path in fontembed.carried(family).items():
            status = path.stat()
            found.append((family, face, path, status.st_size, status.st_mtime_ns))
    return tuple(found)


def _embed_fonts(doc, carried: tuple) -> None:
    """Carry the fonts found by _carried in the file."""
    if not carried:
        return
    package = doc.part.package
    table = _font_table(doc)
    for family, face, path, *_ in carried:
        key = fontembed.new_key()
        part = Part(package.next_partname("/word/fonts/font%d.odttf"), _OBFUSCATED_FONT,
                    fontembed.obfuscate(path.read_bytes(), key), package)
        embed = OxmlElement(_EMBED[face])
        embed.set(qn("r:id"), table.relate_to(part, RT.FONT))
        embed.set(qn("w:fontKey"), key)
        _font_entry(table, family).append(embed)
    settings = doc.settings.element
    if settings.find(qn("w:embedTrueTypeFonts")) is None:
        zoom = settings.find(qn("w:zoom"))  # the schema's order: …, zoom, …, embedTrueTypeFonts
        flag = OxmlElement("w:embedTrueTypeFonts")
        if zoom is not None:
            zoom.addnext(flag)
        else:
            settings.insert(0, flag)


def _font_table(doc) -> XmlPart:
    """The document's font table as XML that can relate fonts. The template's is a plain
    part (bytes): the first call makes it again as XML, later calls find that one."""
    old = doc.part.part_related_by(RT.FONT_TABLE)
    if isinstance(old, XmlPart):
        return old
    _unrelate(doc.part.rels, RT.FONT_TABLE)
    table = XmlPart(old.partname, old.content_type, parse_xml(old.blob), doc.part.package)
    doc.part.relate_to(table, RT.FONT_TABLE)
    return table


def _font_entry(table: XmlPart, family: str):
    """The table's w:font for family, added when missing."""
    font = next((f for f in table.element.findall(qn("w:font")) if f.get(qn("w:name")) == family), None)
    if font is None:
        font = OxmlElement("w:font")
        font.set(qn("w:name"), family)
        table.element.append(font)
    return font


def _alias_digit_font(doc, style: DocumentStyle) -> None:
    """Name the font of the digits set with `locl` off («Noto Naskh Arabic:-locl»,
    digitforms.py) in the font table with the family as its alternative (w:altName),
    which a reader that does not read LibreOffice's feature syntax can use instead."""
    if digitforms.shifted(style.font):
        alias = _font_entry(_font_table(doc), style.font + digitforms.NO_LOCL)
        alternative = OxmlElement("w:altName")
        alternative.set(qn("w:val"), style.font)
        alias.insert(0, alternative)


def _drop_template_leftovers(doc) -> None:
    """What python-docx's template carries that this document does not use: a thumbnail
    of a blank page (shown as the file's picture), a bibliography's customXml, and
    w:proofState, which tells Word that spelling and grammar were checked."""
    _unrelate(doc.part.package.rels, RT.THUMBNAIL)
    _unrelate(doc.part.rels, RT.CUSTOM_XML)
    for leftover in ("w:proofState", "w:savePreviewPicture"):  # the latter asks Word for a thumbnail
        element = doc.settings.element.find(qn(leftover))
        if element is not None:
            doc.settings.element.remove(element)


def _add_paragraphs(body, blocks: list[Block], paragraphs: _Paragraphs) -> None:
    """One w:p per block, before the body's closing w:sectPr. Not body.add_p(): it looks
    for the w:sectPr among all the paragraphs already added, which made a long
    announcement's export grow with the square of its paragraphs (100,000: 8 minutes)."""
    end = body.sectPr
    for block in blocks:
        p = OxmlElement("w:p")
        if end is not None:
            end.addprevious(p)
        else:
            body.append(p)
        paragraphs.fill(p, block.kind, block.text)
        if block.picture is not None:
            paragraphs.picture(p, block.picture)


@functools.lru_cache(maxsize=4)
def _template(style: DocumentStyle, carried: tuple) -> bytes:
    """python-docx's template made this program's for style, carrying the fonts found
    (_carried): its styles, settings and fonts, the same for every export in that style,
    so made once and opened again (they were a fifth of a long announcement's export,
    the fonts read and python-docx's styles searched by name at each)."""
    doc = Document()
    _configure(doc, style)
    _drop_template_leftovers(doc)
    _embed_fonts(doc, carried)
    _alias_digit_font(doc, style)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def render(blocks: list[Block], style: DocumentStyle = DocumentStyle(), info: DocxInfo = DocxInfo()) -> bytes:
    """The DOCX file's bytes. The blocks hold no character XML cannot (the composer
    drops them, controls.py), and the font's name none (DocumentStyle refuses it);
    python-docx refuses one rather than write a broken file."""
    doc = Document(io.BytesIO(_template(style, _carried([style.font, fontembed.PAGE_NUMBERS]))))
    paragraphs = _Paragraphs(doc, style, info.svg_to_png)
    _page(doc, style, info, paragraphs)
    _properties(doc, info)
    _add_paragraphs(doc.element.body, blocks, paragraphs)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
