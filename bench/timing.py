"""Medians of repeated runs, and a figure beside its baseline."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

# Below this, a ratio measures the timer and the machine's noise, not Reflect:
# a figure this fast meets its ratio target whatever the ratio says.
NOISE_FLOOR_SECONDS = 0.002


def median_seconds(action, repeats: int = 7) -> float:
    action()  # warm caches: the figures are for a journal in use
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


@dataclass(frozen=True)
class Figure:
    name: str
    seconds: float
    baseline: float | None = None
    target_ratio: float | None = None  # at most this many times the baseline
    target_seconds: float | None = None  # and/or at most this long

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.baseline if self.baseline else None

    def meets(self, slack: float = 1.0) -> bool:
        ok = True
        if (
            self.target_ratio is not None
            and self.ratio is not None
            and self.seconds >= NOISE_FLOOR_SECONDS
        ):
            ok &= self.ratio <= self.target_ratio * slack
        if self.target_seconds is not None:
            ok &= self.seconds <= self.target_seconds * slack
        return ok

    def row(self) -> str:
        base = f"{self.baseline * 1000:.1f} ms" if self.baseline else "–"
        ratio = f"{self.ratio:.2f}×" if self.ratio is not None else "–"
        targets = []
        if self.target_ratio is not None:
            targets.append(f"≤ {self.target_ratio:g}×")
        if self.target_seconds is not None:
            targets.append(f"≤ {self.target_seconds * 1000:g} ms")
        verdict = "met" if self.meets() else "MISSED"
        return (
            f"| {self.name} | {self.seconds * 1000:.1f} ms | {base} | {ratio} | "
            f"{', '.join(targets) or '–'} | {verdict} |"
        )
