"""Every pack opens with a few words for the supervisor, in the writer's language."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from reflect.app.pack_export import PackWording, pack_outline
from reflect.app.prompt_library import load_catalogue
from reflect.domain.pack import PackOptions, build_pack
from reflect.domain.period import Period
from reflect.domain.themes import STUDY
from reflect.export.blocks import Bullets, Heading
from reflect.export.markdown import render_markdown

TODAY = date(2026, 3, 14)


def empty_pack():
    options = PackOptions(Period(TODAY - timedelta(days=30), TODAY))
    made = datetime(2026, 3, 14, 18, tzinfo=UTC)
    return build_pack(options, [], [], {}, 0, [], made, [])


def test_the_preface_comes_first_and_says_what_the_pack_is_not():
    document = pack_outline(empty_pack(), PackWording(load_catalogue("en")))
    heading, bullets = document.blocks[:2]
    assert isinstance(heading, Heading) and heading.text == "About this pack"
    assert isinstance(bullets, Bullets)
    said = " ".join(bullets.items)
    assert "not the patient record" in said and "initials or invented names" in said
    assert STUDY.doi in said and "often in a group" in said
    assert "About this pack" in render_markdown(document)
