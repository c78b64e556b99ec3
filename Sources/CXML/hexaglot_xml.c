/*
 * hexaglot_xml.c: libxml2's SAX2 push parser behind hexaglot_xml.h's event queue.
 *
 * Each hx_xml_feed parses one chunk; the SAX callbacks append its events to a queue whose
 * strings live in one arena, and hx_xml_next hands them out in order. The first error of
 * level "error" or worse (and the warning for an undeclared entity, which libxml2 lets pass
 * when a DOCTYPE names an external subset) stops the parser; the events queued before it
 * are still delivered, so an error is reported where a streaming reader reaches it.
 */
#define _GNU_SOURCE /* memrchr */
#include "hexaglot_xml.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>
#include <pthread.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A name interned in the parser's dictionary: it stays valid as long as the parser. */
typedef struct {
    const xmlChar *text;
    int32_t length;
    /* UTF-8 continuation bytes in the name: its length in characters is length - continuations. */
    int32_t continuations;
} name_ref;

typedef struct {
    name_ref name, local, uri;
    int64_t value;
    int32_t value_length;
} attribute_record;

typedef struct {
    int32_t kind, line, column;
    name_ref name, local, uri;
    int64_t text, text_length;
    int64_t first_attribute;
    int32_t attribute_count;
} event_record;

#define NAME_CACHE_SIZE 256

typedef struct {
    const xmlChar *local, *prefix;
    name_ref ref;
} name_cache_entry;

struct hx_xml {
    name_cache_entry names[NAME_CACHE_SIZE];
    xmlParserCtxtPtr parser;
    xmlSAXHandler sax;
    char *file;

    char *arena;
    size_t arena_length, arena_capacity;
    event_record *events;
    size_t event_count, event_capacity, next_event;
    attribute_record *attributes;
    size_t attribute_count, attribute_capacity;
    hx_xml_attribute *current_attributes;
    size_t current_capacity;

    int32_t depth, max_depth, max_name;
    int64_t max_text, text_run;
    int failed, done, feeding_last;

    hx_xml_error_info error;
    char message[256], first[160], second[160], context[32];
    /* What libxml2 said outside the parser's own error channel (encoding conversion). */
    char generic[256];
};

/* The reader whose chunk is being parsed on this thread, for libxml2's generic errors. */
static __thread hx_xml *feeding = NULL;

static void on_generic_error(void *context, const char *format, ...) {
    (void)context;
    hx_xml *r = feeding;
    if (!r) return;
    size_t used = strlen(r->generic);
    if (used + 1 >= sizeof r->generic) return;
    va_list args;
    va_start(args, format);
    vsnprintf(r->generic + used, sizeof r->generic - used, format, args);
    va_end(args);
}

static const char xmlns_uri[] = "http://www.w3.org/2000/xmlns/";

/* ---- Storage --------------------------------------------------------------- */

static int reserve(void **buffer, size_t *capacity, size_t needed, size_t size) {
    if (needed <= *capacity) return 1;
    size_t grown = *capacity ? *capacity : 64;
    while (grown < needed) grown *= 2;
    void *moved = realloc(*buffer, grown * size);
    if (!moved) return 0;
    *buffer = moved;
    *capacity = grown;
    return 1;
}

static void fail(hx_xml *r, int32_t code, int32_t line, int32_t column, const char *message, const char *first);

/* Copies `length` bytes into the arena; returns their offset, or -1 when out of memory. */
static int64_t keep(hx_xml *r, const void *bytes, size_t length) {
    if (!reserve((void **)&r->arena, &r->arena_capacity, r->arena_length + length + 1, 1)) {
        fail(r, HX_XML_ERR_OUT_OF_MEMORY, 0, 0, "out of memory", NULL);
        return -1;
    }
    int64_t at = (int64_t)r->arena_length;
    if (length) memcpy(r->arena + at, bytes, length);
    r->arena_length += length;
    return at;
}

static event_record *push_event(hx_xml *r, int32_t kind) {
    if (!reserve((void **)&r->events, &r->event_capacity, r->event_count + 1, sizeof(event_record))) {
        fail(r, HX_XML_ERR_OUT_OF_MEMORY, 0, 0, "out of memory", NULL);
        return NULL;
    }
    event_record *e = &r->events[r->event_count++];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    return e;
}

static void copy_string(char *to, size_t size, const char *from) {
    if (!from) { to[0] = 0; return; }
    size_t n = strlen(from);
    if (n >= size) n = size - 1;
    memcpy(to, from, n);
    to[n] = 0;
    /* One line, without trailing spaces, and no UTF-8 sequence cut in half at the end. */
    for (size_t i = 0; i < n; i++) if (to[i] == '\n' || to[i] == '\r') to[i] = ' ';
    if (strlen(from) >= size) {
        size_t keep = n;
        while (keep > 0 && ((unsigned char)to[keep - 1] & 0xC0) == 0x80) keep--;
        if (keep > 0 && ((unsigned char)to[keep - 1] & 0x80)) n = keep - 1;
    }
    while (n > 0 && to[n - 1] == ' ') n--;
    to[n] = 0;
}

/* ---- Positions ---------------------------------------------------------------- */

static int32_t characters_between(const xmlChar *from, const xmlChar *to) {
    int32_t n = 0;
    for (const xmlChar *p = from; p < to; p++) if ((*p & 0xC0) != 0x80) n++;
    return n;
}

/* Line feeds and UTF-8 continuation bytes among the `n` bytes at `p`, in one loop the
   compiler vectorises (text and tags alike: a tag's position, a text's column). */
static void count_bytes(const xmlChar *p, size_t n, int32_t *breaks, int32_t *continuations) {
    int32_t b = 0, c = 0;
    for (size_t i = 0; i < n; i++) {
        b += p[i] == '\n';
        c += (p[i] & 0xC0) == 0x80;
    }
    *breaks = b;
    *continuations = c;
}

/* The line and column of the last `mark` before the parser's position, on the current tag's
   lines (the '<' that opened the tag just read, the '&' of a reference). */
static void position_of_last(hx_xml *r, xmlChar mark, int32_t *line, int32_t *column) {
    xmlParserInputPtr in = r->parser->input;
    *line = in ? in->line : 0;
    *column = in ? in->col : 0;
    if (!in || !in->cur || !in->base) return;
    const xmlChar *at = in->cur > in->base ? in->cur - 1 : in->cur;
    if (at >= in->end && in->end > in->base) at = in->end - 1;
    /* One pass back: characters and line breaks between the mark and the parser's position. */
    int32_t breaks = 0, characters = (in->cur > at) ? (int32_t)((*at & 0xC0) != 0x80) : 0;
    while (at > in->base && *at != mark && (mark != '&' || *at != '<')) {
        at--;
        if (*at == '\n') breaks++;
        if ((*at & 0xC0) != 0x80) characters++;
    }
    if (*at != mark) return;
    *line = in->line - breaks;
    if (breaks == 0) {
        /* libxml2 counts columns in characters. */
        *column = in->col - characters;
    } else {
        const xmlChar *start = at;
        while (start > in->base && start[-1] != '\n') start--;
        *column = characters_between(start, at) + 1;
    }
    if (*column < 1) *column = 1;
}

/* The line and column of the '<' that opened the tag just read. The same answer as
   position_of_last(r, '<', …), in one backward search and one counting loop the compiler
   vectorises: it runs for every tag of a file, position_of_last only for an error. */
static void tag_start(hx_xml *r, int32_t *line, int32_t *column) {
    xmlParserInputPtr in = r->parser->input;
    if (!in || !in->cur || !in->base || !in->end || in->cur <= in->base || in->cur > in->end) {
        position_of_last(r, '<', line, column);
        return;
    }
    *line = in->line;
    *column = in->col;
    const xmlChar *lt = memrchr(in->base, '<', (size_t)(in->cur - in->base));
    if (!lt) return;
    size_t n = (size_t)(in->cur - lt);
    int32_t breaks, continuations;
    count_bytes(lt, n, &breaks, &continuations);
    /* A line feed as the last byte read is not yet counted in in->line. */
    if (n > 0 && lt[n - 1] == '\n') breaks--;
    *line = in->line - breaks;
    if (breaks == 0) {
        *column = in->col - ((int32_t)n - continuations);
    } else {
        const xmlChar *start = lt;
        while (start > in->base && start[-1] != '\n') start--;
        *column = characters_between(start, lt) + 1;
    }
    if (*column < 1) *column = 1;
}

/* ---- Errors ------------------------------------------------------------------- */

static void record_context(hx_xml *r) {
    r->context[0] = 0;
    xmlParserInputPtr in = r->parser ? r->parser->input : NULL;
    if (!in || !in->cur || !in->end) return;
    size_t n = (size_t)(in->end - in->cur);
    if (n > 24) n = 24;
    memcpy(r->context, in->cur, n);
    r->context[n] = 0;
}

static void fail(hx_xml *r, int32_t code, int32_t line, int32_t column, const char *message, const char *first) {
    if (r->failed) return;
    r->failed = 1;
    memset(&r->error, 0, sizeof r->error);
    r->error.code = code;
    r->error.line = line;
    r->error.column = column;
    copy_string(r->message, sizeof r->message, message);
    copy_string(r->first, sizeof r->first, first);
    r->second[0] = 0;
    record_context(r);
    if (r->parser) xmlStopParser(r->parser);
}

static void on_error(void *user, xmlErrorPtr e) {
    hx_xml *r = user;
    if (r->failed || !e) return;
    if (e->level == XML_ERR_WARNING && e->code != XML_WAR_UNDECLARED_ENTITY) return;
    r->failed = 1;
    memset(&r->error, 0, sizeof r->error);
    r->error.code = e->code;
    r->error.domain = e->domain;
    r->error.line = e->line;
    r->error.column = e->int2;
    xmlParserInputPtr in = r->parser ? r->parser->input : NULL;
    switch (e->code) {
    case XML_ERR_UNDECLARED_ENTITY: case XML_WAR_UNDECLARED_ENTITY: case XML_ERR_ENTITYREF_SEMICOL_MISSING:
    case XML_ERR_ENTITYREF_NO_NAME:
        position_of_last(r, '&', &r->error.line, &r->error.column);
        break;
    case XML_ERR_TAG_NAME_MISMATCH: case XML_ERR_ATTRIBUTE_REDEFINED: case XML_NS_ERR_UNDEFINED_NAMESPACE:
        position_of_last(r, '<', &r->error.line, &r->error.column);
        break;
    default:
        break;
    }
    r->error.number = e->int1;
    /* A file cut short: libxml2 reports whatever the cut left unfinished. `number` says
       whether the cut is inside a tag (the last '<' of the input comes after its last '>'). */
    if (r->feeding_last && in && in->cur && in->end && in->base && e->code != XML_ERR_COMMENT_NOT_FINISHED &&
        e->code != XML_ERR_CDATA_NOT_FINISHED && r->depth > 0 &&
        !memchr(in->cur, '>', (size_t)(in->end - in->cur))) {
        r->error.code = HX_XML_ERR_TRUNCATED;
        const xmlChar *p = in->end;
        while (p > in->base && p[-1] != '<' && p[-1] != '>') p--;
        r->error.number = p > in->base && p[-1] == '<';
    }
    copy_string(r->message, sizeof r->message, e->message);
    copy_string(r->first, sizeof r->first, e->str1);
    copy_string(r->second, sizeof r->second, e->str2);
    record_context(r);
    if (r->parser) xmlStopParser(r->parser);
}

/* ---- SAX callbacks ------------------------------------------------------------- */

/* Names as libxml2's dictionary keeps them for the parser's life: the same name is the same
   pointer. libxml2 hands the SAX callbacks interned local names, prefixes and URIs; a prefixed
   name is interned once as "prefix:local". A small cache keyed by those pointers keeps their
   lengths (and qualified names), so a name met again costs no hashing and no strlen. */
static name_ref intern(hx_xml *r, const xmlChar *prefix, const xmlChar *local) {
    name_ref ref = { (const xmlChar *)"", 0, 0 };
    if (!local) return ref;
    uintptr_t key = ((uintptr_t)local >> 3) ^ ((uintptr_t)prefix >> 5);
    name_cache_entry *slot = &r->names[key & (NAME_CACHE_SIZE - 1)];
    if (slot->local == local && slot->prefix == prefix && slot->ref.text) return slot->ref;
    ref.text = prefix ? xmlDictQLookup(r->parser->dict, prefix, local) : local;
    if (!ref.text) {
        fail(r, HX_XML_ERR_OUT_OF_MEMORY, 0, 0, "out of memory", NULL);
        ref.text = (const xmlChar *)"";
        return ref;
    }
    size_t n = strlen((const char *)ref.text);
    if ((int64_t)n > r->max_name) {
        int32_t line, column;
        tag_start(r, &line, &column);
        fail(r, HX_XML_ERR_NAME_TOO_LONG, line, column, "name too long", NULL);
        ref.length = 0;
        return ref;
    }
    ref.length = (int32_t)n;
    int32_t breaks;
    count_bytes(ref.text, n, &breaks, &ref.continuations);
    slot->local = local;
    slot->prefix = prefix;
    slot->ref = ref;
    return ref;
}

/* A start or end tag's event, its names interned. */
static event_record *push_tag(hx_xml *r, int32_t kind, int32_t line, int32_t column,
                              const xmlChar *prefix, const xmlChar *local, const xmlChar *uri) {
    event_record *e = push_event(r, kind);
    if (!e) return NULL;
    e->line = line;
    e->column = column;
    e->name = intern(r, prefix, local);
    e->local = prefix ? intern(r, NULL, local) : e->name;
    e->uri = intern(r, NULL, uri);
    return e;
}

static void on_start(void *user, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
                     int namespace_count, const xmlChar **namespaces,
                     int attribute_count, int defaulted, const xmlChar **attributes) {
    hx_xml *r = user;
    if (r->failed) return;
    int32_t line, column;
    tag_start(r, &line, &column);
    if (++r->depth > r->max_depth) {
        fail(r, HX_XML_ERR_TOO_DEEP, line, column, "too deep", (const char *)local);
        return;
    }
    r->text_run = 0;
    int specified = attribute_count - defaulted;
    size_t total = (size_t)namespace_count + (size_t)(specified > 0 ? specified : 0);
    if (!reserve((void **)&r->attributes, &r->attribute_capacity, r->attribute_count + total, sizeof(attribute_record))) {
        fail(r, HX_XML_ERR_OUT_OF_MEMORY, line, column, "out of memory", NULL);
        return;
    }
    size_t first = r->attribute_count;
    for (int i = 0; i < namespace_count; i++) {
        const xmlChar *ns_prefix = namespaces[2 * i], *ns_uri = namespaces[2 * i + 1];
        attribute_record *a = &r->attributes[r->attribute_count++];
        const xmlChar *xmlns = xmlDictLookup(r->parser->dict, (const xmlChar *)"xmlns", -1);
        const xmlChar *uri = xmlDictLookup(r->parser->dict, (const xmlChar *)xmlns_uri, -1);
        a->name = ns_prefix ? intern(r, xmlns, ns_prefix) : intern(r, NULL, xmlns);
        a->local = intern(r, NULL, ns_prefix ? ns_prefix : xmlns);
        a->uri = intern(r, NULL, uri);
        size_t n = ns_uri ? strlen((const char *)ns_uri) : 0;
        a->value = keep(r, ns_uri, n);
        a->value_length = (int32_t)n;
    }
    for (int i = 0; i < specified; i++) {
        const xmlChar **f = attributes + 5 * i;
        attribute_record *a = &r->attributes[r->attribute_count++];
        a->name = intern(r, f[1], f[0]);
        a->local = f[1] ? intern(r, NULL, f[0]) : a->name;
        a->uri = intern(r, NULL, f[2]);
        /* Without entity substitution libxml2 leaves '&' as "&#38;" in attribute values;
           every other reference is decoded already. */
        const xmlChar *v = f[3], *end = f[4];
        int64_t at = (int64_t)r->arena_length;
        if (!memchr(v, '&', (size_t)(end - v))) {
            keep(r, v, (size_t)(end - v));
        } else {
            while (v < end) {
                const xmlChar *amp = memchr(v, '&', (size_t)(end - v));
                const xmlChar *stop = amp ? amp : end;
                keep(r, v, (size_t)(stop - v));
                if (!amp) break;
                keep(r, "&", 1);
                v = (end - amp >= 5 && memcmp(amp, "&#38;", 5) == 0) ? amp + 5 : amp + 1;
            }
        }
        a->value = at;
        a->value_length = (int32_t)((int64_t)r->arena_length - at);
    }
    if (r->failed) return;
    event_record *e = push_tag(r, HX_XML_START, line, column, prefix, local, uri);
    if (!e) return;
    e->first_attribute = (int64_t)first;
    e->attribute_count = (int32_t)(r->attribute_count - first);
}

static void on_end(void *user, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri) {
    hx_xml *r = user;
    if (r->failed) return;
    r->depth--;
    r->text_run = 0;
    name_ref name = intern(r, prefix, local);
    xmlParserInputPtr in = r->parser->input;
    int32_t line, column;
    /* An end tag written `</name>` (the usual case) starts name's characters and three more
       before the parser's position; any other (spaces before '>') is searched for. */
    size_t n = (size_t)name.length + 3;
    if (in && in->cur && in->base && (size_t)(in->cur - in->base) >= n && in->cur[-1] == '>' &&
        in->cur[-(ptrdiff_t)n] == '<' && in->cur[1 - (ptrdiff_t)n] == '/') {
        line = in->line;
        column = in->col - (int32_t)n + name.continuations;
        if (column < 1) column = 1;
    } else {
        tag_start(r, &line, &column);
    }
    push_tag(r, HX_XML_END, line, column, prefix, local, uri);
}

static void on_characters(void *user, const xmlChar *text, int length) {
    hx_xml *r = user;
    if (r->failed || length <= 0) return;
    r->text_run += length;
    xmlParserInputPtr in = r->parser->input;
    if (r->text_run > r->max_text) {
        fail(r, HX_XML_ERR_TEXT_TOO_LONG, in ? in->line : 0, 0, "text too long", NULL);
        return;
    }
    event_record *last = r->event_count ? &r->events[r->event_count - 1] : NULL;
    if (last && last->kind == HX_XML_TEXT && r->next_event < r->event_count) {
        if (keep(r, text, (size_t)length) >= 0) last->text_length += length;
        return;
    }
    event_record *e = push_event(r, HX_XML_TEXT);
    if (!e) return;
    size_t index = (size_t)(e - r->events);
    int32_t breaks, continuations;
    count_bytes(text, (size_t)length, &breaks, &continuations);
    int64_t at = keep(r, text, (size_t)length);
    if (at < 0) return;
    e = &r->events[index];
    e->line = in ? in->line - breaks : 0;
    e->column = (in && breaks == 0) ? in->col - (length - continuations) : 0;
    if (e->column < 0) e->column = 0;
    e->text = at;
    e->text_length = length;
}

/* CDATA comes from libxml2's push parser without line-end normalisation: CR LF and a lone CR
   become LF here, as XML requires (a CR written as &#13; in text is kept, it never comes here). */
static void on_cdata(void *user, const xmlChar *text, int length) {
    hx_xml *r = user;
    if (!memchr(text, '\r', (size_t)length)) { on_characters(user, text, length); return; }
    xmlChar *copy = malloc((size_t)length);
    if (!copy) { fail(r, HX_XML_ERR_OUT_OF_MEMORY, 0, 0, "out of memory", NULL); return; }
    int n = 0;
    for (int i = 0; i < length; i++) {
        if (text[i] == '\r') {
            copy[n++] = '\n';
            if (i + 1 < length && text[i + 1] == '\n') i++;
        } else {
            copy[n++] = text[i];
        }
    }
    on_characters(user, copy, n);
    free(copy);
}

static void on_entity_declaration(void *user, const xmlChar *name, int type, const xmlChar *public_id,
                                  const xmlChar *system_id, xmlChar *content) {
    (void)type; (void)public_id; (void)system_id; (void)content;
    hx_xml *r = user;
    int32_t line, column;
    tag_start(r, &line, &column);
    fail(r, HX_XML_ERR_ENTITY_DECLARATION, line, column, "entity declaration", (const char *)name);
}

static xmlEntityPtr no_entity(void *user, const xmlChar *name) {
    (void)user; (void)name;
    return NULL;
}

/* ---- The reader ----------------------------------------------------------------- */

static pthread_once_t initialised = PTHREAD_ONCE_INIT;

static void initialise(void) { xmlInitParser(); }

hx_xml *hx_xml_open(const char *file, int32_t max_depth, int32_t max_name, int64_t max_text) {
    /* libxml2's global tables are set up once, before any two threads can race to do it. */
    pthread_once(&initialised, initialise);
    hx_xml *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->max_depth = max_depth > 0 ? max_depth : 256;
    r->max_name = max_name > 0 ? max_name : 1024;
    r->max_text = max_text > 0 ? max_text : ((int64_t)64 << 20);
    if (file) r->file = strdup(file);
    xmlSAXHandler *s = &r->sax;
    memset(s, 0, sizeof *s);
    s->initialized = XML_SAX2_MAGIC;
    s->startElementNs = on_start;
    s->endElementNs = on_end;
    s->characters = on_characters;
    s->ignorableWhitespace = on_characters;
    s->cdataBlock = on_cdata;
    s->entityDecl = on_entity_declaration;
    s->getEntity = no_entity;
    s->getParameterEntity = no_entity;
    s->serror = on_error;
    return r;
}

void hx_xml_close(hx_xml *r) {
    if (!r) return;
    if (r->parser) {
        if (r->parser->myDoc) xmlFreeDoc(r->parser->myDoc);
        xmlFreeParserCtxt(r->parser);
    }
    free(r->file);
    free(r->arena);
    free(r->events);
    free(r->attributes);
    free(r->current_attributes);
    free(r);
}

void hx_xml_feed(hx_xml *r, const char *bytes, int32_t length, int32_t last) {
    if (r->failed || r->done) return;
    r->arena_length = 0;
    r->event_count = 0;
    r->next_event = 0;
    r->attribute_count = 0;
    if (!r->parser) {
        /* libxml2 detects the encoding from the first bytes it is given. */
        int32_t head = length < 4 ? length : 4;
        r->parser = xmlCreatePushParserCtxt(&r->sax, r, bytes, head, r->file);
        if (!r->parser) { fail(r, HX_XML_ERR_OUT_OF_MEMORY, 0, 0, "out of memory", NULL); return; }
        xmlCtxtUseOptions(r->parser, XML_PARSE_NONET);
        r->parser->replaceEntities = 0;
        r->parser->loadsubset = 0;
        bytes += head;
        length -= head;
    }
    r->feeding_last = last;
    xmlGenericErrorFunc saved = xmlGenericError;
    void *saved_context = xmlGenericErrorContext;
    feeding = r;
    xmlSetGenericErrorFunc(NULL, on_generic_error);
    int status = xmlParseChunk(r->parser, bytes, length, last);
    xmlSetGenericErrorFunc(saved_context, saved);
    feeding = NULL;
    if (status != 0 && !r->failed) {
        /* libxml2 stops without a parser error when the bytes cannot be converted from the
           file's encoding; what it said went to the generic channel. */
        xmlParserInputPtr in = r->parser->input;
        fail(r, HX_XML_ERR_CONVERSION, in ? in->line : 0, in ? in->col : 0,
             r->generic[0] ? r->generic : "the input could not be decoded", NULL);
        return;
    }
    if (last && !r->failed) {
        if (!r->parser->wellFormed || !r->parser->nsWellFormed) {
            xmlParserInputPtr in = r->parser->input;
            fail(r, HX_XML_ERR_NOT_WELL_FORMED, in ? in->line : 0, in ? in->col : 0, "not well-formed", NULL);
        } else {
            r->done = 1;
        }
    }
}

int32_t hx_xml_next(hx_xml *r, hx_xml_event *out) {
    if (r->next_event < r->event_count) {
        const event_record *e = &r->events[r->next_event++];
        out->kind = e->kind;
        out->attribute_count = 0;
        out->attributes = NULL;
        out->line = e->line;
        out->column = e->column;
        if (e->kind == HX_XML_TEXT) {
            out->text = r->arena + e->text;
            out->text_length = e->text_length;
            return e->kind;
        }
        out->name = (const char *)e->name.text; out->name_length = e->name.length;
        out->local = (const char *)e->local.text; out->local_length = e->local.length;
        out->uri = (const char *)e->uri.text; out->uri_length = e->uri.length;
        if (e->attribute_count > 0) {
            if (!reserve((void **)&r->current_attributes, &r->current_capacity, (size_t)e->attribute_count,
                         sizeof(hx_xml_attribute))) {
                fail(r, HX_XML_ERR_OUT_OF_MEMORY, e->line, e->column, "out of memory", NULL);
                return HX_XML_FAILED;
            }
            for (int32_t i = 0; i < e->attribute_count; i++) {
                const attribute_record *a = &r->attributes[e->first_attribute + i];
                hx_xml_attribute *o = &r->current_attributes[i];
                o->name = (const char *)a->name.text; o->name_length = a->name.length;
                o->local = (const char *)a->local.text; o->local_length = a->local.length;
                o->uri = (const char *)a->uri.text; o->uri_length = a->uri.length;
                o->value = r->arena + a->value; o->value_length = a->value_length;
            }
            out->attributes = r->current_attributes;
            out->attribute_count = e->attribute_count;
        }
        return e->kind;
    }
    if (r->failed) return HX_XML_FAILED;
    if (r->done) return HX_XML_DONE;
    return HX_XML_NEED_INPUT;
}

void hx_xml_error(const hx_xml *r, hx_xml_error_info *info) {
    *info = r->error;
    info->message = r->message;
    info->first = r->first;
    info->second = r->second;
    info->context = r->context;
}

const char *hx_xml_version(void) { return LIBXML_VERSION_STRING; }
