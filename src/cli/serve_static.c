/* serve_static.c - the front end's files (web/) for `newsfacts serve`:
 * only plain names under the directory, never a path out of it. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "serve.h"

#define STATIC_MAX (4u << 20) /* bytes of one file */

/* The content type of a file name. */
static const char *type_of(const char *name) {
    static const char *const types[][2] = {{".html", "text/html; charset=utf-8"},
                                           {".css", "text/css; charset=utf-8"},
                                           {".js", "text/javascript; charset=utf-8"},
                                           {".svg", "image/svg+xml"},
                                           {".png", "image/png"},
                                           {".json", "application/json"},
                                           {".ico", "image/x-icon"},
                                           {".txt", "text/plain; charset=utf-8"}};
    const char *dot = strrchr(name, '.');
    for (size_t i = 0; dot && i < sizeof types / sizeof types[0]; i++)
        if (strcmp(dot, types[i][0]) == 0) return types[i][1];
    return NULL;
}

/* True for a URL path made of plain name characters without "..". */
static int safe_path(const char *url) {
    if (url[0] != '/' || strstr(url, "..") || strstr(url, "//")) return 0;
    for (const char *p = url; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '/' || *p == '.' || *p == '-' || *p == '_'))
            return 0;
    return 1;
}

/* Reads a static file into the reply, or sets a 404. */
void nf_static_reply(const char *webdir, const char *url, nf_reply *out) {
    if (strcmp(url, "/") == 0) url = "/index.html";
    const char *type = safe_path(url) ? type_of(url) : NULL;
    if (!type) {
        nf_reply_error(out, 404, "not found");
        return;
    }
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s%s", webdir, url) >= sizeof path) {
        nf_reply_error(out, 404, "not found");
        return;
    }
    struct stat st;
    FILE *f = NULL;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > (off_t)STATIC_MAX ||
        !(f = fopen(path, "rb"))) {
        nf_reply_error(out, 404, "not found");
        return;
    }
    size_t n = (size_t)st.st_size;
    char *body = malloc(n ? n : 1);
    if (!body || fread(body, 1, n, f) != n) {
        free(body);
        fclose(f);
        nf_reply_error(out, 500, "cannot read the file");
        return;
    }
    fclose(f);
    out->status = 200;
    out->type = type;
    out->body = body;
    out->len = n;
}
