"""Where a py-spy profile's time went: ``py-spy record --native -f raw`` output
summed by function, as the share of samples a function was on the stack.

    python bench/stacks.py search.txt            # the 25 heaviest frames
    python bench/stacks.py search.txt Codec bm25  # only frames naming these
"""

from __future__ import annotations

import re
import sys
from collections import Counter


def inclusive_shares(lines) -> tuple[Counter, int]:
    on_stack: Counter = Counter()
    total = 0
    for line in lines:
        stack, _, count = line.rstrip().rpartition(" ")
        if not stack:
            continue
        samples = int(count)
        total += samples
        # "function (file:line)" -> "function"; count a frame once per stack.
        for frame in {re.sub(r" \(.*\)$", "", f) for f in stack.split(";")}:
            on_stack[frame] += samples
    return on_stack, total


def main() -> None:
    path, *names = sys.argv[1:]
    with open(path, encoding="utf-8") as lines:
        on_stack, total = inclusive_shares(lines)
    shown = [
        (f, n)
        for f, n in on_stack.most_common()
        if not names or any(name.lower() in f.lower() for name in names)
    ]
    print(f"{total} samples")
    for frame, samples in shown[:25]:
        print(f"{100 * samples / total:5.1f}%  {frame}")


if __name__ == "__main__":
    main()
