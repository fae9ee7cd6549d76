/* serve.c - `newsfacts serve`: a local, read-only web viewer over the
 * corpus store (the front end in web/, the JSON API in serve_api.c).
 * Binds to loopback by default; one server thread answers the requests,
 * so the store connection is used by one thread only. */
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "dynload.h"
#include "queries.h"
#include "serve.h"

nf_mhd_api nf_mhd;

/* Opens libmicrohttpd into nf_mhd; its handle, or NULL with a message
 * printed. */
static void *load_mhd(void) {
    static const char *const sonames[] = {"libmicrohttpd.so.12", "libmicrohttpd.so", NULL};
    char err[256];
    void *h = nf_dynload_open(sonames, err, sizeof err);
    bool ok = h != NULL;
#define NF_MHD_LOAD(ret, name, params)                                                             \
    ok = ok && nf_dynload_sym(h, #name, &nf_mhd.name, err, sizeof err);
    NF_MHD_FUNCTIONS(NF_MHD_LOAD)
#undef NF_MHD_LOAD
    if (!ok) {
        fprintf(stderr, "newsfacts: serve needs libmicrohttpd: %s\n", err);
        if (h) dlclose(h);
        return NULL;
    }
    return h;
}

#ifndef NF_WEB_DIR
#define NF_WEB_DIR "web"
#endif

static const char usage[] =
    "usage: newsfacts serve [--db DB] [--port N] [--host ADDR] [--web-dir DIR]\n"
    "\n"
    "Serves a read-only web viewer over the corpus store built by `newsfacts\n"
    "ingest` (ingest with --text to see the articles' text): documents with\n"
    "their quotes, amounts, times, entities and events; search; who said;\n"
    "claims; dyads.  Ctrl-C (SIGINT) or SIGTERM stops it.\n"
    "\n"
    "Options:\n"
    "      --db DB          SQLite file or postgresql:// URL (default newsfacts.db)\n"
    "      --port N         TCP port (default 8080; 0 picks a free one)\n"
    "      --host ADDR      IPv4 or IPv6 address to bind (default 127.0.0.1)\n"
    "      --web-dir DIR    the front end's files (default " NF_WEB_DIR ")\n"
    "  -h, --help           show this help\n"
    "\n"
    "Exit status: 0 after a signal, 1 when the store or the port cannot be\n"
    "opened, 2 on unusable arguments.\n";

/* What the request handler needs. */
typedef struct server {
    nf_store *store;
    const char *webdir;
} server;

/* Answers one request: GET or HEAD of /api/... or of a static file. */
static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **con_cls) {
    (void)version;
    (void)upload;
    (void)upload_size;
    (void)con_cls;
    server *sv = cls;
    nf_reply r = {0};
    if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
        nf_reply_error(&r, 405, "read-only: GET and HEAD only");
    else if (strncmp(url, "/api/", 5) == 0)
        nf_api_reply(sv->store, c, url + 5, &r);
    else
        nf_static_reply(sv->webdir, url, &r);
    if (!r.body) nf_reply_error(&r, 500, "out of memory");
    struct MHD_Response *resp = nf_mhd.MHD_create_response_from_buffer(
        r.len, r.body ? r.body : (void *)"",
        r.body ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
    if (!resp) {
        free(r.body);
        return MHD_NO;
    }
    nf_mhd.MHD_add_response_header(resp, "Content-Type", r.type ? r.type : "text/plain");
    nf_mhd.MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    nf_mhd.MHD_add_response_header(resp, "Content-Security-Policy",
                                   "default-src 'self'; style-src 'self'; img-src 'self' data:");
    nf_mhd.MHD_add_response_header(resp, "Cache-Control", "no-store");
    if (r.status == 405) nf_mhd.MHD_add_response_header(resp, "Allow", "GET, HEAD");
    enum MHD_Result ret = nf_mhd.MHD_queue_response(c, r.status, resp);
    nf_mhd.MHD_destroy_response(resp);
    return ret;
}

/* Parses a port number; -1 when it is not one. */
static int parse_port(const char *s) {
    long v;
    return nf_parse_count(s, 0, 65535, &v) ? (int)v : -1;
}

/* Starts the daemon on host:port; NULL with a message printed. */
static struct MHD_Daemon *start(server *sv, const char *host, int port) {
    struct sockaddr_in a4 = {0};
    struct sockaddr_in6 a6 = {0};
    const struct sockaddr *addr;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
    if (inet_pton(AF_INET, host, &a4.sin_addr) == 1) {
        a4.sin_family = AF_INET;
        a4.sin_port = htons((uint16_t)port);
        addr = (const struct sockaddr *)&a4;
    } else if (inet_pton(AF_INET6, host, &a6.sin6_addr) == 1) {
        a6.sin6_family = AF_INET6;
        a6.sin6_port = htons((uint16_t)port);
        addr = (const struct sockaddr *)&a6;
        flags |= MHD_USE_IPv6;
    } else {
        fprintf(stderr, "newsfacts: --host is an IPv4 or IPv6 address, not '%s'\n", host);
        return NULL;
    }
    struct MHD_Daemon *d =
        nf_mhd.MHD_start_daemon(flags, (uint16_t)port, NULL, NULL, handle, sv, MHD_OPTION_SOCK_ADDR,
                                addr, MHD_OPTION_CONNECTION_LIMIT, (unsigned)64,
                                MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30, MHD_OPTION_END);
    if (!d)
        fprintf(stderr, "newsfacts: cannot listen on %s port %d (in use, or not allowed)\n", host,
                port);
    return d;
}

/* The serve command. */
int nf_cmd_serve(int argc, char **argv) {
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},   {"port", required_argument, NULL, 'p'},
        {"host", required_argument, NULL, 'H'}, {"web-dir", required_argument, NULL, 'w'},
        {"help", no_argument, NULL, 'h'},       {NULL, 0, NULL, 0}};
    const char *db = "newsfacts.db", *host = "127.0.0.1", *webdir = NF_WEB_DIR;
    int port = 8080, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
            case 'd':
                db = optarg;
                break;
            case 'p':
                if ((port = parse_port(optarg)) < 0) {
                    fprintf(stderr, "newsfacts: --port is 0 to 65535, not '%s'\n", optarg);
                    return 2;
                }
                break;
            case 'H':
                host = optarg;
                break;
            case 'w':
                webdir = optarg;
                break;
            case 'h':
                fputs(usage, stdout);
                return 0;
            default:
                fputs("Try 'newsfacts serve --help'.\n", stderr);
                return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr,
                "newsfacts: serve takes no arguments ('%s')\nTry 'newsfacts serve "
                "--help'.\n",
                argv[optind]);
        return 2;
    }
    struct stat st;
    char index[4096];
    snprintf(index, sizeof index, "%s/index.html", webdir);
    if (stat(index, &st) != 0) {
        fprintf(stderr, "newsfacts: no front end in %s (%s); give --web-dir DIR\n", webdir,
                strerror(errno));
        return 1;
    }
    void *mhd = load_mhd();
    if (!mhd) return 1;
    /* Opening would create an empty store; the viewer only reads one. */
    nf_store *s = nf_open_existing_store(db);
    if (!s) {
        dlclose(mhd);
        return 1;
    }
    const char *ro = nf_store_is_pg(s) ? "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"
                                       : "PRAGMA query_only = ON";
    if (nf_store_exec(s, ro, NULL, 0) != 0) {
        fprintf(stderr, "newsfacts: cannot make the store read-only: %s\n", s->err);
        nf_store_close(s);
        dlclose(mhd);
        return 1;
    }
    /* The signals are taken by sigwait below, in this thread only: block
     * them before the server's thread starts (it inherits the mask). */
    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    server sv = {s, webdir};
    struct MHD_Daemon *d = start(&sv, host, port);
    if (!d) {
        nf_store_close(s);
        dlclose(mhd);
        return 1;
    }
    const union MHD_DaemonInfo *info = nf_mhd.MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    int bound = info ? (int)info->port : port;
    bool v6 = strchr(host, ':') != NULL;
    printf("newsfacts: serving %s at http://%s%s%s:%d/ (Ctrl-C stops)\n", db, v6 ? "[" : "", host,
           v6 ? "]" : "", bound);
    fflush(stdout);
    int sig = 0;
    sigwait(&sigs, &sig);
    nf_mhd.MHD_stop_daemon(d);
    nf_store_close(s);
    dlclose(mhd);
    printf("newsfacts: stopped (%s)\n", sig == SIGTERM ? "SIGTERM" : "SIGINT");
    return 0;
}
