/*
 * render.c: the text view of a record (`oversight read --format text`):
 * the same facts as the JSON, laid out for a person checking them against
 * the document.
 */
#include "../base/compat.h"

#include "../base/strbuf.h"
#include "read.h"

static const char *str(const rec_t *o, const char *k)
{
	const char *s = rec_string_value(rec_object_get(o, k));
	return s ? s : "";
}

static void list(struct strbuf *out, const rec_t *rec, const char *key, const char *title,
                 const char *const *fields)
{
	const rec_t *arr = rec_object_get(rec, key);
	size_t i, f;

	if (!rec_array_size(arr))
		return;
	strbuf_addf(out, "\n%s:\n", title);
	for (i = 0; i < rec_array_size(arr); i++) {
		const rec_t *o = rec_array_get(arr, i);
		strbuf_adds(out, "  -");
		for (f = 0; fields[f]; f++)
			if (rec_object_get(o, fields[f]))
				strbuf_addf(out, " %s", str(o, fields[f]));
		strbuf_addch(out, '\n');
	}
}

void read_render_text(const rec_t *rec, struct strbuf *out)
{
	const rec_t *src = rec_object_get(rec, "source"), *obl = rec_object_get(rec, "obligations");
	const rec_t *w = rec_object_get(rec, "warnings");
	static const char *const ev[] = {"date", "kind", "detail", NULL};
	static const char *const jd[] = {"area", "grade", "report_date", NULL};
	static const char *const ap[] = {"person", "honours", "role", NULL};
	static const char *const rv[] = {"what", "date", NULL};
	size_t i;

	strbuf_addf(out, "%s (%s, sha256 %.12s)\n", str(src, "name"), str(src, "format"),
		    str(src, "sha256"));
	strbuf_addf(out, "kind:     %s\n", str(rec, "kind"));
	strbuf_addf(out, "title:    %s\n", str(rec, "title"));
	strbuf_addf(out, "council:  %s\n", str(rec_object_get(rec, "council"), "name"));
	strbuf_addf(out, "date:     %s\n", str(rec_object_get(rec, "date"), "value"));
	for (i = 0; i < rec_array_size(rec_object_get(rec, "legal_basis")); i++) {
		const rec_t *l = rec_array_get(rec_object_get(rec, "legal_basis"), i);
		strbuf_addf(out, "basis:    s%s %s\n", str(l, "section"), str(l, "act"));
	}
	if (rec_object_get(rec, "signatory"))
		strbuf_addf(out, "signed:   %s, %s\n",
		            str(rec_object_get(rec, "signatory"), "name"),
		            str(rec_object_get(rec, "signatory"), "role"));
	list(out, rec, "events", "events", ev);
	list(out, rec, "judgements", "judgements", jd);
	list(out, rec, "appointments", "appointments", ap);
	list(out, rec, "revokes", "revokes", rv);
	if (rec_array_size(obl))
		strbuf_addf(out, "\nobligations (%zu):\n", rec_array_size(obl));
	for (i = 0; i < rec_array_size(obl); i++) {
		const rec_t *o = rec_array_get(obl, i), *due = rec_object_get(o, "due");
		const rec_t *rc = rec_object_get(o, "recurrence");
		strbuf_addf(out, "  %-12s %-10s %-18s", str(o, "id"), str(o, "kind"), str(o, "bearer"));
		if (due)
			strbuf_addf(out, " due %s (%s)", str(due, "date"), str(due, "rule"));
		if (rc)
			strbuf_addf(out, " every %s from %s, next %s", str(rc, "every"), str(rc, "anchor"),
				    str(rc, "next"));
		strbuf_addch(out, '\n');
		if (due && rec_object_get(due, "derivation"))
			strbuf_addf(out, "               %s\n", str(due, "derivation"));
		if (rec_object_get(o, "condition"))
			strbuf_addf(out, "               condition: %s\n", str(o, "condition"));
		strbuf_addf(out, "               \"%.160s%s\"\n", str(o, "action"),
			    strlen(str(o, "action")) > 160 ? "..." : "");
	}
	if (rec_array_size(w))
		strbuf_adds(out, "\nto confirm:\n");
	for (i = 0; i < rec_array_size(w); i++)
		strbuf_addf(out, "  - %s\n", str(rec_array_get(w, i), "message"));
	strbuf_addch(out, '\n');
}
