/*
 * cmd_plan.c: `oversight plan import|export|show|update|value` and
 * `oversight board add|meeting|show`: a council's improvement plan kept as
 * the spreadsheet councils keep (doc/plan-csv.md), its progress updates
 * and measures, and the boards that oversee it with their meetings.  Each
 * write is one transaction with its audit entries; the store does the work
 * (src/store/plans.c), the rules say what is slow (src/rules/plan.h).
 */
#include "../base/compat.h"

#include "../base/sha256.h"
#include "../cal/period.h"
#include "../report/plan_csv.h"
#include "../rules/plan.h"
#include "../store/store.h"
#include "cmd.h"
#include "cmd_db.h"

static int check_date(const char *s, struct err *e)
{
	cal_day d;
	return cal_parse_iso(strv_of(s), &d, e);
}

static int council_name(struct store *s, int code, char *out, size_t n, struct err *e)
{
	struct store_val k[] = {sv_int(code)};
	return store_query_text(s, "SELECT name FROM councils WHERE code = ?", k, 1, out, n, e) < 0
		       ? -1
		       : 0;
}

int cmd_plan_import(struct cmd_args *a)
{
	struct err e = {0};
	struct arena ar = ARENA_INIT;
	struct plan_csv_in in;
	struct store *s = NULL;
	char *buf, sha[65], name[160] = "";
	size_t len;
	int code = 0, version = 0, added = 0, rc;
	int64_t id = 0;

	if (!(buf = cmd_db_slurp(a->argv[0], (size_t)64 << 20, &len, &e)))
		return cmd_fail(&e);
	if (plan_csv_read(buf, len, &ar, &in, &e) < 0) {
		fprintf(stderr, "oversight: %s: %s\n", a->argv[0], e.msg);
		rc = e.code;
		goto done;
	}
	sha256_hex(buf, len, sha);
	in.plan.file_sha = sha;
	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		goto fail;
	if (store_council_find(s, in.council, in.plan.adopted, &code, &e) < 0) {
		fprintf(stderr, "oversight: %s: row %ld, column council: %s\n", a->argv[0],
			in.council_row, e.msg);
		rc = ERR_DATA;
		goto done;
	}
	in.plan.council = code;
	if (store_write_begin(s, &e) < 0)
		goto fail;
	if (store_plan_put(s, &in.plan, &id, &version, &added, &e) < 0 ||
	    store_write_commit(s, &e) < 0) {
		store_write_rollback(s);
		goto fail;
	}
	council_name(s, code, name, sizeof name, &e);
	if (added)
		printf("plan for %s: version %d (%zu objectives, %zu actions, %zu measures, %zu "
		       "values, %zu updates)\n",
		       name, version, in.plan.nobjectives, in.plan.nactions, in.plan.nmeasures,
		       in.plan.nvalues, in.plan.nupdates);
	else
		printf("plan for %s: version %d unchanged (same file)\n", name, version);
	rc = 0;
	goto done;
fail:
	rc = cmd_fail(&e);
done:
	store_close(s);
	arena_release(&ar);
	free(buf);
	return rc;
}

/* Open the register and load COUNCIL's plan (argv[0], --version). */
static int open_plan(struct cmd_args *a, struct arena *ar, struct store_plan *p, char *name,
		     size_t n, struct store **sp)
{
	struct err e = {0};
	struct store *s;
	const char *vs = cmd_opt(a, "version");
	int code;
	long version = 0;

	*sp = NULL;
	if (vs) {
		char *end;
		errno = 0;
		version = strtol(vs, &end, 10);
		if (errno || *end || version < 1 || version > 1000000)
			return cmd_usage(a, "--version takes a plan version number, not '%s'", vs);
	}
	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		return cmd_fail(&e);
	if (store_council_find(s, a->argv[0], NULL, &code, &e) < 0 ||
	    store_plan_load(s, code, (int)version, ar, p, &e) < 0 ||
	    council_name(s, code, name, n, &e) < 0) {
		store_close(s);
		return cmd_fail(&e);
	}
	*sp = s;
	return 0;
}

int cmd_plan_export(struct cmd_args *a)
{
	struct err e = {0};
	struct arena ar = ARENA_INIT;
	struct store_plan p;
	struct strbuf out = STRBUF_INIT;
	struct store *s;
	char name[160];
	const char *file = cmd_opt(a, "output");
	FILE *f = stdout;
	int rc;

	if ((rc = open_plan(a, &ar, &p, name, sizeof name, &s))) {
		arena_release(&ar);
		return rc;
	}
	plan_csv_write(&out, &p, name);
	if (file && !(f = fopen(file, "wb"))) {
		err_set(&e, ERR_CANTCREAT, "cannot write %s: %s", file, strerror(errno));
		rc = cmd_fail(&e);
	} else {
		fwrite(out.buf, 1, out.len, f);
		if ((file ? fclose(f) : fflush(f)) != 0) {
			err_set(&e, ERR_IO, "cannot write %s", file ? file : "standard output");
			rc = cmd_fail(&e);
		}
	}
	strbuf_release(&out);
	store_close(s);
	arena_release(&ar);
	return rc;
}

static const char *or_dash(const char *s) { return s && *s ? s : "-"; }

/* The latest value of measure ref in a month up to month, or NULL. */
static const char *latest_value(const struct store_plan *p, const char *ref, const char *month,
				const char **when)
{
	const char *v = NULL;
	size_t k;
	*when = NULL;
	for (k = 0; k < p->nvalues; k++)
		if (!strcmp(p->values[k].measure, ref) && strcmp(p->values[k].month, month) <= 0 &&
		    (!*when || strcmp(p->values[k].month, *when) > 0)) {
			*when = p->values[k].month;
			v = p->values[k].value;
		}
	return v;
}

int cmd_plan_show(struct cmd_args *a)
{
	struct arena ar = ARENA_INIT;
	struct store_plan p;
	struct store *s;
	char name[160], as_of[CAL_DATE_LEN], month[8], words[200];
	size_t i, k, nslow = 0;
	int rc;

	if ((rc = open_plan(a, &ar, &p, name, sizeof name, &s))) {
		arena_release(&ar);
		return rc;
	}
	cal_format_iso(a->today, as_of);
	snprintf(month, sizeof month, "%.7s", as_of);
	printf("%s: %s\n", name, p.title);
	printf("version %d, adopted %s%s%s; as of %s\n", p.version, p.adopted,
	       p.superseded ? ", superseded " : "", p.superseded ? p.superseded : "", as_of);
	for (i = 0; i < p.nobjectives; i++) {
		const struct store_objective *o = &p.objectives[i];
		unsigned why = rules_objective_slow(&p, i, a->today);
		printf("\n%s %s\n", o->ref, o->title);
		printf("  area %s; recommendation %s; clause %s%s; lead %s; due %s\n",
		       or_dash(o->ofsted_area), or_dash(o->recommendation), or_dash(o->clause),
		       o->clause && !o->instrument ? " (instrument not in the register)" : "",
		       or_dash(o->lead), or_dash(o->due_date));
		if (why) {
			nslow++;
			printf("  SLOW TO PROGRESS: %s\n", rules_slow_words(why, words, sizeof words));
		}
		for (k = 0; k < p.nactions; k++) {
			const struct store_action *x = &p.actions[k];
			const char *status, *rag;
			unsigned aw;
			if (strcmp(x->objective, o->ref))
				continue;
			rules_action_state(&p, k, a->today, &status, &rag);
			aw = rules_action_slow(&p, k, a->today);
			printf("  %-8s %-6s %-12s due %s  %s (%s)%s%s\n", x->ref, rag, status,
			       x->due_date, x->title, x->owner, aw ? "  <- " : "",
			       aw ? rules_slow_words(aw, words, sizeof words) : "");
		}
		for (k = 0; k < p.nmeasures; k++) {
			const struct store_measure *m = &p.measures[k];
			const char *when, *v;
			if (strcmp(m->objective, o->ref))
				continue;
			v = latest_value(&p, m->ref, month, &when);
			printf("  %-8s %s: baseline %s, target %s %s (%s better), latest %s%s%s%s%s\n",
			       m->ref, m->indicator, m->baseline, m->target, m->unit,
			       !strcmp(m->better, "up") ? "higher" : "lower", or_dash(v),
			       when ? " (" : "", when ? when : "", when ? ")" : "",
			       rules_measure_away(&p, k, a->today) ? "  <- moving away from target" : "");
		}
	}
	printf("\n%zu of %zu objectives slow to progress\n", nslow, p.nobjectives);
	store_close(s);
	arena_release(&ar);
	return 0;
}

/* The latest plan of COUNCIL (argv[0]) for a write. */
static struct store *open_latest(struct cmd_args *a, int64_t *plan, struct err *e)
{
	struct store *s;
	int code;

	if (!(s = cmd_db_open(a, STORE_USE, e)))
		return NULL;
	if (store_council_find(s, a->argv[0], NULL, &code, e) < 0)
		goto fail;
	{
		struct store_val k[] = {sv_int(code)};
		if (store_query_int(s, "SELECT id FROM plans WHERE council = ? ORDER BY version DESC",
				    k, 1, 0, plan, e) < 0)
			goto fail;
	}
	if (!*plan) {
		err_set(e, ERR_DATA, "%s has no improvement plan (oversight plan import)", a->argv[0]);
		goto fail;
	}
	return s;
fail:
	store_close(s);
	return NULL;
}

static int write_one(struct store *s, int rc_call, struct err *e)
{
	if (rc_call < 0 || store_write_commit(s, e) < 0) {
		store_write_rollback(s);
		return -1;
	}
	return 0;
}

int cmd_plan_update(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s;
	int64_t plan = 0;
	char day[CAL_DATE_LEN];
	const char *date = cmd_opt(a, "date"), *rag = cmd_opt(a, "rag");
	struct store_plan_update u;

	if (!cmd_opt(a, "status") || !rag || !cmd_opt(a, "note"))
		return cmd_usage(a, "--status, --rag and --note are required");
	cal_format_iso(a->today, day);
	if (date && check_date(date, &e) < 0)
		return cmd_fail(&e);
	if ((!strcmp(rag, "red") || !strcmp(rag, "amber")) && !cmd_opt(a, "reason"))
		return cmd_usage(a, "a %s rating needs --reason", rag);
	if (!(s = open_latest(a, &plan, &e)))
		return cmd_fail(&e);
	u = (struct store_plan_update){a->argv[1],	   date ? date : day,	 s->who,
				       cmd_opt(a, "note"), cmd_opt(a, "status"), rag,
				       cmd_opt(a, "reason")};
	if (store_write_begin(s, &e) < 0 ||
	    write_one(s, store_plan_update_add(s, plan, &u, &e), &e) < 0) {
		store_close(s);
		return cmd_fail(&e);
	}
	printf("action %s: %s, %s on %s\n", u.action, u.status, u.rag, u.date);
	store_close(s);
	return 0;
}

int cmd_plan_value(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s;
	int64_t plan = 0;
	struct store_measure_value v = {a->argv[1], a->argv[2], a->argv[3]};

	if (!(s = open_latest(a, &plan, &e)))
		return cmd_fail(&e);
	if (store_write_begin(s, &e) < 0 ||
	    write_one(s, store_measure_value_set(s, plan, &v, &e), &e) < 0) {
		store_close(s);
		return cmd_fail(&e);
	}
	printf("measure %s: %s for %s\n", v.measure, v.value, v.month);
	store_close(s);
	return 0;
}

int cmd_board_add(struct cmd_args *a)
{
	struct err e = {0};
	struct store *s;
	struct cal_period per;
	int code;
	int64_t id = 0;
	struct store_board b;

	if (!cmd_opt(a, "since"))
		return cmd_usage(a, "--since DATE (when the board was set up) is required");
	if (check_date(cmd_opt(a, "since"), &e) < 0 ||
	    (cmd_opt(a, "until") && check_date(cmd_opt(a, "until"), &e) < 0) ||
	    (cmd_opt(a, "every") && cal_period_parse(strv_of(cmd_opt(a, "every")), &per, &e) < 0))
		return cmd_fail(&e);
	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		return cmd_fail(&e);
	if (store_council_find(s, a->argv[0], NULL, &code, &e) < 0)
		goto fail;
	b = (struct store_board){0,
				 code,
				 a->argv[1],
				 a->argv[2],
				 cmd_opt(a, "chair"),
				 cmd_opt(a, "every"),
				 cmd_opt(a, "since"),
				 cmd_opt(a, "until"),
				 NULL,
				 cmd_opt(a, "clause")};
	if (store_write_begin(s, &e) < 0 || write_one(s, store_board_put(s, &b, &id, &e), &e) < 0)
		goto fail;
	printf("board %lld added: %s of %s\n", (long long)id, b.name, a->argv[0]);
	store_close(s);
	return 0;
fail:
	store_close(s);
	return cmd_fail(&e);
}

int cmd_board_meeting(struct cmd_args *a)
{
	struct err e = {0};
	struct arena ar = ARENA_INIT;
	struct store *s;
	struct store_board b;
	struct store_meeting m;
	int code, rc = 0;
	int64_t id = 0, occ = 0;

	if (check_date(a->argv[2], &e) < 0)
		return cmd_fail(&e);
	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		return cmd_fail(&e);
	if (store_council_find(s, a->argv[0], NULL, &code, &e) < 0 ||
	    store_board_find(s, code, a->argv[1], &ar, &b, &e) < 0)
		goto fail;
	m = (struct store_meeting){0,
				   b.id,
				   a->argv[2],
				   cmd_opt(a, "chair") ? cmd_opt(a, "chair") : b.chair,
				   cmd_opt(a, "attendees"),
				   cmd_opt(a, "papers"),
				   cmd_opt(a, "decisions"),
				   0,
				   0};
	if (store_write_begin(s, &e) < 0 ||
	    write_one(s, store_meeting_put(s, &m, &id, &occ, &e), &e) < 0)
		goto fail;
	printf("meeting %lld of %s on %s recorded", (long long)id, b.name, m.date);
	if (occ) {
		char due[CAL_DATE_LEN] = "";
		struct store_val k[] = {sv_int(occ)};
		store_query_text(s, "SELECT due_date FROM occurrences WHERE id = ?", k, 1, due,
				 sizeof due, &e);
		printf("; evidence for clause %s, occurrence %lld due %s", b.ref, (long long)occ, due);
	}
	printf("\n");
	goto out;
fail:
	rc = cmd_fail(&e);
out:
	store_close(s);
	arena_release(&ar);
	return rc;
}

int cmd_board_show(struct cmd_args *a)
{
	struct err e = {0};
	struct arena ar = ARENA_INIT;
	struct store *s;
	struct store_board *v;
	size_t n, i, j;
	int code, rc = 0;
	char as_of[CAL_DATE_LEN];

	if (!(s = cmd_db_open(a, STORE_USE, &e)))
		return cmd_fail(&e);
	if (store_council_find(s, a->argv[0], NULL, &code, &e) < 0 ||
	    store_boards_load(s, code, &ar, &v, &n, &e) < 0)
		goto fail;
	cal_format_iso(a->today, as_of);
	if (!n)
		printf("no boards recorded (oversight board add)\n");
	for (i = 0; i < n; i++) {
		struct store_meeting *m;
		size_t nm, held = 0;
		cal_day *days, since, until = -1;
		struct rules_cadence c;

		if (store_meetings_load(s, v[i].id, &ar, &m, &nm, &e) < 0)
			goto fail;
		printf("%s (%s), chair %s, since %s%s%s, meets every %s%s%s\n", v[i].name, v[i].kind,
		       or_dash(v[i].chair), v[i].since, v[i].until ? " until " : "",
		       v[i].until ? v[i].until : "", or_dash(v[i].every), v[i].ref ? ", clause " : "",
		       v[i].ref ? v[i].ref : "");
		days = arena_zalloc(&ar, (nm + 1) * sizeof *days);
		if (!days) {
			err_set(&e, ERR_INTERNAL, "out of memory");
			goto fail;
		}
		for (j = 0; j < nm; j++) {
			if (cal_parse_iso(strv_of(m[j].date), &days[held], &e) < 0)
				goto fail;
			if (days[held] > a->today)
				continue;
			printf("  %s  chair %s%s%s\n", m[j].date, or_dash(m[j].chair),
			       m[j].decisions ? "; decisions: " : "", m[j].decisions ? m[j].decisions : "");
			held++;
		}
		if (v[i].every) {
			if (cal_parse_iso(strv_of(v[i].since), &since, &e) < 0 ||
			    (v[i].until && cal_parse_iso(strv_of(v[i].until), &until, &e) < 0) ||
			    rules_board_cadence(v[i].every, since, until, a->today, days, held, &c,
						&e) < 0)
				goto fail;
			printf("  cadence as of %s: %d cycle%s met, %d missed%s\n", as_of, c.met,
			       c.met == 1 ? "" : "s", c.missed,
			       c.open_met ? "; current cycle met" : "");
		}
	}
	goto out;
fail:
	rc = cmd_fail(&e);
out:
	store_close(s);
	arena_release(&ar);
	return rc;
}
