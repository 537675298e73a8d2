"""Whether a path lies in a folder that a cloud client copies off the computer.

The journal is encrypted, so a synced copy is not readable text; but every
version of it, and every backup and pack beside it, would leave the work
laptop for a service the writer's employer may not allow for personal
notes, and a sync client can hold the file while Reflect writes. Windows's
"known folder move" silently puts Documents and Desktop inside OneDrive,
which is where an unpacked portable Reflect most often ends up.

Pure: the environment is passed in, so tests need no OneDrive.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath, PureWindowsPath

# Windows sets these for each signed-in OneDrive (personal and work or school).
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

# Folder names the usual clients create, compared case-insensitively.
SYNCED_FOLDER_NAMES = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "box": "Box",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
}


def _parts(path: PurePath) -> list[str]:
    return [part.casefold().rstrip("\\/") for part in path.parts]


def _inside(path: PurePath, folder: PurePath) -> bool:
    inner, outer = _parts(path), _parts(folder)
    return len(inner) > len(outer) and inner[: len(outer)] == outer


def synced_by(path: PurePath | str, environ: Mapping[str, str]) -> str | None:
    """The name of the service that syncs ``path`` ("OneDrive"), or None."""
    path = PurePath(path)
    windows = PureWindowsPath(str(path))
    for variable in ONEDRIVE_VARIABLES:
        root = environ.get(variable)
        if root and (_inside(windows, PureWindowsPath(root)) or _inside(path, PurePath(root))):
            return "OneDrive"
    parts = _parts(windows if "\\" in str(path) else path)
    # macOS keeps every file-provider client here, one folder each
    # ("OneDrive-Personal", "GoogleDrive-name@example.org").
    original = path.parts
    for index in range(len(parts) - 3):
        if parts[index : index + 2] == ["library", "cloudstorage"]:
            return original[index + 2].split("-")[0]
    for part in parts[:-1]:  # the folders, not the file's own name
        if part.startswith("onedrive - "):  # "OneDrive - Region Skåne", a work account
            return "OneDrive"
        if part in SYNCED_FOLDER_NAMES:
            return SYNCED_FOLDER_NAMES[part]
    return None
