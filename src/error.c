/* error.c - status names and error filling. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>

/* Stable short names, used as the "code" of error records. */
const char *nf_status_name(nf_status code) {
    switch (code) {
        case NF_OK:
            return "ok";
        case NF_ERR_ARGUMENT:
            return "bad_argument";
        case NF_ERR_MEMORY:
            return "out_of_memory";
        case NF_ERR_IO:
            return "io_error";
        case NF_ERR_DATA:
            return "bad_data";
        case NF_ERR_UTF8:
            return "invalid_utf8";
        case NF_ERR_TOO_LARGE:
            return "too_large";
        case NF_ERR_LANGUAGE:
            return "unsupported_language";
        case NF_ERR_JSON:
            return "invalid_json";
        case NF_ERR_NO_TEXT:
            return "missing_text";
        case NF_ERR_TEXT_TYPE:
            return "text_not_string";
    }
    return "unknown";
}

/* Fills an error struct; the message is truncated to fit. */
nf_status nf_fail(nf_error *err, nf_status code, size_t offset, const char *fmt, ...) {
    if (err) {
        err->code = code;
        err->offset = offset;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return code;
}

/* Resets an error struct to success. */
void nf_clear_error(nf_error *err) {
    if (err) {
        err->code = NF_OK;
        err->offset = 0;
        err->message[0] = '\0';
    }
}
