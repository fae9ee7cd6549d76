/* query.c - `newsfacts query`: the analyst's questions over the corpus
 * store (stats, who-said, claims, dyad, entity) as a table, JSON or CSV.
 * Every value from the command line is a bound parameter; the SQL is
 * assembled only from fixed fragments. */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../store/store.h"
#include "cli.h"
#include "queries.h"
#include "rows.h"

#define MAX_SUBJECTS NF_Q_MAX_SUBJECTS
#define CELL_MAX 72 /* code points of a table cell before it is cut */

static const char usage[] =
    "usage: newsfacts query SUBCOMMAND [ARG]... [--db DB] [--format table|json|csv]\n"
    "\n"
    "Asks the corpus store built by `newsfacts ingest`:\n"
    "  stats                    documents and rows per table\n"
    "  who-said NAME [--about NAME]\n"
    "                           quotes whose speaker is NAME (any name form,\n"
    "                           case-insensitive: Putin, Wladimir Putin, Vladimir Putin);\n"
    "                           --about: only those that name this actor (or, for an\n"
    "                           ISO code, anyone of that country) inside the quote\n"
    "  speakers [--about NAME]  the speakers quoted most (about NAME): quotes, first and\n"
    "                           last date\n"
    "  claims [--measure M] [--subject NAME]... [--claimant NAME]\n"
    "                           amounts with value, unit, period, claimant, date\n"
    "  dyad A B [--by day|month|year]\n"
    "                           events between A and B (both directions) per period:\n"
    "                           count per CAMEO root code and mean Goldstein score;\n"
    "                           A and B are names or ISO 3166 alpha-3 codes (RUS, KAZ)\n"
    "  entity NAME              the documents that mention NAME, and when\n"
    "\n"
    "Options:\n"
    "      --db DB            SQLite file or postgresql:// URL (default newsfacts.db)\n"
    "      --format FMT       table (default), json or csv\n"
    "      --from DATE        only rows dated DATE or later (YYYY, YYYY-MM or YYYY-MM-DD:\n"
    "                         the document's date; for dyad, the event's)\n"
    "      --to DATE          only rows dated up to DATE, all of it for a year or month\n"
    "      --limit N          at most N rows\n"
    "  -h, --help             show this help\n"
    "\n"
    "Exit status: 0 on success (also when nothing matches), 1 when the store\n"
    "cannot be read, 2 on unusable arguments.\n";

typedef enum fmt { FMT_TABLE, FMT_JSON, FMT_CSV } fmt;

/* The rows of a result (rows.h), printed in one of the formats. */
typedef nf_rows result;

/* Formats a number for the table: integral values without decimals, others
 * with two. */
static const char *num_text(const char *v, nf_vtype t, char *buf, size_t n) {
    if (t != NF_V_REAL) return v;
    double d = strtod(v, NULL);
    if (d == (double)(long long)d && d < 1e15 && d > -1e15)
        snprintf(buf, n, "%.0f", d);
    else
        snprintf(buf, n, "%.2f", d);
    return buf;
}

/* The width of a UTF-8 string in code points. */
static size_t cps(const char *s) {
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}

/* Prints a cell cut to `max` code points and padded to `width`. */
static void put_cell(const char *s, size_t width, size_t max, bool last) {
    size_t n = 0;
    const char *p = s;
    for (; *p; p++) {
        if (((unsigned char)*p & 0xC0) != 0x80) {
            if (n == max - 1 && cps(p) > 1) break;
            n++;
        }
        if (*p == '\n' || *p == '\t')
            putchar(' ');
        else
            putchar(*p);
    }
    if (*p) {
        fputs("\xe2\x80\xa6", stdout);
        n++;
    }
    if (!last)
        for (; n < width; n++) putchar(' ');
}

/* Prints the result as an aligned table. */
static void print_table(const result *r) {
    if (!r->nrows) {
        puts("(no rows)");
        return;
    }
    size_t *w = calloc((size_t)r->ncols, sizeof *w);
    if (!w) return;
    char buf[64];
    for (int c = 0; c < r->ncols; c++) w[c] = cps(r->names[c]);
    for (size_t i = 0; i < r->nrows; i++)
        for (int c = 0; c < r->ncols; c++) {
            size_t k = i * (size_t)r->ncols + (size_t)c;
            const char *v = r->vals[k] ? num_text(r->vals[k], r->types[k], buf, sizeof buf) : "";
            size_t n = cps(v);
            if (n > CELL_MAX) n = CELL_MAX;
            if (n > w[c]) w[c] = n;
        }
    for (int c = 0; c < r->ncols; c++) {
        put_cell(r->names[c], w[c], CELL_MAX, c == r->ncols - 1);
        if (c < r->ncols - 1) fputs("  ", stdout);
    }
    putchar('\n');
    for (int c = 0; c < r->ncols; c++) {
        for (size_t k = 0; k < w[c]; k++) putchar('-');
        if (c < r->ncols - 1) fputs("  ", stdout);
    }
    putchar('\n');
    for (size_t i = 0; i < r->nrows; i++) {
        for (int c = 0; c < r->ncols; c++) {
            size_t k = i * (size_t)r->ncols + (size_t)c;
            const char *v = r->vals[k] ? num_text(r->vals[k], r->types[k], buf, sizeof buf) : "";
            put_cell(v, w[c], CELL_MAX, c == r->ncols - 1);
            if (c < r->ncols - 1) fputs("  ", stdout);
        }
        putchar('\n');
    }
    printf("(%zu row%s)\n", r->nrows, r->nrows == 1 ? "" : "s");
    free(w);
}

/* Prints the result as a JSON array of objects (or, with `object`, the
 * first two columns as one object of name: value). */
static void print_json(const result *r, bool object) {
    json_t *out = object ? json_object() : json_array();
    for (size_t i = 0; i < r->nrows; i++) {
        size_t k = i * (size_t)r->ncols;
        if (object) {
            json_object_set_new(out, r->vals[k] ? r->vals[k] : "",
                                nf_json_value(r->vals[k + 1], r->types[k + 1]));
            continue;
        }
        json_t *row = json_object();
        for (int c = 0; c < r->ncols; c++)
            json_object_set_new(row, r->names[c],
                                nf_json_value(r->vals[k + (size_t)c], r->types[k + (size_t)c]));
        json_array_append_new(out, row);
    }
    char *s = json_dumps(out, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
    if (s) puts(s);
    free(s);
    json_decref(out);
}

/* Prints one CSV field (quoted when it needs to be). */
static void csv_field(const char *s) {
    if (!strpbrk(s, ",\"\n\r")) {
        fputs(s, stdout);
        return;
    }
    putchar('"');
    for (; *s; s++) {
        if (*s == '"') putchar('"');
        putchar(*s);
    }
    putchar('"');
}

/* Prints the result as CSV with a header row. */
static void print_csv(const result *r) {
    for (int c = 0; c < r->ncols; c++) {
        if (c) putchar(',');
        csv_field(r->names[c]);
    }
    if (r->ncols) putchar('\n');
    for (size_t i = 0; i < r->nrows; i++) {
        for (int c = 0; c < r->ncols; c++) {
            if (c) putchar(',');
            const char *v = r->vals[i * (size_t)r->ncols + (size_t)c];
            if (v) csv_field(v);
        }
        putchar('\n');
    }
}

/* Runs a query and prints its rows; returns the exit status. */
static int show(nf_store *s, const char *sql, const nf_val *p, int np, fmt f, bool object) {
    result r = {0};
    if (nf_store_query(s, sql, p, np, nf_rows_collect, &r) != 0) {
        fprintf(stderr, "newsfacts: %s\n", s->err);
        nf_rows_free(&r);
        return 1;
    }
    if (r.oom) {
        fputs("newsfacts: out of memory\n", stderr);
        nf_rows_free(&r);
        return 1;
    }
    if (f == FMT_JSON) {
        print_json(&r, object);
    } else if (f == FMT_CSV) {
        print_csv(&r);
    } else {
        print_table(&r);
    }
    nf_rows_free(&r);
    return 0;
}

/* The statistics: documents and rows per table. */
static int cmd_stats(nf_store *s, fmt f) {
    static const char sql[] =
        "SELECT 'documents' AS name, count(*) AS count FROM documents UNION ALL "
        "SELECT 'errors', count(*) FROM documents WHERE error_code IS NOT NULL UNION ALL "
        "SELECT 'entities', count(*) FROM entities UNION ALL "
        "SELECT 'mentions', count(*) FROM mentions UNION ALL "
        "SELECT 'quotes', count(*) FROM quotes UNION ALL "
        "SELECT 'amounts', count(*) FROM amounts UNION ALL "
        "SELECT 'amount_subjects', count(*) FROM amount_subjects UNION ALL "
        "SELECT 'times', count(*) FROM times UNION ALL "
        "SELECT 'events', count(*) FROM events UNION ALL "
        "SELECT 'sources', count(*) FROM sources UNION ALL "
        "SELECT 'actors', count(*) FROM actors UNION ALL "
        "SELECT 'actor_names', count(*) FROM actor_names";
    return show(s, sql, NULL, 0, f, f == FMT_JSON);
}

/* Runs a built query (when it could be built) and prints its rows. */
static int show_query(nf_store *s, nf_query *q, int built, fmt f) {
    if (built != 0) {
        fputs("newsfacts: a NAME is not valid UTF-8 (or out of memory)\n", stderr);
        return 2;
    }
    int rc = show(s, q->sql, q->p, q->np, f, false);
    nf_query_free(q);
    return rc;
}

/* The query command. */
int nf_cmd_query(int argc, char **argv) {
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},       {"format", required_argument, NULL, 'f'},
        {"measure", required_argument, NULL, 'm'},  {"subject", required_argument, NULL, 's'},
        {"claimant", required_argument, NULL, 'c'}, {"by", required_argument, NULL, 'b'},
        {"about", required_argument, NULL, 'a'},    {"from", required_argument, NULL, 'F'},
        {"to", required_argument, NULL, 'T'},       {"limit", required_argument, NULL, 'l'},
        {"help", no_argument, NULL, 'h'},           {NULL, 0, NULL, 0}};
    nf_query_opts opts = {0};
    const char *db = "newsfacts.db", *measure = NULL, *claimant = NULL, *by = NULL;
    char *subjects[MAX_SUBJECTS];
    int nsubjects = 0, c;
    fmt f = FMT_TABLE;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
            case 'd':
                db = optarg;
                break;
            case 'f':
                if (strcmp(optarg, "table") == 0)
                    f = FMT_TABLE;
                else if (strcmp(optarg, "json") == 0)
                    f = FMT_JSON;
                else if (strcmp(optarg, "csv") == 0)
                    f = FMT_CSV;
                else {
                    fprintf(stderr, "newsfacts: --format is table, json or csv, not '%s'\n",
                            optarg);
                    return 2;
                }
                break;
            case 'm':
                measure = optarg;
                break;
            case 's':
                if (nsubjects == MAX_SUBJECTS) {
                    fprintf(stderr, "newsfacts: at most %d --subject options\n", MAX_SUBJECTS);
                    return 2;
                }
                subjects[nsubjects++] = optarg;
                break;
            case 'c':
                claimant = optarg;
                break;
            case 'b':
                if (strcmp(optarg, "day") != 0 && strcmp(optarg, "month") != 0 &&
                    strcmp(optarg, "year") != 0) {
                    fprintf(stderr, "newsfacts: --by is day, month or year, not '%s'\n", optarg);
                    return 2;
                }
                by = optarg;
                break;
            case 'a':
                opts.about = optarg;
                break;
            case 'F':
            case 'T':
                if (!nf_query_is_date(optarg)) {
                    fprintf(stderr,
                            "newsfacts: --%s is a date: YYYY, YYYY-MM or YYYY-MM-DD, not '%s'\n",
                            c == 'F' ? "from" : "to", optarg);
                    return 2;
                }
                *(c == 'F' ? &opts.from : &opts.to) = optarg;
                break;
            case 'l': {
                long v;
                if (!nf_parse_count(optarg, 1, 1000000000L, &v)) {
                    fprintf(stderr, "newsfacts: --limit needs a positive number, not '%s'\n",
                            optarg);
                    return 2;
                }
                opts.limit = (int)v;
                break;
            }
            case 'h':
                fputs(usage, stdout);
                return 0;
            default:
                fputs("Try 'newsfacts query --help'.\n", stderr);
                return 2;
        }
    }
    if (optind >= argc) {
        fputs("newsfacts: query needs a SUBCOMMAND (stats, who-said, speakers, claims, dyad, "
              "entity)\n"
              "Try 'newsfacts query --help'.\n",
              stderr);
        return 2;
    }
    const char *sub = argv[optind];
    int nargs = argc - optind - 1;
    char **args = argv + optind + 1;
    int want =
        strcmp(sub, "stats") == 0 || strcmp(sub, "claims") == 0 || strcmp(sub, "speakers") == 0 ? 0
        : strcmp(sub, "dyad") == 0                                                              ? 2
        : strcmp(sub, "who-said") == 0 || strcmp(sub, "entity") == 0                            ? 1
                                                                     : -1;
    if (want < 0) {
        fprintf(stderr,
                "newsfacts: unknown query '%s' (stats, who-said, speakers, claims, dyad, "
                "entity)\n"
                "Try 'newsfacts query --help'.\n",
                sub);
        return 2;
    }
    if (nargs != want) {
        fprintf(stderr, "newsfacts: query %s takes %s, not %d argument%s\n", sub,
                want == 0   ? "no arguments"
                : want == 1 ? "one NAME"
                            : "two actors A B",
                nargs, nargs == 1 ? "" : "s");
        return 2;
    }
    for (int i = 0; i < nargs; i++)
        if (!*args[i]) {
            fprintf(stderr, "newsfacts: query %s: an empty NAME matches nothing\n", sub);
            return 2;
        }
    bool claims = strcmp(sub, "claims") == 0;
    if ((measure || nsubjects || claimant) && !claims) {
        fputs("newsfacts: --measure, --subject and --claimant belong to query claims\n", stderr);
        return 2;
    }
    if (by && strcmp(sub, "dyad") != 0) {
        fputs("newsfacts: --by belongs to query dyad\n", stderr);
        return 2;
    }
    if (opts.about && strcmp(sub, "who-said") != 0 && strcmp(sub, "speakers") != 0) {
        fputs("newsfacts: --about belongs to query who-said and query speakers\n", stderr);
        return 2;
    }
    if (opts.about && !*opts.about) {
        fprintf(stderr, "newsfacts: query %s: an empty --about NAME matches nothing\n", sub);
        return 2;
    }
    if ((opts.from || opts.to || opts.limit) && strcmp(sub, "stats") == 0) {
        fputs("newsfacts: --from, --to and --limit do not apply to query stats\n", stderr);
        return 2;
    }
    if (opts.from && opts.to && strcmp(opts.from, opts.to) > 0) {
        fprintf(stderr, "newsfacts: --from %s is after --to %s\n", opts.from, opts.to);
        return 2;
    }
    nf_store *s = nf_open_existing_store(db);
    if (!s) return 1;
    int rc;
    nf_query q;
    if (strcmp(sub, "stats") == 0) {
        rc = cmd_stats(s, f);
    } else if (claims) {
        rc = show_query(
            s, &q,
            nf_query_claims(&q, measure, (const char *const *)subjects, nsubjects, claimant, &opts),
            f);
    } else if (strcmp(sub, "dyad") == 0) {
        rc = show_query(s, &q, nf_query_dyad(&q, s, args[0], args[1], by ? by : "month", &opts), f);
    } else if (strcmp(sub, "speakers") == 0) {
        rc = show_query(s, &q, nf_query_speakers(&q, &opts), f);
    } else if (strcmp(sub, "who-said") == 0) {
        rc = show_query(s, &q, nf_query_who_said(&q, args[0], &opts), f);
    } else {
        rc = show_query(s, &q, nf_query_entity(&q, s, args[0], &opts), f);
    }
    if (fflush(stdout) != 0) {
        fprintf(stderr, "newsfacts: cannot write the output: %s\n", strerror(errno));
        rc = 1;
    }
    nf_store_close(s);
    return rc;
}
