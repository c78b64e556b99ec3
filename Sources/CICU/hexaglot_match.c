/*
 * hexaglot_match.c: matching keys and match tokens for the translation memory, in C so that
 * a million-unit import does not pay Swift's per-character costs. The Swift side
 * (MatchingKey, MatchTokenizer) documents what they do; tests check both agree.
 */
#include "hexaglot_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

static UChar fold_punct(UChar c) {
    /* Most characters fall between the ones folded. */
    if (c < 0x60 || (c > 0x60 && c < 0xAB) || (c > 0x02BC && c < 0x2010) || (c > 0x203A && c < 0x2212)
        || (c > 0x2212 && c < 0x300C) || (c > 0x300F && c < 0xFE58)) return c;
    switch (c) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x02BB: case 0x0060: case 0x00B4: case 0x2032: case 0xFF07:
        return '\'';
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2039: case 0x203A:
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0x2033: case 0xFF02:
        return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xFE58:
    case 0xFE63: case 0xFF0D:
        return '-';
    default:
        return c;
    }
}

static int is_arabic_mark(UChar32 c) {
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640;
}

int32_t hx_matching_key_utf8(const char *text, int32_t length, char *out, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    /* ASCII fast path: NFKC_Casefold of ASCII is lower case; only '`' is remapped. */
    int ascii = 1;
    for (int32_t i = 0; i < length; i++) {
        if ((unsigned char)text[i] >= 0x80) { ascii = 0; break; }
    }
    if (ascii) {
        int32_t n = 0;
        int pending = 0;
        for (int32_t i = 0; i < length; i++) {
            char c = text[i];
            if (c == ' ' || (c >= 0x09 && c <= 0x0D)) { pending = n > 0; continue; }
            if (pending) { if (n < capacity) out[n] = ' '; n++; pending = 0; }
            if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
            else if (c == '`') c = '\'';
            if (n < capacity) out[n] = c;
            n++;
        }
        *status = 0;
        return n;
    }

    UChar stack1[1024], stack2[3072];
    UChar *u = stack1, *norm = stack2;
    int32_t ulen = 0;
    u_strFromUTF8(u, 1024, &ulen, text, length, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
        err = U_ZERO_ERROR;
        u = (UChar *)malloc(sizeof(UChar) * (size_t)(ulen + 1));
        u_strFromUTF8(u, ulen + 1, &ulen, text, length, &err);
    }
    if (U_FAILURE(err)) { *status = err; if (u != stack1) free(u); return 0; }
    for (int32_t i = 0; i < ulen; i++) u[i] = fold_punct(u[i]);

    const UNormalizer2 *n2 = unorm2_getNFKCCasefoldInstance(&err);
    int32_t ncap = 3072;
    int32_t nlen = unorm2_normalize(n2, u, ulen, norm, ncap, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
        err = U_ZERO_ERROR;
        ncap = nlen + 1;
        norm = (UChar *)malloc(sizeof(UChar) * (size_t)ncap);
        nlen = unorm2_normalize(n2, u, ulen, norm, ncap, &err);
    }
    if (u != stack1) free(u);
    if (U_FAILURE(err)) { *status = err; if (norm != stack2) free(norm); return 0; }

    /* Marks, punctuation again, white space; written back into norm (never longer). */
    int32_t w = 0;
    int pending = 0;
    for (int32_t i = 0; i < nlen;) {
        UChar32 c;
        U16_NEXT(norm, i, nlen, c);
        if (is_arabic_mark(c)) continue;
        if (c < 0x80 ? (c == ' ' || (c >= 0x09 && c <= 0x0D))
                     : !((c >= 0x0400 && c <= 0x167F) || (c >= 0x3400 && c <= 0x9FFF)) && u_isUWhiteSpace(c)) {
            pending = w > 0;
            continue;
        }
        if (pending) { norm[w++] = ' '; pending = 0; }
        if (c <= 0xFFFF) {
            norm[w++] = fold_punct((UChar)c);
        } else {
            norm[w++] = U16_LEAD(c);
            norm[w++] = U16_TRAIL(c);
        }
    }
    int32_t outlen = 0;
    u_strToUTF8(out, capacity, &outlen, norm, w, &err);
    if (norm != stack2) free(norm);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
    *status = err;
    return outlen;
}

static int is_single_char_word(UChar32 c) {
    if (c < 0x2E80) return 0;
    /* The common Han, Hiragana and Katakana blocks without a property lookup. */
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA)) return 1;
    if (c >= 0xAC00 && c <= 0xD7A3) return 0;
    if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return 1;
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &err);
    return script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
}

static int is_word_char(UChar32 c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    /* Cyrillic and basic Arabic letters, the bulk of ru and ar text. */
    if ((c >= 0x0430 && c <= 0x045F) || (c >= 0x0410 && c <= 0x042F) || (c >= 0x0621 && c <= 0x064A)) return 1;
    int32_t mask = U_MASK(u_charType(c));
    return (mask & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK | U_GC_PC_MASK)) != 0;
}

static int is_digit_char(UChar32 c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    if ((c >= 0x0400 && c <= 0x04FF) || (c >= 0x0621 && c <= 0x064A) || (c >= 0x3400 && c <= 0x9FFF)) return 0;
    return u_charType(c) == U_DECIMAL_DIGIT_NUMBER;
}

int32_t hx_match_tokens(const char *key, int32_t length, int32_t *starts, int32_t *ends,
                        uint8_t *kinds, int32_t capacity) {
    const uint8_t *s = (const uint8_t *)key;
    int32_t count = 0;
    int32_t run_start = -1;
    int run_number = 0;
#define EMIT(a, b, k) do { if (count < capacity) { starts[count] = (a); ends[count] = (b); kinds[count] = (uint8_t)(k); } count++; } while (0)
    int32_t i = 0;
    while (i < length) {
        int32_t at = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) c = 0xFFFD;
        int space = c < 0x80 ? (c == ' ' || (c >= 0x09 && c <= 0x0D))
                  : (c >= 0x0400 && c <= 0x167F) || (c >= 0x3400 && c <= 0x9FFF) ? 0 : u_isUWhiteSpace(c);
        if (space) {
            if (run_start >= 0) { EMIT(run_start, at, run_number ? HX_TOKEN_NUMBER : HX_TOKEN_WORD); run_start = -1; }
            continue;
        }
        if (is_single_char_word(c)) {
            if (run_start >= 0) { EMIT(run_start, at, run_number ? HX_TOKEN_NUMBER : HX_TOKEN_WORD); run_start = -1; }
            EMIT(at, i, HX_TOKEN_WORD);
            continue;
        }
        if (is_word_char(c)) {
            if (run_start < 0) { run_start = at; run_number = is_digit_char(c); }
            else if (run_number && !is_digit_char(c)) run_number = 0;
            continue;
        }
        /* '.' or ',' between two digits stays inside a number. */
        if ((c == '.' || c == ',') && run_start >= 0 && run_number && i < length) {
            int32_t j = i;
            UChar32 next;
            U8_NEXT(s, j, length, next);
            if (next >= 0 && is_digit_char(next)) continue;
        }
        if (run_start >= 0) { EMIT(run_start, at, run_number ? HX_TOKEN_NUMBER : HX_TOKEN_WORD); run_start = -1; }
        EMIT(at, i, HX_TOKEN_PUNCT);
    }
    if (run_start >= 0) EMIT(run_start, length, run_number ? HX_TOKEN_NUMBER : HX_TOKEN_WORD);
#undef EMIT
    return count;
}
