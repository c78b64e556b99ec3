/*
 * hexaglot_xml.h: the XML reader Hexaglot uses for every XML format, with plain C types only.
 *
 * One push parser of libxml2 behind an event queue: the caller feeds bytes in chunks and
 * pulls events (start tag, end tag, text) one by one, so a file of any size streams through
 * and Swift never sees a libxml2 type. Only hexaglot_xml.c includes <libxml/...>.
 *
 * What the reader refuses, each as one error with its line and column:
 *   - anything libxml2 finds not well-formed, or not namespace-well-formed;
 *   - any entity declaration (general or parameter): nothing is ever expanded or fetched;
 *   - any reference to an entity other than the five predefined ones;
 *   - elements nested deeper than the depth limit, names longer than the name limit, one
 *     text node larger than the text limit.
 * No DTD is loaded, no network is used, attribute defaults of an internal subset are not
 * applied, and XInclude is never processed.
 */
#ifndef HEXAGLOT_XML_H
#define HEXAGLOT_XML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct hx_xml hx_xml;

/* What hx_xml_next returns. */
enum {
    /* The queue is empty: feed more bytes (or the end of the input). */
    HX_XML_NEED_INPUT = 0,
    HX_XML_START = 1,
    HX_XML_END = 2,
    HX_XML_TEXT = 3,
    /* The document ended, well-formed. */
    HX_XML_DONE = 4,
    /* The document is refused: see hx_xml_error. */
    HX_XML_FAILED = 5
};

/* Hexaglot's own reasons for refusing a document, beside libxml2's error codes. */
enum {
    HX_XML_ERR_ENTITY_DECLARATION = 10001,
    HX_XML_ERR_TOO_DEEP = 10002,
    HX_XML_ERR_NAME_TOO_LONG = 10003,
    HX_XML_ERR_TEXT_TOO_LONG = 10004,
    HX_XML_ERR_OUT_OF_MEMORY = 10005,
    HX_XML_ERR_NOT_WELL_FORMED = 10006,
    /* The input ends in the middle of a tag. */
    HX_XML_ERR_TRUNCATED = 10007,
    /* The bytes cannot be decoded from the file's encoding (an unpaired UTF-16 surrogate). */
    HX_XML_ERR_CONVERSION = 10008
};

/* One attribute of a start tag; strings are UTF-8, not NUL-terminated. */
typedef struct {
    const char *name;   int32_t name_length;     /* as written: "xml:lang", "xmlns:mtc" */
    const char *local;  int32_t local_length;
    const char *uri;    int32_t uri_length;      /* 0 length: no namespace */
    const char *value;  int32_t value_length;    /* references decoded */
} hx_xml_attribute;

/* The current event. Names (name, local, uri of tags and attributes) stay valid as long as
   the reader, and one name is always the same pointer; text and values until the next
   hx_xml_feed. */
typedef struct {
    int32_t kind;
    /* Where the event's markup starts (the '<' of a tag, the first character of text). */
    int32_t line;
    int32_t column;
    const char *name;   int32_t name_length;     /* start and end tags: the qualified name */
    const char *local;  int32_t local_length;
    const char *uri;    int32_t uri_length;
    const char *text;   int64_t text_length;     /* text: character data, CDATA included */
    int32_t attribute_count;
    const hx_xml_attribute *attributes;          /* namespace declarations come first */
} hx_xml_event;

/* Why a document was refused. Strings are NUL-terminated; any may be empty. */
typedef struct {
    int32_t code;        /* a libxml2 xmlParserErrors value, or an HX_XML_ERR_ value */
    int32_t domain;      /* libxml2's error domain (1 parser, 3 namespace), 0 for Hexaglot's */
    int32_t line;
    int32_t column;
    int32_t number;      /* libxml2's int1: a line for tag mismatches, a character value */
    const char *message; /* libxml2's message, one line */
    const char *first;   /* libxml2's str1: a name, an encoding */
    const char *second;  /* libxml2's str2 */
    const char *context; /* up to 24 bytes of input where the error was found */
} hx_xml_error_info;

/* A reader; `file` names the input in libxml2's own records (may be NULL). Limits of 0 take
   the defaults: depth 256, names 1,024 bytes, one text node 64 MiB. NULL when out of memory. */
hx_xml *hx_xml_open(const char *file, int32_t max_depth, int32_t max_name, int64_t max_text);
void hx_xml_close(hx_xml *reader);

/* Parses `length` more bytes (`last` = 1 with the final chunk, which may be empty).
   Call only after hx_xml_next returned HX_XML_NEED_INPUT. */
void hx_xml_feed(hx_xml *reader, const char *bytes, int32_t length, int32_t last);

/* The next event, filling `event` for HX_XML_START, HX_XML_END and HX_XML_TEXT. */
int32_t hx_xml_next(hx_xml *reader, hx_xml_event *event);

/* Why the document was refused, after hx_xml_next returned HX_XML_FAILED. */
void hx_xml_error(const hx_xml *reader, hx_xml_error_info *info);

/* The libxml2 version, as "20914". */
const char *hx_xml_version(void);

#ifdef __cplusplus
}
#endif

#endif
