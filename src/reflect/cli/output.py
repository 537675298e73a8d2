"""How entries and search hits look in a terminal."""

from __future__ import annotations

import json

from reflect.cli.language import translate
from reflect.domain.entry import Entry, FollowUp, Share
from reflect.domain.kinds import Kind, kind_spec
from reflect.domain.search import SearchHit, snippet_with
from reflect.domain.serialise import entry_as_dict


def kind_name(kind: Kind) -> str:
    return translate("EntryKinds", kind_spec(kind).label)


def entry_line(entry: Entry) -> str:
    badges = []
    if entry.share.shared:
        badges.append(
            translate("Cli", "[for supervision]")
            if entry.share is Share.FULL
            else translate("Cli", "[supervision: summary]")
        )
    if entry.follow_up is FollowUp.OPEN:
        badges.append(translate("Cli", "[follow-up]"))
    parts = [
        entry.occurred_on.isoformat(),
        entry.uuid[:8],
        f"{kind_name(entry.kind)}:",
        entry.display_title,
        *badges,
    ]
    return " ".join(parts)


def hit_lines(hit: SearchHit) -> str:
    return entry_line(hit.entry) + "\n    " + snippet_with(hit.snippet, "[", "]")


def entries_json(entries) -> str:
    return json.dumps([entry_as_dict(e) for e in entries], ensure_ascii=False, indent=2)


def hits_json(hits) -> str:
    return json.dumps(
        [
            {**entry_as_dict(h.entry), "snippet": snippet_with(h.snippet, "[", "]"), "rank": h.rank}
            for h in hits
        ],
        ensure_ascii=False,
        indent=2,
    )
