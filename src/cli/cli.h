/* cli.h - the commands of the newsfacts tool. */
#ifndef NF_CLI_H
#define NF_CLI_H

#include <stdbool.h>

/* `newsfacts extract`; returns the exit status. */
int nf_cmd_extract(int argc, char **argv);

/* `newsfacts ingest`: articles or records into the corpus store. */
int nf_cmd_ingest(int argc, char **argv);

/* `newsfacts query`: questions to the corpus store. */
int nf_cmd_query(int argc, char **argv);

/* `newsfacts serve`: a read-only web viewer over the corpus store. */
int nf_cmd_serve(int argc, char **argv);

/* Reads the whole of `s` as a decimal number in [lo, hi] into *out; false
 * (and *out unchanged) when it is not one. */
bool nf_parse_count(const char *s, long lo, long hi, long *out);

/* Reads the argument of --layers into *out (NF_LAYER_* bits); false after
 * saying why on stderr. */
bool nf_parse_layers_arg(const char *s, unsigned *out);

#endif
