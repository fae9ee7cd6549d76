/* extract.c - `newsfacts extract`: input items in, one record per item out,
 * in input order, on N threads. */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "input.h"
#include "progress.h"

#define BATCH_DOCS 512
#define BATCH_BYTES (16u << 20)

static const char usage[] =
    "usage: newsfacts extract [OPTION]... [FILE]...\n"
    "\n"
    "Reads news articles and writes one JSON record per article (entities,\n"
    "quotes, amounts, times, events, sources) to standard output, in input\n"
    "order.  A FILE ending in .txt is one document whose id is the file name;\n"
    "any other FILE, and standard input (no FILE, or -), is JSONL: one object\n"
    "per line with \"text\" and optionally \"id\", \"date\", \"lang\", \"title\".\n"
    "Every input line yields exactly one output line; a line that cannot be\n"
    "processed yields a record whose \"error\" says why.\n"
    "\n"
    "Options:\n"
    "  -j, --threads N        worker threads (default: all cores)\n"
    "  -o, --output FILE      write records to FILE instead of standard output\n"
    "      --pretty           indent the records (one record spans many lines)\n"
    "      --segments         add paragraphs, sentences, tokens and quote regions\n"
    "      --format FMT       read inputs as jsonl or text (default: by extension)\n"
    "      --max-doc-bytes N  largest text accepted, in bytes (default 10485760;\n"
    "                         0 = no limit); larger documents get an error record\n"
    "      --data-dir DIR     read lang/<code>/*.txt from DIR over the built-in data\n"
    "      --no-tagger        skip the learned name tagger (faster; misses names\n"
    "                         that no gazetteer knows)\n"
    "      --layers LIST      extract only these layers, comma-separated: entities,\n"
    "                         quotes, amounts, times, events, sources (default all);\n"
    "                         a layer brings those it is read from, the others\n"
    "                         are empty and the record lists its \"layers\"\n"
    "      --progress         show progress on stderr even when it is not a terminal\n"
    "      --no-progress      never show progress\n"
    "  -h, --help             show this help\n"
    "\n"
    "Exit status: 0 when every input item was answered (even with error records),\n"
    "1 on an input or output failure, 2 on unusable arguments.\n";

/* A batch of jobs shared by the worker threads. */
typedef struct batch {
    nf_job *jobs;
    size_t n;
    atomic_size_t next;
    const nf_engine *engine;
    unsigned flags;
} batch;

/* Takes jobs off the batch until none are left. */
static void *worker(void *arg) {
    batch *b = arg;
    for (;;) {
        size_t i = atomic_fetch_add(&b->next, 1);
        if (i >= b->n) break;
        nf_job_run(b->engine, &b->jobs[i], b->flags);
    }
    return NULL;
}

/* Runs every job of the batch on `threads` threads (this one included). */
static void run_batch(batch *b, int threads) {
    atomic_store(&b->next, 0);
    pthread_t tid[256];
    int started = 0;
    int extra = threads - 1;
    if ((size_t)extra > b->n) extra = (int)b->n;
    for (int i = 0; i < extra && i < 256; i++)
        if (pthread_create(&tid[started], NULL, worker, b) == 0) started++;
    worker(b);
    for (int i = 0; i < started; i++) pthread_join(tid[i], NULL);
}

/* The state of one run. */
typedef struct run {
    const nf_engine *engine;
    unsigned flags;
    int threads;
    FILE *out;
    bool out_error;
    nf_progress progress;
    nf_job jobs[BATCH_DOCS];
    size_t n, bytes;
} run;

/* Processes the pending jobs and writes their records in order. */
static void flush(run *r) {
    if (!r->n) return;
    batch b = {r->jobs, r->n, 0, r->engine, r->flags};
    run_batch(&b, r->threads);
    size_t errors = 0;
    for (size_t i = 0; i < r->n; i++) {
        nf_job *j = &r->jobs[i];
        if (j->out) {
            fwrite(j->out, 1, j->out_len, r->out);
        } else {
            /* Out of memory even for an error record: still one line. */
            fprintf(r->out,
                    "{\"id\":%zu,\"lang\":null,\"doc_date\":{\"value\":null,\"source\":\"none\"},"
                    "\"entities\":[],\"quotes\":[],\"amounts\":[],\"times\":[],\"events\":[],"
                    "\"sources\":[],\"error\":{\"code\":\"out_of_memory\",\"message\":\"out of "
                    "memory\",\"offset\":0}}",
                    j->line);
            j->failed = true;
        }
        fputc('\n', r->out);
        errors += j->failed;
        nf_job_clear(j);
    }
    if (ferror(r->out)) r->out_error = true;
    nf_progress_add(&r->progress, r->n, r->bytes, errors);
    r->n = 0;
    r->bytes = 0;
}

/* Queues a job, processing the batch when it is full. */
static void queue(run *r, nf_job *job) {
    r->jobs[r->n++] = *job;
    r->bytes += (job->oversize ? job->full_len : job->raw_len) + 1;
    if (r->n == BATCH_DOCS || r->bytes >= BATCH_BYTES) flush(r);
}

/* True when the path names a plain-text document. */
static bool is_text_path(const char *path, const char *format) {
    if (format) return strcmp(format, "text") == 0;
    size_t n = strlen(path);
    return n > 4 && strcmp(path + n - 4, ".txt") == 0;
}

/* The file name without its directories. */

/* Reads a whole .txt document into a job. */
static int read_text_file(run *r, const char *path, size_t max_bytes) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "newsfacts: cannot open %s: %s\n", path, strerror(errno));
        return 1;
    }
    nf_job job;
    memset(&job, 0, sizeof job);
    job.is_text = true;
    job.name = nf_base_name(path);
    job.line = 1;
    struct stat st;
    if (f != stdin && fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && max_bytes &&
        (size_t)st.st_size > max_bytes) {
        job.oversize = true; /* not read at all */
        job.full_len = (size_t)st.st_size;
        fclose(f);
        queue(r, &job);
        return 0;
    }
    char *buf = NULL;
    size_t len = 0;
    int bad = nf_read_all(f, max_bytes, &buf, &len);
    if (f != stdin) fclose(f);
    if (bad) {
        fprintf(stderr, "newsfacts: cannot read %s\n", path);
        return 1;
    }
    if (max_bytes && len > max_bytes) {
        free(buf);
        job.oversize = true;
        job.full_len = len;
    } else {
        job.raw = buf;
        job.raw_len = len;
    }
    queue(r, &job);
    return 0;
}

/* Reads a JSONL stream into jobs. */
static int read_jsonl(run *r, const char *path, size_t max_bytes) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "newsfacts: cannot open %s: %s\n", path, strerror(errno));
        return 1;
    }
    /* A line may hold a text of max_bytes with every character escaped. */
    size_t limit = max_bytes
                       ? (max_bytes > (SIZE_MAX - 65536) / 6 ? SIZE_MAX : max_bytes * 6 + 65536)
                       : SIZE_MAX;
    nf_line_reader lr;
    nf_line_reader_init(&lr, f);
    nf_job job;
    int rc = 0, got;
    while ((got = nf_line_reader_next(&lr, limit, &job)) > 0) queue(r, &job);
    if (got < 0) {
        fprintf(stderr, "newsfacts: cannot read %s: %s\n", path,
                errno ? strerror(errno) : "read error");
        nf_job_clear(&job);
        rc = 1;
    }
    nf_line_reader_free(&lr);
    if (f != stdin) fclose(f);
    return rc;
}

/* Parses a non-negative size argument. */
static bool parse_size(const char *s, size_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || *s == '-') return false;
    *out = (size_t)v;
    return true;
}

/* The extract command. */
int nf_cmd_extract(int argc, char **argv) {
    static const struct option longopts[] = {{"threads", required_argument, NULL, 'j'},
                                             {"output", required_argument, NULL, 'o'},
                                             {"pretty", no_argument, NULL, 'p'},
                                             {"segments", no_argument, NULL, 's'},
                                             {"format", required_argument, NULL, 'f'},
                                             {"max-doc-bytes", required_argument, NULL, 'm'},
                                             {"data-dir", required_argument, NULL, 'd'},
                                             {"no-tagger", no_argument, NULL, 'T'},
                                             {"layers", required_argument, NULL, 'L'},
                                             {"progress", no_argument, NULL, 'P'},
                                             {"no-progress", no_argument, NULL, 'N'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    nf_engine_options opts;
    nf_engine_options_init(&opts);
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    const char *out_path = NULL, *format = NULL;
    unsigned flags = 0;
    int progress = -1;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "j:o:h", longopts, NULL)) != -1) {
        switch (c) {
            case 'j': {
                size_t v;
                if (!parse_size(optarg, &v) || v < 1 || v > 256) {
                    fprintf(stderr, "newsfacts: -j needs a number from 1 to 256, not '%s'\n",
                            optarg);
                    return 2;
                }
                threads = (long)v;
                break;
            }
            case 'o':
                out_path = optarg;
                break;
            case 'p':
                flags |= NF_JSON_PRETTY;
                break;
            case 's':
                flags |= NF_JSON_SEGMENTS;
                break;
            case 'f':
                if (strcmp(optarg, "jsonl") != 0 && strcmp(optarg, "text") != 0) {
                    fprintf(stderr, "newsfacts: --format is jsonl or text, not '%s'\n", optarg);
                    return 2;
                }
                format = optarg;
                break;
            case 'm':
                if (!parse_size(optarg, &opts.max_doc_bytes)) {
                    fprintf(stderr,
                            "newsfacts: --max-doc-bytes needs a number of bytes, not '%s'\n",
                            optarg);
                    return 2;
                }
                break;
            case 'd': {
                struct stat st;
                if (stat(optarg, &st) != 0 || !S_ISDIR(st.st_mode)) {
                    fprintf(stderr, "newsfacts: --data-dir %s is not a directory\n", optarg);
                    return 2;
                }
                opts.data_dir = optarg;
                break;
            }
            case 'T':
                opts.no_tagger = true;
                break;
            case 'L':
                if (!nf_parse_layers_arg(optarg, &opts.layers)) return 2;
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
                fputs("Try 'newsfacts extract --help'.\n", stderr);
                return 2;
        }
    }
    if (threads < 1) threads = 1;
    if (threads > 256) threads = 256;
    for (int i = optind; i < argc; i++) {
        if (strcmp(argv[i], "-") != 0 && access(argv[i], R_OK) != 0) {
            fprintf(stderr, "newsfacts: cannot open %s: %s\n", argv[i], strerror(errno));
            return 1;
        }
    }
    nf_error err;
    nf_engine *engine = nf_engine_open(&opts, &err);
    if (!engine) {
        fprintf(stderr, "newsfacts: cannot open the engine: %s\n", err.message);
        return 1;
    }
    run *r = calloc(1, sizeof *r);
    FILE *out = out_path ? fopen(out_path, "wb") : stdout;
    if (!r || !out) {
        fprintf(stderr, "newsfacts: cannot write %s: %s\n", out_path ? out_path : "output",
                strerror(errno));
        nf_engine_close(engine);
        free(r);
        return 1;
    }
    static char outbuf[1 << 20];
    setvbuf(out, outbuf, _IOFBF, sizeof outbuf);
    r->engine = engine;
    r->flags = flags;
    r->threads = (int)threads;
    r->out = out;
    bool show = progress == 1 || (progress == -1 && isatty(2));
    nf_progress_init(&r->progress, show, nf_input_size(argc, argv, optind));

    int rc = 0;
    if (optind >= argc) {
        rc = format && strcmp(format, "text") == 0 ? read_text_file(r, "-", opts.max_doc_bytes)
                                                   : read_jsonl(r, "-", opts.max_doc_bytes);
    }
    for (int i = optind; i < argc && rc == 0; i++) {
        rc = is_text_path(argv[i], format) ? read_text_file(r, argv[i], opts.max_doc_bytes)
                                           : read_jsonl(r, argv[i], opts.max_doc_bytes);
    }
    flush(r);
    nf_progress_done(&r->progress);
    if (fflush(out) != 0 || r->out_error || (out_path && fclose(out) != 0)) {
        fprintf(stderr, "newsfacts: cannot write %s: %s\n", out_path ? out_path : "output",
                strerror(errno));
        rc = 1;
    } else if (!out_path) {
        /* stdout stays open for the runtime to close. */
    }
    nf_engine_close(engine);
    free(r);
    return rc;
}
