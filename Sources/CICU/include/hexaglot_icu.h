/*
 * hexaglot_icu.h: the ICU functions Hexaglot uses, with plain C types only.
 *
 * Foundation on Linux ships ICU headers of its own, and ICU's public symbols carry a
 * version suffix that Swift cannot name through a module map. So this header exposes
 * no ICU type: text is UTF-16 as uint16_t, errors are ICU's UErrorCode values as
 * int32_t (0 is success, negative a warning, positive a failure), and ICU objects are
 * opaque handles. Only hexaglot_icu.c includes <unicode/...>.
 */
#ifndef HEXAGLOT_ICU_H
#define HEXAGLOT_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* True when an error code means failure. */
static inline int hx_failed(int32_t status) { return status > 0; }

/* The name of an ICU error code, for messages. */
const char *hx_error_name(int32_t status);

/* The ICU version the library was built with, as "72.1". */
const char *hx_icu_version(void);

/* ---- Break iteration ---------------------------------------------------- */

typedef struct hx_breaker hx_breaker;

enum {
    HX_BREAK_CHARACTER = 0,
    HX_BREAK_WORD = 1,
    HX_BREAK_LINE = 2,
    HX_BREAK_SENTENCE = 3
};

/*
 * Opens a break iterator of `kind` for `locale` (an ICU locale ID; "fr@ss=standard"
 * turns on the sentence-break suppressions for abbreviations). Returns NULL and sets
 * *status on failure.
 */
hx_breaker *hx_breaker_open(int32_t kind, const char *locale, int32_t *status);
void hx_breaker_close(hx_breaker *breaker);

/*
 * Sets the text and writes the boundaries (UTF-16 offsets, including 0 and length)
 * into `boundaries`, with each boundary's rule status in `rule_status` when not NULL.
 * Returns the number of boundaries; when larger than `capacity`, only `capacity` were
 * written and the caller retries with a larger buffer. The text must stay alive only
 * during the call.
 */
int32_t hx_breaker_boundaries(hx_breaker *breaker, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t *rule_status, int32_t capacity,
                              int32_t *status);

/* Rule status ranges of the word break iterator (ICU's UWordBreak). */
enum {
    HX_WORD_NONE = 0,        /* spaces, punctuation: 0..99 */
    HX_WORD_NUMBER = 100,    /* 100..199 */
    HX_WORD_LETTER = 200,    /* 200..299 */
    HX_WORD_KANA = 300,      /* 300..399 */
    HX_WORD_IDEO = 400       /* 400..499 */
};

/* ---- Normalization ------------------------------------------------------ */

enum {
    HX_NORM_NFC = 0,
    HX_NORM_NFD = 1,
    HX_NORM_NFKC = 2,
    HX_NORM_NFKD = 3,
    HX_NORM_NFKC_CASEFOLD = 4
};

/*
 * Normalizes `text` into `out`. Returns the length of the result; when larger than
 * `capacity` nothing useful was written and the caller retries with that size.
 */
int32_t hx_normalize(int32_t form, const uint16_t *text, int32_t length,
                     uint16_t *out, int32_t capacity, int32_t *status);

/* Full Unicode case folding. Same length protocol as hx_normalize. */
int32_t hx_fold_case(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity,
                     int32_t *status);

/* ---- Collation ---------------------------------------------------------- */

typedef struct hx_collator hx_collator;

enum {
    HX_STRENGTH_PRIMARY = 0,
    HX_STRENGTH_SECONDARY = 1,
    HX_STRENGTH_TERTIARY = 2,
    HX_STRENGTH_QUATERNARY = 3,
    HX_STRENGTH_IDENTICAL = 15
};

hx_collator *hx_collator_open(const char *locale, int32_t strength, int32_t numeric,
                              int32_t *status);
void hx_collator_close(hx_collator *collator);

/* -1, 0 or 1. */
int32_t hx_collator_compare(const hx_collator *collator,
                            const uint16_t *a, int32_t a_length,
                            const uint16_t *b, int32_t b_length);

/* UTF-8 variant, for SQLite collation callbacks that receive UTF-8 bytes. */
int32_t hx_collator_compare_utf8(const hx_collator *collator,
                                 const char *a, int32_t a_length,
                                 const char *b, int32_t b_length, int32_t *status);

/*
 * Writes the sort key (a NUL-terminated byte string) into `out`. Returns its length
 * including the NUL; when larger than `capacity`, retry with that size.
 */
int32_t hx_collator_sort_key(const hx_collator *collator, const uint16_t *text, int32_t length,
                             uint8_t *out, int32_t capacity);

/* ---- Transliteration ---------------------------------------------------- */

typedef struct hx_transliterator hx_transliterator;

/* Opens a transliterator by ICU ID, such as "Han-Latin" or "Any-Latin; Latin-ASCII". */
hx_transliterator *hx_transliterator_open(const char *id, int32_t *status);
void hx_transliterator_close(hx_transliterator *transliterator);

/*
 * Transliterates `text` into `out`. Returns the result's length; when larger than
 * `capacity`, retry with that size.
 */
int32_t hx_transliterate(const hx_transliterator *transliterator, const uint16_t *text,
                         int32_t length, uint16_t *out, int32_t capacity, int32_t *status);

/* ---- Scripts and character properties ---------------------------------- */

/* ICU's UScriptCode of a code point (0 Common, 1 Inherited, 2 Arabic, 7 Cyrillic,
   17 Han, 25 Latin...). */
int32_t hx_script_of(uint32_t code_point);

/* The script's ISO 15924 short name ("Latn") into `out` (NUL-terminated); 0 on failure. */
int32_t hx_script_short_name(int32_t script, char *out, int32_t capacity);

/* Unicode general category of a code point, as ICU's UCharCategory value. */
int32_t hx_char_type(uint32_t code_point);

/* Whether two strings are confusable (ICU's uspoof_areConfusable); 0 when not. */
int32_t hx_confusable(const uint16_t *a, int32_t a_length, const uint16_t *b, int32_t b_length,
                      int32_t *status);

/*
 * Writes the skeleton of `text` (ICU's uspoof_getSkeleton: the form that makes look-alike
 * strings equal) into `out`. Returns its length; when larger than `capacity`, retry.
 */
int32_t hx_confusable_skeleton(const uint16_t *text, int32_t length, uint16_t *out,
                               int32_t capacity, int32_t *status);

/*
 * ICU's restriction level of `text` (uspoof_check2 with USPOOF_RESTRICTION_LEVEL): how
 * its scripts mix, from HX_RESTRICTION_ASCII (1) to HX_RESTRICTION_UNRESTRICTIVE (6).
 * Returns 0 and sets *status on failure.
 */
enum {
    HX_RESTRICTION_ASCII = 1,
    HX_RESTRICTION_SINGLE_SCRIPT = 2,
    HX_RESTRICTION_HIGHLY_RESTRICTIVE = 3,
    HX_RESTRICTION_MODERATELY_RESTRICTIVE = 4,
    HX_RESTRICTION_MINIMALLY_RESTRICTIVE = 5,
    HX_RESTRICTION_UNRESTRICTIVE = 6
};
int32_t hx_restriction_level(const uint16_t *text, int32_t length, int32_t *status);

/* ---- Matching keys and match tokens (hexaglot_match.c) ------------------ */

/*
 * The translation-memory matching key of UTF-8 `text`, as UTF-8 into `out` (the steps are
 * documented on Swift's MatchingKey). Returns the key's length in bytes; when larger than
 * `capacity` nothing useful was written and the caller retries with that size.
 */
int32_t hx_matching_key_utf8(const char *text, int32_t length, char *out, int32_t capacity,
                             int32_t *status);

enum {
    HX_TOKEN_WORD = 0,
    HX_TOKEN_NUMBER = 1,
    HX_TOKEN_PUNCT = 2
};

/*
 * Splits a matching key (UTF-8) into match tokens: words (runs of letters, marks, digits and
 * connectors; each Han, Hiragana or Katakana character alone), numbers (digit runs, with
 * '.' or ',' between digits) and punctuation (every other non-space character alone).
 * Writes byte offsets and kinds; returns the number of tokens, which may exceed `capacity`
 * (then only `capacity` were written).
 */
int32_t hx_match_tokens(const char *key, int32_t length, int32_t *starts, int32_t *ends,
                        uint8_t *kinds, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
