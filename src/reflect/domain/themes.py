"""The three themes and nine subthemes that Reflect's prompts and summaries use.

They come from the interview study named in ``STUDY``. Only the structure
lives here; names, descriptions and prompts are language resources
(``resources/prompts/<lang>.toml``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Study:
    title: str
    journal: str
    year: int
    doi: str


STUDY = Study(
    title=(
        "Experiences and Challenges in the Role as Peer Support Workers in a "
        "Swedish Mental Health Context – An Interview Study"
    ),
    journal="Issues in Mental Health Nursing",
    year=2021,
    doi="10.1080/01612840.2021.1978596",
)

# Theme id -> its subtheme ids, in the study's order.
THEMES: dict[str, tuple[str, ...]] = {
    "stigma": ("stigma_internal_external", "undervalued"),
    "authenticity_balance": (
        "building_relationships",
        "closeness_and_distance",
        "loyalty_conflicts",
        "empowerment",
    ),
    "team": ("appreciation", "obstacles", "meaning"),
}

SUBTHEMES: tuple[str, ...] = tuple(s for subs in THEMES.values() for s in subs)

THEME_OF: dict[str, str] = {s: theme for theme, subs in THEMES.items() for s in subs}


def is_subtheme(value: str) -> bool:
    return value in THEME_OF
