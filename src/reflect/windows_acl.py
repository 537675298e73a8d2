"""Files and folders readable by their user only, on Windows.

POSIX has the 0600 and 0700 modes for this; on Windows the mode is ignored
and a new file takes the access list of its folder, which on a work laptop
often lets administrators, backup agents or a whole group read it. Reflect
gives its journal, backups, exports and own folders a protected access list
(nothing inherited) with one entry: full control for the current user.

A file system without access lists (FAT on a USB stick) refuses; that is
logged and the write goes on, as chmod does on such a stick.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)

SE_FILE_OBJECT = 1
DACL_SECURITY_INFORMATION = 0x4
PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
SDDL_REVISION_1 = 1
TOKEN_QUERY = 0x8
TOKEN_USER = 1


def owner_only_sddl(user_sid: str, *, folder: bool) -> str:
    """The access list as SDDL: protected ("P"), one allow entry of full file access ("FA").

    A folder's entry is inherited by what is made in it later ("OICI"), so
    the journal's -wal and -shm files and new backups are private at once.
    """
    inherit = "OICI" if folder else ""
    return f"D:P(A;{inherit};FA;;;{user_sid})"


@functools.cache
def current_user_sid() -> str:
    """The current user's security identifier as text ("S-1-5-21-…"), asked once per process."""
    if sys.platform != "win32":
        raise OSError("only Windows has security identifiers")
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    token = wintypes.HANDLE()
    process = wintypes.HANDLE(kernel32.GetCurrentProcess())
    if not advapi32.OpenProcessToken(process, TOKEN_QUERY, ctypes.byref(token)):
        raise ctypes.WinError(ctypes.get_last_error())
    try:
        needed = wintypes.DWORD()
        advapi32.GetTokenInformation(token, TOKEN_USER, None, 0, ctypes.byref(needed))
        buffer = ctypes.create_string_buffer(needed.value)
        if not advapi32.GetTokenInformation(
            token, TOKEN_USER, buffer, needed, ctypes.byref(needed)
        ):
            raise ctypes.WinError(ctypes.get_last_error())
        sid = ctypes.c_void_p.from_buffer(buffer).value  # TOKEN_USER starts with the SID's pointer
        text = wintypes.LPWSTR()
        if not advapi32.ConvertSidToStringSidW(ctypes.c_void_p(sid), ctypes.byref(text)):
            raise ctypes.WinError(ctypes.get_last_error())
        try:
            return str(text.value)
        finally:
            kernel32.LocalFree(text)
    finally:
        kernel32.CloseHandle(token)


def restrict_to_user(path: Path, *, folder: bool = False) -> bool:
    """Give ``path`` an access list that lets the current user alone in; False if refused."""
    if sys.platform != "win32":
        return False
    from ctypes import wintypes

    try:
        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        descriptor = ctypes.c_void_p()
        if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
            owner_only_sddl(current_user_sid(), folder=folder),
            SDDL_REVISION_1,
            ctypes.byref(descriptor),
            None,
        ):
            raise ctypes.WinError(ctypes.get_last_error())
        try:
            present, defaulted = wintypes.BOOL(), wintypes.BOOL()
            dacl = ctypes.c_void_p()
            if not advapi32.GetSecurityDescriptorDacl(
                descriptor, ctypes.byref(present), ctypes.byref(dacl), ctypes.byref(defaulted)
            ):
                raise ctypes.WinError(ctypes.get_last_error())
            status = advapi32.SetNamedSecurityInfoW(
                str(path),
                SE_FILE_OBJECT,
                DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                None,
                None,
                dacl,
                None,
            )
            if status != 0:  # returns the error code itself
                raise ctypes.WinError(status)
        finally:
            kernel32.LocalFree(descriptor)
    except OSError as error:
        log.warning("could not make %s readable by its user only: %s", path.name, error)
        return False
    return True
