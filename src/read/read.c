/*
 * read.c: the reader's pipeline (see read.h): decode, clauses, the word
 * index (lex.h, built once and shared by every extractor), facts,
 * obligations, then the record's source block and clause tree.
 */
#include "../base/compat.h"

#include "../base/sha256.h"
#include "../base/strbuf.h"
#include "clause.h"
#include "facts.h"
#include "furniture.h"
#include "oblig.h"
#include "pdf.h"
#include "read.h"
#include "text.h"

static json_t *clause_json(const struct read_ctx *c, const struct clause_list *l, int parent)
{
	json_t *arr = json_array();
	size_t i;

	for (i = 0; i < l->n; i++) {
		const struct clause *cl = &l->v[i];
		json_t *o;
		char buf[4096];
		if (cl->parent != parent)
			continue;
		o = json_object();
		json_object_set_new(o, "id", json_string(cl->id));
		if (cl->heading.e > cl->heading.s)
			json_object_set_new(o, "heading",
			                    read_string(lex_copy(c->t, cl->heading.s, cl->heading.e,
			                                         buf, sizeof(buf))));
		lex_copy(c->t, cl->head.s, cl->head.e, buf, sizeof(buf));
		if (cl->tail.e > cl->tail.s) { /* the head, a space and the tail */
			struct strbuf txt = STRBUF_INIT;
			strbuf_adds(&txt, buf);
			strbuf_addch(&txt, ' ');
			strbuf_adds(&txt, lex_copy(c->t, cl->tail.s, cl->tail.e, buf, sizeof(buf)));
			json_object_set_new(o, "text", read_string(strbuf_str(&txt)));
			strbuf_release(&txt);
		} else {
			json_object_set_new(o, "text", read_string(buf));
		}
		json_object_set_new(o, "span", read_span(c, cl->span.s, cl->span.e));
		json_object_set_new(o, "children", clause_json(c, l, (int)i));
		json_array_append_new(arr, o);
	}
	return arr;
}

json_t *read_document(const struct read_input *in, char **text_out, size_t *text_len,
		      struct err *e)
{
	struct read_text txt;
	struct clause_list cl;
	struct read_ctx ctx;
	json_t *rec, *src;
	char hex[65];
	bool pdf = in->format == READ_PDF ||
		   (in->format == READ_AUTO && in->len >= 5 && !memcmp(in->bytes, "%PDF-", 5));
	int pages = 0;
	size_t *breaks = NULL;
	char *work = NULL;

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
	/* the clauses and facts are read from a copy without page furniture, if
	 * it has any (same offsets); the text handed back is the original */
	read_hide_furniture(txt.buf.buf, txt.buf.len, &work);
	if (clause_parse(work ? work : txt.buf.buf, txt.buf.len, &cl, e) < 0) {
		read_text_release(&txt);
		free(work);
		return NULL;
	}
	rec = json_object();
	json_object_set_new(rec, "schema", json_string(READ_SCHEMA));
	sha256_hex(in->bytes, in->len, hex);
	src = json_pack("{s:s,s:s,s:I,s:s,s:s}", "name", in->name, "sha256", hex, "bytes",
			(json_int_t)in->len, "format", pdf ? "pdf" : "text", "encoding", txt.encoding);
	if (pdf)
		json_object_set_new(src, "pages", json_integer(pages));
	json_object_set_new(rec, "source", src);
	memset(&ctx, 0, sizeof(ctx));
	ctx.t = work ? work : txt.buf.buf;
	ctx.n = txt.buf.len;
	ctx.clauses = &cl;
	lex_index_build(&ctx.ix, ctx.t, ctx.n);
	ctx.warnings = json_array();
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
	json_object_set_new(rec, "clauses", clause_json(&ctx, &cl, -1));
	/* A document cut off part way: no signature, date or closing block. */
	if (strcmp(ctx.kind, "unknown") && cl.close_start == txt.buf.len &&
	    !json_object_get(rec, "signatory") && !json_object_get(rec, "author"))
		read_warn(&ctx, "the document seems cut off: no signature or closing block was found",
			  txt.buf.len, txt.buf.len);
	json_object_set_new(rec, "warnings", ctx.warnings);
	/* Something that is not an instrument at all. */
	if (!strcmp(ctx.kind, "unknown") && !json_array_size(json_object_get(rec, "obligations")) &&
	    !json_object_get(rec, "council")) {
		json_decref(rec);
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
