/*
 * names.c: the council-name key (see names.h).
 *
 * The name is split into lower-case words of letters and digits ("&"
 * becomes the word "and"; every other character separates words, so
 * "St. Helens" and "st helens" agree).  Title words are then stripped from
 * the front and the back, longest pattern first, until none applies, never
 * leaving nothing; the remaining words are joined with no separator, which
 * is what makes "Stokeon-Trent", "Stoke on Trent" and "Stoke-on-Trent" one
 * key.  Bounded: at most NAMES_MAX_WORDS words of a name are considered.
 */
#include "../base/compat.h"

#include "../base/str.h"
#include "names.h"

#define NAMES_MAX_WORDS 24
#define NAMES_MAX_LEN 256

static const char *const front[][4] = {
	{"the", NULL},
	{"london", "borough", "of", NULL},
	{"royal", "borough", "of", NULL},
	{"metropolitan", "borough", "of", NULL},
	{"borough", "of", NULL},
	{"city", "and", "county", "of"},
	{"city", "of", NULL},
	{"county", "of", NULL},
	{"county", NULL},
	{"council", "of", "the", NULL},
	{"corporation", "of", NULL},
};

static const char *const back[][4] = {
	{"metropolitan", "borough", "council", NULL},
	{"metropolitan", "district", "council", NULL},
	{"city", "council", NULL},
	{"county", "council", NULL},
	{"borough", "council", NULL},
	{"district", "council", NULL},
	{"unitary", "council", NULL},
	{"council", NULL},
	{"city", "of", NULL},
	{"county", "of", NULL},
	{"borough", NULL},
	{"local", "authority", NULL},
	{"corporation", NULL},
};

static size_t pat_len(const char *const *p)
{
	size_t n = 0;
	while (n < 4 && p[n])
		n++;
	return n;
}

int names_key(const char *name, char *out, size_t cap)
{
	char buf[NAMES_MAX_LEN * 2];
	const char *w[NAMES_MAX_WORDS];
	size_t nw = 0, bl = 0, lo = 0, hi, i, k, len = 0;
	const char *p;
	bool changed = true;

	for (p = name; *p && nw < NAMES_MAX_WORDS && bl + 8 < sizeof buf;) {
		if (*p == '&') {
			w[nw++] = "and";
			p++;
			continue;
		}
		if (!ch_is_alpha((unsigned char)*p) && !ch_is_digit((unsigned char)*p)) {
			p++;
			continue;
		}
		w[nw++] = buf + bl;
		while ((ch_is_alpha((unsigned char)*p) || ch_is_digit((unsigned char)*p)) &&
		       bl + 2 < sizeof buf)
			buf[bl++] = (char)ch_lower((unsigned char)*p++);
		buf[bl++] = 0;
	}
	hi = nw;
	while (changed) {
		changed = false;
		for (i = 0; i < ARRAY_SIZE(front) && !changed; i++) {
			size_t n = pat_len(front[i]);
			if (hi - lo <= n)
				continue;
			for (k = 0; k < n && !strcmp(w[lo + k], front[i][k]); k++)
				;
			if (k == n) {
				lo += n;
				changed = true;
			}
		}
		for (i = 0; i < ARRAY_SIZE(back) && !changed; i++) {
			size_t n = pat_len(back[i]);
			if (hi - lo <= n)
				continue;
			for (k = 0; k < n && !strcmp(w[hi - n + k], back[i][k]); k++)
				;
			if (k == n) {
				hi -= n;
				changed = true;
			}
		}
	}
	if (lo >= hi || cap == 0)
		return -1;
	for (i = lo; i < hi; i++) {
		size_t l = strlen(w[i]);
		if (len + l + 1 > cap)
			return -1;
		memcpy(out + len, w[i], l);
		len += l;
	}
	out[len] = 0;
	return (int)len;
}
