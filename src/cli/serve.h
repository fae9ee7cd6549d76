/* serve.h - the parts of `newsfacts serve`: the JSON API over the store
 * and the static front end (web/). */
#ifndef NF_CLI_SERVE_H
#define NF_CLI_SERVE_H

#include <microhttpd.h>
#include <stddef.h>

#include "../store/store.h"

/* The libmicrohttpd functions `serve` calls: return type, name, parameters. */
#define NF_MHD_FUNCTIONS(X)                                                                        \
    X(struct MHD_Daemon *, MHD_start_daemon,                                                       \
      (unsigned int, uint16_t, MHD_AcceptPolicyCallback, void *, MHD_AccessHandlerCallback,        \
       void *, ...))                                                                               \
    X(void, MHD_stop_daemon, (struct MHD_Daemon *))                                                \
    X(const union MHD_DaemonInfo *, MHD_get_daemon_info,                                           \
      (struct MHD_Daemon *, enum MHD_DaemonInfoType, ...))                                         \
    X(struct MHD_Response *, MHD_create_response_from_buffer,                                      \
      (size_t, void *, enum MHD_ResponseMemoryMode))                                               \
    X(enum MHD_Result, MHD_add_response_header,                                                    \
      (struct MHD_Response *, const char *, const char *))                                         \
    X(enum MHD_Result, MHD_queue_response,                                                         \
      (struct MHD_Connection *, unsigned int, struct MHD_Response *))                              \
    X(void, MHD_destroy_response, (struct MHD_Response *))                                         \
    X(int, MHD_get_connection_values,                                                              \
      (struct MHD_Connection *, enum MHD_ValueKind, MHD_KeyValueIterator, void *))                 \
    X(const char *, MHD_lookup_connection_value,                                                   \
      (struct MHD_Connection *, enum MHD_ValueKind, const char *))

/* libmicrohttpd, opened when `serve` starts (src/store/dynload.h): the
 * other commands start without it and the TLS libraries it pulls in. */
typedef struct nf_mhd_api {
#define NF_MHD_FIELD(ret, name, params) ret(*name) params;
    NF_MHD_FUNCTIONS(NF_MHD_FIELD)
#undef NF_MHD_FIELD
} nf_mhd_api;

/* The functions, filled by nf_cmd_serve before the server starts and only
 * read after that (from the server's thread). */
extern nf_mhd_api nf_mhd;

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
