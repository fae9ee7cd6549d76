/* dynload.h - opening a shared library when it is first needed (dlopen),
 * for the libraries only some commands use: libpq (PostgreSQL stores) and
 * libmicrohttpd (`serve`).  Linked in, they and the TLS, Kerberos and LDAP
 * libraries they pull in cost every start of every command about 8 ms. */
#ifndef NF_DYNLOAD_H
#define NF_DYNLOAD_H

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

/* Opens the first of the NULL-terminated `sonames` that loads; NULL with a
 * message in err (n bytes) when none does.  The callers keep the library
 * loaded for the life of the process (see pg_close). */
static inline void *nf_dynload_open(const char *const *sonames, char *err, size_t n) {
    for (size_t i = 0; sonames[i]; i++) {
        void *h = dlopen(sonames[i], RTLD_NOW | RTLD_LOCAL);
        if (h) return h;
    }
    const char *why = dlerror();
    snprintf(err, n, "cannot load %s: %s", sonames[0], why ? why : "not found");
    return NULL;
}

/* Stores the address of `name` in the function pointer at `fn` (of the
 * size of a data pointer, as POSIX has it); false with a message in err
 * when the library lacks it. */
static inline int nf_dynload_sym(void *h, const char *name, void *fn, char *err, size_t n) {
    void *sym = dlsym(h, name);
    if (!sym) {
        snprintf(err, n, "the loaded library lacks %s", name);
        return 0;
    }
    memcpy(fn, &sym, sizeof sym);
    return 1;
}

#endif
