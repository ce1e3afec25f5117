"""Read the parts of an exported DOCX as lxml trees, for XPath assertions."""

import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W, "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
      "dc": "http://purl.org/dc/elements/1.1/"}


def part(path, name: str):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def parts(path, prefix: str) -> dict:
    with zipfile.ZipFile(path) as z:
        return {n: etree.fromstring(z.read(n)) for n in z.namelist() if n.startswith(prefix) and n.endswith(".xml")}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def paragraph_text(p) -> str:
    """The paragraph's text, a held hyphen (w:noBreakHyphen) as U+2011, as bind() has it."""
    return "".join(e.text if e.tag == w("t") else "\u2011"
                   for e in p.xpath(".//w:t | .//w:noBreakHyphen", namespaces=NS))
