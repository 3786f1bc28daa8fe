/*
 * pdf.c: text out of a PDF through MuPDF (see pdf.h).  MuPDF's allocator
 * is ours, with a ceiling (READ_PDF_MEMORY), so a hostile file cannot make
 * the reader use unbounded memory; every MuPDF call runs inside fz_try so a
 * damaged file becomes a message, not a crash.  Hyphens at line ends are
 * removed by MuPDF (FZ_STEXT_DEHYPHENATE); lines end in '\n', blocks in a
 * blank line, pages in a form feed.
 */
#include "../base/compat.h"

#include <mupdf/fitz.h>

#include "../base/str.h"
#include "pdf.h"

#define READ_PDF_MEMORY ((size_t)40 << 20)
#define READ_PDF_MAX_PAGES 2000

struct budget {
	size_t used, limit;
};

/* Each block carries its size in front, so free and realloc can account. */
static void *cap_malloc(void *opaque, size_t size)
{
	struct budget *b = opaque;
	size_t *p;

	if (size > b->limit - b->used || size > SIZE_MAX - 16)
		return NULL;
	p = malloc(size + 16);
	if (!p)
		return NULL;
	p[0] = size;
	b->used += size;
	return (char *)p + 16;
}

static void cap_free(void *opaque, void *ptr)
{
	struct budget *b = opaque;
	size_t *p;

	if (!ptr)
		return;
	p = (size_t *)((char *)ptr - 16);
	b->used -= p[0];
	free(p);
}

static void *cap_realloc(void *opaque, void *old, size_t size)
{
	struct budget *b = opaque;
	size_t *p, oldsize;

	if (!old)
		return cap_malloc(opaque, size);
	if (size == 0) {
		cap_free(opaque, old);
		return NULL;
	}
	p = (size_t *)((char *)old - 16);
	oldsize = p[0];
	if (size > oldsize && size - oldsize > b->limit - b->used)
		return NULL;
	p = realloc(p, size + 16);
	if (!p)
		return NULL;
	b->used = b->used - oldsize + size;
	p[0] = size;
	return (char *)p + 16;
}

static void put_utf8(struct strbuf *sb, int c)
{
	char b[4];

	if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		c = 0xfffd;
	if (c < 0x80) {
		strbuf_addch(sb, c);
	} else if (c < 0x800) {
		b[0] = (char)(0xc0 | c >> 6);
		b[1] = (char)(0x80 | (c & 0x3f));
		strbuf_add(sb, b, 2);
	} else if (c < 0x10000) {
		b[0] = (char)(0xe0 | c >> 12);
		b[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		b[2] = (char)(0x80 | (c & 0x3f));
		strbuf_add(sb, b, 3);
	} else {
		b[0] = (char)(0xf0 | c >> 18);
		b[1] = (char)(0x80 | ((c >> 12) & 0x3f));
		b[2] = (char)(0x80 | ((c >> 6) & 0x3f));
		b[3] = (char)(0x80 | (c & 0x3f));
		strbuf_add(sb, b, 4);
	}
}

int read_pdf_text(const unsigned char *in, size_t n, struct read_text *t, int *pages, struct err *e)
{
	struct budget b = {0, READ_PDF_MEMORY};
	fz_alloc_context alloc = {&b, cap_malloc, cap_realloc, cap_free};
	fz_context *ctx;
	fz_document *volatile doc = NULL;
	fz_stream *volatile stm = NULL;
	fz_stext_page *volatile st = NULL;
	fz_page *volatile page = NULL;
	volatile int rc = 0, npages = 0;
	char msg[256] = "";

	memset(t, 0, sizeof(*t));
	strbuf_init(&t->buf, READ_MAX_BYTES);
	t->encoding = "utf-8";
	*pages = 0;
	ctx = fz_new_context(&alloc, NULL, 8 << 20);
	if (!ctx)
		return err_set(e, ERR_INTERNAL, "cannot start the PDF reader (out of memory)");
	fz_set_warning_callback(ctx, NULL, NULL);
	fz_set_error_callback(ctx, NULL, NULL);
	fz_try(ctx)
	{
		fz_stext_options opts;
		int i;
		fz_register_document_handlers(ctx);
		stm = fz_open_memory(ctx, in, n);
		doc = fz_open_document_with_stream(ctx, "application/pdf", stm);
		if (fz_needs_password(ctx, doc))
			fz_throw(ctx, FZ_ERROR_GENERIC, "the PDF is encrypted (it needs a password)");
		npages = fz_count_pages(ctx, doc);
		if (npages <= 0)
			fz_throw(ctx, FZ_ERROR_GENERIC, "the PDF has no pages");
		if (npages > READ_PDF_MAX_PAGES)
			fz_throw(ctx, FZ_ERROR_GENERIC, "the PDF has %d pages (at most %d)", npages,
				 READ_PDF_MAX_PAGES);
		memset(&opts, 0, sizeof(opts));
		opts.flags = FZ_STEXT_DEHYPHENATE | FZ_STEXT_MEDIABOX_CLIP;
		for (i = 0; i < npages; i++) {
			fz_stext_block *blk;
			page = fz_load_page(ctx, doc, i);
			st = fz_new_stext_page_from_page(ctx, page, &opts);
			for (blk = ((fz_stext_page *)st)->first_block; blk; blk = blk->next) {
				fz_stext_line *ln;
				if (blk->type != FZ_STEXT_BLOCK_TEXT)
					continue;
				for (ln = blk->u.t.first_line; ln; ln = ln->next) {
					fz_stext_char *ch;
					for (ch = ln->first_char; ch; ch = ch->next)
						put_utf8(&t->buf, ch->c);
					strbuf_addch(&t->buf, '\n');
				}
				strbuf_addch(&t->buf, '\n');
			}
			if (i + 1 < npages)
				strbuf_addch(&t->buf, '\f');
			fz_drop_stext_page(ctx, st);
			st = NULL;
			fz_drop_page(ctx, page);
			page = NULL;
			if (t->buf.failed)
				fz_throw(ctx, FZ_ERROR_GENERIC, "the PDF's text is too large");
		}
	}
	fz_always(ctx)
	{
		fz_drop_stext_page(ctx, st);
		fz_drop_page(ctx, page);
		fz_drop_document(ctx, doc);
		fz_drop_stream(ctx, stm);
	}
	fz_catch(ctx)
	{
		snprintf(msg, sizeof(msg), "%s", fz_caught_message(ctx));
		rc = -1;
	}
	fz_drop_context(ctx);
	if (rc < 0) {
		strbuf_release(&t->buf);
		return err_set(e, ERR_DATA, "cannot read the PDF: %s",
			       msg[0] ? msg : "damaged or not a PDF");
	}
	*pages = npages;
	{
		size_t i, visible = 0;
		for (i = 0; i < t->buf.len; i++)
			visible += !ch_is_space((unsigned char)t->buf.buf[i]);
		if (!visible) {
			strbuf_release(&t->buf);
			return err_set(e, ERR_DATA, "the PDF has no text (a scanned image? it needs OCR)");
		}
	}
	return 0;
}
