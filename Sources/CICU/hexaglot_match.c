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

/*
 * The key without ICU, for text whose characters all have a known, simple folding: ASCII,
 * Latin-1 letters, French œ, basic Cyrillic, basic Arabic letters, digits and marks, CJK
 * ideographs and punctuation, full-width ASCII, and the common spaces, quotes and dashes.
 * Returns -1 (nothing written) as soon as another character comes; the caller then goes
 * through ICU. Tests check both ways agree.
 */
static int32_t fast_key(const uint8_t *s, int32_t length, char *out, int32_t capacity) {
    int32_t n = 0;
    int pending = 0;
#define PUT(b) do { if (n < capacity) out[n] = (char)(b); n++; } while (0)
    int32_t i = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) return -1;
        UChar32 m = c; /* the folded character; -1: white space; -2: removed */
        if (c < 0x80) {
            if (c == ' ' || (c >= 0x09 && c <= 0x0D)) m = -1;
            else if (c >= 'A' && c <= 'Z') m = c + 32;
            else if (c == '`') m = '\'';
        } else if (c < 0x100) {
            if (c == 0xA0) m = -1;
            else if (c == 0xAB || c == 0xBB) m = '"';
            else if (c == 0xB4) m = '\'';
            else if (c == 0xA1 || c == 0xA7 || c == 0xA9 || c == 0xAE || c == 0xB0 || c == 0xB1 || c == 0xB7 || c == 0xBF) m = c;
            else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) m = c + 0x20;
            else if (c >= 0xE0 || c == 0xD7) m = c;
            else return -1;
        } else if (c == 0x152 || c == 0x153) {
            m = 0x153;
        } else if (c >= 0x400 && c <= 0x45F) {
            m = c < 0x410 ? c + 0x50 : c < 0x430 ? c + 0x20 : c;
        } else if (c >= 0x600 && c <= 0x6FF) {
            if ((c >= 0x653 && c <= 0x655)) return -1;
            if (is_arabic_mark(c)) m = -2;
            else if (c == 0x60C || c == 0x61B || c == 0x61F || (c >= 0x621 && c <= 0x63A) || (c >= 0x641 && c <= 0x64A)
                     || (c >= 0x660 && c <= 0x66D) || (c >= 0x6F0 && c <= 0x6F9)) m = c;
            else return -1;
        } else if (c >= 0x2000 && c <= 0x206F) {
            if (c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F) m = -1;
            else if (c <= 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064)) m = -2;
            else if (c <= 0x2015) m = '-';
            else if (c == 0x2018 || c == 0x2019 || c == 0x2032) m = '\'';
            else if ((c >= 0x201C && c <= 0x201F) || c == 0x2033 || c == 0x2039 || c == 0x203A) m = '"';
            else if (c == 0x201A || c == 0x201B || c == 0x2020 || c == 0x2021 || c == 0x2022 || c == 0x2030) m = c;
            else if (c == 0x2026) { if (pending) { PUT(' '); pending = 0; } PUT('.'); PUT('.'); m = '.'; }
            else return -1;
        } else if (c == 0x2212) {
            m = '-';
        } else if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) {
            m = c;
        } else if (c >= 0x3000 && c <= 0x301B) {
            if (c == 0x3000) m = -1;
            else if (c >= 0x300C && c <= 0x300F) m = '"';
            else if (c <= 0x3003 || (c >= 0x3008 && c <= 0x3011) || c >= 0x3014) m = c;
            else return -1;
        } else if (c >= 0xFF01 && c <= 0xFF5E) {
            m = c - 0xFEE0;
            if (m >= 'A' && m <= 'Z') m += 32;
            else if (m == '`') m = '\'';
        } else if (c == 0xFEFF) {
            m = -2;
        } else {
            return -1;
        }
        if (m == -2) continue;
        if (m == -1) { pending = n > 0; continue; }
        if (pending) { PUT(' '); pending = 0; }
        if (m < 0x80) {
            PUT(m);
        } else {
            uint8_t buf[4];
            int32_t k = 0;
            UBool err = 0;
            U8_APPEND(buf, k, 4, m, err);
            if (err) return -1;
            for (int32_t j = 0; j < k; j++) PUT(buf[j]);
        }
    }
#undef PUT
    return n;
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

    {
        int32_t n = fast_key((const uint8_t *)text, length, out, capacity);
        if (n >= 0) { *status = 0; return n; }
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
