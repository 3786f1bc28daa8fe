/*
 * read.c: the reader's pipeline (see read.h): decode, clauses, the word
 * index (lex.h, built once and shared by every extractor), facts,
 * obligations, then the record's source block and clause tree.  Also the
 * strings copied from the text (read_copy()): straight into their nodes, and
 * checked as UTF-8 only at their ends when the text is known to be valid.
 */
#include "../base/compat.h"

#include "../base/sha256.h"
#include "../base/strbuf.h"
#include "clause.h"
#include "columns.h"
#include "facts.h"
#include "furniture.h"
#include "glyphs.h"
#include "oblig.h"
#include "pdf.h"
#include "read.h"
#include "text.h"

rec_t *read_copy_done(const struct read_ctx *c, rec_t *v, size_t n, const size_t *ends,
                      size_t npieces)
{
	const unsigned char *d = (const unsigned char *)v->u.s;
	bool ok = c->t_clean;
	size_t k;

	/* a copy of valid text is cut inside a character only at its ends: a piece that
	 * begins with no continuation byte and ends with no lead byte (lex_copy_n() drops
	 * a character its end cut short, but not a lead byte alone) is valid */
	for (k = 0; ok && k < npieces; k++)
		if (ends[2 * k + 1] > ends[2 * k])
			ok = (d[ends[2 * k]] & 0xc0) != 0x80 && d[ends[2 * k + 1] - 1] < 0xc0;
	if (!ok && !read_utf8_valid(d, n))
		return NULL;
	v->n = n;
	return v;
}

rec_t *read_copy(const struct read_ctx *c, size_t s, size_t e, size_t cap, bool cstr)
{
	size_t room = read_copy_room(s, e, cap), n, ends[2];
	rec_t *v;

	if (!cap || !(v = rec_string_room(room)))
		return cap ? NULL : read_stringn("", 0);
	n = lex_copy_n(c->t, s, e, v->u.s, room);
	if (cstr && !c->t_clean)
		n = strlen(v->u.s);
	ends[0] = 0;
	ends[1] = n;
	return read_copy_done(c, v, n, ends, 1);
}

/* The most of a clause's heading, head or tail its text keeps (a buffer's bytes). */
#define CLAUSE_COPY 4096

/* The clauses from first on and their siblings, each with its children. */
static rec_t *clause_json(const struct read_ctx *c, const struct clause_list *l, int first)
{
	rec_t *arr = rec_array();
	int i;

	for (i = first; i >= 0; i = l->v[i].next_sibling) {
		const struct clause *cl = &l->v[i];
		rec_t *o = rec_object(), *text;
		/* ids are made of the markers' ASCII letters and digits */
		read_set(o, "id", rec_stringn_nocheck(cl->id, strlen(cl->id)));
		if (cl->heading.e > cl->heading.s)
			read_set(o, "heading",
			         read_copy(c, cl->heading.s, cl->heading.e, CLAUSE_COPY, true));
		/* the head, and when there is a tail a space and the tail, each copied as into
		 * a buffer of CLAUSE_COPY bytes, straight into the string's node */
		{
			size_t hroom = read_copy_room(cl->head.s, cl->head.e, CLAUSE_COPY),
			       troom = cl->tail.e > cl->tail.s
			                   ? read_copy_room(cl->tail.s, cl->tail.e, CLAUSE_COPY)
			                   : 0,
			       n, ends[4], pieces = 1;
			if ((text = rec_string_room(hroom + 1 + troom))) {
				char *d = text->u.s;
				n = lex_copy_n(c->t, cl->head.s, cl->head.e, d, hroom);
				if (!c->t_clean)
					n = strlen(d);
				ends[0] = 0;
				ends[1] = n;
				if (troom) {
					d[n] = ' ';
					ends[2] = n + 1;
					n = n + 1 +
					    lex_copy_n(c->t, cl->tail.s, cl->tail.e, d + n + 1,
					               troom);
					if (!c->t_clean)
						n = strlen(d);
					ends[3] = n;
					pieces = 2;
				}
				text = read_copy_done(c, text, n, ends, pieces);
			}
		}
		read_set(o, "text", text);
		read_set(o, "span", read_span(c, cl->span.s, cl->span.e));
		read_set(o, "children", clause_json(c, l, cl->first_child));
		rec_array_append_new(arr, o);
	}
	return arr;
}

/* Where the last line with any words of t[0, n) starts (where a document cut off part
 * way breaks off: its warning's span runs from there to the end); 0 if none. */
static size_t last_line(const char *t, size_t n)
{
	size_t e = n;

	while (e > 0 && ch_is_space((unsigned char)t[e - 1]))
		e--;
	while (e > 0 && t[e - 1] != '\n')
		e--;
	return e;
}

/* The first top-level clause of an annex, or -1. */
static int first_annex(const struct clause_list *l)
{
	int i;

	for (i = l->first; i >= 0; i = l->v[i].next_sibling)
		if (l->v[i].section == SEC_ANNEX)
			return i;
	return -1;
}

/* The record's source block; NULL if the name is not valid UTF-8 (as
 * rec_pack() gives). */
static rec_t *source_json(const struct read_input *in, const char *hex, bool pdf, int pages,
                          const char *encoding)
{
	rec_t *name = read_string(in->name), *src;

	if (!name)
		return NULL;
	src = rec_object();
	read_set(src, "name", name);
	read_set(src, "sha256", rec_stringn_nocheck(hex, 64));
	read_set(src, "bytes", rec_integer((rec_int_t)in->len));
	read_set(src, "format", rec_string_nocheck(pdf ? "pdf" : "text"));
	read_set(src, "encoding", rec_string_nocheck(encoding));
	if (pdf)
		read_set(src, "pages", rec_integer(pages));
	return src;
}

/* read_document_rec() in the arena made current. */
static rec_t *read_in_arena(const struct read_input *in, char **text_out, size_t *text_len,
                            struct err *e)
{
	struct read_text txt;
	struct clause_list cl;
	struct read_ctx ctx;
	struct read_memo memo = {0};
	rec_t *rec;
	char hex[65];
	bool pdf = in->format == READ_PDF ||
		   (in->format == READ_AUTO && in->len >= 5 && !memcmp(in->bytes, "%PDF-", 5));
	int pages = 0;
	size_t *breaks = NULL, area;
	char *work = NULL;
	struct read_columns cols = {0}, glyphs = {0};

	memset(&txt, 0, sizeof(txt));
	if (in->len > READ_MAX_BYTES)
		return err_set(e, ERR_DATA, "%s: too large (%zu bytes; at most %zu)", in->name, in->len,
			       READ_MAX_BYTES), NULL;
	{
		struct err sub = {0};
		int rc = pdf ? read_pdf_text(in->bytes, in->len, &txt, &pages, &sub)
			     : read_text_decode(in->bytes, in->len, &txt, &sub);
		if (rc < 0)
			return err_set(e, sub.code, "%s: %s", in->name, sub.msg), NULL;
	}
	/* the clauses and facts are read from a copy without page furniture (same
	 * offsets), and with a side-by-side table's rows read cell by cell (each row
	 * within its own bytes; the spans are mapped back at the end), if it has any;
	 * the text handed back is the original */
	read_hide_furniture(txt.buf.buf, txt.buf.len, &work);
	area = read_join_area(txt.buf.buf, txt.buf.len, &work, &cols);
	read_join_columns(txt.buf.buf, txt.buf.len, &work, &cols);
	if (read_join_flow(txt.buf.buf, txt.buf.len, &work, &cols) +
	    read_join_dated(txt.buf.buf, txt.buf.len, &work, &cols) + area)
		read_columns_sort(&cols);
	/* and a word processor's no-break spaces, ligatures and soft hyphens plain */
	read_plain_glyphs(work ? work : txt.buf.buf, txt.buf.len, &work, &glyphs);
	if (clause_parse(work ? work : txt.buf.buf, txt.buf.len, &cl, e) < 0) {
		read_text_release(&txt);
		read_columns_release(&glyphs);
		read_columns_release(&cols);
		free(work);
		return NULL;
	}
	read_columns_mark_cells(&cols, &cl);
	rec = rec_object();
	read_set(rec, "schema", rec_string_nocheck(READ_SCHEMA));
	sha256_hex(in->bytes, in->len, hex);
	read_set(rec, "source", source_json(in, hex, pdf, pages, txt.encoding));
	memset(&ctx, 0, sizeof(ctx));
	ctx.t = work ? work : txt.buf.buf;
	ctx.n = txt.buf.len;
	/* a text decoded is valid UTF-8 with no NUL (read_text_decode()); a copy changed,
	 * or a PDF's text, is looked at */
	ctx.t_clean = (!pdf && !work) || (!memchr(ctx.t, 0, ctx.n) &&
	                                  read_utf8_valid((const unsigned char *)ctx.t, ctx.n));
	ctx.clauses = &cl;
	ctx.memo = &memo;
	ctx.row_starts = cols.lead_row;
	ctx.row_leads = cols.leads;
	ctx.nrows = cols.nleads;
	lex_index_build(&ctx.ix, ctx.t, ctx.n);
	ctx.warnings = rec_array();
	if (pdf) {
		size_t i, k = 0;
		for (i = 0; i < txt.buf.len; i++)
			k += txt.buf.buf[i] == '\f';
		breaks = malloc((k ? k : 1) * sizeof(*breaks));
		if (breaks) {
			for (i = 0, k = 0; i < txt.buf.len; i++)
				if (txt.buf.buf[i] == '\f')
					breaks[k++] = i;
			ctx.page_breaks = breaks;
			ctx.npage_breaks = k;
		}
	}
	facts_extract(&ctx, rec);
	oblig_extract(&ctx, rec);
	/* a letter's numbered next steps are its body's sentences (body/<n>), not clauses;
	 * an annex to it (terms of reference) has its clauses */
	read_set(rec, "clauses",
	         clause_json(&ctx, &cl, strcmp(ctx.kind, "letter") ? cl.first : first_annex(&cl)));
	/* A document cut off part way: no signature, date or closing block. */
	if (strcmp(ctx.kind, "unknown") && cl.close_start == txt.buf.len &&
	    !rec_object_get(rec, "signatory") && !rec_object_get(rec, "author"))
		read_warn(&ctx,
		          "the document seems cut off: no signature or closing block was found",
		          last_line(txt.buf.buf, txt.buf.len), txt.buf.len);
	read_set(rec, "warnings", ctx.warnings);
	/* the glyphs' moves were made on the tables' copy: undone first */
	read_columns_remap(&glyphs, rec);
	read_columns_release(&glyphs);
	read_columns_remap(&cols, rec);
	read_columns_release(&cols);
	/* Something that is not an instrument at all. */
	if (!strcmp(ctx.kind, "unknown") && !rec_array_size(rec_object_get(rec, "obligations")) &&
	    !rec_object_get(rec, "council")) {
		rec_decref(rec);
		lex_index_release(&ctx.ix);
		clause_list_release(&cl);
		read_text_release(&txt);
		free(breaks);
		free(work);
		return err_set(e, ERR_DATA, "%s: does not look like an intervention instrument (no "
			       "direction, notice or letter, no council, no duties)", in->name), NULL;
	}
	if (text_out) {
		*text_out = strbuf_detach(&txt.buf, text_len);
	}
	lex_index_release(&ctx.ix);
	clause_list_release(&cl);
	read_text_release(&txt);
	free(breaks);
	free(work);
	return rec;
}

rec_t *read_document_rec(const struct read_input *in, struct arena *arena, char **text_out,
                         size_t *text_len, struct err *e)
{
	struct arena *old = rec_arena_use(arena);
	rec_t *rec = read_in_arena(in, text_out, text_len, e);

	rec_arena_use(old);
	return rec;
}

json_t *read_document(const struct read_input *in, char **text_out, size_t *text_len, struct err *e)
{
	struct arena arena = ARENA_INIT;
	rec_t *rec = read_document_rec(in, &arena, text_out, text_len, e);
	json_t *j = rec ? rec_to_json(rec) : NULL;

	arena_release(&arena);
	if (rec && !j) {
		if (text_out) {
			free(*text_out);
			*text_out = NULL;
		}
		return err_set(e, ERR_INTERNAL, "%s: out of memory", in->name), NULL;
	}
	return j;
}
