/*
 * plan_csv.c: reading and writing an improvement plan as one CSV sheet
 * (doc/plan-csv.md).  Reading is two steps: each row is checked on its
 * own (kind, cells used and unused, dates, numbers, vocabulary, normalised
 * to the register's words), then the references between rows (owners,
 * objectives, measures, actions; refs unique).  The first fault stops it
 * with the row and the column (its spreadsheet letter and its name).
 */
#include "../base/compat.h"

#include "../base/grow.h"
#include "../base/str.h"
#include "../cal/date.h"
#include "csv.h"
#include "plan_csv.h"

enum col {
	C_RECORD, C_REF, C_PARENT, C_TITLE, C_COUNCIL, C_OWNER, C_START, C_DUE, C_STATUS, C_RAG,
	C_RAG_REASON, C_AREA, C_RECOMMENDATION, C_CLAUSE, C_UNIT, C_BASELINE, C_TARGET, C_BETTER,
	C_SOURCE, C_DATE, C_VALUE, NCOLS
};

static const char *const col_names[NCOLS] = {
	"record", "ref",   "parent",	     "title",  "council",  "owner",    "start",
	"due",	  "status", "rag",	     "rag_reason", "area",	   "recommendation", "clause",
	"unit",	  "baseline", "target",	     "better", "source",   "date",     "value",
};

/* Which cells each kind of row uses: R required, O optional, '.' must be empty. */
struct kind {
	const char *name;
	const char *use; /* NCOLS - 1 characters, C_REF first */
};
/* Columns from ref on: ref parent title council owner start due status rag rag_reason area
 * recommendation clause unit baseline target better source date value. */
static const struct kind kinds[] = {
	{"plan", "..RR.............OR."},
	{"owner", "R.O................."},
	{"objective", "R.R.O.O...OOO......."},
	{"action", "RRR.RORRRO.........."},
	{"measure", "RRR...O......RRRROO."},
	{"value", ".R................RR"},
	{"update", ".RR.R..RRO........R."},
};

struct row {
	long line;
	int kind;
	const char *c[NCOLS]; /* NULL for an empty cell */
};

struct reader {
	struct arena *a;
	int pos[NCOLS]; /* the file's column index of each of ours */
	struct row *rows;
	size_t n, cap;
	struct err *e;
};

static void col_letter(int i, char *buf, size_t n)
{
	char tmp[8];
	int k = 0, j;

	i++;
	while (i > 0 && k < 7) {
		tmp[k++] = (char)('A' + (i - 1) % 26);
		i = (i - 1) / 26;
	}
	if ((size_t)k >= n)
		k = (int)n - 1;
	for (j = 0; j < k; j++)
		buf[j] = tmp[k - 1 - j];
	buf[k] = 0;
}

static int fail_at(struct reader *r, long line, enum col c, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int fail_at(struct reader *r, long line, enum col c, const char *fmt, ...)
{
	char letter[8], msg[300];
	va_list ap;

	col_letter(r->pos[c], letter, sizeof letter);
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return err_set(r->e, ERR_DATA, "row %ld, column %s (%s): %s", line, letter, col_names[c],
		       msg);
}

/* Lower-case, spaces and hyphens to '_', in the arena. */
static char *norm_word(struct arena *a, const char *s)
{
	char *o = arena_strdup(a, s), *p;
	for (p = o; p && *p; p++)
		*p = *p == ' ' || *p == '-' ? '_' : (char)ch_lower((unsigned char)*p);
	return o;
}

static const char *pick(const char *w, const char *const *map)
{
	for (; w && *map; map += 2)
		if (!strcmp(w, map[0]))
			return map[1];
	return NULL;
}

static const char *const status_map[] = {
	"not_started", "not_started", "in_progress", "in_progress", "on_track", "in_progress",
	"complete", "complete", "completed", "complete", "done", "complete", "cancelled",
	"cancelled", "canceled", "cancelled", NULL};
static const char *const rag_map[] = {"red",  "red",   "r",	  "red",  "amber", "amber",
				      "a",    "amber", "green", "green", "g",	  "green",
				      "blue", "blue",  "b",	  "blue",  NULL};
static const char *const better_map[] = {"up",	 "up",	 "higher", "up",   "increase", "up",
					 "down", "down", "lower",  "down", "decrease", "down",
					 NULL};
static const char *const area_map[] = {
	"help_and_protection", "help_and_protection", "looked_after", "looked_after", "in_care",
	"looked_after", "children_in_care", "looked_after", "care_leavers", "care_leavers",
	"leadership", "leadership", "impact_of_leaders", "leadership", "overall", "overall",
	"overall_effectiveness", "overall", NULL};

static bool is_number(const char *v)
{
	char *end;
	if (!*v || ch_is_space((unsigned char)*v))
		return false;
	errno = 0;
	(void)strtod(v, &end);
	return !errno && !*end;
}

static bool is_month(const char *m)
{
	int y = 0, mo = 0;
	struct strv v = strv_of(m);
	return strlen(m) == 7 && strv_eat_uint(&v, 4, &y) && y >= 1 && strv_eat_ci(&v, "-") &&
	       v.n == 2 && strv_eat_uint(&v, 2, &mo) && mo >= 1 && mo <= 12;
}

static int check_cells(struct reader *r, struct row *w)
{
	const char *use = kinds[w->kind].use;
	bool value_row = !strcmp(kinds[w->kind].name, "value");
	int c;
	struct err de = {0};
	cal_day d;

	for (c = C_REF; c < NCOLS; c++) {
		char u = use[c - 1];
		const char *v = w->c[c];
		if (u == 'R' && !v)
			return fail_at(r, w->line, (enum col)c, "a %s row needs this",
				       kinds[w->kind].name);
		if (u == '.' && v)
			return fail_at(r, w->line, (enum col)c, "not used by a %s row (is a cell "
				       "in the wrong column?)", kinds[w->kind].name);
	}
	for (c = C_START; c <= C_DATE; c++) {
		const char *v = w->c[c];
		if (!v || (c != C_START && c != C_DUE && c != C_DATE))
			continue;
		if (c == C_DATE && value_row) {
			if (!is_month(v))
				return fail_at(r, w->line, C_DATE, "'%s' is not a month (YYYY-MM)", v);
		} else if (cal_parse_iso(strv_of(v), &d, &de) < 0) {
			return fail_at(r, w->line, (enum col)c, "'%s' is not a date (YYYY-MM-DD)", v);
		}
	}
	if (w->c[C_STATUS]) {
		const char *x = pick(norm_word(r->a, w->c[C_STATUS]), status_map);
		if (!x)
			return fail_at(r, w->line, C_STATUS, "'%s' is not a status (not_started, "
				       "in_progress, complete, cancelled)", w->c[C_STATUS]);
		w->c[C_STATUS] = x;
	}
	if (w->c[C_RAG]) {
		const char *x = pick(norm_word(r->a, w->c[C_RAG]), rag_map);
		if (!x)
			return fail_at(r, w->line, C_RAG, "'%s' is not a RAG rating (red, amber, "
				       "green, blue)", w->c[C_RAG]);
		w->c[C_RAG] = x;
		if ((!strcmp(x, "red") || !strcmp(x, "amber")) && !w->c[C_RAG_REASON])
			return fail_at(r, w->line, C_RAG_REASON, "a %s rating needs its reason", x);
	}
	if (w->c[C_BETTER]) {
		const char *x = pick(norm_word(r->a, w->c[C_BETTER]), better_map);
		if (!x)
			return fail_at(r, w->line, C_BETTER, "'%s' is not a direction (up or down)",
				       w->c[C_BETTER]);
		w->c[C_BETTER] = x;
	}
	if (w->c[C_AREA]) {
		const char *x = pick(norm_word(r->a, w->c[C_AREA]), area_map);
		if (!x)
			return fail_at(r, w->line, C_AREA, "'%s' is not an Ofsted judgement area "
				       "(help_and_protection, looked_after, care_leavers, leadership, "
				       "overall)", w->c[C_AREA]);
		w->c[C_AREA] = x;
	}
	for (c = C_BASELINE; c <= C_VALUE; c++)
		if ((c == C_BASELINE || c == C_TARGET || c == C_VALUE) && w->c[c] &&
		    !is_number(w->c[c]))
			return fail_at(r, w->line, (enum col)c, "'%s' is not a number", w->c[c]);
	return 0;
}

static int header(struct reader *r, const struct strv *f, size_t n)
{
	size_t i;
	int c;
	char missing[400] = "";

	for (c = 0; c < NCOLS; c++)
		r->pos[c] = -1;
	for (i = 0; i < n; i++) {
		struct strv h = strv_trim(f[i]);
		bool known = false;
		for (c = 0; c < NCOLS; c++)
			if (strv_eq_ci(h, col_names[c])) {
				if (r->pos[c] >= 0)
					return err_set(r->e, ERR_DATA, "row 1: column '%s' appears twice",
						       col_names[c]);
				r->pos[c] = (int)i;
				known = true;
			}
		if (!known) {
			char letter[8];
			col_letter((int)i, letter, sizeof letter);
			return err_set(r->e, ERR_DATA, "row 1, column %s: unknown column '%.*s' (the "
				       "columns are in doc/plan-csv.md)", letter,
				       (int)(h.n > 60 ? 60 : h.n), h.p);
		}
	}
	for (c = 0; c < NCOLS; c++)
		if (r->pos[c] < 0) {
			size_t l = strlen(missing);
			snprintf(missing + l, sizeof missing - l, "%s'%s'", l ? ", " : "",
				 col_names[c]);
		}
	if (missing[0])
		return err_set(r->e, ERR_DATA, "row 1: missing column%s %s",
			       strchr(missing, ',') ? "s" : "", missing);
	return 0;
}

/* A cell: trimmed; empty is NULL; a leading "'" that protected a formula character on
 * export (csv.h) is taken off. */
static const char *cell(struct arena *a, struct strv v)
{
	v = strv_trim(v);
	if (!v.n)
		return NULL;
	if (v.n >= 2 && v.p[0] == '\'' && strchr("=+-@\t\r", v.p[1]))
		v = strv_make(v.p + 1, v.n - 1);
	return arena_strndup(a, v.p, v.n);
}

#define FIND(arr, cnt, field, key, out)                      \
	do {                                                 \
		size_t k_;                                   \
		(out) = -1;                                  \
		for (k_ = 0; k_ < (cnt); k_++)               \
			if (!strcmp((arr)[k_].field, key)) { \
				(out) = (long)k_;            \
				break;                       \
			}                                    \
	} while (0)

static bool owner_known(const struct store_plan *p, const char *name)
{
	long i;
	FIND(p->owners, p->nowners, name, name, i);
	return i >= 0;
}

/* References between rows, reported at the referring row. */
static int check_refs(struct reader *r, const struct store_plan *p)
{
	size_t i, j, io = 0, ia = 0, im = 0, iv = 0, iw = 0;
	long k;

	for (i = 0; i < r->n; i++) {
		const struct row *w = &r->rows[i];
		switch (w->kind) {
		case 1:
			FIND(p->owners, iw, name, w->c[C_REF], k);
			if (k >= 0)
				return fail_at(r, w->line, C_REF, "owner '%s' is named twice",
					       w->c[C_REF]);
			iw++;
			break;
		case 2:
			FIND(p->objectives, io, ref, w->c[C_REF], k);
			if (k >= 0)
				return fail_at(r, w->line, C_REF, "objective '%s' is defined twice",
					       w->c[C_REF]);
			if (w->c[C_OWNER] && !owner_known(p, w->c[C_OWNER]))
				return fail_at(r, w->line, C_OWNER, "unknown owner '%s' (add an owner "
					       "row)", w->c[C_OWNER]);
			io++;
			break;
		case 3:
			FIND(p->objectives, p->nobjectives, ref, w->c[C_PARENT], k);
			if (k < 0)
				return fail_at(r, w->line, C_PARENT, "unknown objective '%s'",
					       w->c[C_PARENT]);
			if (!owner_known(p, w->c[C_OWNER]))
				return fail_at(r, w->line, C_OWNER, "unknown owner '%s' (add an owner "
					       "row)", w->c[C_OWNER]);
			FIND(p->actions, ia, ref, w->c[C_REF], k);
			if (k >= 0)
				return fail_at(r, w->line, C_REF, "action '%s' is defined twice",
					       w->c[C_REF]);
			ia++;
			break;
		case 4:
			FIND(p->objectives, p->nobjectives, ref, w->c[C_PARENT], k);
			if (k < 0)
				return fail_at(r, w->line, C_PARENT, "unknown objective '%s'",
					       w->c[C_PARENT]);
			FIND(p->measures, im, ref, w->c[C_REF], k);
			if (k >= 0)
				return fail_at(r, w->line, C_REF, "measure '%s' is defined twice",
					       w->c[C_REF]);
			im++;
			break;
		case 5:
			FIND(p->measures, p->nmeasures, ref, w->c[C_PARENT], k);
			if (k < 0)
				return fail_at(r, w->line, C_PARENT, "unknown measure '%s'",
					       w->c[C_PARENT]);
			for (j = 0; j < iv; j++)
				if (!strcmp(p->values[j].measure, w->c[C_PARENT]) &&
				    !strcmp(p->values[j].month, w->c[C_DATE]))
					return fail_at(r, w->line, C_DATE, "a second value for %s",
						       w->c[C_DATE]);
			iv++;
			break;
		case 6:
			FIND(p->actions, p->nactions, ref, w->c[C_PARENT], k);
			if (k < 0)
				return fail_at(r, w->line, C_PARENT, "unknown action '%s'",
					       w->c[C_PARENT]);
			break;
		}
	}
	return 0;
}

int plan_csv_read(const char *buf, size_t len, struct arena *a, struct plan_csv_in *in,
		  struct err *e)
{
	struct csv_reader cr;
	struct reader r = {.a = a, .e = e};
	struct strv f[CSV_MAX_FIELDS];
	size_t n, i, cnt[ARRAY_SIZE(kinds)] = {0};
	int rc = -1, got, c;
	struct store_plan *p = &in->plan;
	bool first = true;

	memset(in, 0, sizeof *in);
	csv_reader_init(&cr, strv_make(buf, len));
	while ((got = csv_read(&cr, f, CSV_MAX_FIELDS, &n, e)) > 0) {
		struct row w = {.line = cr.line, .kind = -1};
		bool blank = true;
		if (first) {
			if (header(&r, f, n) < 0)
				goto out;
			first = false;
			continue;
		}
		for (i = 0; i < n; i++)
			blank &= strv_trim(f[i]).n == 0;
		if (blank)
			continue;
		/* A spreadsheet may leave out a row's empty cells at the end: they are empty.  A
		 * NUL byte would cut the cell short in the register: refused, with its cell. */
		for (c = 0; c < NCOLS; c++) {
			if (r.pos[c] < (int)n && memchr(f[r.pos[c]].p, 0, f[r.pos[c]].n)) {
				fail_at(&r, w.line, (enum col)c, "a NUL byte in the cell");
				goto out;
			}
			w.c[c] = r.pos[c] < (int)n ? cell(a, f[r.pos[c]]) : NULL;
		}
		if (a->failed) {
			err_set(e, ERR_INTERNAL, "out of memory");
			goto out;
		}
		if (w.c[C_RECORD]) {
			const char *k = norm_word(a, w.c[C_RECORD]);
			for (i = 0; i < ARRAY_SIZE(kinds); i++)
				if (k && !strcmp(k, kinds[i].name))
					w.kind = (int)i;
		}
		if (w.kind < 0) {
			fail_at(&r, w.line, C_RECORD, "'%s' is not a record kind (plan, owner, "
				"objective, action, measure, value, update)",
				w.c[C_RECORD] ? w.c[C_RECORD] : "");
			goto out;
		}
		if (w.kind == 0 && r.n) {
			fail_at(&r, w.line, C_RECORD, "the plan row must be the first row and the "
				"only one");
			goto out;
		}
		if (w.kind != 0 && !r.n) {
			fail_at(&r, w.line, C_RECORD, "the first row must be the plan row");
			goto out;
		}
		if (check_cells(&r, &w) < 0)
			goto out;
		if (grow((void **)&r.rows, &r.cap, r.n + 1, sizeof *r.rows) < 0) {
			err_set(e, ERR_INTERNAL, "out of memory");
			goto out;
		}
		r.rows[r.n++] = w;
		cnt[w.kind]++;
	}
	if (got < 0)
		goto out;
	if (first) {
		err_set(e, ERR_DATA, "row 1: the file is empty (the header is in doc/plan-csv.md)");
		goto out;
	}
	if (!r.n) {
		err_set(e, ERR_DATA, "row 2: no plan row");
		goto out;
	}
	p->owners = arena_zalloc(a, (cnt[1] + 1) * sizeof *p->owners);
	p->objectives = arena_zalloc(a, (cnt[2] + 1) * sizeof *p->objectives);
	p->actions = arena_zalloc(a, (cnt[3] + 1) * sizeof *p->actions);
	p->measures = arena_zalloc(a, (cnt[4] + 1) * sizeof *p->measures);
	p->values = arena_zalloc(a, (cnt[5] + 1) * sizeof *p->values);
	p->updates = arena_zalloc(a, (cnt[6] + 1) * sizeof *p->updates);
	if (a->failed) {
		err_set(e, ERR_INTERNAL, "out of memory");
		goto out;
	}
	for (i = 0; i < r.n; i++) {
		const char **w = r.rows[i].c;
		switch (r.rows[i].kind) {
		case 0:
			p->title = w[C_TITLE];
			p->adopted = w[C_DATE];
			p->source = w[C_SOURCE];
			in->council = w[C_COUNCIL];
			in->council_row = r.rows[i].line;
			break;
		case 1: p->owners[p->nowners++] = (struct store_plan_owner){w[C_REF], w[C_TITLE]}; break;
		case 2:
			p->objectives[p->nobjectives++] = (struct store_objective){
				w[C_REF], w[C_TITLE], w[C_AREA], w[C_RECOMMENDATION], w[C_CLAUSE],
				w[C_OWNER], w[C_DUE], NULL};
			break;
		case 3:
			p->actions[p->nactions++] = (struct store_action){
				w[C_PARENT], w[C_REF], w[C_TITLE], w[C_OWNER], w[C_START], w[C_DUE],
				w[C_STATUS], w[C_RAG], w[C_RAG_REASON]};
			break;
		case 4:
			p->measures[p->nmeasures++] = (struct store_measure){
				w[C_PARENT], w[C_REF], w[C_TITLE], w[C_UNIT], w[C_BASELINE],
				w[C_DATE], w[C_TARGET], w[C_DUE], w[C_BETTER], w[C_SOURCE]};
			break;
		case 5:
			p->values[p->nvalues++] =
				(struct store_measure_value){w[C_PARENT], w[C_DATE], w[C_VALUE]};
			break;
		case 6:
			p->updates[p->nupdates++] = (struct store_plan_update){
				w[C_PARENT], w[C_DATE], w[C_OWNER], w[C_TITLE], w[C_STATUS], w[C_RAG],
				w[C_RAG_REASON]};
			break;
		}
	}
	if (check_refs(&r, p) < 0)
		goto out;
	rc = 0;
out:
	free(r.rows);
	csv_reader_release(&cr);
	return rc;
}

static void put_row(struct strbuf *out, const char *const *c)
{
	int i;
	for (i = 0; i < NCOLS; i++)
		csv_field(out, c[i], i == 0);
	csv_end(out);
}

void plan_csv_write(struct strbuf *out, const struct store_plan *p, const char *council_name)
{
	size_t i;
	const char *c[NCOLS];

	for (i = 0; i < NCOLS; i++)
		csv_field(out, col_names[i], i == 0);
	csv_end(out);
#define ROW(kind) (memset(c, 0, sizeof c), c[C_RECORD] = (kind))
	ROW("plan");
	c[C_COUNCIL] = council_name;
	c[C_TITLE] = p->title;
	c[C_DATE] = p->adopted;
	c[C_SOURCE] = p->source;
	put_row(out, c);
	for (i = 0; i < p->nowners; i++) {
		ROW("owner");
		c[C_REF] = p->owners[i].name;
		c[C_TITLE] = p->owners[i].role;
		put_row(out, c);
	}
	for (i = 0; i < p->nobjectives; i++) {
		const struct store_objective *o = &p->objectives[i];
		ROW("objective");
		c[C_REF] = o->ref;
		c[C_TITLE] = o->title;
		c[C_AREA] = o->ofsted_area;
		c[C_RECOMMENDATION] = o->recommendation;
		c[C_CLAUSE] = o->clause;
		c[C_OWNER] = o->lead;
		c[C_DUE] = o->due_date;
		put_row(out, c);
	}
	for (i = 0; i < p->nactions; i++) {
		const struct store_action *x = &p->actions[i];
		ROW("action");
		c[C_REF] = x->ref;
		c[C_PARENT] = x->objective;
		c[C_TITLE] = x->title;
		c[C_OWNER] = x->owner;
		c[C_START] = x->start_date;
		c[C_DUE] = x->due_date;
		c[C_STATUS] = x->status;
		c[C_RAG] = x->rag;
		c[C_RAG_REASON] = x->rag_reason;
		put_row(out, c);
	}
	for (i = 0; i < p->nmeasures; i++) {
		const struct store_measure *m = &p->measures[i];
		ROW("measure");
		c[C_REF] = m->ref;
		c[C_PARENT] = m->objective;
		c[C_TITLE] = m->indicator;
		c[C_UNIT] = m->unit;
		c[C_BASELINE] = m->baseline;
		c[C_DATE] = m->baseline_date;
		c[C_TARGET] = m->target;
		c[C_DUE] = m->target_date;
		c[C_BETTER] = m->better;
		c[C_SOURCE] = m->source;
		put_row(out, c);
	}
	for (i = 0; i < p->nvalues; i++) {
		ROW("value");
		c[C_PARENT] = p->values[i].measure;
		c[C_DATE] = p->values[i].month;
		c[C_VALUE] = p->values[i].value;
		put_row(out, c);
	}
	for (i = 0; i < p->nupdates; i++) {
		const struct store_plan_update *u = &p->updates[i];
		ROW("update");
		c[C_PARENT] = u->action;
		c[C_DATE] = u->date;
		c[C_OWNER] = u->who;
		c[C_TITLE] = u->what;
		c[C_STATUS] = u->status;
		c[C_RAG] = u->rag;
		c[C_RAG_REASON] = u->rag_reason;
		put_row(out, c);
	}
#undef ROW
}
