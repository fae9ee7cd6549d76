/* jtape.c - building an nf_jdoc from record events.  Strings are kept as
 * offsets into d->str while it may still move, and made pointers at the
 * end; keys, constants of the library, are pointed to at once. */
#include "jtape.h"

#include <stdlib.h>
#include <string.h>

/* Appends a value of type `t`; its index, or SIZE_MAX (and failed) when
 * memory runs out.  It counts as an element of an open array. */
static size_t add(nf_jtape *t, nf_jtype type) {
    nf_jdoc *d = t->d;
    if (t->failed) return SIZE_MAX;
    if (d->n == d->cap) {
        size_t ncap = d->cap ? d->cap * 2 : 256;
        nf_jv *v = realloc(d->v, ncap * sizeof *v);
        if (!v) {
            t->failed = true;
            return SIZE_MAX;
        }
        d->v = v;
        d->cap = ncap;
    }
    if (t->depth > 0) {
        nf_jv *top = &d->v[t->open[t->depth - 1]];
        if (top->type == NF_J_ARR) top->len++;
    }
    nf_jv *v = &d->v[d->n];
    v->type = (uint8_t)type;
    v->len = 0;
    v->skip = 1;
    v->u.i = 0;
    return d->n++;
}

/* Copies `len` bytes and a NUL into d->str; the offset, or SIZE_MAX. */
static size_t store(nf_jtape *t, const char *s, size_t len) {
    nf_jdoc *d = t->d;
    if (t->used + len + 1 > d->str_cap) {
        size_t ncap = d->str_cap ? d->str_cap : 4096;
        while (ncap < t->used + len + 1) ncap *= 2;
        char *b = realloc(d->str, ncap);
        if (!b) {
            t->failed = true;
            return SIZE_MAX;
        }
        d->str = b;
        d->str_cap = ncap;
    }
    size_t at = t->used;
    memcpy(d->str + at, s, len);
    d->str[at + len] = '\0';
    t->used += len + 1;
    return at;
}

/* A string value (a key too), its offset in u.i until nf_jtape_finish. */
static void put_string(nf_jtape *t, const char *s, size_t len) {
    size_t i = add(t, NF_J_STR);
    size_t at = i == SIZE_MAX || len >= UINT32_MAX ? SIZE_MAX : store(t, s, len);
    if (at == SIZE_MAX) {
        t->failed = true;
        return;
    }
    t->d->v[i].len = (uint32_t)len;
    t->d->v[i].u.i = (long long)at;
}

/* Opens a container. */
static void open_container(nf_jtape *t, nf_jtype type) {
    size_t i = add(t, type);
    if (i == SIZE_MAX) return;
    if (t->depth == NF_JTAPE_DEPTH) {
        t->failed = true;
        return;
    }
    t->open[t->depth++] = i;
}

/* Closes the innermost container: its skip covers what was added since. */
static void close_container(nf_jtape *t) {
    if (t->failed) return;
    if (t->depth == 0) {
        t->failed = true;
        return;
    }
    size_t i = t->open[--t->depth];
    t->d->v[i].skip = (uint32_t)(t->d->n - i);
}

static void on_begin_object(void *ctx) {
    open_container(ctx, NF_J_OBJ);
}
static void on_begin_array(void *ctx) {
    open_container(ctx, NF_J_ARR);
}
static void on_end(void *ctx) {
    close_container(ctx);
}

/* A key: a string that counts as a member of the open object. */
static void on_key(void *ctx, const char *key, size_t len) {
    nf_jtape *t = ctx;
    if (t->depth == 0 || t->d->v[t->open[t->depth - 1]].type != NF_J_OBJ) {
        t->failed = true;
        return;
    }
    t->d->v[t->open[t->depth - 1]].len++;
    /* Keys are the library's constants (nf_record_sink): pointed to, not
     * copied; skip 0 marks them until nf_jtape_finish. */
    size_t i = add(t, NF_J_STR);
    if (i == SIZE_MAX) return;
    t->d->v[i].len = (uint32_t)len;
    t->d->v[i].skip = 0;
    t->d->v[i].u.s = key;
}

static void on_string(void *ctx, const char *s, size_t len) {
    put_string(ctx, s, len);
}

static void on_integer(void *ctx, int64_t v) {
    nf_jtape *t = ctx;
    size_t i = add(t, NF_J_INT);
    if (i != SIZE_MAX) t->d->v[i].u.i = (long long)v;
}

static void on_real(void *ctx, double v) {
    nf_jtape *t = ctx;
    size_t i = add(t, NF_J_REAL);
    if (i != SIZE_MAX) t->d->v[i].u.d = v;
}

static void on_boolean(void *ctx, bool v) {
    add(ctx, v ? NF_J_TRUE : NF_J_FALSE);
}

static void on_null(void *ctx) {
    add(ctx, NF_J_NULL);
}

/* JSON text given by the caller (the id): parsed, and its one scalar
 * value added as the parser made it. */
static void on_raw(void *ctx, const char *json, size_t len) {
    nf_jtape *t = ctx;
    if (t->failed) return;
    if (!nf_jparse(&t->scratch, json, len, NULL) || t->scratch.n != 1) {
        t->failed = true;
        return;
    }
    const nf_jv *v = &t->scratch.v[0];
    if (v->type == NF_J_STR) {
        put_string(t, v->u.s, v->len);
        return;
    }
    size_t i = add(t, (nf_jtype)v->type);
    if (i != SIZE_MAX) t->d->v[i].u = v->u;
}

const nf_record_sink nf_jtape_sink = {on_begin_object, on_end,    on_begin_array, on_end,
                                      on_key,          on_string, on_integer,     on_real,
                                      on_boolean,      on_null,   on_raw};

/* Starts a tape. */
void nf_jtape_start(nf_jtape *t, nf_jdoc *d) {
    nf_jdoc scratch = t->scratch;
    memset(t, 0, sizeof *t);
    t->scratch = scratch;
    t->d = d;
    d->n = 0;
}

/* Turns the strings' offsets into pointers. */
bool nf_jtape_finish(nf_jtape *t) {
    nf_jdoc *d = t->d;
    if (t->failed || t->depth != 0 || d->n == 0) {
        d->n = 0;
        return false;
    }
    for (size_t i = 0; i < d->n; i++) {
        nf_jv *v = &d->v[i];
        if (v->type != NF_J_STR) continue;
        if (v->skip == 0)
            v->skip = 1; /* a key, pointing at the library's constant */
        else
            v->u.s = d->str + v->u.i;
    }
    return true;
}

/* Frees the scratch document. */
void nf_jtape_free(nf_jtape *t) {
    nf_jdoc_free(&t->scratch);
}
