/*
 * str.c: bounded scanners over string views (see str.h).  No function here
 * reads past v.n, allocates, or consults the locale.
 */
#include "compat.h"

#include "str.h"

struct strv strv_of(const char *s)
{
	return strv_make(s ? s : "", s ? strlen(s) : 0);
}

struct strv strv_trim(struct strv v)
{
	while (v.n && ch_is_space((unsigned char)v.p[0])) {
		v.p++;
		v.n--;
	}
	while (v.n && ch_is_space((unsigned char)v.p[v.n - 1]))
		v.n--;
	return v;
}

bool strv_eq_ci(struct strv v, const char *s)
{
	size_t i;

	for (i = 0; i < v.n; i++)
		if (!s[i] || ch_lower((unsigned char)v.p[i]) != ch_lower((unsigned char)s[i]))
			return false;
	return s[i] == '\0';
}

bool strv_eat_ci(struct strv *v, const char *s)
{
	size_t n = strlen(s), i;

	if (n > v->n)
		return false;
	for (i = 0; i < n; i++)
		if (ch_lower((unsigned char)v->p[i]) != ch_lower((unsigned char)s[i]))
			return false;
	v->p += n;
	v->n -= n;
	return true;
}

void strv_skip_space(struct strv *v)
{
	while (v->n && ch_is_space((unsigned char)v->p[0])) {
		v->p++;
		v->n--;
	}
}

void strv_quote(struct strv s, char *out, size_t n)
{
	size_t i, j = 0;

	if (!n)
		return;
	for (i = 0; i < s.n && j + 5 < n; i++) {
		unsigned char c = (unsigned char)s.p[i];
		if (c >= 0x20 && c < 0x7f && c != '\'') {
			out[j++] = (char)c;
		} else {
			int k = snprintf(out + j, n - j, "\\x%02x", c);
			if (k < 0 || (size_t)k >= n - j)
				break;
			j += (size_t)k;
		}
	}
	if (i < s.n && j + 4 < n) {
		memcpy(out + j, "...", 3);
		j += 3;
	}
	out[j < n ? j : n - 1] = '\0';
}
