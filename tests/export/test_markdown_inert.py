"""A Markdown pack is inert: rendered by any common renderer, nothing in it loads or links (finding 11)."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from reflect.export.blocks import Bullets, Document, Heading, Paragraph, Table
from reflect.export.markdown import _ESCAPES, inert, render_markdown

HOSTILE = [
    '<img src="http://example.org/track.png">',
    "![](http://example.org/pixel.png)",
    "[click](http://example.org)",
    "<script>alert(1)</script>",
    "http://example.org/a.png",
    "www.example.org",
    "kim@example.org",
    "<http://example.org>",
    "<a href='x'>x</a>",
    "[ref]: http://example.org/ref.png\n![x][ref]",
    "<iframe src=//example.org></iframe>",
    "&lt;img src=x&gt;",
    "`code` **bold** _it_",
    "# not a heading\n- not a list\n1. nor this",
    "<!-- comment -->",
    "javascript:alert(1)",
    "![](data:image/png;base64,AAAA)",
    "    <four spaces would make a code block",
    "\tso would a tab",
]
LIVE_TAGS = {
    "img",
    "a",
    "script",
    "iframe",
    "object",
    "embed",
    "link",
    "style",
    "video",
    "audio",
    "source",
    "svg",
    "form",
    "input",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ol",
    "code",
}


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, attrs))


def rendered(text: str) -> list[str]:
    return [
        markdown.markdown(text, extensions=["tables"]),
        MarkdownIt("commonmark").render(text),
        MarkdownIt("gfm-like", {"linkify": True}).enable("linkify").render(text),
    ]


def live_tags(html: str) -> list[tuple[str, list]]:
    parser = Tags()
    parser.feed(html)
    return [
        (tag, attrs)
        for tag, attrs in parser.found
        if tag in LIVE_TAGS
        or any(name in ("src", "href", "style") or name.startswith("on") for name, _ in attrs)
    ]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_entry_text_stays_text_in_every_renderer(text):
    for html in rendered(inert(text)):
        assert live_tags(html) == [], html


def test_a_whole_pack_with_hostile_entries_renders_without_a_live_tag():
    doc = Document("Supervision pack", "Confidential", "Period")
    doc.blocks.extend(
        [
            Heading(2, "Entries"),
            *(Paragraph(t) for t in HOSTILE),
            Bullets(HOSTILE),
            Table(["Kind", "Entries"], [[t, "1"] for t in HOSTILE]),
        ]
    )
    text = render_markdown(doc)
    for html in rendered(text):
        tags = live_tags(html)
        # Only the pack's own headings are headings.
        assert {tag for tag, _ in tags} <= {"h1", "h2"}, tags
        assert "<script" not in html and "<img" not in html


def test_escaped_text_still_reads_as_typed():
    text = "Vi pratade om 3 < 5 & [det] *viktiga* _nu_ (kl. 14:30)."
    plain = MarkdownIt("commonmark").render(inert(text))
    assert "Vi pratade om 3 &lt; 5 &amp; [det] *viktiga* _nu_ (kl. 14:30)." in plain


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"<>![]()/:.@&#*_`w-= \n\"'", "http", "www", "img", "src", "script", "a href"]
        ),
        max_size=40,
    ).map("".join)
)
def test_generated_markup_never_becomes_a_tag(text):
    for html in rendered(inert(text)):
        assert [tag for tag, _ in live_tags(html) if tag not in {"h1", "h2"}] == [], html


@given(st.text(max_size=200))
def test_each_character_is_escaped_by_the_one_rule(text):
    """Entities for &, < and >, a backslash before Markdown's marks, the rest as typed."""
    by_character = "".join(
        {"&": "&amp;", "<": "&lt;", ">": "&gt;"}.get(c) or ("\\" + c if c in "\\`*_[]!{}" else c)
        for c in text
    )
    assert text.translate(_ESCAPES) == by_character
