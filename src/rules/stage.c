/*
 * stage.c: the intervention stage engine (see stage.h) and its policy
 * table.  The table below is the whole of the policy: rules_policy_on()
 * walks it in order and the first row whose condition holds applies.
 * Conditions are coded in policy_holds() by row id, one line each, so a
 * reader can check every row against doc/policy.md.
 */
#include "../base/compat.h"

#include "../cal/period.h"
#include "stage.h"

#define S(x) RULES_STAGE_##x

const struct rules_policy rules_policy_table[] = {
	{"systemic", "the latest judgement is inadequate on every key judgement", S(DIRECTION_COMMISSIONER),
	 S(ALTERNATIVE_DELIVERY),
	 "DfE: where a council has systemically failed there is a presumption that service "
	 "control is removed unless there are good reasons not to (terms of reference annexed "
	 "to the directions, para 1); a commissioner is appointed to review it"},
	{"persistent", "the latest judgement is inadequate and so was another within five years before it",
	 S(DIRECTION_COMMISSIONER), S(ALTERNATIVE_DELIVERY),
	 "DfE: the same presumption applies where a council has persistently failed (terms of "
	 "reference, para 1)"},
	{"inadequate", "the latest judgement is inadequate", S(DIRECTION_ADVISER),
	 S(ALTERNATIVE_DELIVERY),
	 "DfE: every council judged inadequate is intervened in, by a statutory direction "
	 "under s497A(4B) Education Act 1996 (applied by s50 Children Act 2004)"},
	{"step_down", "the latest judgement is requires improvement after an intervention",
	 S(IMPROVEMENT_NOTICE), S(IMPROVEMENT_NOTICE),
	 "DfE: on improvement to requires improvement the direction is revoked and an "
	 "improvement notice issued (e.g. Kirklees improvement notice of 13 January 2020, para 1)"},
	{"requires_improvement", "the latest judgement is requires improvement, with no intervention before",
	 S(NONE), S(IMPROVEMENT_NOTICE),
	 "DfE may issue a non-statutory improvement notice; no intervention is required"},
	{"good", "the latest judgement is good or outstanding", S(NONE), S(NONE),
	 "DfE: a good or better judgement ends the intervention; directions are revoked and "
	 "notices lifted"},
};

const size_t rules_policy_count = ARRAY_SIZE(rules_policy_table);

const char *rules_stage_name(enum rules_stage s)
{
	static const char *const names[] = {"none", "improvement_notice", "direction_adviser",
					    "direction_commissioner", "alternative_delivery"};
	return names[s];
}

const char *rules_grade_name(enum rules_grade g)
{
	static const char *const names[] = {"unknown", "outstanding", "good",
					    "requires_improvement", "inadequate"};
	return names[g];
}

enum rules_grade rules_grade_parse(const char *s)
{
	char norm[64];
	size_t i, j = 0;

	for (i = 0; s[i] && j + 1 < sizeof(norm); i++) {
		char ch = (char)ch_lower((unsigned char)s[i]);
		norm[j++] = (ch == '_' || ch == '-') ? ' ' : ch;
	}
	norm[j] = '\0';
	if (!strcmp(norm, "outstanding"))
		return RULES_GRADE_OUTSTANDING;
	if (!strcmp(norm, "good"))
		return RULES_GRADE_GOOD;
	if (!strcmp(norm, "requires improvement") ||
	    !strcmp(norm, "requires improvement to be good"))
		return RULES_GRADE_REQUIRES_IMPROVEMENT;
	if (!strcmp(norm, "inadequate"))
		return RULES_GRADE_INADEQUATE;
	return RULES_GRADE_UNKNOWN;
}

static bool in_force(const struct rules_instrument *in, cal_day d)
{
	return in->issued <= d && !(in->ended && in->end <= d);
}

static enum rules_stage stage_of(const struct rules_instrument *in)
{
	if (in->kind == RULES_IMPROVEMENT_NOTICE)
		return S(IMPROVEMENT_NOTICE);
	if (in->alternative_delivery)
		return S(ALTERNATIVE_DELIVERY);
	return in->commissioner ? S(DIRECTION_COMMISSIONER) : S(DIRECTION_ADVISER);
}

enum rules_stage rules_stage_on(const struct rules_case *c, cal_day d,
				const struct rules_instrument **because)
{
	enum rules_stage best = S(NONE);
	const struct rules_instrument *who = NULL;
	size_t i;

	for (i = 0; i < c->ninstruments; i++) {
		const struct rules_instrument *in = &c->instruments[i];
		if (in_force(in, d) && (stage_of(in) > best || !who)) {
			best = stage_of(in);
			who = in;
		}
	}
	if (because)
		*because = who;
	return best;
}

static int cmp_day(const void *a, const void *b)
{
	cal_day x = *(const cal_day *)a, y = *(const cal_day *)b;
	return (x > y) - (x < y);
}

int rules_stage_history(const struct rules_case *c, struct rules_span *out, int max)
{
	cal_day pts[512];
	size_t npts = 0, i;
	int n = 0;

	if (c->ninstruments > ARRAY_SIZE(pts) / 2)
		return -1;
	for (i = 0; i < c->ninstruments; i++) {
		pts[npts++] = c->instruments[i].issued;
		if (c->instruments[i].ended)
			pts[npts++] = c->instruments[i].end;
	}
	qsort(pts, npts, sizeof(pts[0]), cmp_day);
	for (i = 0; i < npts; i++) {
		const struct rules_instrument *why;
		enum rules_stage s;
		if (i && pts[i] == pts[i - 1])
			continue;
		s = rules_stage_on(c, pts[i], &why);
		if (n && out[n - 1].stage == s && out[n - 1].because == why)
			continue;
		if (n) {
			out[n - 1].open = false;
			out[n - 1].to = pts[i];
		}
		if (n == max)
			return -1;
		out[n].stage = s;
		out[n].from = pts[i];
		out[n].open = true;
		out[n].to = 0;
		out[n].because = why;
		n++;
	}
	return n;
}

/* The latest judgement on or before d with a known grade, or NULL. */
static const struct rules_judgement *latest(const struct rules_case *c, cal_day d)
{
	const struct rules_judgement *best = NULL;
	size_t i;

	for (i = 0; i < c->njudgements; i++) {
		const struct rules_judgement *j = &c->judgements[i];
		if (j->date <= d && j->overall != RULES_GRADE_UNKNOWN && (!best || j->date > best->date))
			best = j;
	}
	return best;
}

static bool inadequate_within_five_years_before(const struct rules_case *c,
						 const struct rules_judgement *j)
{
	size_t i;
	cal_day from = cal_add_months(j->date, -60, NULL);

	for (i = 0; i < c->njudgements; i++) {
		const struct rules_judgement *o = &c->judgements[i];
		if (o != j && o->overall == RULES_GRADE_INADEQUATE && o->date < j->date &&
		    o->date >= from)
			return true;
	}
	return false;
}

static bool intervened_at(const struct rules_case *c, cal_day d)
{
	size_t i;

	for (i = 0; i < c->ninstruments; i++)
		if (c->instruments[i].kind == RULES_DIRECTION && in_force(&c->instruments[i], d))
			return true;
	return false;
}

static bool policy_holds(const char *id, const struct rules_case *c, const struct rules_judgement *j)
{
	enum rules_grade g = j->overall;

	if (!strcmp(id, "systemic"))
		return g == RULES_GRADE_INADEQUATE && j->all_key_inadequate;
	if (!strcmp(id, "persistent"))
		return g == RULES_GRADE_INADEQUATE && inadequate_within_five_years_before(c, j);
	if (!strcmp(id, "inadequate"))
		return g == RULES_GRADE_INADEQUATE;
	if (!strcmp(id, "step_down"))
		return g == RULES_GRADE_REQUIRES_IMPROVEMENT && intervened_at(c, j->date);
	if (!strcmp(id, "requires_improvement"))
		return g == RULES_GRADE_REQUIRES_IMPROVEMENT;
	if (!strcmp(id, "good"))
		return g == RULES_GRADE_GOOD || g == RULES_GRADE_OUTSTANDING;
	return false;
}

int rules_policy_on(const struct rules_case *c, cal_day d)
{
	const struct rules_judgement *j = latest(c, d);
	size_t i;

	if (!j)
		return -1;
	for (i = 0; i < rules_policy_count; i++)
		if (policy_holds(rules_policy_table[i].id, c, j))
			return (int)i;
	return -1;
}

int32_t rules_days_in_intervention(const struct rules_case *c, cal_day from, cal_day to)
{
	struct rules_span spans[256];
	int n = rules_stage_history(c, spans, (int)ARRAY_SIZE(spans)), i;
	int32_t days = 0;

	for (i = 0; i < n; i++) {
		cal_day a = spans[i].from, b = spans[i].open ? to : spans[i].to;
		if (spans[i].stage == S(NONE))
			continue;
		if (a < from)
			a = from;
		if (b > to)
			b = to;
		if (b > a)
			days += b - a;
	}
	return days;
}

static void add_finding(struct rules_finding *out, int max, int *n, const char *kind, cal_day date,
			const char *source, const char *fmt, ...) __attribute__((format(printf, 7, 8)));

static void add_finding(struct rules_finding *out, int max, int *n, const char *kind, cal_day date,
			const char *source, const char *fmt, ...)
{
	va_list ap;

	if (*n >= max)
		return;
	out[*n].kind = kind;
	out[*n].date = date;
	out[*n].source = source;
	va_start(ap, fmt);
	vsnprintf(out[*n].message, sizeof(out[*n].message), fmt, ap);
	va_end(ap);
	(*n)++;
}

int rules_check_case(const struct rules_case *c, cal_day as_of, struct rules_finding *out, int max)
{
	const struct rules_judgement *j = latest(c, as_of);
	const struct rules_instrument *why;
	char a[CAL_DATE_LEN], b[CAL_DATE_LEN];
	int row, n = 0;
	enum rules_stage now, then;
	cal_day deadline;

	if (!j)
		return 0;
	row = rules_policy_on(c, as_of);
	if (row < 0)
		return 0;
	now = rules_stage_on(c, as_of, &why);
	cal_format_iso(j->date, a);
	if (j->overall == RULES_GRADE_INADEQUATE) {
		deadline = cal_add_months(j->date, 3, NULL);
		if (as_of < deadline)
			return 0;
		then = rules_stage_on(c, deadline, NULL);
		if (then == S(NONE))
			add_finding(out, max, &n, "no_instrument", deadline, j->source,
				    "judged inadequate (report of %s) and no instrument in force three "
				    "months on (%s)",
				    a, cal_format_iso(deadline, b));
		else if (now < rules_policy_table[row].min)
			add_finding(out, max, &n, "below_policy", deadline, j->source,
				    "judged inadequate (report of %s, rule '%s'): the rules expect at "
				    "least %s, the register shows %s",
				    a, rules_policy_table[row].id, rules_stage_name(rules_policy_table[row].min),
				    rules_stage_name(now));
		return n;
	}
	if (!strcmp(rules_policy_table[row].id, "step_down") ||
	    j->overall == RULES_GRADE_REQUIRES_IMPROVEMENT) {
		deadline = cal_add_months(j->date, 6, NULL);
		if (as_of >= deadline && now >= S(DIRECTION_ADVISER))
			add_finding(out, max, &n, "direction_after_improvement", deadline,
				    why ? why->source : NULL,
				    "judged requires improvement (report of %s) and a direction is still "
				    "in force six months on",
				    a);
		return n;
	}
	/* good or outstanding */
	deadline = cal_add_months(j->date, 3, NULL);
	if (as_of >= deadline && now != S(NONE))
		add_finding(out, max, &n,
			    now >= S(DIRECTION_ADVISER) ? "direction_after_good" : "notice_after_good",
			    deadline, why ? why->source : NULL,
			    "judged %s (report of %s) and %s still in force three months on",
			    rules_grade_name(j->overall), a,
			    now >= S(DIRECTION_ADVISER) ? "a direction is" : "an improvement notice is");
	return n;
}
