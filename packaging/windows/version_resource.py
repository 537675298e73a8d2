"""Print a Windows program's name and version as its version resource gives them.

    python version_resource.py Reflect.exe   ->   "Reflect 0.1.0"

The smoke test uses it to check what Windows will show for the program
(Task Manager, the taskbar's menu). A version resource keeps its strings as
UTF-16 key/value pairs, so reading the pairs needs no PE parser.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def version_strings(program: bytes) -> dict[str, str]:
    found: dict[str, str] = {}
    for start in (0, 1):  # a pair may sit at an odd byte offset of the file
        text = program[start:].decode("utf-16-le", errors="replace")
        for key in ("FileDescription", "ProductVersion"):
            match = re.search(key + r"\x00+([^\x00]+)\x00", text)
            if match and key not in found:
                found[key] = match.group(1)
    return found


def main(path: str) -> int:
    strings = version_strings(Path(path).read_bytes())
    if "FileDescription" not in strings:
        print(f"{path}: no version resource", file=sys.stderr)
        return 1
    print(f"{strings['FileDescription']} {strings.get('ProductVersion', '?')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
