// Snowball stemmers (Debian/Ubuntu: libstemmer-dev), for HexaglotText's Stemmer.
#include <libstemmer.h>
