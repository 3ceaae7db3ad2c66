/* A test fixture for Wine, never shipped: real Windows (10 and later) has this DLL.
 *
 * Rust's standard library (and getrandom) ask bcryptprimitives.dll for ProcessPrng when a
 * program starts. Wine 8, Debian 12's, lacks that export, so tandem.exe would not start
 * under it. This DLL, placed beside tandem.exe for the Wine checks only (.ci/package-check),
 * answers ProcessPrng with advapi32's RtlGenRandom (SystemFunction036), which Wine has.
 * Built with MinGW:
 *   x86_64-w64-mingw32-gcc -shared -s -o bcryptprimitives.dll bcryptprimitives.c \
 *       bcryptprimitives.def -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes at most a ULONG's worth at a time. */
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
