/* stub.c - what the library's generated files provide, empty, for
 * gzimage, which makes one of them: no embedded files (gzimage reads
 * everything from its ROOT) and no gazetteer image. */
#include <stddef.h>

#include "embedded.h"
#include "gazetteer.h"

const nf_embedded_file nf_embedded_files[] = {{NULL, NULL, 0}};
const size_t nf_embedded_file_count = 0;

const char *const nf_gazetteer_image = NULL;
const size_t nf_gazetteer_image_len = 0;
