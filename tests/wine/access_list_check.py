"""Under Wine, with the Windows build's own Python: Reflect's user-only access lists are accepted.

Wine accepts an access list but does not keep it (it derives the list it
reports from the Unix file mode), so this checks what can be checked here:
that the calls into advapi32 work with this Python (the current user's SID
is found, SetNamedSecurityInfoW takes the list), and that none of
Reflect's own writes logged a refusal. The list itself is to be read back
on real Windows (docs/packaging.md).
Usage: python.exe access_list_check.py LOG_FILE SCRATCH_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from reflect.windows_acl import current_user_sid, restrict_to_user


def main(log_file: str, scratch: str) -> int:
    sid = current_user_sid()
    Path(scratch).write_text("scratch", encoding="utf-8")
    accepted = restrict_to_user(Path(scratch))
    refusals = [
        line
        for line in Path(log_file).read_text(encoding="utf-8").splitlines()
        if "readable by its user only" in line
    ]
    print(f"access list check: sid={sid} accepted={accepted} refusals={len(refusals)}")
    for line in refusals:
        print(line, file=sys.stderr)
    return 0 if sid.startswith("S-1-5-") and accepted and not refusals else 1


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:3]))
