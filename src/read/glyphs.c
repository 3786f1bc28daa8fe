/*
 * glyphs.c: the typography a word processor leaves in a PDF's text, made plain.  Text
 * copied out of a PDF made from Word keeps its no-break spaces ("31 March 2019" with
 * U+00A0 between the words), its ligatures ("ﬁrst", "speciﬁed", "ﬂexible", one code
 * point for "fi" or "fl") and now and then a soft hyphen.  The grammar asks about plain
 * words and spaces, so the working copy (same length as the text, as page furniture and
 * side-by-side tables leave it) is rewritten:
 *
 * - a no-break space, two bytes, becomes two spaces (the grammar reads a run of spaces
 *   as one);
 * - a ligature, three bytes, becomes its two or three letters; a soft hyphen, two bytes,
 *   becomes nothing.  A word with either is rebuilt: its pieces copied up, the bytes
 *   left over at its end made spaces ("ﬁrst three" → "first  three").  Each piece that
 *   moved is recorded, and the record's spans are mapped back through the moves at the
 *   end (read_columns_remap()), so a fact still points to its own bytes in the source.
 *
 * One pass, linear; a text without such glyphs is looked at by two memchr() scans only.
 */
#include "../base/compat.h"

#include "glyphs.h"

/* The letters of the ligature U+FB00 + k, or NULL. */
static const char *ligature(const unsigned char *p, size_t left)
{
	static const char *const letters[] = {"ff", "fi", "fl", "ffi", "ffl"};

	if (left >= 3 && p[0] == 0xEF && p[1] == 0xAC && p[2] >= 0x80 && p[2] <= 0x84)
		return letters[p[2] - 0x80];
	return NULL;
}

static bool soft_hyphen(const unsigned char *p, size_t left)
{
	return left >= 2 && p[0] == 0xC2 && p[1] == 0xAD;
}

static bool ascii_word(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

/* Rebuilds the rest of the word of w from the glyph at i: its letters plain, the bytes left over
 * at its end spaces, the pieces that moved recorded.  The end of the word. */
static size_t plain_word(char *w, size_t n, size_t i, struct read_columns *m, size_t *count)
{
	const unsigned char *u = (const unsigned char *)w;
	size_t we = i, out, piece;

	/* the word's end: letters, ligatures and soft hyphens */
	for (;;) {
		if (we < n && ascii_word(u[we]))
			we++;
		else if (ligature(u + we, n - we))
			we += 3;
		else if (soft_hyphen(u + we, n - we) && we + 2 < n && ascii_word(u[we + 2]))
			we += 2;
		else
			break;
	}
	/* copy up, left to right (out <= the byte read: nothing is overwritten before it
	 * is read) */
	for (out = i, piece = i; piece < we;) {
		const char *lig = ligature(u + piece, we - piece);
		size_t run = piece;
		if (lig) {
			size_t k = strlen(lig);
			memcpy(w + out, lig, k); /* k <= 3: within the glyph's own bytes */
			out += k;
			piece += 3;
			(*count)++;
			continue;
		}
		if (soft_hyphen(u + piece, we - piece)) {
			piece += 2;
			(*count)++;
			continue;
		}
		while (run < we && ascii_word(u[run]))
			run++;
		if (out != piece)
			(void)read_columns_add(m, out, piece, run - piece);
		memmove(w + out, w + piece, run - piece);
		out += run - piece;
		piece = run;
	}
	memset(w + out, ' ', we - out);
	return we;
}

size_t read_plain_glyphs(const char *t, size_t n, char **work, struct read_columns *m)
{
	const char *p, *q;
	char *w = *work;
	size_t count = 0, i;

	p = memchr(t, 0xC2, n);
	q = memchr(t, 0xEF, n);
	if (!p && !q)
		return 0;
	if (!w) { /* NUL-terminated, as the text and the other stages' copies are */
		w = malloc(n + 1);
		if (!w)
			return 0;
		memcpy(w, t, n);
		w[n] = '\0';
	}
	/* the first glyph: the lesser of the two */
	i = (size_t)(((p && (!q || p < q)) ? p : q) - t);
	while (i < n) {
		const unsigned char *u = (const unsigned char *)w + i;
		if (u[0] == 0xC2 && i + 1 < n && u[1] == 0xA0) {
			w[i] = w[i + 1] = ' ';
			count++;
			i += 2;
		} else if (ligature(u, n - i) ||
		           (soft_hyphen(u, n - i) && i + 2 < n && ascii_word(u[2]))) {
			i = plain_word(w, n, i, m, &count);
		} else {
			i++;
		}
		/* the next byte either glyph can begin */
		while (i < n && (unsigned char)w[i] != 0xC2 && (unsigned char)w[i] != 0xEF)
			i++;
	}
	if (count && !*work)
		*work = w;
	else if (!count && !*work)
		free(w);
	return count;
}
