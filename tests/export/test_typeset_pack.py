"""The pack as a real document: a tagged PDF/UA-1 in the writer's language (issue 18, items 4–5).

Measured on the file, not assumed: the PDF/UA identification, the structure
tree with headings, table headers and figures with alternative text, the
document's title and language, every font embedded, and the text extracted
in reading order. Entries that look like Typst markup stay text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import timedelta

import pytest
from pypdf import PdfReader

from reflect.app.demo import fill_demo_journal
from reflect.app.pack_export import Identifiers, PackWording, export_pack
from reflect.app.prompt_library import load_catalogue
from reflect.app.supervision import pack_for
from reflect.domain.entry import Share, new_entry
from reflect.domain.kinds import Kind
from reflect.domain.pack import PackOptions
from reflect.domain.period import Period
from reflect.present.translations import Translations, qt_translate

TITLES = {"en": "Supervision pack", "sv": "Handledningsunderlag"}


@pytest.fixture
def language_of_pack(request, qapp):
    installed = Translations()
    installed.apply(request.param)
    yield request.param
    installed.apply("en")


def whole_year(journal):
    return Period(journal.today() - timedelta(days=365), journal.today())


def make_pack(journal, path, language, **options):
    pack = pack_for(journal, PackOptions(whole_year(journal), include_wellbeing=True, **options))
    wording = PackWording(load_catalogue(language), qt_translate)
    export_pack(journal, pack, "pdf", path, wording, identifiers=Identifiers.REPLACE)
    return PdfReader(path)


def structure_tags(reader) -> list[tuple[str, object]]:
    """Every element of the structure tree, in document order, as (tag, element)."""
    found = []

    def walk(node):
        node = node.get_object()
        if isinstance(node, list):
            for child in node:
                walk(child)
            return
        if not hasattr(node, "get"):
            return
        tag = node.get("/S")
        if tag is not None:
            found.append((str(tag), node))
        kids = node.get("/K")
        if kids is not None:
            walk(kids)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


def fonts_of(reader):
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for font in resources.get("/Font", {}).values():
            yield font.get_object()


@pytest.mark.parametrize("language_of_pack", ["en", "sv"], indirect=True)
def test_the_pack_is_tagged_pdf_ua_in_the_writers_language(tmp_path, journal, language_of_pack):
    fill_demo_journal(journal, language_of_pack)
    reader = make_pack(journal, tmp_path / "pack.pdf", language_of_pack)
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == True  # noqa: E712
    assert str(root["/Lang"]) == language_of_pack
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    xmp = reader.xmp_metadata.stream.get_data().decode("utf-8")
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert reader.metadata.title == TITLES[language_of_pack]
    tags = structure_tags(reader)
    names = [tag for tag, _ in tags]
    assert names.count("/H1") == 1 and "/H2" in names and "/H3" in names
    assert "/Table" in names and "/TH" in names and "/TD" in names
    figures = [node for tag, node in tags if tag == "/Figure"]
    assert len(figures) == 2  # the themes and the wellbeing chart
    for figure in figures:
        assert len(str(figure["/Alt"])) > 40  # says what the chart shows
    for font in fonts_of(reader):
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_text_that_looks_like_typst_markup_is_printed_as_written(tmp_path, journal, qapp):
    markup = '#read("/etc/hostname") #import "@preview/x:0.1.0" $x^2$ *bold* _it_ ] [ } { <l> @r \\'
    journal.save_entry(
        new_entry(
            Kind.SHIFT_REFLECTION,
            journal.today() - timedelta(days=1),
            title="#set page(width: 1cm)",
            text=markup,
            share=Share.FULL,
            tags=["evalme"],
        )
    )
    reader = make_pack(journal, tmp_path / "pack.pdf", "en", include_outcome_space=True)
    assert len(reader.pages) == 2  # the room to write moves to page 2 whole
    last = reader.pages[-1].extract_text()
    assert "Outcome of the session" in last and "What I take with me" in last
    text = " ".join(unicodedata.normalize("NFKC", p.extract_text()) for p in reader.pages)
    squeezed = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", markup) in squeezed
    assert "#setpage(width:1cm)" in squeezed and "Tags:evalme" in squeezed
    assert reader.pages[0].mediabox.width == pytest.approx(595, abs=2)  # the title set no page


def test_a_character_no_font_can_show_is_replaced_and_the_pack_is_still_made(
    tmp_path, journal, qapp
):
    journal.save_entry(
        new_entry(
            Kind.MEANINGFUL_MOMENT,
            journal.today() - timedelta(days=1),
            text="A good day 😀🙂 with 「words」 and ✓ marks",
            share=Share.FULL,
        )
    )
    reader = make_pack(journal, tmp_path / "pack.pdf", "en")
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "A good day ?? with" in text and "marks" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (CI installs it)")
@pytest.mark.parametrize("language_of_pack", ["en", "sv"], indirect=True)
def test_pdfinfo_and_pdftotext_read_the_pack_in_order(tmp_path, journal, language_of_pack):
    fill_demo_journal(journal, language_of_pack)
    path = tmp_path / "pack.pdf"
    make_pack(journal, path, language_of_pack, include_outcome_space=True)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    meta = subprocess.run(["pdfinfo", "-meta", str(path)], capture_output=True, text=True).stdout
    assert "pdfuaid:part>1<" in meta
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # emb
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    squeezed = " ".join(text.split())
    sv = language_of_pack == "sv"
    order = (
        [
            "Om det här underlaget",
            "Perioden i ord",
            "Översikt",
            "Teman",
            "Mående",
            "Frågor jag vill ta upp",
        ]
        if sv
        else ["About this pack", "The period in words", "Overview", "Themes", "Wellbeing"]
    ) + (["Vad vi pratade om"] if sv else ["What we talked about"])
    at = 0
    for heading in order:  # each found after the one before it
        found = squeezed.find(heading, at)
        assert found >= 0, (heading, squeezed[at : at + 300])
        at = found + len(heading)


def test_a_heading_that_skips_a_level_is_lifted_so_the_pdf_stays_pdf_ua():
    from reflect.export.blocks import Document, Heading, Paragraph
    from reflect.export.pdf import page_count, render_pdf

    doc = Document("Pack", "Confidential", "Period", "Page {page} of {pages}")
    doc.blocks.extend([Heading(3, "An entry straight under the title"), Paragraph("Text.")])
    pdf = render_pdf(doc)  # Typst refuses a skipped level under PDF/UA-1
    assert pdf.startswith(b"%PDF-") and page_count(pdf) == 1
