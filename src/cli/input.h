/* input.h - reading the CLI's input: JSONL lines or whole .txt files, and
 * turning one input item into a record. */
#ifndef NF_CLI_INPUT_H
#define NF_CLI_INPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "newsfacts.h"

/* One input item and, once processed, its record. */
typedef struct nf_job {
    char *raw; /* the line (without newline) or the file's text; owned */
    size_t raw_len;
    size_t full_len;  /* the item's real length when raw holds only its start */
    bool oversize;    /* longer than the line limit: raw is a prefix */
    bool is_text;     /* raw is a whole document (a .txt file) */
    const char *name; /* file name, the id of a .txt document; not owned */
    size_t line;      /* line number within its file (1-based) */
    char *out;        /* the record, no newline; owned (nf_free) */
    size_t out_len;
    bool failed; /* the record carries an error */
    /* The line already parsed (by ingest, for its hash), or NULL; not owned. */
    const struct nf_jv *parsed;
    /* When set, a document's record goes to this sink (nf_doc_emit) instead
     * of `out`, and `emitted` says so; records of input that never became a
     * document (bad lines) are still written to `out`.  Not owned. */
    const nf_record_sink *sink;
    void *sink_ctx;
    bool emitted;
} nf_job;

/* Reads lines of any length from a stream, keeping at most `limit` bytes of
 * each (the rest is counted, not stored). */
typedef struct nf_line_reader {
    FILE *f;
    char *buf;
    size_t cap, pos, end;
    bool eof, error;
    size_t line; /* number of the line last returned */
} nf_line_reader;

/* Starts a reader over `f` (not owned). */
void nf_line_reader_init(nf_line_reader *r, FILE *f);

/* Fills `job` with the next line: returns 1 for a line, 0 at the end, -1
 * on a read error or when memory runs out (errno tells which). */
int nf_line_reader_next(nf_line_reader *r, size_t limit, nf_job *job);

/* Frees the reader's buffer. */
void nf_line_reader_free(nf_line_reader *r);

/* Processes one job with `engine`: parses the line (or takes the text),
 * extracts, and stores the record in job->out.  Never fails without a
 * record, except when memory runs out (returns false). */
bool nf_job_run(const nf_engine *engine, nf_job *job, unsigned json_flags);

/* Frees what a job owns and zeroes it. */
void nf_job_clear(nf_job *job);

/* Reads all of `f` into a new buffer (*out, owned by the caller, free());
 * with `max_bytes` > 0 it stops once more than that was read, so *len >
 * max_bytes tells the input is too large.  Returns 0, or -1 on a read error
 * or when memory runs out (nothing to free then). */
int nf_read_all(FILE *f, size_t max_bytes, char **out, size_t *len);

/* The file name part of a path (points into `path`). */
const char *nf_base_name(const char *path);

/* The total size of the input files argv[first..argc) (standard input when
 * there are none), for the progress line; 0 when one is not a regular file
 * ("-", a pipe) and the total is unknown. */
size_t nf_input_size(int argc, char **argv, int first);

#endif
