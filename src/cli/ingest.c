/* ingest.c - `newsfacts ingest`: articles (or records) into the corpus
 * store, in batches of one transaction each, skipping documents already
 * stored with the same hash and replacing changed ones. */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../store/load.h"
#include "../store/store.h"
#include "cli.h"
#include "input.h"
#include "progress.h"

#define MAX_BATCH 10000

static const char usage[] =
    "usage: newsfacts ingest [OPTION]... FILE...\n"
    "\n"
    "Extracts articles (JSONL, or .txt files: one document each) and stores\n"
    "the documents and every layer (entities, mentions, quotes, amounts,\n"
    "times, events, sources) in the corpus store; with --records, FILE holds\n"
    "records already written by `newsfacts extract`.  A document already\n"
    "stored with the same id and content is skipped, a changed one replaced.\n"
    "Each batch of documents is one transaction: an interrupted run leaves a\n"
    "consistent store, and running the same command again completes it.\n"
    "\n"
    "Options:\n"
    "      --db DB        SQLite file, or a postgresql:// URL (default newsfacts.db)\n"
    "      --records      FILE holds JSON records, not articles\n"
    "  -j, --threads N    extraction threads (default: all cores)\n"
    "      --batch N      documents per transaction (default 500)\n"
    "      --text         store each article's text in documents.text\n"
    "      --progress     show progress on stderr even when it is not a terminal\n"
    "      --no-progress  never show progress\n"
    "  -h, --help         show this help\n"
    "\n"
    "Exit status: 0 when every item was stored (error records included),\n"
    "1 on an input or database failure, 2 on unusable arguments.\n";

/* One input item on its way into the store. */
typedef struct item {
    nf_job job;
    char id[1024];
    char hash[17];
    bool keyed;       /* id and hash known before extraction */
    bool skip;        /* stored already with the same hash */
    bool bad;         /* --records: the line is not a record */
    nf_jdoc doc;      /* the record (and, before, the input line) parsed */
    const nf_jv *rec; /* the record: doc's root, NULL until parsed */
    nf_prep prep;     /* the record's rows (pointing into doc) */
    bool prepped;     /* prep is built: the store thread only binds and steps */
    char *title;      /* from the input line; owned */
    char *text;       /* with --text; owned */
} item;

/* The state of one run. */
typedef struct ingest {
    const nf_engine *engine;
    nf_store *store;
    nf_loader *loader;
    bool records, keep_text;
    int threads;
    size_t batch_size;
    item *buf[2]; /* two batches: one extracted while the other is stored */
    item *items;  /* the batch being read and extracted */
    size_t n, bytes;
    item *s_items; /* the batch being stored */
    size_t s_n, s_bytes;
    pthread_t store_tid;
    bool storing;
    nf_store *lookup; /* a second connection for the skip look-ups */
    nf_loader *lookup_loader;
    atomic_size_t next;
    int phase; /* 1: read keys, 2: extract */
    nf_progress progress;
    size_t stored, skipped, replaced, bad;
    bool failed;
} ingest;

/* The first phase for one item: its id and content hash (and the parsed
 * record with --records). */
static void key_item(ingest *g, item *it) {
    nf_job *j = &it->job;
    if (g->records) {
        it->rec = !j->oversize && nf_jparse(&it->doc, j->raw, j->raw_len, NULL) ? nf_jroot(&it->doc)
                                                                                : NULL;
        if (!nf_jis(it->rec, NF_J_OBJ)) {
            it->rec = NULL;
            it->bad = true;
            return;
        }
        const char *parts[] = {j->raw};
        size_t lens[] = {j->raw_len};
        nf_hash_parts(parts, lens, 1, it->hash);
        nf_record_id(nf_jget(it->rec, "id"), it->id, sizeof it->id);
        it->keyed = true;
        return;
    }
    if (j->is_text) {
        if (j->oversize) return;
        snprintf(it->id, sizeof it->id, "%s", j->name);
        const char *parts[] = {j->raw, NULL, NULL, NULL};
        size_t lens[] = {j->raw_len, 0, 0, 0};
        nf_hash_parts(parts, lens, 4, it->hash);
        it->keyed = true;
        if (g->keep_text) it->text = strndup(j->raw, j->raw_len);
        return;
    }
    if (j->oversize) return;
    /* The line is parsed into the buffers the record will reuse; the
     * extraction reads it from there (j->parsed) instead of parsing it again. */
    const nf_jv *root = nf_jparse(&it->doc, j->raw, j->raw_len, NULL) ? nf_jroot(&it->doc) : NULL;
    j->parsed = root;
    const nf_jv *text = nf_jget(root, "text");
    if (nf_jis(text, NF_J_STR)) {
        const nf_jv *idv = nf_jget(root, "id");
        if (nf_jis(idv, NF_J_STR) || nf_jis_number(idv))
            nf_record_id(idv, it->id, sizeof it->id);
        else
            snprintf(it->id, sizeof it->id, "%zu", j->line);
        const char *fields[] = {"date", "lang", "title"};
        const char *parts[4] = {text->u.s};
        size_t lens[4] = {text->len};
        for (int k = 0; k < 3; k++) {
            parts[k + 1] = nf_jstr(nf_jget(root, fields[k]));
            lens[k + 1] = parts[k + 1] ? strlen(parts[k + 1]) : 0;
        }
        nf_hash_parts(parts, lens, 4, it->hash);
        it->keyed = true;
        if (parts[3]) it->title = strdup(parts[3]);
        if (g->keep_text) it->text = strndup(parts[0], lens[0]);
    }
}

/* The second phase for one item that is not skipped: the record,
 * extracted and parsed (with --records: parsed already), turned into rows
 * here, in parallel, rather than on the store thread. */
static void extract_item(ingest *g, item *it) {
    if (it->skip) return;
    if (g->records) {
        if (it->rec) it->prepped = nf_prep_build(&it->prep, it->rec) == 0;
        return;
    }
    if (!it->keyed) {
        const char *parts[] = {it->job.raw};
        size_t lens[] = {it->job.raw_len};
        nf_hash_parts(parts, lens, 1, it->hash);
    }
    bool ran = nf_job_run(g->engine, &it->job, 0);
    it->job.parsed = NULL; /* it->doc is about to hold the record */
    if (!ran || !it->job.out) return;
    it->rec = nf_jparse(&it->doc, it->job.out, it->job.out_len, NULL) ? nf_jroot(&it->doc) : NULL;
    if (it->rec) it->prepped = nf_prep_build(&it->prep, it->rec) == 0;
}

/* A worker: takes items of the current phase until none are left. */
static void *worker(void *arg) {
    ingest *g = arg;
    for (;;) {
        size_t i = atomic_fetch_add(&g->next, 1);
        if (i >= g->n) break;
        if (g->phase == 1)
            key_item(g, &g->items[i]);
        else
            extract_item(g, &g->items[i]);
    }
    return NULL;
}

/* Runs one phase over the batch on the worker threads. */
static void run_phase(ingest *g, int phase) {
    g->phase = phase;
    atomic_store(&g->next, 0);
    pthread_t tid[256];
    int started = 0, extra = g->threads - 1;
    if ((size_t)extra > g->n) extra = (int)g->n;
    for (int i = 0; i < extra && i < 256; i++)
        if (pthread_create(&tid[started], NULL, worker, g) == 0) started++;
    worker(g);
    for (int i = 0; i < started; i++) pthread_join(tid[i], NULL);
}

/* Frees what an item holds, but keeps its parse and row buffers for the
 * next item in its place (unless they grew large): ingest parses every line
 * and every record, and fresh buffers each time cost page faults. */
static void item_clear(item *it) {
    nf_job_clear(&it->job);
    free(it->title);
    free(it->text);
    nf_jdoc keep = it->doc;
    if (keep.str_cap > ((size_t)1 << 20)) nf_jdoc_free(&keep);
    keep.n = 0;
    nf_prep prep = it->prep;
    nf_prep_clear(&prep);
    memset(it, 0, sizeof *it);
    it->doc = keep;
    it->prep = prep;
}

/* Stores a prepared batch in one transaction (on the store thread, while
 * the next batch is being extracted); sets g->failed on an error. */
static void *store_batch(void *arg) {
    ingest *g = arg;
    item *items = g->s_items;
    size_t n = g->s_n, done = 0, errors = 0;
    if (g->store->ops->begin(g->store) != 0) goto fail;
    for (size_t i = 0; i < n; i++) {
        item *it = &items[i];
        done++;
        if (it->skip) {
            g->skipped++;
            continue;
        }
        if (it->bad) {
            fprintf(stderr, "\rnewsfacts: %s line %zu: not a JSON record, skipped\n",
                    it->job.name ? it->job.name : "input", it->job.line);
            g->bad++;
            errors++;
            continue;
        }
        if (!it->rec || !it->prepped) {
            snprintf(g->store->err, sizeof g->store->err, "out of memory");
            goto fail_tx;
        }
        nf_put_result res;
        if (nf_loader_put_prep(g->loader, &it->prep, it->hash, it->title, it->text, &res) != 0)
            goto fail_tx;
        if (res == NF_PUT_SKIPPED) g->skipped++;
        if (res == NF_PUT_REPLACED) g->replaced++;
        if (res != NF_PUT_SKIPPED) g->stored++;
        if (it->prep.error) errors++;
    }
    /* The rows of the batch's documents, table by table. */
    if (nf_loader_flush(g->loader) != 0) goto fail_tx;
    if (g->store->ops->commit(g->store) != 0) goto fail;
    nf_progress_add(&g->progress, done, g->s_bytes, errors);
    for (size_t i = 0; i < n; i++) item_clear(&items[i]);
    return NULL;
fail_tx : {
    char keep[sizeof g->store->err];
    memcpy(keep, g->store->err, sizeof keep);
    g->store->ops->rollback(g->store);
    nf_loader_rollback(g->loader);
    memcpy(g->store->err, keep, sizeof keep);
}
fail:
    fprintf(stderr, "\nnewsfacts: %s\n", g->store->err);
    g->failed = true;
    for (size_t i = 0; i < n; i++) item_clear(&items[i]);
    return NULL;
}

/* Waits for the store thread; returns 1 when storing failed. */
static int wait_store(ingest *g) {
    if (g->storing) {
        pthread_join(g->store_tid, NULL);
        g->storing = false;
    }
    return g->failed ? 1 : 0;
}

/* Processes the pending batch: keys, skips (looked up on a second
 * connection), extraction; then hands it to the store thread. */
static int flush(ingest *g) {
    if (!g->n || g->failed) return g->failed ? 1 : 0;
    run_phase(g, 1);
    for (size_t i = 0; i < g->n; i++) {
        item *it = &g->items[i];
        if (!it->keyed) continue;
        char stored[17];
        int found = nf_loader_stored_hash(g->lookup_loader, it->id, stored);
        if (found < 0) {
            fprintf(stderr, "newsfacts: %s\n", g->lookup->err);
            g->failed = true;
            break;
        }
        it->skip = found == 1 && strcmp(stored, it->hash) == 0;
    }
    if (!g->failed) run_phase(g, 2);
    if (wait_store(g) != 0) {
        for (size_t i = 0; i < g->n; i++) item_clear(&g->items[i]);
        g->n = 0;
        return 1;
    }
    g->s_items = g->items;
    g->s_n = g->n;
    g->s_bytes = g->bytes;
    g->items = g->items == g->buf[0] ? g->buf[1] : g->buf[0];
    g->n = 0;
    g->bytes = 0;
    if (pthread_create(&g->store_tid, NULL, store_batch, g) == 0)
        g->storing = true;
    else
        store_batch(g);
    return g->failed ? 1 : 0;
}

/* Queues an item, processing the batch when it is full. */
static int queue(ingest *g, nf_job *job) {
    item *it = &g->items[g->n++];
    nf_jdoc keep = it->doc;
    nf_prep prep = it->prep;
    memset(it, 0, sizeof *it);
    it->doc = keep;
    it->prep = prep;
    it->job = *job;
    g->bytes += (job->oversize ? job->full_len : job->raw_len) + 1;
    return g->n == g->batch_size ? flush(g) : 0;
}

/* Reads a .txt file as one document. */
static int read_text(ingest *g, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "newsfacts: cannot open %s: %s\n", path, strerror(errno));
        return 1;
    }
    char *buf = NULL;
    size_t len = 0;
    int bad = nf_read_all(f, 0, &buf, &len);
    fclose(f);
    if (bad) {
        fprintf(stderr, "newsfacts: cannot read %s\n", path);
        return 1;
    }
    nf_job job;
    memset(&job, 0, sizeof job);
    job.is_text = true;
    job.name = nf_base_name(path);
    job.line = 1;
    job.raw = buf;
    job.raw_len = len;
    return queue(g, &job);
}

/* Reads a JSONL file (articles or records). */
static int read_lines(ingest *g, const char *path) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "newsfacts: cannot open %s: %s\n", path, strerror(errno));
        return 1;
    }
    nf_line_reader lr;
    nf_line_reader_init(&lr, f);
    nf_job job;
    int rc = 0, got;
    /* The extract command's default limit: 10 MB of text, every byte escaped. */
    size_t limit = (size_t)10485760 * 6 + 65536;
    while (rc == 0 && (got = nf_line_reader_next(&lr, limit, &job)) > 0) {
        if (g->records) {
            size_t i = 0;
            while (i < job.raw_len && (job.raw[i] == ' ' || job.raw[i] == '\t')) i++;
            if (i == job.raw_len) { /* blank lines between records */
                nf_job_clear(&job);
                continue;
            }
        }
        job.name = nf_base_name(path);
        rc = queue(g, &job);
    }
    if (rc == 0 && got < 0) {
        fprintf(stderr, "newsfacts: cannot read %s: %s\n", path,
                errno ? strerror(errno) : "read error");
        nf_job_clear(&job);
        rc = 1;
    }
    nf_line_reader_free(&lr);
    if (f != stdin) fclose(f);
    return rc;
}

/* Parses a count argument in [lo, hi]. */
static bool parse_count(const char *s, long lo, long hi, long *out) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi) return false;
    *out = v;
    return true;
}

/* Sums the sizes of the input files, for the progress line. */
static size_t input_size(int argc, char **argv, int first) {
    size_t total = 0;
    struct stat st;
    for (int i = first; i < argc; i++) {
        if (strcmp(argv[i], "-") == 0 || stat(argv[i], &st) != 0 || !S_ISREG(st.st_mode)) return 0;
        total += (size_t)st.st_size;
    }
    return total;
}

/* The ingest command. */
int nf_cmd_ingest(int argc, char **argv) {
    static const struct option longopts[] = {{"db", required_argument, NULL, 'd'},
                                             {"records", no_argument, NULL, 'r'},
                                             {"threads", required_argument, NULL, 'j'},
                                             {"batch", required_argument, NULL, 'b'},
                                             {"text", no_argument, NULL, 't'},
                                             {"progress", no_argument, NULL, 'P'},
                                             {"no-progress", no_argument, NULL, 'N'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    const char *db = "newsfacts.db";
    bool records = false, keep_text = false;
    long threads = sysconf(_SC_NPROCESSORS_ONLN), batch = 500;
    int progress = -1, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "j:h", longopts, NULL)) != -1) {
        switch (c) {
            case 'd':
                if (!*optarg) {
                    fputs("newsfacts: --db needs a file name or a postgresql:// URL\n", stderr);
                    return 2;
                }
                db = optarg;
                break;
            case 'r':
                records = true;
                break;
            case 'j':
                if (!parse_count(optarg, 1, 256, &threads)) {
                    fprintf(stderr, "newsfacts: -j needs a number from 1 to 256, not '%s'\n",
                            optarg);
                    return 2;
                }
                break;
            case 'b':
                if (!parse_count(optarg, 1, MAX_BATCH, &batch)) {
                    fprintf(stderr, "newsfacts: --batch needs a number from 1 to %d, not '%s'\n",
                            MAX_BATCH, optarg);
                    return 2;
                }
                break;
            case 't':
                keep_text = true;
                break;
            case 'P':
                progress = 1;
                break;
            case 'N':
                progress = 0;
                break;
            case 'h':
                fputs(usage, stdout);
                return 0;
            default:
                fputs("Try 'newsfacts ingest --help'.\n", stderr);
                return 2;
        }
    }
    if (optind >= argc) {
        fputs("newsfacts: ingest needs at least one FILE (- for standard input)\n"
              "Try 'newsfacts ingest --help'.\n",
              stderr);
        return 2;
    }
    if (threads < 1) threads = 1;
    for (int i = optind; i < argc; i++) {
        if (strcmp(argv[i], "-") != 0 && access(argv[i], R_OK) != 0) {
            fprintf(stderr, "newsfacts: cannot open %s: %s\n", argv[i], strerror(errno));
            return 1;
        }
    }
    char err[512];
    nf_store *store = nf_store_open(db, err, sizeof err);
    if (!store) {
        fprintf(stderr, "newsfacts: %s\n", err);
        return 1;
    }
    nf_engine *engine = NULL;
    if (!records) {
        nf_engine_options opts;
        nf_engine_options_init(&opts);
        nf_error e;
        engine = nf_engine_open(&opts, &e);
        if (!engine) {
            fprintf(stderr, "newsfacts: cannot open the engine: %s\n", e.message);
            nf_store_close(store);
            return 1;
        }
    }
    ingest *g = calloc(1, sizeof *g);
    item *items = calloc(2 * (size_t)batch, sizeof *items);
    nf_loader *loader = nf_loader_new(store);
    nf_store *lookup = nf_store_open(db, err, sizeof err);
    nf_loader *lookup_loader = lookup ? nf_loader_new(lookup) : NULL;
    if (!g || !items || !loader || !lookup_loader) {
        fprintf(stderr, "newsfacts: %s\n", lookup ? "out of memory" : err);
        free(g);
        free(items);
        nf_loader_free(loader);
        nf_loader_free(lookup_loader);
        nf_store_close(lookup);
        nf_engine_close(engine);
        nf_store_close(store);
        return 1;
    }
    g->engine = engine;
    g->store = store;
    g->loader = loader;
    g->records = records;
    g->keep_text = keep_text;
    g->threads = (int)threads;
    g->batch_size = (size_t)batch;
    g->buf[0] = g->items = items;
    g->buf[1] = items + batch;
    g->lookup = lookup;
    g->lookup_loader = lookup_loader;
    bool show = progress == 1 || (progress == -1 && isatty(2));
    nf_progress_init(&g->progress, show, input_size(argc, argv, optind));

    int rc = 0;
    for (int i = optind; i < argc && rc == 0; i++) {
        size_t n = strlen(argv[i]);
        bool txt = !records && n > 4 && strcmp(argv[i] + n - 4, ".txt") == 0;
        rc = txt ? read_text(g, argv[i]) : read_lines(g, argv[i]);
    }
    if (rc == 0) rc = flush(g);
    if (wait_store(g) != 0) rc = 1;
    if (rc == 0 && g->replaced) {
        if (store->ops->begin(store) != 0 || nf_loader_prune_actors(loader) != 0 ||
            store->ops->commit(store) != 0) {
            fprintf(stderr, "newsfacts: %s\n", store->err);
            rc = 1;
        }
    }
    nf_progress_done(&g->progress);
    fprintf(stderr, "newsfacts: %zu stored (%zu replaced), %zu unchanged", g->stored, g->replaced,
            g->skipped);
    if (g->bad) fprintf(stderr, ", %zu lines not records", g->bad);
    fputc('\n', stderr);
    if (rc == 0 && g->bad) rc = 1;
    for (size_t i = 0; i < g->n; i++) item_clear(&g->items[i]);
    for (size_t i = 0; i < 2 * (size_t)batch; i++) {
        nf_jdoc_free(&items[i].doc);
        nf_prep_free(&items[i].prep);
    }
    nf_loader_free(loader);
    nf_loader_free(lookup_loader);
    nf_store_close(lookup);
    free(items);
    free(g);
    nf_engine_close(engine);
    nf_store_close(store);
    return rc;
}
