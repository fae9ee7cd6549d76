/* serve.h - the parts of `newsfacts serve`: the JSON API over the store
 * and the static front end (web/). */
#ifndef NF_CLI_SERVE_H
#define NF_CLI_SERVE_H

#include <microhttpd.h>
#include <stddef.h>

#include "../store/store.h"

/* A reply to send: status, content type and body (malloc'd; owned by the
 * reply until it is handed to libmicrohttpd). */
typedef struct nf_reply {
    unsigned status;
    const char *type;
    char *body;
    size_t len;
} nf_reply;

/* Answers a request to /api/...: `path` is the part after "/api/".  The
 * store (read-only, used from the server's one thread) is not owned. */
void nf_api_reply(nf_store *s, struct MHD_Connection *c, const char *path, nf_reply *out);

/* Answers a request for a static file under `webdir` ("/" is index.html). */
void nf_static_reply(const char *webdir, const char *url, nf_reply *out);

/* Sets `out` to a JSON error {"error": msg} with `status`. */
void nf_reply_error(nf_reply *out, unsigned status, const char *msg);

#endif
