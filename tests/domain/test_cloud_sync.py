"""Telling a folder a cloud client syncs from one that stays on the computer."""

from __future__ import annotations

import pytest

from reflect.domain.cloud_sync import synced_by

WINDOWS = {
    "OneDrive": r"C:\Users\kim\OneDrive - Region Skåne",
    "OneDriveCommercial": r"C:\Users\kim\OneDrive - Region Skåne",
    "LOCALAPPDATA": r"C:\Users\kim\AppData\Local",
}


@pytest.mark.parametrize(
    ("path", "environ", "service"),
    [
        # Known folder move put Documents inside OneDrive: the portable zip unpacked there.
        (
            r"C:\Users\kim\OneDrive - Region Skåne\Dokument\Reflect\reflect-data\data\journal.reflect",
            WINDOWS,
            "OneDrive",
        ),
        (r"c:\users\KIM\onedrive - region skåne\Desktop\journal.reflect", WINDOWS, "OneDrive"),
        # Without the variables, by the folder's name.
        (r"C:\Users\kim\OneDrive\Documents\journal.reflect", {}, "OneDrive"),
        (r"D:\Dropbox\journal.reflect", {}, "Dropbox"),
        ("/home/kim/Dropbox/reflect/journal.reflect", {}, "Dropbox"),
        ("/home/kim/Nextcloud/journal.reflect", {}, "Nextcloud"),
        ("/Users/kim/Library/CloudStorage/OneDrive-Personal/journal.reflect", {}, "OneDrive"),
        (
            "/Users/kim/Library/CloudStorage/GoogleDrive-kim@example.org/My Drive/j.reflect",
            {},
            "GoogleDrive",
        ),
        # Staying on the computer.
        (r"C:\Users\kim\AppData\Local\Reflect\journal.reflect", WINDOWS, None),
        (r"C:\Users\kim\AppData\Roaming\Reflect\journal.reflect", WINDOWS, None),
        (r"E:\Reflect\reflect-data\data\journal.reflect", WINDOWS, None),
        ("/home/kim/.local/share/Reflect/journal.reflect", {}, None),
        # A file merely named like a service is not a synced folder.
        ("/home/kim/notes/dropbox", {}, None),
        (r"C:\Users\kim\OneDriveBackup\journal.reflect", WINDOWS, None),
    ],
)
def test_synced_folders_are_recognised(path, environ, service):
    assert synced_by(path, environ) == service
