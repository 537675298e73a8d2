"""Text piped in and out on a system whose pipes speak another code page (Windows' cp1252)."""

from __future__ import annotations

import json
import subprocess

from tests.cli.running import run, script


def test_utf8_piped_in_is_stored_as_written_and_printed_as_utf8(env):
    cp1252 = dict(env, PYTHONIOENCODING="cp1252")
    assert run(cp1252, "init").returncode == 0
    added = subprocess.run(
        [script(), "add", "--kind", "stigma_incident"],
        input="Vi pratade om övergrepp i dag – igen ✓".encode(),
        capture_output=True,
        env=cp1252,
        timeout=60,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    found = subprocess.run(
        [script(), "search", "overgrepp", "--json"],
        capture_output=True,
        env=cp1252,
        timeout=60,
        check=False,
    )
    assert found.returncode == 0, found.stderr
    [hit] = json.loads(found.stdout.decode("utf-8"))
    assert hit["text"] == "Vi pratade om övergrepp i dag – igen ✓"


def test_text_in_the_code_page_itself_is_read_too(env):
    cp1252 = dict(env, PYTHONIOENCODING="cp1252")
    run(cp1252, "init")
    added = subprocess.run(
        [script(), "add", "--kind", "shift_reflection"],
        input="Bemötande på avdelningen".encode("cp1252"),  # what cmd's pipe sends
        capture_output=True,
        env=cp1252,
        timeout=60,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    assert "Bemötande" in run(env, "search", "bemotande", "--json").stdout
