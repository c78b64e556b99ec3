/* hexaglot_icu.c: the only file that sees ICU's own headers. See hexaglot_icu.h. */
#include "hexaglot_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucol.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

const char *hx_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

const char *hx_icu_version(void) { return U_ICU_VERSION; }

/* ---- Break iteration ---- */

struct hx_breaker { UBreakIterator *it; };

hx_breaker *hx_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &err);
    *status = err;
    if (U_FAILURE(err)) return NULL;
    hx_breaker *b = malloc(sizeof *b);
    if (!b) { ubrk_close(it); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    b->it = it;
    return b;
}

void hx_breaker_close(hx_breaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->it);
    free(breaker);
}

int32_t hx_breaker_boundaries(hx_breaker *breaker, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t *rule_status, int32_t capacity,
                              int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText(breaker->it, (const UChar *)text, length, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t n = 0;
    for (int32_t pos = ubrk_first(breaker->it); pos != UBRK_DONE; pos = ubrk_next(breaker->it)) {
        if (n < capacity) {
            boundaries[n] = pos;
            if (rule_status) rule_status[n] = ubrk_getRuleStatus(breaker->it);
        }
        n++;
    }
    /* Detach the text so the iterator never points at a freed buffer. */
    ubrk_setText(breaker->it, (const UChar *)u"", 0, &err);
    *status = U_ZERO_ERROR;
    return n;
}

/* ---- Normalization ---- */

static const UNormalizer2 *normalizer_for(int32_t form, UErrorCode *err) {
    switch (form) {
    case HX_NORM_NFC: return unorm2_getNFCInstance(err);
    case HX_NORM_NFD: return unorm2_getNFDInstance(err);
    case HX_NORM_NFKC: return unorm2_getNFKCInstance(err);
    case HX_NORM_NFKD: return unorm2_getNFKDInstance(err);
    case HX_NORM_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(err);
    default: *err = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t hx_normalize(int32_t form, const uint16_t *text, int32_t length,
                     uint16_t *out, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer_for(form, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t result = unorm2_normalize(n, (const UChar *)text, length, (UChar *)out, capacity, &err);
    *status = (err == U_BUFFER_OVERFLOW_ERROR) ? U_ZERO_ERROR : err;
    return result;
}

int32_t hx_fold_case(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity,
                     int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t result = u_strFoldCase((UChar *)out, capacity, (const UChar *)text, length,
                                   U_FOLD_CASE_DEFAULT, &err);
    *status = (err == U_BUFFER_OVERFLOW_ERROR) ? U_ZERO_ERROR : err;
    return result;
}

/* ---- Collation ---- */

struct hx_collator { UCollator *coll; };

hx_collator *hx_collator_open(const char *locale, int32_t strength, int32_t numeric,
                              int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UCollator *coll = ucol_open(locale, &err);
    if (U_FAILURE(err)) { *status = err; return NULL; }
    ucol_setStrength(coll, (UCollationStrength)strength);
    if (numeric) ucol_setAttribute(coll, UCOL_NUMERIC_COLLATION, UCOL_ON, &err);
    if (U_FAILURE(err)) { ucol_close(coll); *status = err; return NULL; }
    hx_collator *c = malloc(sizeof *c);
    if (!c) { ucol_close(coll); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    c->coll = coll;
    *status = U_ZERO_ERROR;
    return c;
}

void hx_collator_close(hx_collator *collator) {
    if (!collator) return;
    ucol_close(collator->coll);
    free(collator);
}

int32_t hx_collator_compare(const hx_collator *collator,
                            const uint16_t *a, int32_t a_length,
                            const uint16_t *b, int32_t b_length) {
    return (int32_t)ucol_strcoll(collator->coll, (const UChar *)a, a_length,
                                 (const UChar *)b, b_length);
}

int32_t hx_collator_compare_utf8(const hx_collator *collator,
                                 const char *a, int32_t a_length,
                                 const char *b, int32_t b_length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t r = (int32_t)ucol_strcollUTF8(collator->coll, a, a_length, b, b_length, &err);
    *status = err;
    return r;
}

int32_t hx_collator_sort_key(const hx_collator *collator, const uint16_t *text, int32_t length,
                             uint8_t *out, int32_t capacity) {
    return ucol_getSortKey(collator->coll, (const UChar *)text, length, out, capacity);
}

/* ---- Transliteration ---- */

struct hx_transliterator { UTransliterator *t; };

hx_transliterator *hx_transliterator_open(const char *id, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UChar uid[256];
    int32_t idlen = 0;
    u_strFromUTF8(uid, 256, &idlen, id, -1, &err);
    if (U_FAILURE(err)) { *status = err; return NULL; }
    UTransliterator *t = utrans_openU(uid, idlen, UTRANS_FORWARD, NULL, 0, NULL, &err);
    if (U_FAILURE(err)) { *status = err; return NULL; }
    hx_transliterator *h = malloc(sizeof *h);
    if (!h) { utrans_close(t); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    h->t = t;
    *status = U_ZERO_ERROR;
    return h;
}

void hx_transliterator_close(hx_transliterator *transliterator) {
    if (!transliterator) return;
    utrans_close(transliterator->t);
    free(transliterator);
}

int32_t hx_transliterate(const hx_transliterator *transliterator, const uint16_t *text,
                         int32_t length, uint16_t *out, int32_t capacity, int32_t *status) {
    /* utrans_transUChars works in place, so transliterate into a buffer large enough
       for the worst case, then copy what fits. */
    UErrorCode err = U_ZERO_ERROR;
    int32_t work_cap = length * 8 + 16;
    UChar *work = malloc(sizeof(UChar) * (size_t)work_cap);
    if (!work) { *status = U_MEMORY_ALLOCATION_ERROR; return 0; }
    memcpy(work, text, sizeof(UChar) * (size_t)length);
    int32_t text_len = length;
    int32_t limit = length;
    utrans_transUChars(transliterator->t, work, &text_len, work_cap, 0, &limit, &err);
    if (U_FAILURE(err)) { free(work); *status = err; return 0; }
    if (text_len <= capacity) memcpy(out, work, sizeof(UChar) * (size_t)text_len);
    free(work);
    *status = U_ZERO_ERROR;
    return text_len;
}

/* ---- Scripts ---- */

int32_t hx_script_of(uint32_t code_point) {
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode s = uscript_getScript((UChar32)code_point, &err);
    return U_FAILURE(err) ? -1 : (int32_t)s;
}

int32_t hx_script_short_name(int32_t script, char *out, int32_t capacity) {
    const char *name = uscript_getShortName((UScriptCode)script);
    if (!name || (int32_t)strlen(name) + 1 > capacity) return 0;
    strcpy(out, name);
    return (int32_t)strlen(name);
}

int32_t hx_char_type(uint32_t code_point) { return (int32_t)u_charType((UChar32)code_point); }

static USpoofChecker *spoof_checker(UErrorCode *err) {
    USpoofChecker *sc = uspoof_open(err);
    if (U_FAILURE(*err)) return NULL;
    uspoof_setChecks(sc, USPOOF_CONFUSABLE, err);
    return sc;
}

int32_t hx_confusable(const uint16_t *a, int32_t a_length, const uint16_t *b, int32_t b_length,
                      int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    USpoofChecker *sc = spoof_checker(&err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t r = uspoof_areConfusable(sc, (const UChar *)a, a_length, (const UChar *)b, b_length, &err);
    uspoof_close(sc);
    *status = err;
    return r;
}

int32_t hx_confusable_skeleton(const uint16_t *text, int32_t length, uint16_t *out,
                               int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    USpoofChecker *sc = spoof_checker(&err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t r = uspoof_getSkeleton(sc, 0, (const UChar *)text, length, (UChar *)out, capacity, &err);
    uspoof_close(sc);
    *status = (err == U_BUFFER_OVERFLOW_ERROR) ? U_ZERO_ERROR : err;
    return r;
}

int32_t hx_restriction_level(const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    USpoofChecker *sc = uspoof_open(&err);
    USpoofCheckResult *result = uspoof_openCheckResult(&err);
    if (U_FAILURE(err)) {
        if (sc) uspoof_close(sc);
        if (result) uspoof_closeCheckResult(result);
        *status = err;
        return 0;
    }
    uspoof_setChecks(sc, USPOOF_RESTRICTION_LEVEL | USPOOF_AUX_INFO, &err);
    uspoof_setRestrictionLevel(sc, USPOOF_ASCII);
    uspoof_check2(sc, (const UChar *)text, length, result, &err);
    URestrictionLevel level = uspoof_getCheckResultRestrictionLevel(result, &err);
    uspoof_closeCheckResult(result);
    uspoof_close(sc);
    *status = U_FAILURE(err) ? err : U_ZERO_ERROR;
    if (U_FAILURE(err)) return 0;
    switch (level) {
    case USPOOF_ASCII: return HX_RESTRICTION_ASCII;
    case USPOOF_SINGLE_SCRIPT_RESTRICTIVE: return HX_RESTRICTION_SINGLE_SCRIPT;
    case USPOOF_HIGHLY_RESTRICTIVE: return HX_RESTRICTION_HIGHLY_RESTRICTIVE;
    case USPOOF_MODERATELY_RESTRICTIVE: return HX_RESTRICTION_MODERATELY_RESTRICTIVE;
    case USPOOF_MINIMALLY_RESTRICTIVE: return HX_RESTRICTION_MINIMALLY_RESTRICTIVE;
    default: return HX_RESTRICTION_UNRESTRICTIVE;
    }
}
