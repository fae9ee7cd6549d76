/* main.c - the newsfacts command: dispatches to its subcommands. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "cli.h"
#include "newsfacts.h"

static const char usage[] =
    "usage: newsfacts COMMAND [OPTION]... [ARG]...\n"
    "\n"
    "Turns news articles into facts: who met whom and when, who said what,\n"
    "which figures were claimed for which period, which agreements were\n"
    "signed, and which agency the article credits.\n"
    "\n"
    "Commands:\n"
    "  extract   read articles (JSONL or .txt), write one JSON record each\n"
    "  ingest    store articles (or records) in SQLite or PostgreSQL\n"
    "  query     ask the store: stats, who-said, claims, dyad, entity\n"
    "  serve     a local web viewer over the store (documents, search, claims, dyads)\n"
    "\n"
    "Options:\n"
    "  -h, --help      show this help (COMMAND --help for a command's options)\n"
    "  -V, --version   show the version\n";

/* See cli.h. */
bool nf_parse_count(const char *s, long lo, long hi, long *out) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi) return false;
    *out = v;
    return true;
}

/* See cli.h. */
bool nf_parse_layers_arg(const char *s, unsigned *out) {
    nf_error err;
    if (nf_layers_parse(s, out, &err) == NF_OK) return true;
    fprintf(stderr, "newsfacts: --layers: %s\n", err.message);
    return false;
}

/* Keeps freed memory in the process rather than handing the top of the
 * heap back after each document: the next document's arena would fault
 * the same pages in again (bench-de: 4,364 page faults, 3,511 with it).
 * A process-wide setting, so the command's, not the library's. */
static void keep_heap(void) {
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD)
    (void)mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

int main(int argc, char **argv) {
    keep_heap();
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        if (argc > 2 && strcmp(argv[2], "extract") == 0) {
            char *args[] = {argv[2], "--help", NULL};
            return nf_cmd_extract(2, args);
        }
        if (argc > 2 && strcmp(argv[2], "ingest") == 0) {
            char *args[] = {argv[2], "--help", NULL};
            return nf_cmd_ingest(2, args);
        }
        if (argc > 2 && strcmp(argv[2], "query") == 0) {
            char *args[] = {argv[2], "--help", NULL};
            return nf_cmd_query(2, args);
        }
        if (argc > 2 && strcmp(argv[2], "serve") == 0) {
            char *args[] = {argv[2], "--help", NULL};
            return nf_cmd_serve(2, args);
        }
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
        printf("newsfacts %s\n", nf_version());
        return 0;
    }
    if (strcmp(cmd, "extract") == 0) return nf_cmd_extract(argc - 1, argv + 1);
    if (strcmp(cmd, "ingest") == 0) return nf_cmd_ingest(argc - 1, argv + 1);
    if (strcmp(cmd, "query") == 0) return nf_cmd_query(argc - 1, argv + 1);
    if (strcmp(cmd, "serve") == 0) return nf_cmd_serve(argc - 1, argv + 1);
    fprintf(stderr, "newsfacts: unknown command '%s'\nTry 'newsfacts --help'.\n", cmd);
    return 2;
}
