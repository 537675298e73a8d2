/* For the Wine smoke test only; never shipped. Wine 8's WcsCreateIccProfile
   aborts, which takes Qt's windows platform plugin down with it. Here every
   colour-profile call fails politely, and Qt falls back to sRGB. */
#include <windows.h>
#define EXPORT __declspec(dllexport)
EXPORT HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation) { SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
EXPORT BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer, DWORD *size) { SetLastError(ERROR_NOT_SUPPORTED); return FALSE; }
EXPORT BOOL WINAPI CloseColorProfile(HANDLE profile) { return TRUE; }
EXPORT HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD intent) { SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
