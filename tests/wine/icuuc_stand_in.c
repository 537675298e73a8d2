/* For the Wine smoke test only; never shipped. Windows 10 and 11 have a system
   icuuc.dll and Qt6Core.dll (Qt 6.10 and later) links to its converter
   functions; Wine 8 has none, so QtCore would not load. Each function here
   answers "no converter", which Qt handles as it would a missing codec. */
#include <stddef.h>
#define EXPORT __declspec(dllexport)
typedef int UErrorCode;
static void refuse(UErrorCode *error) { if (error && *error <= 0) *error = 4; /* U_FILE_ACCESS_ERROR */ }
EXPORT void *ucnv_open(const char *name, UErrorCode *error) { refuse(error); return NULL; }
EXPORT void ucnv_close(void *converter) {}
EXPORT void ucnv_reset(void *converter) {}
EXPORT int ucnv_getMaxCharSize(void *converter) { return 4; }
EXPORT const char *ucnv_getName(void *converter, UErrorCode *error) { refuse(error); return NULL; }
EXPORT void ucnv_getToUCallBack(void *converter, void **action, const void **context) { if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_getFromUCallBack(void *converter, void **action, const void **context) { if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_setToUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *error) { refuse(error); }
EXPORT void ucnv_setFromUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *error) { refuse(error); }
EXPORT void ucnv_cbToUWriteUChars(void *a, const void *s, int l, int o, UErrorCode *error) {}
EXPORT void ucnv_cbFromUWriteUChars(void *a, const void **s, const void *l, int o, UErrorCode *error) {}
EXPORT void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl, int *o, int f, UErrorCode *error) { refuse(error); }
EXPORT void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl, int *o, int f, UErrorCode *error) { refuse(error); }
EXPORT int ucnv_toUCountPending(void *converter, UErrorCode *error) { return 0; }
EXPORT int ucnv_fromUCountPending(void *converter, UErrorCode *error) { return 0; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *error) { return NULL; }
EXPORT const char *ucnv_getAvailableName(int index) { return NULL; }
EXPORT int ucnv_countAvailable(void) { return 0; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
