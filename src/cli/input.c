/* input.c - JSONL and plain-text input for the CLI (JSON parsing by
 * jansson), and the per-item work that turns input into a record. */
#include "input.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utf8proc.h>

#include "../store/jread.h"

#define READ_CHUNK (1u << 20)
#define OVERSIZE_KEEP 4096 /* bytes of an oversize line kept to find its id */

/* Starts a line reader. */
void nf_line_reader_init(nf_line_reader *r, FILE *f) {
    memset(r, 0, sizeof *r);
    r->f = f;
}

/* Refills the buffer, moving unread bytes to the front; false at EOF. */
static bool refill(nf_line_reader *r) {
    if (r->eof) return false;
    if (r->pos > 0) {
        memmove(r->buf, r->buf + r->pos, r->end - r->pos);
        r->end -= r->pos;
        r->pos = 0;
    }
    if (r->end == r->cap) {
        size_t ncap = r->cap ? r->cap * 2 : READ_CHUNK;
        char *p = realloc(r->buf, ncap);
        if (!p) {
            r->error = true;
            return false;
        }
        r->buf = p;
        r->cap = ncap;
    }
    size_t n = fread(r->buf + r->end, 1, r->cap - r->end, r->f);
    r->end += n;
    if (n == 0) {
        if (ferror(r->f)) r->error = true;
        r->eof = true;
        return false;
    }
    return true;
}

/* Reads the next line.  Lines up to `limit` bytes are kept whole; longer
 * ones keep their first bytes and are marked oversize. */
int nf_line_reader_next(nf_line_reader *r, size_t limit, nf_job *job) {
    memset(job, 0, sizeof *job);
    size_t scanned = 0; /* bytes of this line already looked at, from r->pos */
    size_t dropped = 0; /* bytes of an oversize line thrown away */
    for (;;) {
        size_t unscanned = r->end - r->pos - scanned;
        char *nl = unscanned ? memchr(r->buf + r->pos + scanned, '\n', unscanned) : NULL;
        if (nl || (r->eof && r->end > r->pos)) {
            size_t len = nl ? (size_t)(nl - (r->buf + r->pos)) : r->end - r->pos;
            size_t total = dropped + len;
            bool over = total > limit;
            size_t keep = over ? (len < OVERSIZE_KEEP ? len : OVERSIZE_KEEP) : len;
            if (dropped) keep = 0; /* the start was already kept */
            if (!job->raw) {
                job->raw = malloc(keep + 1);
                if (!job->raw) return -1;
                memcpy(job->raw, r->buf + r->pos, keep);
                job->raw[keep] = '\0';
                job->raw_len = keep;
            }
            if (job->raw_len && job->raw[job->raw_len - 1] == '\r' && !over)
                job->raw[--job->raw_len] = '\0'; /* CRLF files */
            job->oversize = over;
            job->full_len = total;
            job->line = ++r->line;
            r->pos += len + (nl ? 1 : 0);
            return 1;
        }
        if (r->eof) return r->error ? -1 : 0;
        scanned = r->end - r->pos;
        if (scanned > limit) {
            /* Too long: keep its start once, then drop what has been read. */
            if (!job->raw) {
                job->raw = malloc(OVERSIZE_KEEP + 1);
                if (!job->raw) return -1;
                memcpy(job->raw, r->buf + r->pos, OVERSIZE_KEEP);
                job->raw[OVERSIZE_KEEP] = '\0';
                job->raw_len = OVERSIZE_KEEP;
            }
            dropped += scanned;
            r->pos = r->end;
            scanned = 0;
        }
        if (!refill(r) && r->error) return -1;
    }
}

/* Frees the reader's buffer. */
void nf_line_reader_free(nf_line_reader *r) {
    free(r->buf);
    memset(r, 0, sizeof *r);
}

/* Frees a job's memory. */
void nf_job_clear(nf_job *job) {
    free(job->raw);
    nf_free(job->out);
    memset(job, 0, sizeof *job);
}

/* The id of a line that could not be parsed: the value after the first
 * "id": when it is a valid JSON string or number, else the line number.
 * Returns a malloc'd JSON value. */
static char *salvage_id(const char *raw, size_t len, size_t line) {
    const char *key = NULL;
    for (size_t i = 0; i + 4 <= len; i++) {
        if (memcmp(raw + i, "\"id\"", 4) == 0) {
            key = raw + i + 4;
            break;
        }
    }
    if (key) {
        const char *end = raw + len, *p = key;
        while (p < end && (*p == ' ' || *p == '\t')) p++;
        if (p < end && *p == ':') {
            p++;
            while (p < end && (*p == ' ' || *p == '\t')) p++;
            const char *v = p;
            if (p < end && *p == '"') {
                for (p++; p < end && *p != '"' && p - v < 512; p++)
                    if (*p == '\\' && p + 1 < end) p++;
                if (p < end) p++;
            } else {
                while (p < end && ((*p >= '0' && *p <= '9') || *p == '-' || *p == '.' ||
                                   *p == 'e' || *p == 'E' || *p == '+'))
                    p++;
            }
            json_error_t je;
            json_t *val = p > v ? json_loadb(v, (size_t)(p - v), JSON_DECODE_ANY, &je) : NULL;
            if (val && (json_is_string(val) || json_is_integer(val))) {
                char *s = json_dumps(val, JSON_ENCODE_ANY);
                json_decref(val);
                if (s) return s;
            } else if (val) {
                json_decref(val);
            }
        }
    }
    char *s = malloc(32);
    if (s) snprintf(s, 32, "%zu", line);
    return s;
}

/* Finds the first invalid UTF-8 sequence in s[0, len); true with its byte
 * offset in *at when there is one. */
static bool first_invalid_utf8(const char *s, size_t len, size_t *at) {
    size_t i = 0;
    while (i < len) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0) {
            *at = i;
            return true;
        }
        i += (size_t)n;
    }
    return false;
}

/* Writes an error record for a job that never reached the engine. */
static bool error_record(nf_job *job, const char *id_json, nf_status code, size_t offset,
                         const char *message, unsigned flags) {
    nf_error e = {code, offset, ""};
    snprintf(e.message, sizeof e.message, "%s", message);
    job->out = nf_error_record_json(id_json, &e, flags, &job->out_len, NULL);
    job->failed = true;
    return job->out != NULL;
}

/* Same as error_record with an id salvaged from the raw line. */
static bool salvage_error(nf_job *job, nf_status code, size_t offset, const char *message,
                          unsigned flags) {
    char *id = salvage_id(job->raw, job->raw_len, job->line);
    bool ok = error_record(job, id, code, offset, message, flags);
    free(id);
    return ok;
}

/* Extracts a document and writes its record into the job. */
static bool extract_into(const nf_engine *engine, nf_job *job, const char *text, size_t len,
                         const nf_doc_meta *meta, unsigned flags) {
    nf_error err;
    nf_doc *doc = nf_extract(engine, text, len, meta, &err);
    if (!doc) return false;
    if (job->sink)
        job->emitted = nf_doc_emit(doc, flags, job->sink, job->sink_ctx, &err) == NF_OK;
    else
        job->out = nf_doc_to_json(doc, flags, &job->out_len, &err);
    job->failed = nf_doc_error(doc) != NULL;
    nf_doc_free(doc);
    return job->out != NULL || job->emitted;
}

/* The JSON text of an id value (a string or a number) as jansson writes
 * it, so ids are copied exactly as before; malloc'd, NULL for other values
 * or when memory runs out. */
static char *id_text(const nf_jv *v) {
    json_t *j = nf_jis(v, NF_J_STR)    ? json_stringn(v->u.s, v->len)
                : nf_jis(v, NF_J_INT)  ? json_integer(v->u.i)
                : nf_jis(v, NF_J_REAL) ? json_real(v->u.d)
                                       : NULL;
    char *s = j ? json_dumps(j, JSON_ENCODE_ANY) : NULL;
    json_decref(j);
    return s;
}

/* Parses one JSONL line (with the flat reader of src/store/jread.c: no
 * tree of allocations for a line that is mostly one long string; ingest
 * hands over the line it parsed for its hash in job->parsed) and extracts
 * it. */
static bool run_line(const nf_engine *engine, nf_job *job, unsigned flags) {
    char msg[256];
    if (job->oversize) {
        snprintf(msg, sizeof msg, "input line of %zu bytes exceeds the line limit", job->full_len);
        return salvage_error(job, NF_ERR_TOO_LARGE, job->full_len, msg, flags);
    }
    size_t i = 0;
    while (i < job->raw_len && (job->raw[i] == ' ' || job->raw[i] == '\t')) i++;
    if (i == job->raw_len)
        return salvage_error(job, NF_ERR_JSON, 0, "empty line: no JSON object", flags);
    nf_jdoc d = {0};
    nf_jerr je;
    /* With job->parsed, d stays empty (and freeing it frees nothing). */
    if (!job->parsed && !nf_jparse(&d, job->raw, job->raw_len, &je)) {
        nf_jdoc_free(&d);
        /* Name bad UTF-8 anywhere in the line as such. */
        size_t bad_at;
        bool bad_utf8 = first_invalid_utf8(job->raw, job->raw_len, &bad_at);
        if (bad_utf8) {
            snprintf(msg, sizeof msg, "invalid UTF-8 at byte %zu of the line", bad_at);
            return salvage_error(job, NF_ERR_UTF8, bad_at, msg, flags);
        }
        if (strcmp(je.msg, "out of memory") == 0) return false;
        snprintf(msg, sizeof msg, "not JSON: %s at byte %zu of the line", je.msg, je.pos);
        return salvage_error(job, NF_ERR_JSON, je.pos, msg, flags);
    }
    const nf_jv *root = job->parsed ? job->parsed : nf_jroot(&d);
    bool ok;
    if (!nf_jis(root, NF_J_OBJ)) {
        nf_jdoc_free(&d);
        return salvage_error(job, NF_ERR_JSON, 0, "not a JSON object", flags);
    }
    const nf_jv *idv = nf_jget(root, "id");
    char *id_json = NULL;
    if (nf_jis(idv, NF_J_STR) || nf_jis_number(idv)) {
        id_json = id_text(idv);
    } else {
        id_json = malloc(32);
        if (id_json) snprintf(id_json, 32, "%zu", job->line);
    }
    if (!id_json) {
        nf_jdoc_free(&d);
        return false;
    }
    const nf_jv *text = nf_jget(root, "text");
    if (!text) {
        ok = error_record(job, id_json, NF_ERR_NO_TEXT, 0, "the record has no \"text\"", flags);
    } else if (!nf_jis(text, NF_J_STR)) {
        ok = error_record(job, id_json, NF_ERR_TEXT_TYPE, 0, "\"text\" is not a string", flags);
    } else {
        nf_doc_meta meta = {0};
        meta.id_json = id_json;
        meta.date = nf_jstr(nf_jget(root, "date"));
        meta.lang = nf_jstr(nf_jget(root, "lang"));
        meta.title = nf_jstr(nf_jget(root, "title"));
        ok = extract_into(engine, job, text->u.s, text->len, &meta, flags);
    }
    free(id_json);
    nf_jdoc_free(&d);
    return ok;
}

/* Runs one job: a .txt document or a JSONL line. */
bool nf_job_run(const nf_engine *engine, nf_job *job, unsigned flags) {
    if (!job->is_text) return run_line(engine, job, flags);
    json_t *name = json_string(job->name);
    char *id_json = name ? json_dumps(name, JSON_ENCODE_ANY) : NULL;
    json_decref(name);
    bool ok;
    if (!id_json) {
        /* A file name that is not UTF-8 cannot be an id string. */
        ok = error_record(job, NULL, NF_ERR_UTF8, 0, "the file name is not valid UTF-8", flags);
    } else if (job->oversize) {
        char msg[128];
        snprintf(msg, sizeof msg, "file of %zu bytes exceeds the size limit", job->full_len);
        ok = error_record(job, id_json, NF_ERR_TOO_LARGE, job->full_len, msg, flags);
    } else {
        nf_doc_meta meta = {0};
        meta.id_json = id_json;
        ok = extract_into(engine, job, job->raw, job->raw_len, &meta, flags);
    }
    free(id_json);
    return ok;
}

/* Grows a buffer by doubling while reading; see input.h. */
int nf_read_all(FILE *f, size_t max_bytes, char **out, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (n == cap) {
            char *p = realloc(buf, cap * 2);
            if (!p) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = p;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
        if (max_bytes && n > max_bytes) break; /* enough to know it is too large */
    }
    if (!buf || ferror(f)) {
        free(buf);
        return -1;
    }
    *out = buf;
    *len = n;
    return 0;
}

/* See input.h. */
const char *nf_base_name(const char *path) {
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* See input.h. */
size_t nf_input_size(int argc, char **argv, int first) {
    size_t total = 0;
    struct stat st;
    if (first >= argc) return fstat(0, &st) == 0 && S_ISREG(st.st_mode) ? (size_t)st.st_size : 0;
    for (int i = first; i < argc; i++) {
        if (strcmp(argv[i], "-") == 0 || stat(argv[i], &st) != 0 || !S_ISREG(st.st_mode)) return 0;
        total += (size_t)st.st_size;
    }
    return total;
}
