/* Reflect.exe and reflect-cli.exe: run Reflect with the bundled Python in
   this very process.

   In-process rather than starting pythonw.exe as a child: Windows names a
   taskbar button, groups it and pins it by the program that owns the
   window. A child pythonw.exe would show up as "Python" with Python's icon,
   and a pin would start Python with no arguments. Run here, the window
   belongs to Reflect.exe, whose name and icon come from launcher.rc, and
   the Start-menu shortcut to Reflect.exe is the one it matches.

   The Python DLL is found beside this program, so the folder can live in
   Program Files, the user's profile or on a USB stick (portable mode); its
   python3XX._pth file fixes the module path. Built by
   packaging/windows/build.py with mingw-w64: once as a window program
   (Reflect.exe, no console) and once with -DREFLECT_CONSOLE as a console
   program for scripts and IT (reflect-cli.exe). Arguments are passed on. */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#ifndef PYTHON_DLL
#error "build.py defines PYTHON_DLL, e.g. L\"python313.dll\""
#endif

typedef int (*py_main_t)(int, wchar_t **);

static void complain(const wchar_t *text)
{
#ifdef REFLECT_CONSOLE
    fwprintf(stderr, L"%ls\n", text);
#else
    MessageBoxW(NULL, text, L"Reflect", MB_ICONERROR);
#endif
}

static int run(int argc, wchar_t **argv)
{
    wchar_t folder[MAX_PATH];
    DWORD length = GetModuleFileNameW(NULL, folder, MAX_PATH);
    if (length == 0 || length >= MAX_PATH) return 1;
    wchar_t *slash = wcsrchr(folder, L'\\');
    if (slash == NULL) return 1;
    *slash = L'\0';

    wchar_t dll[MAX_PATH + 32];
    swprintf(dll, MAX_PATH + 32, L"%ls\\%ls", folder, PYTHON_DLL);
    /* Look for the DLL's own dependencies beside it, not on PATH. */
    HMODULE python = LoadLibraryExW(dll, NULL, LOAD_WITH_ALTERED_SEARCH_PATH);
    py_main_t py_main = python ? (py_main_t)GetProcAddress(python, "Py_Main") : NULL;
    if (py_main == NULL) {
        complain(L"Reflect could not start: its Python files are missing beside the program. "
                 L"Install Reflect again.");
        return 1;
    }

    /* argv[0] stays this program; "-m reflect" goes before the caller's arguments. */
    wchar_t **arguments = (wchar_t **)HeapAlloc(GetProcessHeap(), 0, sizeof(wchar_t *) * (argc + 3));
    if (arguments == NULL) return 1;
    arguments[0] = argv[0];
    arguments[1] = L"-m";
    arguments[2] = L"reflect";
    for (int i = 1; i < argc; i++) arguments[i + 2] = argv[i];
    arguments[argc + 2] = NULL;
    return py_main(argc + 2, arguments);
}

#ifdef REFLECT_CONSOLE
int wmain(int argc, wchar_t **argv) { return run(argc, argv); }
#else
int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR line, int show)
{
    (void)instance; (void)previous; (void)line; (void)show;
    return run(__argc, __wargv);
}
#endif
