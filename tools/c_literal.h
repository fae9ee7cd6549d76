/* c_literal.h - bytes as a C string literal, for the build tools that
 * compile data into the library (tools/embed.c, tools/gzimage/). */
#ifndef NF_TOOLS_C_LITERAL_H
#define NF_TOOLS_C_LITERAL_H

#include <stddef.h>
#include <stdio.h>

/* Writes `len` bytes at `p` to `out` as a string literal in lines of 64
 * bytes (printable ASCII as is, everything else as three-digit octal
 * escapes), which compilers read far faster than a list of numbers; the
 * literal's own NUL terminates the data.  Nothing after the closing quote. */
void nf_write_c_literal(FILE *out, const unsigned char *p, size_t len);

#endif
