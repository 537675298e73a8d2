"""The identifier check stays quiet on ordinary writing: the prompts, the demo journal, the guide.

A check that cries wolf is switched off in the head of the person using it.
This corpus is what Reflect itself writes and shows, in both languages: some
2,000 texts and over 90,000 characters of shift notes, dates, times, counts
and supervision questions. The demo's one deliberate slip is added to an
entry at run time, not in these files, and is tested where it is added.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from reflect.domain.identifiers import find_identifiers

ROOT = Path(__file__).parents[2]
CORPUS = sorted((ROOT / "resources" / "prompts").glob("*.toml")) + sorted(
    (ROOT / "resources" / "demo").glob("*.toml")
)
GUIDES = sorted((ROOT / "docs").glob("guide*.md"))


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


@pytest.mark.parametrize("path", CORPUS + GUIDES, ids=lambda p: p.name)
def test_no_identifier_is_found_in_what_reflect_itself_writes(path):
    if path.suffix == ".md":
        texts = [path.read_text(encoding="utf-8")]
    else:
        texts = list(strings(tomllib.loads(path.read_text(encoding="utf-8"))))
    assert len(texts) >= 1
    hits = [(hit.kind, hit.text) for text in texts for hit in find_identifiers(text)]
    assert hits == []
