/* calendar.h - proleptic Gregorian date arithmetic for resolving times. */
#ifndef NF_CALENDAR_H
#define NF_CALENDAR_H

#include <stdbool.h>

/* A calendar date; 0 in m or d means "not given" (a month or a year). */
typedef struct nf_date {
    int y, m, d;
} nf_date;

/* Days since 1970-01-01 of a full date. */
long nf_days_from_civil(int y, int m, int d);

/* The date `days` after 1970-01-01. */
nf_date nf_civil_from_days(long days);

/* ISO weekday of a full date: 1 = Monday ... 7 = Sunday. */
int nf_weekday(nf_date d);

/* Days in month m of year y. */
int nf_month_days(int y, int m);

/* True for a real calendar date (d may be 0 for "the whole month"). */
bool nf_date_valid(int y, int m, int d);

/* A full date moved by `days`. */
nf_date nf_date_add_days(nf_date d, long days);

/* Western Easter Sunday of year y (anonymous Gregorian computus). */
nf_date nf_easter(int y);

#endif
