/* Reflect.exe: starts the window with the bundled pythonw.exe, without a
   console. It finds pythonw.exe beside itself, so the folder can live in
   Program Files, the user's profile or on a USB stick (portable mode).
   Built by packaging/windows/build.py with mingw-w64; the icon comes from
   launcher.rc. Arguments are passed on (e.g. --journal). */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <wchar.h>

int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR arguments, int show)
{
    wchar_t folder[MAX_PATH];
    DWORD length = GetModuleFileNameW(NULL, folder, MAX_PATH);
    if (length == 0 || length >= MAX_PATH) return 1;
    wchar_t *slash = wcsrchr(folder, L'\\');
    if (slash == NULL) return 1;
    *slash = L'\0';

    wchar_t python[MAX_PATH + 16];
    swprintf(python, MAX_PATH + 16, L"%ls\\pythonw.exe", folder);
    static wchar_t command[32768];
    swprintf(command, 32768, L"\"%ls\" -m reflect %ls", python, arguments ? arguments : L"");

    STARTUPINFOW startup = {sizeof(startup)};
    PROCESS_INFORMATION process;
    if (!CreateProcessW(python, command, NULL, NULL, FALSE, 0, NULL, folder, &startup, &process)) {
        MessageBoxW(NULL, L"Reflect could not start: pythonw.exe is missing beside Reflect.exe. "
                          L"Install Reflect again.", L"Reflect", MB_ICONERROR);
        return 1;
    }
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    return 0;
}
