"""The Word file's package holds what the document uses and says what it is: no blank
thumbnail, no bibliography part, no claim that spelling was checked, and properties
that describe the announcement and the program that wrote it."""

import datetime as dt
import zipfile

from lxml import etree

from announcer import version
from docx_xml import NS, part

CORE = {"dc": "http://purl.org/dc/elements/1.1/", "dcterms": "http://purl.org/dc/terms/",
        "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}


def test_no_template_leftovers(exported):
    names = set(zipfile.ZipFile(exported).namelist())
    assert "docProps/thumbnail.jpeg" not in names and "word/stylesWithEffects.xml" not in names
    assert not any(name.startswith("customXml/") for name in names)
    rels = zipfile.ZipFile(exported).read("_rels/.rels").decode() + zipfile.ZipFile(exported).read("word/_rels/document.xml.rels").decode()
    assert "thumbnail" not in rels and "customXml" not in rels
    assert not part(exported, "word/settings.xml").xpath("//w:proofState", namespaces=NS)


def test_the_properties_describe_the_announcement_and_the_program(exported):
    core = etree.fromstring(zipfile.ZipFile(exported).read("docProps/core.xml"))
    assert core.findtext("dc:title", namespaces=CORE) == "اطلاعیه برگزاری جلسه کمیته خارج کشور حزب کمونیست کارگری ایران"
    assert core.findtext("dc:language", namespaces=CORE) == "fa-IR"
    created = dt.datetime.fromisoformat(core.findtext("dcterms:created", namespaces=CORE).replace("Z", "+00:00"))
    assert abs(dt.datetime.now(dt.timezone.utc) - created) < dt.timedelta(minutes=5)
    assert core.findtext("dcterms:modified", namespaces=CORE) == core.findtext("dcterms:created", namespaces=CORE)
    app = etree.fromstring(zipfile.ZipFile(exported).read("docProps/app.xml"))
    assert [e.text for e in app if e.tag.endswith("Application")] == [f"Announcer {version()}"]


def test_a_title_and_an_author_longer_than_a_property_holds_are_cut_there_only(tmp_path, example):
    from announcer.compose import compose
    from announcer.export import export_docx, titles

    example.title.body = "کمیتهٔ " * 60  # each «ٔ» a mark on the letter before it: 420 characters
    full_title, full_author, _ = titles(example, compose(example))
    path = tmp_path / "long.docx"
    export_docx(example, path)  # python-docx refused a property over 255 characters: nothing written
    core = etree.fromstring(zipfile.ZipFile(path).read("docProps/core.xml"))
    for shown, full in ((core.findtext("dc:title", namespaces=CORE), full_title),
                        (core.findtext("dc:creator", namespaces=CORE), full_author)):
        assert 240 < len(shown) <= 255 and full.startswith(shown)
        assert full[len(shown)] not in "\u0654\u200c\u200d"  # never a letter without its mark
    text = "".join(part(path, "word/document.xml").xpath("//w:t/text()", namespaces=NS))
    assert full_title in text  # the document keeps the whole title


def test_a_property_is_cut_before_the_marks_and_joiners_of_its_last_character():
    from announcer.render.docx import property_text

    assert property_text("ب" * 254 + "\u064e" + "x") == "ب" * 254 + "\u064e"
    assert property_text("x" * 254 + "\U0001F44D\U0001F3FD") == "x" * 254
    assert property_text("x" * 253 + "a\u200db") == "x" * 253
    assert property_text("x" * 254 + " y") == "x" * 254
    assert property_text("short") == "short"
