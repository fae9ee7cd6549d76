/* calendar.c - civil date arithmetic (Howard Hinnant's algorithms). */
#include "calendar.h"

/* Days since the epoch; valid for any proleptic Gregorian date. */
long nf_days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The inverse of nf_days_from_civil. */
nf_date nf_civil_from_days(long z) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    nf_date r;
    r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    r.y = (int)(y + (r.m <= 2));
    return r;
}

/* ISO weekday; 1970-01-01 was a Thursday. */
int nf_weekday(nf_date d) {
    long z = nf_days_from_civil(d.y, d.m, d.d);
    long w = (z + 3) % 7;
    if (w < 0) w += 7;
    return (int)w + 1;
}

/* Days in a month. */
int nf_month_days(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return days[m - 1];
}

/* Validity of a date whose day may be left open. */
bool nf_date_valid(int y, int m, int d) {
    if (y < 1 || y > 9999 || m < 1 || m > 12) return false;
    return d == 0 || (d >= 1 && d <= nf_month_days(y, m));
}

/* Moves a date by a number of days. */
nf_date nf_date_add_days(nf_date d, long days) {
    return nf_civil_from_days(nf_days_from_civil(d.y, d.m, d.d) + days);
}

/* Easter Sunday by the anonymous Gregorian algorithm. */
nf_date nf_easter(int y) {
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    nf_date r = {y, (h + l - 7 * m + 114) / 31, ((h + l - 7 * m + 114) % 31) + 1};
    return r;
}
