/*
 * timeline.c: a council's case history in date order, each line with its
 * source: Ofsted inspections and their overall judgements; instruments
 * issued, revoked or superseded (and those known only from a recital);
 * appointments; events the instruments record or people entered; and
 * deadlines met or missed by as_of.  Built as a JSON array (sorted by date,
 * then by the order of kinds above) that the CLI prints and the web shows.
 */
#include "../base/compat.h"

#include "views.h"

struct tl {
	json_t *items;
	const char *as_of;
};

static const char *t(const struct store_val *v)
{
	return v->t == SV_TEXT ? v->s : NULL;
}

static void add(struct tl *k, const char *date, int order, const char *what, const char *detail,
		const char *doc, const char *name, const char *clause)
{
	json_t *src = json_null();
	if (doc || name)
		src = json_pack("{s:s?, s:s?, s:s?}", "document", doc, "name", name, "clause",
				clause);
	json_array_append_new(k->items, json_pack("{s:s, s:i, s:s, s:s?, s:o}", "date", date,
						  "order", order, "what", what, "detail", detail,
						  "source", src));
}

static int inspection_row(void *ctx, const struct store_val *c, int n)
{
	char d[160];
	if (n < 3 || !t(&c[0]))
		return 0;
	snprintf(d, sizeof d, "Ofsted inspection published%s%s", t(&c[1]) ? ": overall " : "",
		 t(&c[1]) ? t(&c[1]) : "");
	add(ctx, t(&c[0]), 0, "inspection", d, NULL, t(&c[2]), NULL);
	return 0;
}

static int recited_row(void *ctx, const struct store_val *c, int n)
{
	char d[160];
	if (n < 4 || !t(&c[0]))
		return 0;
	snprintf(d, sizeof d, "judgement recited: overall %s", t(&c[1]) ? t(&c[1]) : "?");
	add(ctx, t(&c[0]), 1, "judgement", d, t(&c[2]), t(&c[3]), NULL);
	return 0;
}

static const char *kind_words(const char *k)
{
	return !k ? "instrument" : !strcmp(k, "improvement_notice") ? "improvement notice" : k;
}

static int instrument_row(void *ctx, const struct store_val *c, int n)
{
	char d[256];
	if (n < 7)
		return 0;
	if (t(&c[1])) {
		snprintf(d, sizeof d, "%s issued%s%s", kind_words(t(&c[0])), t(&c[4]) ? ": " : "",
			 t(&c[4]) ? t(&c[4]) : "");
		add(ctx, t(&c[1]), 2, "issued", d, t(&c[5]), t(&c[6]), NULL);
	}
	if (t(&c[2])) {
		snprintf(d, sizeof d, "%s of %s ended%s%s", kind_words(t(&c[0])),
			 t(&c[1]) ? t(&c[1]) : "?", t(&c[3]) ? ", revoked by " : " (entered by hand)",
			 t(&c[3]) ? t(&c[3]) : "");
		add(ctx, t(&c[2]), 3, "ended", d, t(&c[5]), t(&c[6]), NULL);
	}
	return 0;
}

static int recital_row(void *ctx, const struct store_val *c, int n)
{
	char d[256];
	if (n < 6)
		return 0;
	snprintf(d, sizeof d, "%s issued (known only from a recital: \"%s\")", kind_words(t(&c[0])),
		 t(&c[2]) ? t(&c[2]) : "");
	if (t(&c[1]))
		add(ctx, t(&c[1]), 2, "issued", d, t(&c[4]), t(&c[5]), NULL);
	snprintf(d, sizeof d, "%s of %s ended, revoked", kind_words(t(&c[0])),
		 t(&c[1]) ? t(&c[1]) : "unknown date");
	add(ctx, t(&c[3]), 3, "ended", d, t(&c[4]), t(&c[5]), NULL);
	return 0;
}

static int appointment_row(void *ctx, const struct store_val *c, int n)
{
	char d[256];
	if (n < 5 || !t(&c[0]))
		return 0;
	snprintf(d, sizeof d, "%s appointed: %s", t(&c[2]) ? t(&c[2]) : "?", t(&c[1]));
	add(ctx, t(&c[0]), 4, "appointment", d, t(&c[3]), t(&c[4]), NULL);
	return 0;
}

static int event_row(void *ctx, const struct store_val *c, int n)
{
	char d[600];
	if (n < 5 || !t(&c[0]))
		return 0;
	snprintf(d, sizeof d, "%s%s%.500s", t(&c[1]), t(&c[2]) ? ": " : "", t(&c[2]) ? t(&c[2]) : "");
	add(ctx, t(&c[0]), 5, "event", d, t(&c[3]), t(&c[3]) ? t(&c[4]) : "entered by hand", NULL);
	return 0;
}

static int occ_row(void *ctx, const struct views_occ *o)
{
	struct tl *k = ctx;
	char d[256];
	if (o->status == RULES_MET)
		snprintf(d, sizeof d, "%s (%s) met on %s", o->ref, o->bearer ? o->bearer : "?",
			 o->met_on);
	else if (o->status == RULES_MET_LATE)
		snprintf(d, sizeof d, "%s (%s) met late, on %s", o->ref, o->bearer ? o->bearer : "?",
			 o->met_on);
	else if (o->status == RULES_OVERDUE)
		snprintf(d, sizeof d, "%s (%s) missed: no evidence", o->ref,
			 o->bearer ? o->bearer : "?");
	else
		return 0;
	add(k, o->due, 6, o->status == RULES_OVERDUE ? "missed" : "met", d, o->instrument,
	    o->document_name, o->clause);
	return 0;
}

static int by_date(const void *a, const void *b)
{
	json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
	int c = strcmp(json_string_value(json_object_get(x, "date")),
		       json_string_value(json_object_get(y, "date")));
	if (c)
		return c;
	c = (int)(json_integer_value(json_object_get(x, "order")) -
		  json_integer_value(json_object_get(y, "order")));
	if (c)
		return c;
	{
		const char *dx = json_string_value(json_object_get(x, "detail"));
		const char *dy = json_string_value(json_object_get(y, "detail"));
		return strcmp(dx ? dx : "", dy ? dy : "");
	}
}

json_t *views_timeline(struct store *s, int council, cal_day as_of, struct err *e)
{
	char day[CAL_DATE_LEN];
	struct tl k = {json_array(), cal_format_iso(as_of, day)};
	struct store_val p[] = {sv_int(council), sv_text(day)};
	json_t *sorted;
	size_t i, n;
	json_t **v;

	if (store_query(s, "SELECT n.published, (SELECT j.grade FROM judgements j WHERE "
			"j.inspection = n.id AND j.area = 'overall'), n.link FROM inspections n "
			"WHERE n.council = ? AND n.published <= ?", p, 2, inspection_row, &k, e) < 0 ||
	    store_query(s, "SELECT j.report_date, j.grade, min(j.instrument), min(d.name) FROM "
			"judgements j "
			"LEFT JOIN documents d ON d.sha256 = j.instrument WHERE j.council = ? AND "
			"j.report_date <= ? AND j.area = 'overall' AND j.instrument IS NOT NULL AND "
			"NOT EXISTS (SELECT 1 FROM judgements o WHERE o.council = j.council AND "
			"o.report_date = j.report_date AND o.inspection IS NOT NULL) GROUP BY "
			"j.report_date, j.grade", p, 2, recited_row, &k, e) < 0 ||
	    store_query(s, "SELECT i.kind, i.date, CASE WHEN i.ended_on <= ? THEN i.ended_on END, "
			"(SELECT r.kind || ' of ' || r.date FROM instruments r WHERE r.sha256 = "
			"i.ended_by), i.title, i.sha256, d.name FROM instruments i LEFT JOIN "
			"documents d ON d.sha256 = i.sha256 WHERE i.council = ? AND i.date <= ?",
			(struct store_val[]){sv_text(day), sv_int(council), sv_text(day)}, 3,
			instrument_row, &k, e) < 0 ||
	    store_query(s, "SELECT r.kind, r.date, min(r.words), min(r.on_date), min(r.by_instrument), "
			"min(d.name) FROM revocations r LEFT JOIN documents d ON d.sha256 = "
			"r.by_instrument WHERE r.council = ? AND r.target IS NULL AND r.on_date <= ? "
			"GROUP BY r.kind, r.date", p, 2, recital_row, &k, e) < 0 ||
	    store_query(s, "SELECT i.date, a.person, a.role, a.instrument, d.name FROM appointments "
			"a JOIN instruments i ON i.sha256 = a.instrument LEFT JOIN documents d ON "
			"d.sha256 = a.instrument WHERE a.council = ? AND i.date <= ?", p, 2,
			appointment_row, &k, e) < 0 ||
	    store_query(s, "SELECT v.date, v.kind, v.detail, v.instrument, d.name FROM events v "
			"LEFT JOIN documents d ON d.sha256 = v.instrument LEFT JOIN instruments i ON "
			"i.sha256 = v.instrument WHERE v.council = ? AND v.date <= ? AND "
			"(v.instrument IS NULL OR i.date <= ?)",
			(struct store_val[]){sv_int(council), sv_text(day), sv_text(day)}, 3,
			event_row, &k, e) < 0)
		goto fail;
	{
		struct views_occ_query q = {council, NULL, as_of, 0, cal_min_day(), as_of, false, false, false, 0};
		if (views_occurrences(s, &q, occ_row, &k, e) < 0)
			goto fail;
	}
	n = json_array_size(k.items);
	v = malloc((n ? n : 1) * sizeof *v);
	if (!v) {
		err_set(e, ERR_INTERNAL, "out of memory");
		goto fail;
	}
	for (i = 0; i < n; i++)
		v[i] = json_array_get(k.items, i);
	qsort(v, n, sizeof *v, by_date);
	sorted = json_array();
	for (i = 0; i < n; i++) {
		json_object_del(v[i], "order");
		json_array_append(sorted, v[i]);
	}
	free(v);
	json_decref(k.items);
	return sorted;
fail:
	json_decref(k.items);
	return NULL;
}
