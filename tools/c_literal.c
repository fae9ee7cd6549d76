/* c_literal.c - bytes as a C string literal (see c_literal.h). */
#include "c_literal.h"

/* Writes the literal, one line of 64 bytes at a time. */
void nf_write_c_literal(FILE *out, const unsigned char *p, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (i % 64 == 0) fputs(i ? "\"\n    \"" : "\n    \"", out);
        int c = p[i];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?')
            fputc(c, out);
        else
            fprintf(out, "\\%03o", (unsigned)c);
    }
    fputs(len ? "\"" : " \"\"", out);
}
