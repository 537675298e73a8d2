"""The names a search word may stand for, in the language the writer reads."""

from __future__ import annotations

from collections.abc import Callable

from reflect.domain.kinds import KINDS, Kind
from reflect.domain.prompts import PromptCatalogue
from reflect.domain.search_words import SearchNames


def search_names(catalogue: PromptCatalogue, kind_name: Callable[[Kind], str]) -> SearchNames:
    """Kind names as the interface shows them; subtheme names from the prompts in its language."""
    return SearchNames(
        kinds={kind.value: kind_name(kind) for kind in KINDS},
        subthemes={sid: topic.name for sid, topic in catalogue.subthemes.items()},
    )
