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
