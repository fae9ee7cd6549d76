/* data.c - data files from a directory or from the library itself. */
#include "data.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "error.h"

/* Reads a whole file into malloc'd memory. */
static nf_status read_file(const char *path, nf_data *out, nf_error *err) {
    FILE *f = fopen(path, "rb");
    if (!f) return nf_fail(err, NF_ERR_IO, 0, "%s: %s", path, strerror(errno));
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len + 4096 > cap) {
            size_t ncap = cap ? cap * 2 : 65536;
            char *p = realloc(buf, ncap);
            if (!p) {
                free(buf);
                fclose(f);
                return nf_fail(err, NF_ERR_MEMORY, 0, "%s: out of memory", path);
            }
            buf = p;
            cap = ncap;
        }
        size_t n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (n == 0) break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        return nf_fail(err, NF_ERR_IO, 0, "%s: read error", path);
    }
    out->bytes = buf;
    out->len = len;
    out->owned = true;
    return NF_OK;
}

/* The data directory wins file by file; the embedded copy is the fallback. */
nf_status nf_data_get(const char *data_dir, const char *rel, nf_data *out, nf_error *err) {
    memset(out, 0, sizeof *out);
    if (data_dir && *data_dir) {
        snprintf(out->origin, sizeof out->origin, "%s/%s", data_dir, rel);
        FILE *probe = fopen(out->origin, "rb");
        if (probe) {
            fclose(probe);
            return read_file(out->origin, out, err);
        }
        if (errno != ENOENT)
            return nf_fail(err, NF_ERR_IO, 0, "%s: %s", out->origin, strerror(errno));
    }
    for (size_t i = 0; i < nf_embedded_file_count; i++) {
        if (strcmp(nf_embedded_files[i].path, rel) == 0) {
            out->bytes = nf_embedded_files[i].data;
            out->len = nf_embedded_files[i].len;
            snprintf(out->origin, sizeof out->origin, "(built-in)/%s", rel);
            return NF_OK;
        }
    }
    return nf_fail(err, NF_ERR_IO, 0, "data file %s not found%s%s", rel, data_dir ? " in " : "",
                   data_dir ? data_dir : "");
}

/* Frees bytes read from disk; embedded bytes are left alone. */
void nf_data_release(nf_data *d) {
    if (d->owned) free((void *)d->bytes);
    memset(d, 0, sizeof *d);
}
