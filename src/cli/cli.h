/* cli.h - the commands of the newsfacts tool. */
#ifndef NF_CLI_H
#define NF_CLI_H

/* `newsfacts extract`; returns the exit status. */
int nf_cmd_extract(int argc, char **argv);

/* `newsfacts ingest`: articles or records into the corpus store. */
int nf_cmd_ingest(int argc, char **argv);

/* `newsfacts query`: questions to the corpus store. */
int nf_cmd_query(int argc, char **argv);

/* `newsfacts serve`: a read-only web viewer over the corpus store. */
int nf_cmd_serve(int argc, char **argv);

#endif
