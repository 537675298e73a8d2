"""One benchmark scenario in a loop, for a profiler to watch.

    python bench/profile.py search --journal /tmp/bench.reflect   # built once, then reused
    py-spy record --native -f raw -o search.txt -- python bench/profile.py search --journal ...
    python bench/stacks.py search.txt                              # where the time went
    pyinstrument bench/profile.py summary --journal ...            # Python-level view

Scenarios are the ones docs/performance.md reports: a search for a common
word as the journal view makes it, and the summary of the last year.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import PASSPHRASE, last_year
from synthetic import build_journal


def search(journal) -> None:
    # What the journal view asks for: a page of rows with snippets, and the count.
    journal.search_rows("team", limit=100)
    journal.count_search("team")


def summary(journal) -> None:
    from reflect.app.supervision import summary_for

    summary_for(journal, last_year())


SCENARIOS = {"search": search, "summary": summary}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    parser.add_argument(
        "--journal",
        type=Path,
        default=Path("bench-profile.reflect"),
        help="a synthetic journal; built here if missing",
    )
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    from reflect.app.journal import Journal

    if not args.journal.exists():
        build_journal(args.journal, PASSPHRASE, args.size, date.today())
    action = SCENARIOS[args.scenario]
    with Journal.open(args.journal, PASSPHRASE) as journal:
        runs, start = 0, time.perf_counter()
        while time.perf_counter() - start < args.seconds:
            action(journal)
            runs += 1
    print(
        f"{args.scenario}: {runs} runs, {(time.perf_counter() - start) / runs * 1000:.1f} ms each"
    )


if __name__ == "__main__":
    main()
