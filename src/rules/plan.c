/*
 * plan.c: the slow-to-progress rules over an improvement plan, and a
 * board's cadence against its meetings (rules in plan.h).  Nothing here
 * reads the register or the clock: the plan, the meetings and "as of" are
 * inputs.
 */
#include "../base/compat.h"

#include "../cal/period.h"
#include "plan.h"

static bool dated_by(const char *iso, cal_day as_of)
{
	struct err e = {0};
	cal_day d;
	return iso && cal_parse_iso(strv_of(iso), &d, &e) == 0 && d <= as_of;
}

static bool is_open(const char *status)
{
	return status && strcmp(status, "complete") && strcmp(status, "cancelled");
}

static bool is_red_amber(const char *rag)
{
	return rag && (!strcmp(rag, "red") || !strcmp(rag, "amber"));
}

void rules_action_state(const struct store_plan *p, size_t i, cal_day as_of, const char **status,
			const char **rag)
{
	const struct store_action *a = &p->actions[i];
	const char *best = NULL;
	size_t k;

	*status = a->status;
	*rag = a->rag;
	for (k = 0; k < p->nupdates; k++) {
		const struct store_plan_update *u = &p->updates[k];
		if (strcmp(u->action, a->ref) || !dated_by(u->date, as_of))
			continue;
		if (!best || strcmp(u->date, best) >= 0) { /* later, or the same day listed later */
			best = u->date;
			*status = u->status;
			*rag = u->rag;
		}
	}
}

unsigned rules_action_slow(const struct store_plan *p, size_t i, cal_day as_of)
{
	const struct store_action *a = &p->actions[i];
	const char *status, *rag, *last = NULL, *before = NULL, *lastd = NULL, *befored = NULL;
	unsigned why = 0;
	struct err e = {0};
	cal_day due;
	size_t k;

	rules_action_state(p, i, as_of, &status, &rag);
	if (is_open(status) && a->due_date && cal_parse_iso(strv_of(a->due_date), &due, &e) == 0 &&
	    due < as_of)
		why |= RULES_SLOW_BEHIND;
	/* The two latest updates by as_of, by date (ties: the one listed later is later). */
	for (k = 0; k < p->nupdates; k++) {
		const struct store_plan_update *u = &p->updates[k];
		if (strcmp(u->action, a->ref) || !dated_by(u->date, as_of))
			continue;
		if (!lastd || strcmp(u->date, lastd) >= 0) {
			before = last;
			befored = lastd;
			last = u->rag;
			lastd = u->date;
		} else if (!befored || strcmp(u->date, befored) >= 0) {
			before = u->rag;
			befored = u->date;
		}
	}
	if (is_open(status) && is_red_amber(last) && is_red_amber(before))
		why |= RULES_SLOW_RAG_RUN;
	return why;
}

static double distance(double v, double target, bool up)
{
	double d = up ? target - v : v - target;
	return d > 0 ? d : 0;
}

bool rules_measure_away(const struct store_plan *p, size_t i, cal_day as_of)
{
	const struct store_measure *m = &p->measures[i];
	char month[CAL_DATE_LEN];
	const char *last = NULL, *prev = NULL, *lastm = NULL, *pm = NULL;
	bool up = m->better && !strcmp(m->better, "up");
	size_t k;

	cal_format_iso(as_of, month);
	month[7] = 0;
	for (k = 0; k < p->nvalues; k++) {
		const struct store_measure_value *v = &p->values[k];
		if (strcmp(v->measure, m->ref) || strcmp(v->month, month) > 0)
			continue;
		if (!lastm || strcmp(v->month, lastm) > 0) {
			last = v->value;
			lastm = v->month;
		}
	}
	if (!lastm)
		return false;
	/* The point before: the latest month before lastm, else the baseline. */
	for (k = 0; k < p->nvalues; k++) {
		const struct store_measure_value *v = &p->values[k];
		if (strcmp(v->measure, m->ref) || strcmp(v->month, lastm) >= 0)
			continue;
		if (!pm || strcmp(v->month, pm) > 0) {
			pm = v->month;
			prev = v->value;
		}
	}
	if (!prev)
		prev = m->baseline;
	if (!last || !prev || !m->target)
		return false;
	return distance(strtod(last, NULL), strtod(m->target, NULL), up) >
	       distance(strtod(prev, NULL), strtod(m->target, NULL), up);
}

unsigned rules_objective_slow(const struct store_plan *p, size_t i, cal_day as_of)
{
	const struct store_objective *o = &p->objectives[i];
	unsigned why = 0;
	bool open = false;
	struct err e = {0};
	cal_day due;
	size_t k;

	for (k = 0; k < p->nactions; k++) {
		const char *status, *rag;
		if (strcmp(p->actions[k].objective, o->ref))
			continue;
		why |= rules_action_slow(p, k, as_of);
		rules_action_state(p, k, as_of, &status, &rag);
		open |= is_open(status);
	}
	for (k = 0; k < p->nmeasures; k++)
		if (!strcmp(p->measures[k].objective, o->ref) && rules_measure_away(p, k, as_of))
			why |= RULES_SLOW_AWAY;
	if (open && o->due_date && cal_parse_iso(strv_of(o->due_date), &due, &e) == 0 &&
	    due < as_of)
		why |= RULES_SLOW_BEHIND;
	return why;
}

char *rules_slow_words(unsigned why, char *buf, size_t n)
{
	static const char *const words[] = {"behind its due date",
					    "red or amber at two updates running",
					    "a measure moving away from its target"};
	size_t k, l = 0;

	if (n)
		buf[0] = 0;
	for (k = 0; k < ARRAY_SIZE(words); k++)
		if (why & (1u << k)) {
			snprintf(buf + l, n > l ? n - l : 0, "%s%s", l ? "; " : "", words[k]);
			l = strlen(buf);
		}
	return buf;
}

int rules_board_cadence(const char *every, cal_day since, cal_day until, cal_day as_of,
			const cal_day *meetings, size_t n, struct rules_cadence *out, struct err *e)
{
	struct cal_period per;
	cal_day end = until >= 0 && until < as_of ? until : as_of;
	int k;

	*out = (struct rules_cadence){0, 0, false, -1};
	if (!every)
		return err_set(e, ERR_DATA, "the board has no cadence");
	if (cal_period_parse(strv_of(every), &per, e) < 0)
		return -1;
	for (k = 0;; k++) {
		cal_day a, b;
		bool held = false;
		size_t j;
		if (cal_add(since, per, k, CAL_CORRESPONDING, &a, NULL, e) < 0 ||
		    cal_add(since, per, k + 1, CAL_CORRESPONDING, &b, NULL, e) < 0)
			return -1;
		if (a > end)
			break;
		for (j = 0; j < n; j++)
			held |= meetings[j] >= a && meetings[j] < b && meetings[j] <= as_of;
		if (b - 1 >= end) { /* the cycle holding the end is still open */
			out->open_met = held;
			break;
		}
		if (held) {
			out->met++;
		} else {
			out->missed++;
			out->last_missed_start = a;
		}
		if (k > 100000)
			return err_set(e, ERR_DATA, "too many cycles");
	}
	return 0;
}
