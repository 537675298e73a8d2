"""Make a release: the version moves in one place and everything else reads it.

    python scripts/release.py 0.2.0

Sets ``version`` in pyproject.toml (the package metadata, ``reflect
--version``, the Linux bundle and the Windows MSI all read it from there),
turns the changelog's "Unreleased" heading into the version and today's date,
checks that every journal format has its fixture, commits and tags
``v<version>``. It refuses a dirty tree, a version that does not move
forward, and a changelog with nothing under "Unreleased".
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def parse(version: str) -> tuple[int, int, int]:
    match = VERSION.match(version)
    if match is None:
        raise SystemExit(f"release: {version!r} is not a version like 0.2.0")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def current_version(pyproject: str) -> str:
    match = re.search(r'^version = "([^"]+)"$', pyproject, re.MULTILINE)
    if match is None:
        raise SystemExit("release: pyproject.toml has no version line")
    return match.group(1)


def with_version(pyproject: str, version: str) -> str:
    return re.sub(r'^version = "[^"]+"$', f'version = "{version}"', pyproject, count=1, flags=re.M)


def dated_changelog(changelog: str, version: str, day: date) -> str:
    """ "## Unreleased" becomes "## <version> – <day>", with a fresh empty Unreleased above it."""
    head, found, rest = changelog.partition("## Unreleased\n")
    if not found:
        raise SystemExit("release: CHANGELOG.md has no '## Unreleased' heading")
    notes = rest.split("\n## ", 1)[0]
    if not notes.strip():
        raise SystemExit("release: nothing is written under '## Unreleased'")
    return f"{head}## Unreleased\n\n## {version} – {day.isoformat()}\n{rest}"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    version = argv[0]
    pyproject_path, changelog_path = ROOT / "pyproject.toml", ROOT / "CHANGELOG.md"
    pyproject = pyproject_path.read_text(encoding="utf-8")
    if parse(version) <= parse(current_version(pyproject)):
        raise SystemExit(f"release: {version} is not after {current_version(pyproject)}")
    dirty = subprocess.run(
        ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    if dirty.strip():
        raise SystemExit("release: commit or set aside the changes first")
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT))
    from reflect.store.migrations import LATEST
    from tests.fixtures.make_journal_fixtures import MAKERS, fixture_path

    missing = [v for v in range(1, LATEST + 1) if v not in MAKERS or not fixture_path(v).exists()]
    if missing:
        raise SystemExit(f"release: journal formats without a fixture: {missing}")
    pyproject_path.write_text(with_version(pyproject, version), encoding="utf-8")
    changelog = changelog_path.read_text(encoding="utf-8")
    changelog_path.write_text(dated_changelog(changelog, version, date.today()), encoding="utf-8")
    subprocess.run(["git", "commit", "-qam", f"Reflect {version}"], cwd=ROOT, check=True)
    subprocess.run(
        ["git", "tag", "-a", f"v{version}", "-m", f"Reflect {version}"], cwd=ROOT, check=True
    )
    print(f"Reflect {version}: committed and tagged v{version}. Push the tag with the branch.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
