"""The command line as a person runs it: whole processes, each beside its baseline.

``reflect --version`` and ``--help`` against a bare ``python -c`` that
imports argparse and parses nothing (the floor for any Python command line);
``reflect search`` against jrnl 4.6 searching the same entries, installed
from PyPI into its own virtual environment (``JRNL_VENV``, made on first use)
and given the journal as plain text, which it reads fastest.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from timing import Figure

BARE_ARGPARSE = "import argparse; argparse.ArgumentParser().parse_args([])"
JRNL = "jrnl==4.6"
JRNL_VENV = Path(os.environ.get("JRNL_VENV", Path.home() / ".cache" / "reflect-bench" / "jrnl"))


def reflect_command() -> list[str]:
    """The installed ``reflect`` script when there is one (what a person types), else -c."""
    script = Path(sys.executable).with_name("reflect")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from reflect.cli.main import main; sys.exit(main())"]


def seconds(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def taking_turns(first: list[str], second: list[str], pairs: int, env=None) -> tuple[float, float]:
    """Medians of both, run in turns so that both get the same minutes of a shared machine."""
    seconds(first, env), seconds(second, env)  # warm the file cache
    ones, twos = [], []
    for _ in range(pairs):
        ones.append(seconds(first, env))
        twos.append(seconds(second, env))
    return statistics.median(ones), statistics.median(twos)


def start_figures(pairs: int = 15) -> list[Figure]:
    bare = [sys.executable, "-c", BARE_ARGPARSE]
    figures = []
    for flag in ("--version", "--help"):
        mine, base = taking_turns([*reflect_command(), flag], bare, pairs)
        figures.append(Figure(f"reflect {flag} (whole process)", mine, base, 1.5))
    return figures


JRNL_CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
"""


def jrnl_executable() -> Path | None:
    """jrnl 4.6 in its own virtual environment, installed on first use; None if it cannot be."""
    jrnl = JRNL_VENV / ("Scripts/jrnl.exe" if os.name == "nt" else "bin/jrnl")
    if not jrnl.exists():
        try:
            subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=True)
            pip = JRNL_VENV / ("Scripts/pip.exe" if os.name == "nt" else "bin/pip")
            subprocess.run([str(pip), "install", "-q", JRNL], check=True, timeout=600)
        except (OSError, subprocess.SubprocessError) as error:
            print(f"jrnl could not be installed ({error}); its baseline is left out")
            return None
    return jrnl


def jrnl_journal(entries, folder: Path) -> Path:
    """The same entries as a jrnl journal: date, title, then the answers, text and tags."""
    lines = []
    for entry in sorted(entries, key=lambda e: e.created_at):
        stamp = entry.created_at.strftime("%Y-%m-%d %H:%M")
        body = [str(value) for value in entry.fields.values() if value]
        body.append(entry.text)
        body.append(" ".join(f"@{tag}" for tag in entry.tags))
        lines.append(f"[{stamp}] {entry.title or 'Untitled'}\n" + "\n".join(body) + "\n")
    journal = folder / "jrnl.txt"
    journal.write_text("\n".join(lines), encoding="utf-8")
    config = folder / "jrnl.yaml"
    config.write_text(JRNL_CONFIG.format(journal=journal), encoding="utf-8")
    return config


def search_figures(
    path: Path, passphrase: str, entries, folder: Path, with_jrnl: bool, pairs: int = 5
) -> list[Figure]:
    """``reflect search team`` against the floor below any search of an encrypted
    journal, and (``with_jrnl``) against ``jrnl -contains team`` on the same
    entries; each prints its best 200 matches, and Reflect's includes deriving
    the key."""
    env = {**os.environ, "REFLECT_PASSPHRASE": passphrase, "REFLECT_JOURNAL": str(path)}
    env.update(XDG_CONFIG_HOME=str(folder / "config"), XDG_DATA_HOME=str(folder / "data"))
    search = [*reflect_command(), "search", "team"]
    size = f"{len(entries):,}"
    mine, floor = taking_turns(
        search, [sys.executable, "-c", FLOOR, str(path), passphrase], pairs, env
    )
    # 20 times faster than jrnl at 100,000 entries is about 1.05 times this
    # floor; 1.5 is the guard's mark against going back.
    figures = [
        Figure(f"reflect search, whole process ({size}), against the floor", mine, floor, 1.5)
    ]
    jrnl = jrnl_executable() if with_jrnl else None
    if jrnl is not None:
        config = jrnl_journal(entries, folder)
        jrnl_search = [str(jrnl), "--config-file", str(config), "-contains", "team", "-n", "200"]
        mine, theirs = taking_turns(search, jrnl_search, pairs, env)
        figures += [
            Figure(
                f"reflect search, whole process ({size}), against jrnl 4.6", mine, theirs, 1 / 20
            ),
            Figure(f"the floor ({size}), against jrnl 4.6", floor, theirs),
        ]
    return figures


# What no search of an encrypted journal can go below: Python started, the
# key derived, and the raw full-text query for the same best 200 matches.
FLOOR = """
import sys, sqlcipher3
c = sqlcipher3.connect(sys.argv[1])
c.execute("PRAGMA key = '" + sys.argv[2].replace("'", "''") + "'")
c.execute("SELECT rowid, snippet(entries_fts, -1, '[', ']', '…', 14) FROM entries_fts "
          "WHERE entries_fts MATCH 'team' ORDER BY rank LIMIT 200").fetchall()
"""
