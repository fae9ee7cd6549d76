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

#include "../store/load.h"
#include "../store/store.h"
#include "cli.h"

#define MAX_SUBJECTS 8
#define CELL_MAX 72 /* code points of a table cell before it is cut */

static const char usage[] =
    "usage: newsfacts query SUBCOMMAND [ARG]... [--db DB] [--format table|json|csv]\n"
    "\n"
    "Asks the corpus store built by `newsfacts ingest`:\n"
    "  stats                    documents and rows per table\n"
    "  who-said NAME            quotes whose speaker is NAME (any name form,\n"
    "                           case-insensitive: Putin, Wladimir Putin, Vladimir Putin)\n"
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
    "  -h, --help             show this help\n"
    "\n"
    "Exit status: 0 on success (also when nothing matches), 1 when the store\n"
    "cannot be read, 2 on unusable arguments.\n";

typedef enum fmt { FMT_TABLE, FMT_JSON, FMT_CSV } fmt;

/* The rows of a result, kept to be printed in one of the formats. */
typedef struct result {
    int ncols;
    char **names;
    size_t nrows, cap;
    char **vals;     /* nrows * ncols, NULL for SQL NULL */
    nf_vtype *types; /* nrows * ncols */
    bool oom;
} result;

/* Row callback: copies a row into the result. */
static int collect(void *ctx, int ncols, const char *const *names, const nf_vtype *types,
                   const char *const *vals) {
    result *r = ctx;
    if (!r->names) {
        r->names = calloc((size_t)ncols, sizeof *r->names);
        if (!r->names) return r->oom = true, 1;
        r->ncols = ncols;
        for (int i = 0; i < ncols; i++) r->names[i] = strdup(names[i]);
    }
    if (r->nrows == r->cap) {
        size_t ncap = r->cap ? r->cap * 2 : 64;
        char **v = realloc(r->vals, ncap * (size_t)ncols * sizeof *v);
        if (!v) return r->oom = true, 1;
        r->vals = v;
        nf_vtype *t = realloc(r->types, ncap * (size_t)ncols * sizeof *t);
        if (!t) return r->oom = true, 1;
        r->types = t;
        r->cap = ncap;
    }
    for (int i = 0; i < ncols; i++) {
        size_t k = r->nrows * (size_t)ncols + (size_t)i;
        r->vals[k] = vals[i] ? strdup(vals[i]) : NULL;
        r->types[k] = vals[i] ? types[i] : NF_V_NULL;
    }
    r->nrows++;
    return 0;
}

/* Frees a result. */
static void result_free(result *r) {
    for (size_t k = 0; k < r->nrows * (size_t)r->ncols; k++) free(r->vals[k]);
    for (int i = 0; i < r->ncols && r->names; i++) free(r->names[i]);
    free(r->names);
    free(r->vals);
    free(r->types);
    memset(r, 0, sizeof *r);
}

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
    if (!r->ncols) {
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

/* A value as JSON: numbers stay numbers. */
static json_t *json_value(const char *v, nf_vtype t) {
    if (!v) return json_null();
    if (t == NF_V_INT) return json_integer(strtoll(v, NULL, 10));
    if (t == NF_V_REAL) return json_real(strtod(v, NULL));
    return json_string(v);
}

/* Prints the result as a JSON array of objects (or, with `object`, the
 * first two columns as one object of name: value). */
static void print_json(const result *r, bool object) {
    json_t *out = object ? json_object() : json_array();
    for (size_t i = 0; i < r->nrows; i++) {
        size_t k = i * (size_t)r->ncols;
        if (object) {
            json_object_set_new(out, r->vals[k] ? r->vals[k] : "",
                                json_value(r->vals[k + 1], r->types[k + 1]));
            continue;
        }
        json_t *row = json_object();
        for (int c = 0; c < r->ncols; c++)
            json_object_set_new(row, r->names[c],
                                json_value(r->vals[k + (size_t)c], r->types[k + (size_t)c]));
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
    if (nf_store_query(s, sql, p, np, collect, &r) != 0) {
        fprintf(stderr, "newsfacts: %s\n", s->err);
        result_free(&r);
        return 1;
    }
    if (r.oom) {
        fputs("newsfacts: out of memory\n", stderr);
        result_free(&r);
        return 1;
    }
    if (!r.ncols && f != FMT_TABLE && !object) {
        /* No rows: JSON gets an empty array, CSV nothing. */
        if (f == FMT_JSON) puts("[]");
    } else if (f == FMT_JSON) {
        print_json(&r, object);
    } else if (f == FMT_CSV) {
        print_csv(&r);
    } else {
        print_table(&r);
    }
    result_free(&r);
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

/* True for an ISO 3166 alpha-3 code as written on the command line. */
static bool is_iso3(const char *s) {
    return strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' &&
           s[2] >= 'A' && s[2] <= 'Z';
}

/* The actors a name designates (by any name form), as SQL on parameter ?N. */
#define ACTORS_NAMED(n) "(SELECT actor FROM actor_names WHERE name = ?" n ")"

/* who-said NAME. */
static int cmd_who_said(nf_store *s, const char *key, fmt f) {
    static const char sql[] =
        "SELECT q.date, q.document, q.kind, COALESCE(q.speaker_canonical, q.speaker_name) AS "
        "speaker, q.cue, q.text FROM v_quotes q WHERE q.speaker_actor IN " ACTORS_NAMED(
            "1") " ORDER BY COALESCE(q.date, ''), q.doc, q.start_cp";
    nf_val p[] = {nf_text(key)};
    return show(s, sql, p, 1, f, false);
}

/* claims [--measure M] [--subject NAME]... [--claimant NAME]. */
static int cmd_claims(nf_store *s, const char *measure, char **subjects, int nsubjects,
                      const char *claimant, fmt f) {
    char sql[4096];
    nf_val p[2 * MAX_SUBJECTS + 4];
    int np = 0;
    char **keys = calloc((size_t)nsubjects + 1, sizeof *keys);
    if (!keys) return fputs("newsfacts: out of memory\n", stderr), 1;
    size_t n = (size_t)snprintf(
        sql, sizeof sql, "%s",
        "SELECT c.date, c.document, c.value, c.unit, c.measure, c.object, c.period_start, "
        "c.period_end, c.claimant_name AS claimant, c.qualifier, c.text FROM v_claims c "
        "WHERE 1 = 1");
    if (measure) {
        p[np++] = nf_text(measure);
        n += (size_t)snprintf(sql + n, sizeof sql - n, " AND c.measure = ?%d", np);
    }
    for (int i = 0; i < nsubjects; i++) {
        keys[i] = nf_name_key(subjects[i]);
        p[np++] = nf_text(keys[i] ? keys[i] : "");
        p[np++] = nf_text(is_iso3(subjects[i]) ? subjects[i] : NULL);
        n += (size_t)snprintf(sql + n, sizeof sql - n,
                              " AND EXISTS (SELECT 1 FROM amount_subjects x JOIN entities e ON "
                              "e.doc = x.doc AND e.eid = x.eid WHERE x.doc = c.doc AND x.n = c.n "
                              "AND (e.actor_id IN (SELECT actor FROM actor_names WHERE name = "
                              "?%d) OR e.country = ?%d))",
                              np - 1, np);
    }
    if (claimant) {
        keys[nsubjects] = nf_name_key(claimant);
        p[np++] = nf_text(keys[nsubjects] ? keys[nsubjects] : "");
        n += (size_t)snprintf(sql + n, sizeof sql - n,
                              " AND c.claimant_actor IN (SELECT actor FROM actor_names WHERE "
                              "name = ?%d)",
                              np);
    }
    snprintf(sql + n, sizeof sql - n, " ORDER BY COALESCE(c.date, ''), c.doc, c.n");
    int rc = show(s, sql, p, np, f, false);
    for (int i = 0; i <= nsubjects; i++) free(keys[i]);
    free(keys);
    return rc;
}

/* dyad A B [--by day|month|year]. */
static int cmd_dyad(nf_store *s, const char *a, const char *b, const char *by, fmt f) {
    /* The period is a prefix of the ISO date; the length is fixed text. */
    const char *len = strcmp(by, "day") == 0 ? "10" : strcmp(by, "year") == 0 ? "4" : "7";
    const char *agg = nf_store_is_pg(s) ? "string_agg(DISTINCT label, ', ' ORDER BY label)"
                                        : "group_concat(DISTINCT label)";
#define SIDE(x, n1, n2)                                                                            \
    "(v." x "_actor IN (SELECT actor FROM actor_names WHERE name = ?" n1 ") OR v." x               \
    "_country = ?" n2 ")"
    char sql[4096];
    snprintf(sql, sizeof sql,
             "SELECT period, root, count(*) AS events, sum(forward) AS a_to_b, "
             "count(*) - sum(forward) AS b_to_a, avg(goldstein) AS mean_goldstein, %s AS labels "
             "FROM (SELECT COALESCE(substr(v.date, 1, %s), '') AS period, v.root, v.label, "
             "v.goldstein, CASE WHEN " SIDE(
                 "source", "1",
                 "2") " THEN 1 ELSE 0 END AS forward "
                      "FROM v_events v WHERE (" SIDE("source", "1", "2") " AND " SIDE(
                          "target", "3",
                          "4") ") OR (" SIDE("source", "3",
                                             "4") " AND " SIDE("target", "1",
                                                               "2") ")) x "
                                                                    "GROUP BY period, root ORDER "
                                                                    "BY period, root",
             agg, len);
#undef SIDE
    char *ka = nf_name_key(a), *kb = nf_name_key(b);
    nf_val p[] = {nf_text(ka ? ka : ""), nf_text(is_iso3(a) ? a : NULL), nf_text(kb ? kb : ""),
                  nf_text(is_iso3(b) ? b : NULL)};
    int rc = show(s, sql, p, 4, f, false);
    free(ka);
    free(kb);
    return rc;
}

/* entity NAME. */
static int cmd_entity(nf_store *s, const char *key, fmt f) {
    char sql[2048];
    const char *agg = nf_store_is_pg(s) ? "string_agg(DISTINCT m.text, ' | ' ORDER BY m.text)"
                                        : "group_concat(DISTINCT m.text)";
    snprintf(sql, sizeof sql,
             "SELECT m.date, m.document, COALESCE(m.canonical, m.name) AS entity, "
             "count(*) AS mentions, min(m.start_cp) AS first_at, %s AS forms "
             "FROM v_mentions m WHERE m.actor_id IN " ACTORS_NAMED(
                 "1") " GROUP BY m.doc, m.date, m.document, COALESCE(m.canonical, m.name) "
                      "ORDER BY COALESCE(m.date, ''), m.doc",
             agg);
    nf_val p[] = {nf_text(key)};
    return show(s, sql, p, 1, f, false);
}

/* The query command. */
int nf_cmd_query(int argc, char **argv) {
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},       {"format", required_argument, NULL, 'f'},
        {"measure", required_argument, NULL, 'm'},  {"subject", required_argument, NULL, 's'},
        {"claimant", required_argument, NULL, 'c'}, {"by", required_argument, NULL, 'b'},
        {"help", no_argument, NULL, 'h'},           {NULL, 0, NULL, 0}};
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
            case 'h':
                fputs(usage, stdout);
                return 0;
            default:
                fputs("Try 'newsfacts query --help'.\n", stderr);
                return 2;
        }
    }
    if (optind >= argc) {
        fputs("newsfacts: query needs a SUBCOMMAND (stats, who-said, claims, dyad, entity)\n"
              "Try 'newsfacts query --help'.\n",
              stderr);
        return 2;
    }
    const char *sub = argv[optind];
    int nargs = argc - optind - 1;
    char **args = argv + optind + 1;
    int want = strcmp(sub, "stats") == 0 || strcmp(sub, "claims") == 0      ? 0
               : strcmp(sub, "dyad") == 0                                   ? 2
               : strcmp(sub, "who-said") == 0 || strcmp(sub, "entity") == 0 ? 1
                                                                            : -1;
    if (want < 0) {
        fprintf(stderr,
                "newsfacts: unknown query '%s' (stats, who-said, claims, dyad, entity)\n"
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
    if (!nf_store_target_is_pg(db) && access(db, R_OK) != 0) {
        fprintf(stderr, "newsfacts: cannot open the store %s: %s (run newsfacts ingest first)\n",
                db, strerror(errno));
        return 1;
    }
    char err[512];
    nf_store *s = nf_store_open(db, err, sizeof err);
    if (!s) {
        fprintf(stderr, "newsfacts: %s\n", err);
        return 1;
    }
    int rc;
    if (strcmp(sub, "stats") == 0) {
        rc = cmd_stats(s, f);
    } else if (claims) {
        rc = cmd_claims(s, measure, subjects, nsubjects, claimant, f);
    } else if (strcmp(sub, "dyad") == 0) {
        rc = cmd_dyad(s, args[0], args[1], by ? by : "month", f);
    } else {
        char *key = nf_name_key(args[0]);
        if (!key) {
            fprintf(stderr, "newsfacts: query %s: NAME is not valid UTF-8\n", sub);
            nf_store_close(s);
            return 2;
        }
        rc = strcmp(sub, "who-said") == 0 ? cmd_who_said(s, key, f) : cmd_entity(s, key, f);
        free(key);
    }
    if (fflush(stdout) != 0) {
        fprintf(stderr, "newsfacts: cannot write the output: %s\n", strerror(errno));
        rc = 1;
    }
    nf_store_close(s);
    return rc;
}
