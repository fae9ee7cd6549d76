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
#include <unistd.h>

#include "../store/jtape.h"
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
    "A document counts as changed when its text, date, language or title does,\n"
    "or when --text, --layers or --no-tagger differ from the run that stored it.\n"
    "Each batch of documents is one transaction: an interrupted run leaves a\n"
    "consistent store, and running the same command again completes it.\n"
    "\n"
    "Options:\n"
    "      --db DB        SQLite file, or a postgresql:// URL (default newsfacts.db)\n"
    "      --records      FILE holds JSON records, not articles\n"
    "  -j, --threads N    extraction threads (default: all cores)\n"
    "      --batch N      documents per transaction (default 500)\n"
    "      --text         store each article's text in documents.text\n"
    "      --layers LIST  extract only these layers (as `newsfacts extract --layers`)\n"
    "      --no-tagger    skip the learned name tagger (as `newsfacts extract`)\n"
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
    bool done;        /* a worker has finished it (guarded by the run's lock) */
    nf_jdoc doc;      /* the input line parsed (with --records: the record) */
    nf_jdoc rdoc;     /* the extracted record's values (nf_doc_emit, or parsed) */
    nf_jtape tape;    /* builds rdoc from the engine's events */
    const nf_jv *rec; /* the record: the root of doc or rdoc, NULL until there */
    nf_prep prep;     /* the record's rows (pointing into doc) */
    bool prepped;     /* prep is built: the store thread only binds and steps */
    char *title;      /* from the input line; owned */
    char *text;       /* with --text; owned */
    size_t bytes;     /* input bytes, for the progress line */
} item;

/* Documents whose rows the store thread stores at a time (inside the
 * batch's transaction): their ring slots are free again after that, so a
 * document waits for few others rather than for a whole batch. */
#define FLUSH_DOCS 64

/* The state of one run.  The documents flow through a ring of slots in
 * input order: the main thread reads them into free slots, the workers
 * take them in turn (key, skip look-up, extraction, rows), and the store
 * thread stores them in input order, one transaction per batch, freeing
 * their slots.  Item i lives in slot i % cap; the counters only grow. */
typedef struct ingest {
    const nf_engine *engine;
    nf_store *store;
    nf_loader *loader;
    bool records, keep_text;
    /* The options that change what is stored for an article (--text,
     * --layers, --no-tagger), as text hashed with its content; "" for the
     * defaults, so that a store built with them keeps its hashes. */
    char options[64];
    int threads;
    size_t batch_size;
    item *ring;
    size_t cap;
    pthread_mutex_t mu;        /* guards the counters, flags and items' done */
    pthread_cond_t readable;   /* an item was read (or the input ended) */
    pthread_cond_t finished;   /* an item was finished by a worker */
    pthread_cond_t freed;      /* slots were freed by the store thread */
    size_t nread;              /* items read */
    size_t ntaken;             /* items taken by workers */
    size_t nfreed;             /* items stored and their slots freed */
    size_t ndone;              /* items finished by workers, in any order */
    size_t want;               /* the store thread waits until ndone reaches this */
    bool eof;                  /* the reader has read everything it will */
    bool stop;                 /* a failure: everyone stops */
    pthread_mutex_t lookup_mu; /* one worker at a time on the look-up connection */
    nf_store *lookup;          /* a second connection for the skip look-ups */
    nf_loader *lookup_loader;
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
        const char *parts[] = {j->raw, NULL, NULL, NULL, g->options};
        size_t lens[] = {j->raw_len, 0, 0, 0, strlen(g->options)};
        nf_hash_parts(parts, lens, *g->options ? 5 : 4, it->hash);
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
        const char *parts[5] = {text->u.s};
        size_t lens[5] = {text->len};
        for (int k = 0; k < 3; k++) {
            parts[k + 1] = nf_jstr(nf_jget(root, fields[k]));
            lens[k + 1] = parts[k + 1] ? strlen(parts[k + 1]) : 0;
        }
        parts[4] = g->options;
        lens[4] = strlen(g->options);
        nf_hash_parts(parts, lens, *g->options ? 5 : 4, it->hash);
        it->keyed = true;
        if (parts[3]) it->title = strdup(parts[3]);
        if (g->keep_text) it->text = strndup(parts[0], lens[0]);
    }
}

/* Whether a keyed item is stored already with the same hash, asked on the
 * look-up connection (one worker at a time).  Returns 0, or -1 after
 * printing the database error. */
static int look_up(ingest *g, item *it) {
    if (!it->keyed) return 0;
    char stored[17];
    pthread_mutex_lock(&g->lookup_mu);
    int found = nf_loader_stored_hash(g->lookup_loader, it->id, stored);
    if (found < 0) fprintf(stderr, "newsfacts: %s\n", g->lookup->err);
    pthread_mutex_unlock(&g->lookup_mu);
    if (found < 0) return -1;
    it->skip = found == 1 && strcmp(stored, it->hash) == 0;
    return 0;
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
    /* The record's values come straight from the engine into rdoc, without
     * its JSON text; a line that never became a document still has its
     * error record written, and parsed. */
    nf_jtape_start(&it->tape, &it->rdoc);
    it->job.sink = &nf_jtape_sink;
    it->job.sink_ctx = &it->tape;
    bool ran = nf_job_run(g->engine, &it->job, 0);
    it->job.parsed = NULL;
    if (!ran) return;
    if (it->job.emitted)
        it->rec = nf_jtape_finish(&it->tape) ? nf_jroot(&it->rdoc) : NULL;
    else if (it->job.out)
        it->rec =
            nf_jparse(&it->rdoc, it->job.out, it->job.out_len, NULL) ? nf_jroot(&it->rdoc) : NULL;
    if (it->rec) it->prepped = nf_prep_build(&it->prep, it->rec) == 0;
}

/* Stops the run after a failure: every thread leaves its loop. */
static void stop_all(ingest *g) {
    pthread_mutex_lock(&g->mu);
    g->failed = g->stop = true;
    pthread_cond_broadcast(&g->readable);
    pthread_cond_broadcast(&g->finished);
    pthread_cond_broadcast(&g->freed);
    pthread_mutex_unlock(&g->mu);
}

/* A worker: takes the items in input order, as they are read, and
 * prepares each for the store thread. */
static void *worker(void *arg) {
    ingest *g = arg;
    for (;;) {
        pthread_mutex_lock(&g->mu);
        while (!g->stop && g->ntaken == g->nread && !g->eof)
            pthread_cond_wait(&g->readable, &g->mu);
        if (g->stop || g->ntaken == g->nread) {
            pthread_mutex_unlock(&g->mu);
            return NULL;
        }
        size_t i = g->ntaken++;
        pthread_mutex_unlock(&g->mu);
        item *it = &g->ring[i % g->cap];
        key_item(g, it);
        if (look_up(g, it) != 0) {
            stop_all(g);
            return NULL;
        }
        extract_item(g, it);
        pthread_mutex_lock(&g->mu);
        it->done = true;
        /* Only the store thread waits, for a whole block of items. */
        if (++g->ndone >= g->want) pthread_cond_signal(&g->finished);
        pthread_mutex_unlock(&g->mu);
    }
}

/* Frees what an item holds, but keeps its parse and row buffers for the
 * next item in its place (unless they grew large): ingest parses every line
 * and every record, and fresh buffers each time cost page faults. */
static void item_clear(item *it) {
    nf_job_clear(&it->job);
    free(it->title);
    free(it->text);
    nf_jdoc keep = it->doc, rkeep = it->rdoc;
    if (keep.str_cap > ((size_t)1 << 20)) nf_jdoc_free(&keep);
    if (rkeep.str_cap > ((size_t)1 << 20)) nf_jdoc_free(&rkeep);
    keep.n = rkeep.n = 0;
    nf_jtape tape = it->tape;
    nf_prep prep = it->prep;
    nf_prep_clear(&prep);
    memset(it, 0, sizeof *it);
    it->doc = keep;
    it->rdoc = rkeep;
    it->tape = tape;
    it->prep = prep;
}

/* Waits until item `i` is finished by a worker: the item, or NULL when
 * the input has ended before it or the run stopped.  At the start of a
 * block of FLUSH_DOCS items it waits until as many items are finished:
 * the store thread then runs in bursts rather than waking for every
 * document, which would take a core from the workers, and their caches,
 * once per document.  Once the input is read (the last items are being
 * extracted) it takes each item as it is finished, so that little is
 * left to store after the last extraction. */
static item *wait_item(ingest *g, size_t i) {
    item *it = &g->ring[i % g->cap];
    pthread_mutex_lock(&g->mu);
    if (i % FLUSH_DOCS == 0) {
        g->want = i + FLUSH_DOCS;
        while (!g->stop && g->ndone < g->want && !g->eof) pthread_cond_wait(&g->finished, &g->mu);
    }
    g->want = i + 1;
    while (!g->stop && !(i < g->nread && it->done) && !(g->eof && i >= g->nread))
        pthread_cond_wait(&g->finished, &g->mu);
    bool ok = !g->stop && i < g->nread;
    pthread_mutex_unlock(&g->mu);
    return ok ? it : NULL;
}

/* Frees the slots of the items before `upto`, whose rows are stored. */
static void free_items(ingest *g, size_t upto) {
    for (size_t i = g->nfreed; i < upto; i++) item_clear(&g->ring[i % g->cap]);
    pthread_mutex_lock(&g->mu);
    g->nfreed = upto;
    pthread_cond_broadcast(&g->freed);
    pthread_mutex_unlock(&g->mu);
}

/* Stores one finished item into the open transaction (its rows are queued
 * on the loader).  Returns 0, or -1 with the message in the store's err. */
static int store_item(ingest *g, item *it, size_t *errors) {
    if (it->skip) {
        g->skipped++;
        return 0;
    }
    if (it->bad) {
        fprintf(stderr, "\rnewsfacts: %s line %zu: not a JSON record, skipped\n",
                it->job.name ? it->job.name : "input", it->job.line);
        g->bad++;
        (*errors)++;
        return 0;
    }
    if (!it->rec || !it->prepped) {
        snprintf(g->store->err, sizeof g->store->err, "out of memory");
        return -1;
    }
    nf_put_result res;
    if (nf_loader_put_prep(g->loader, &it->prep, it->hash, it->title, it->text, &res) != 0)
        return -1;
    if (res == NF_PUT_SKIPPED) g->skipped++;
    if (res == NF_PUT_REPLACED) g->replaced++;
    if (res != NF_PUT_SKIPPED) g->stored++;
    if (it->prep.error) (*errors)++;
    return 0;
}

/* Whether the run has stopped (read under the lock: another thread may
 * be setting it). */
static bool stopped(ingest *g) {
    pthread_mutex_lock(&g->mu);
    bool stop = g->stop;
    pthread_mutex_unlock(&g->mu);
    return stop;
}

/* The store thread: stores the items in input order, batch_size of them a
 * transaction, their rows FLUSH_DOCS documents at a time; on an error it
 * rolls the batch back and stops the run. */
static void *store_thread(void *arg) {
    ingest *g = arg;
    size_t i = 0, in_tx = 0, bytes = 0, errors = 0;
    item *it;
    while ((it = wait_item(g, i)) != NULL) {
        if (in_tx == 0 && nf_loader_begin(g->loader) != 0) goto fail;
        if (store_item(g, it, &errors) != 0) goto fail_tx;
        bytes += it->bytes;
        i++;
        in_tx++;
        bool end_tx = in_tx == g->batch_size;
        if (end_tx || i % FLUSH_DOCS == 0) {
            if (nf_loader_flush(g->loader) != 0) goto fail_tx;
            free_items(g, i);
        }
        if (end_tx) {
            if (g->store->ops->commit(g->store) != 0) goto fail;
            nf_progress_add(&g->progress, in_tx, bytes, errors);
            in_tx = bytes = errors = 0;
        }
    }
    if (in_tx) {
        if (stopped(g)) goto fail_tx;
        if (nf_loader_flush(g->loader) != 0) goto fail_tx;
        if (g->store->ops->commit(g->store) != 0) goto fail;
        nf_progress_add(&g->progress, in_tx, bytes, errors);
        free_items(g, i);
    }
    return NULL;
fail_tx:
    nf_store_abort(g->store);
    nf_loader_rollback(g->loader);
    if (stopped(g)) return NULL; /* stopped by another thread, which said why */
fail:
    fprintf(stderr, "\nnewsfacts: %s\n", g->store->err);
    stop_all(g);
    return NULL;
}

/* Queues an item read by the main thread, waiting for a free slot.
 * Returns 1 when the run has stopped. */
static int queue(ingest *g, nf_job *job) {
    pthread_mutex_lock(&g->mu);
    while (!g->stop && g->nread - g->nfreed == g->cap) pthread_cond_wait(&g->freed, &g->mu);
    bool stop = g->stop;
    pthread_mutex_unlock(&g->mu);
    if (stop) {
        nf_job_clear(job);
        return 1;
    }
    item *it = &g->ring[g->nread % g->cap];
    nf_jdoc keep = it->doc, rkeep = it->rdoc;
    nf_jtape tape = it->tape;
    nf_prep prep = it->prep;
    memset(it, 0, sizeof *it);
    it->doc = keep;
    it->rdoc = rkeep;
    it->tape = tape;
    it->prep = prep;
    it->job = *job;
    it->bytes = (job->oversize ? job->full_len : job->raw_len) + 1;
    pthread_mutex_lock(&g->mu);
    g->nread++;
    pthread_cond_signal(&g->readable);
    pthread_mutex_unlock(&g->mu);
    return 0;
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

/* The two connections to the store (one stores, one looks up), opened on
 * a thread of their own while the main thread opens the engine: opening
 * the store waits for the disk (schema, WAL), the engine for the CPU. */
typedef struct store_open {
    const char *db;
    nf_store *store, *lookup; /* owned by the caller; NULL on failure */
    char err[512];
} store_open;

/* Opens both connections of the store_open `arg` (none when either
 * fails, with the message in its err). */
static void *open_stores(void *arg) {
    store_open *so = arg;
    so->store = nf_store_open(so->db, so->err, sizeof so->err);
    so->lookup = so->store ? nf_store_open(so->db, so->err, sizeof so->err) : NULL;
    if (!so->lookup) {
        nf_store_close(so->store);
        so->store = NULL;
        return NULL;
    }
    /* Where it can, the store copies its log into the database file on a
     * thread of its own, not on the store thread between two batches
     * while the workers run out of slots.  Without it (it failed) the
     * store does that at commit, as before: slower, not wrong. */
    if (so->store->ops->checkpoint_in_background)
        so->store->ops->checkpoint_in_background(so->store);
    return NULL;
}

/* The ingest command. */
int nf_cmd_ingest(int argc, char **argv) {
    static const struct option longopts[] = {{"db", required_argument, NULL, 'd'},
                                             {"records", no_argument, NULL, 'r'},
                                             {"threads", required_argument, NULL, 'j'},
                                             {"batch", required_argument, NULL, 'b'},
                                             {"text", no_argument, NULL, 't'},
                                             {"layers", required_argument, NULL, 'L'},
                                             {"no-tagger", no_argument, NULL, 'T'},
                                             {"progress", no_argument, NULL, 'P'},
                                             {"no-progress", no_argument, NULL, 'N'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    const char *db = "newsfacts.db";
    bool records = false, keep_text = false, no_tagger = false;
    unsigned layers = 0; /* 0: all */
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
                if (!nf_parse_count(optarg, 1, 256, &threads)) {
                    fprintf(stderr, "newsfacts: -j needs a number from 1 to 256, not '%s'\n",
                            optarg);
                    return 2;
                }
                break;
            case 'b':
                if (!nf_parse_count(optarg, 1, MAX_BATCH, &batch)) {
                    fprintf(stderr, "newsfacts: --batch needs a number from 1 to %d, not '%s'\n",
                            MAX_BATCH, optarg);
                    return 2;
                }
                break;
            case 't':
                keep_text = true;
                break;
            case 'L':
                if (!nf_parse_layers_arg(optarg, &layers)) return 2;
                break;
            case 'T':
                no_tagger = true;
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
    if (records && (layers || no_tagger)) {
        fputs("newsfacts: --layers and --no-tagger choose what is extracted; records are "
              "stored as they are\n"
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
    /* The store opens while the engine loads its data. */
    store_open so;
    memset(&so, 0, sizeof so);
    so.db = db;
    pthread_t so_tid;
    bool so_thread = !records && pthread_create(&so_tid, NULL, open_stores, &so) == 0;
    nf_engine *engine = NULL;
    nf_error e;
    if (!records) {
        nf_engine_options opts;
        nf_engine_options_init(&opts);
        opts.layers = layers;
        opts.no_tagger = no_tagger;
        engine = nf_engine_open(&opts, &e);
    }
    if (so_thread)
        pthread_join(so_tid, NULL);
    else
        open_stores(&so);
    nf_store *store = so.store, *lookup = so.lookup;
    if (!store || (!records && !engine)) {
        if (!store)
            fprintf(stderr, "newsfacts: %s\n", so.err);
        else
            fprintf(stderr, "newsfacts: cannot open the engine: %s\n", e.message);
        nf_engine_close(engine);
        nf_store_close(lookup);
        nf_store_close(store);
        return 1;
    }
    size_t cap = 2 * FLUSH_DOCS + 2 * (size_t)threads;
    ingest *g = calloc(1, sizeof *g);
    item *ring = nf_calloc_written(cap, sizeof *ring); /* slots are read before written */
    nf_loader *loader = nf_loader_new(store);
    nf_loader *lookup_loader = nf_loader_new(lookup);
    if (!g || !ring || !loader || !lookup_loader) {
        fputs("newsfacts: out of memory\n", stderr);
        free(g);
        free(ring);
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
    /* The layers as stored: those asked for and those they are read from. */
    unsigned stored_layers = layers ? nf_layers_needed(layers) : NF_LAYER_ALL;
    if (keep_text || no_tagger || stored_layers != NF_LAYER_ALL)
        snprintf(g->options, sizeof g->options, "text=%d layers=%u tagger=%d", keep_text,
                 stored_layers, !no_tagger);
    g->threads = (int)threads;
    g->batch_size = (size_t)batch;
    g->ring = ring;
    g->cap = cap;
    g->lookup = lookup;
    g->lookup_loader = lookup_loader;
    pthread_mutex_init(&g->mu, NULL);
    pthread_mutex_init(&g->lookup_mu, NULL);
    pthread_cond_init(&g->readable, NULL);
    pthread_cond_init(&g->finished, NULL);
    pthread_cond_init(&g->freed, NULL);
    bool show = progress == 1 || (progress == -1 && isatty(2));
    nf_progress_init(&g->progress, show, nf_input_size(argc, argv, optind));

    /* The store thread and the workers; the main thread reads. */
    pthread_t store_tid, *tids = calloc((size_t)threads, sizeof *tids);
    int started = 0, rc = 0;
    bool storing = tids && pthread_create(&store_tid, NULL, store_thread, g) == 0;
    for (int i = 0; storing && i < threads; i++)
        if (pthread_create(&tids[started], NULL, worker, g) == 0) started++;
    if (!storing || !started) {
        fputs("newsfacts: cannot start threads\n", stderr);
        stop_all(g);
        rc = 1;
    }
    for (int i = optind; i < argc && rc == 0; i++) {
        size_t n = strlen(argv[i]);
        bool txt = !records && n > 4 && strcmp(argv[i] + n - 4, ".txt") == 0;
        rc = txt ? read_text(g, argv[i]) : read_lines(g, argv[i]);
    }
    pthread_mutex_lock(&g->mu);
    g->eof = true;
    if (rc != 0) g->stop = true; /* an input error: the open batch is not committed */
    pthread_cond_broadcast(&g->readable);
    pthread_cond_broadcast(&g->finished);
    pthread_mutex_unlock(&g->mu);
    for (int i = 0; i < started; i++) pthread_join(tids[i], NULL);
    /* The workers are done with the engine: freeing its tables (some 10 ms)
     * overlaps with the store thread storing the last documents. */
    nf_engine_close(engine);
    engine = NULL;
    g->engine = NULL;
    if (storing) pthread_join(store_tid, NULL);
    free(tids);
    if (g->failed) rc = 1;
    if (rc == 0 && g->replaced) {
        if (nf_loader_begin(loader) != 0 || nf_loader_prune_actors(loader) != 0 ||
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
    for (size_t i = 0; i < cap; i++) {
        item_clear(&ring[i]);
        nf_jdoc_free(&ring[i].doc);
        nf_jdoc_free(&ring[i].rdoc);
        nf_jtape_free(&ring[i].tape);
        nf_prep_free(&ring[i].prep);
    }
    pthread_cond_destroy(&g->freed);
    pthread_cond_destroy(&g->finished);
    pthread_cond_destroy(&g->readable);
    pthread_mutex_destroy(&g->lookup_mu);
    pthread_mutex_destroy(&g->mu);
    nf_loader_free(loader);
    nf_loader_free(lookup_loader);
    nf_store_close(lookup);
    free(ring);
    free(g);
    nf_engine_close(engine);
    nf_store_close(store);
    return rc;
}
