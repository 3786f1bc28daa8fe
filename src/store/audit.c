/*
 * audit.c: the hash-chained audit log.
 *
 * Each entry: seq (1, 2, 3, ... with no gaps), at (the command's "today",
 * a date; seq orders entries within a day), who, action, subject, before
 * and after (JSON text or NULL), prev (the previous entry's hash, 64 zeros
 * for the first) and hash = SHA-256 of every other field, each written as
 * "<length>:<bytes>" (NULL as "-") so that no two entries serialise alike.
 * Verification walks the log in seq order and names the first entry whose
 * seq, prev or hash does not follow: editing any field of a past entry,
 * deleting one, or reordering shows there.  Deleting the newest entries
 * cannot be seen from inside the database; `oversight audit log` prints the
 * head hash so that it can be kept elsewhere (see doc/internals/store.md).
 */
#include "../base/compat.h"

#include "../base/sha256.h"
#include "../base/strbuf.h"
#include "store.h"

#define ZERO_HASH "0000000000000000000000000000000000000000000000000000000000000000"

static void put_field(struct sha256 *c, const char *s)
{
	char len[24];

	if (!s) {
		sha256_update(c, "-", 1);
		return;
	}
	snprintf(len, sizeof len, "%zu:", strlen(s));
	sha256_update(c, len, strlen(len));
	sha256_update(c, s, strlen(s));
}

static void entry_hash(const struct store_audit_entry *en, char hex[65])
{
	struct sha256 c;
	unsigned char d[32];
	char seq[24];
	int i;

	snprintf(seq, sizeof seq, "%lld", (long long)en->seq);
	sha256_init(&c);
	put_field(&c, en->prev);
	put_field(&c, seq);
	put_field(&c, en->at);
	put_field(&c, en->who);
	put_field(&c, en->action);
	put_field(&c, en->subject);
	put_field(&c, en->before);
	put_field(&c, en->after);
	sha256_final(&c, d);
	for (i = 0; i < 32; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
}

struct head {
	int64_t seq;
	char hash[65];
};

static int head_row(void *ctx, const struct store_val *c, int n)
{
	struct head *h = ctx;
	if (n >= 2 && c[0].t == SV_INT && c[1].t == SV_TEXT) {
		h->seq = c[0].i;
		snprintf(h->hash, sizeof h->hash, "%s", c[1].s);
	}
	return 1;
}

int store_audit_append(struct store *s, const char *action, const char *subject,
		       const char *before, const char *after, struct err *e)
{
	struct head h = {0, ZERO_HASH};
	struct store_audit_entry en;
	char hash[65];

	if (!s->in_tx)
		return err_set(e, ERR_INTERNAL, "audit append outside a write transaction");
	if (store_query(s, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1", NULL, 0,
			head_row, &h, e) < 0)
		return -1;
	en = (struct store_audit_entry){h.seq + 1, s->today, s->who, action, subject,
					before, after, h.hash, NULL};
	entry_hash(&en, hash);
	{
		struct store_val p[] = {sv_int(en.seq), sv_text(en.at),      sv_text(en.who),
					sv_text(action), sv_text(subject),   sv_text(before),
					sv_text(after),  sv_text(h.hash),    sv_text(hash)};
		return store_exec(s,
				  "INSERT INTO audit (seq, at, who, action, subject, before, after, "
				  "prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				  p, 9, e);
	}
}

struct each_ctx {
	store_audit_fn fn;
	void *ctx;
};

static const char *txt(const struct store_val *v)
{
	return v->t == SV_TEXT ? v->s : NULL;
}

static int each_row(void *ctx, const struct store_val *c, int n)
{
	struct each_ctx *k = ctx;
	struct store_audit_entry en;

	if (n < 9)
		return 1;
	en = (struct store_audit_entry){c[0].t == SV_INT ? c[0].i : -1,
					txt(&c[1]), txt(&c[2]), txt(&c[3]), txt(&c[4]),
					txt(&c[5]), txt(&c[6]), txt(&c[7]), txt(&c[8])};
	return k->fn(k->ctx, &en);
}

int store_audit_each(struct store *s, store_audit_fn fn, void *ctx, struct err *e)
{
	struct each_ctx k = {fn, ctx};
	return store_query(s,
			   "SELECT seq, at, who, action, subject, before, after, prev, hash "
			   "FROM audit ORDER BY seq",
			   NULL, 0, each_row, &k, e);
}

struct verify_ctx {
	int64_t expect;
	char prev[65];
	int64_t bad;
	const char *why;
};

static int verify_one(void *ctx, const struct store_audit_entry *en)
{
	struct verify_ctx *v = ctx;
	char h[65];

	if (en->seq != v->expect) {
		v->bad = en->seq;
		v->why = en->seq > v->expect ? "entries before it are missing" : "out of sequence";
		return 1;
	}
	if (!en->prev || strcmp(en->prev, v->prev)) {
		v->bad = en->seq;
		v->why = "its previous-hash does not match the entry before it";
		return 1;
	}
	entry_hash(en, h);
	if (!en->hash || strcmp(h, en->hash)) {
		v->bad = en->seq;
		v->why = "its contents do not match its hash (edited)";
		return 1;
	}
	snprintf(v->prev, sizeof v->prev, "%s", en->hash);
	v->expect++;
	return 0;
}

int store_audit_verify(struct store *s, int64_t *count, struct err *e)
{
	struct verify_ctx v = {1, ZERO_HASH, 0, NULL};

	if (store_audit_each(s, verify_one, &v, e) < 0)
		return -1;
	*count = v.expect - 1;
	if (v.bad)
		return err_set(e, ERR_DATA, "audit chain broken at entry %lld: %s", (long long)v.bad,
			       v.why);
	return 0;
}
