/* cli.h - the commands of the newsfacts tool. */
#ifndef NF_CLI_H
#define NF_CLI_H

/* `newsfacts extract`; returns the exit status. */
int nf_cmd_extract(int argc, char **argv);

#endif
