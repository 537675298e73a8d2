/* For the Wine smoke test only; never shipped. Wine 8 has no
   bcryptprimitives.dll, whose ProcessPrng every Rust program built since
   Rust 1.78 imports (Typst, which typesets the PDF pack, among them); every
   Windows 10 and 11 has it. Here it draws from the system's RtlGenRandom. */
#include <windows.h>
#define EXPORT __declspec(dllexport)
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
EXPORT BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG part = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, part)) return FALSE;
        data += part;
        length -= part;
    }
    return TRUE;
}
