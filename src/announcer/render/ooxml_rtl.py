"""Right-to-left WordprocessingML that python-docx has no API for.

python-docx cannot mark a paragraph bidi (its PR #307 is still open), set the
complex-script font, or size and bold complex-script text. These helpers add the
elements with python-docx's oxml classes, each inserted in the order the schema
requires (Word refuses a file whose children are out of order)."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# Child order of w:pPr, w:rPr and w:sectPr in ECMA-376 (the parts these helpers touch).
_PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
              "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
              "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
              "sectPr", "pPrChange")
_RPR_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
              "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
              "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
              "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath")
_SECTPR_ORDER = ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
                 "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
                 "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange")
# For each parent, the rank of each child tag in schema order.
_RANKS = {qn(f"w:{parent}"): {qn(f"w:{name}"): rank for rank, name in enumerate(order)}
          for parent, order in (("pPr", _PPR_ORDER), ("rPr", _RPR_ORDER), ("sectPr", _SECTPR_ORDER))}
_THEME_ATTRIBUTES = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def child(parent, name: str, **attrs):
    """The parent's w:name child, added in schema order if missing, with attrs set."""
    tag = qn(f"w:{name}")
    element = parent.find(tag)
    if element is None:
        element = OxmlElement(f"w:{name}")
        ranks = _RANKS[parent.tag]
        later = next((c for c in parent if ranks.get(c.tag, -1) > ranks[tag]), None)
        if later is None:
            parent.append(element)
        else:
            later.addprevious(element)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def paragraph_rtl(pPr, alignment: str) -> None:
    """Make a paragraph right-to-left and align it. `alignment` is «both» or «center»:
    never «right» or «end», which a bidi paragraph renders flush left in LibreOffice."""
    child(pPr, "bidi")
    child(pPr, "jc", val=alignment)


def run_fonts(rPr, persian: str, latin: str) -> None:
    """Set the complex-script font (w:cs), which python-docx's font.name leaves alone.
    Theme attributes would override it: complete_complex_script() removes them."""
    child(rPr, "rFonts", ascii=latin, hAnsi=latin, eastAsia=latin, cs=persian)


def run_size(rPr, points: float) -> None:
    half_points = str(round(points * 2))
    child(rPr, "sz", val=half_points)
    child(rPr, "szCs", val=half_points)


def run_bold(rPr) -> None:
    child(rPr, "b")
    child(rPr, "bCs")  # w:b alone leaves Persian (complex script) text regular


def run_rtl(rPr) -> None:
    child(rPr, "rtl")


def run_language(rPr, bidi: str = "fa-IR", latin: str = "en-US") -> None:
    child(rPr, "lang", val=latin, bidi=bidi)


def section_rtl(sectPr) -> None:
    child(sectPr, "bidi")


def complete_complex_script(root) -> None:
    """Give every w:sz a w:szCs and every w:b / w:i a w:bCs / w:iCs of the same value,
    and drop theme font attributes, across a whole part (styles of the template included)."""
    for latin, complex_ in (("sz", "szCs"), ("b", "bCs"), ("i", "iCs")):
        for element in root.iter(qn(f"w:{latin}")):
            rPr = element.getparent()
            if rPr.tag == qn("w:rPr") and rPr.find(qn(f"w:{complex_}")) is None:
                twin = child(rPr, complex_)
                if element.get(qn("w:val")) is not None:
                    twin.set(qn("w:val"), element.get(qn("w:val")))
    for fonts in root.iter(qn("w:rFonts")):
        for attr in _THEME_ATTRIBUTES:
            fonts.attrib.pop(qn(f"w:{attr}"), None)
