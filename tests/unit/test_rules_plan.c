/*
 * test_rules_plan.c: the slow-to-progress rules (src/rules/plan.h) and a
 * board's cadence, on small plans written here by hand.  Each expectation
 * is worked from the rule's words, not from the program.
 */
#include "t.h"

#include "rules/plan.h"

static cal_day D(int y, int m, int d) { return cal_from_ymd(y, m, d); }

/* O1 (due 2020-05-31) with actions A (due 2020-04-30) and B (due 2020-06-30); O2 with a
 * complete action C and two measures. */
static struct store_objective objs[] = {
	{"O1", "t", NULL, NULL, NULL, NULL, "2020-05-31", NULL},
	{"O2", "u", NULL, NULL, NULL, NULL, NULL, NULL}};
static struct store_action acts[] = {
	{"O1", "A", "a", "x", NULL, "2020-04-30", "in_progress", "green", NULL},
	{"O1", "B", "b", "x", NULL, "2020-06-30", "in_progress", "green", NULL},
	{"O2", "C", "c", "x", NULL, "2020-04-30", "complete", "blue", NULL}};
static struct store_measure meas[] = {
	{"O2", "UP", "i", "%", "45", NULL, "70", NULL, "up", NULL},
	{"O2", "DOWN", "j", "n", "22", NULL, "18", NULL, "down", NULL}};

static struct store_plan plan(struct store_plan_update *u, size_t nu,
			      struct store_measure_value *v, size_t nv)
{
	return (struct store_plan){.objectives = objs, .nobjectives = 2, .actions = acts,
				   .nactions = 3, .measures = meas, .nmeasures = 2, .values = v,
				   .nvalues = nv, .updates = u, .nupdates = nu};
}

static void behind_due_date(void)
{
	struct store_plan p = plan(NULL, 0, NULL, 0);
	struct store_plan_update done[] = {{"A", "2020-04-29", "w", "done", "complete", "blue", NULL}};

	CHECK(rules_action_slow(&p, 0, D(2020, 4, 30)) == 0, "on its due date it is not behind");
	CHECK(rules_action_slow(&p, 0, D(2020, 5, 1)) == RULES_SLOW_BEHIND, "the day after, behind");
	CHECK(rules_action_slow(&p, 2, D(2020, 5, 1)) == 0, "a complete action is never behind");
	CHECK(rules_objective_slow(&p, 0, D(2020, 5, 1)) == RULES_SLOW_BEHIND, "O1 behind via A");
	/* Completed by an update dated before the due date: not behind. */
	p = plan(done, 1, NULL, 0);
	CHECK(rules_action_slow(&p, 0, D(2020, 5, 1)) == 0, "completed by update");
	/* ... as of a date before that update, A's row state applies (open, not yet due). */
	CHECK(rules_action_slow(&p, 0, D(2020, 4, 28)) == 0, "not yet due on 28 April");
	/* O1's own due date (31 May) passed with B still open: behind though B is not. */
	CHECK(rules_objective_slow(&p, 0, D(2020, 6, 1)) == RULES_SLOW_BEHIND, "objective due passed");
	CHECK(rules_objective_slow(&p, 0, D(2020, 5, 31)) == 0, "on the objective's due date");
}

static void rag_two_updates_running(void)
{
	struct store_plan_update u[] = {
		{"B", "2020-03-01", "w", "x", "in_progress", "amber", "r"},
		{"B", "2020-04-01", "w", "x", "in_progress", "red", "r"},
		{"B", "2020-05-01", "w", "x", "in_progress", "green", NULL},
		{"A", "2020-03-01", "w", "x", "in_progress", "red", "r"},
	};
	struct store_plan p = plan(u, 4, NULL, 0);
	char w[200];

	CHECK(rules_action_slow(&p, 1, D(2020, 3, 15)) == 0, "one amber update is not a run");
	CHECK(rules_action_slow(&p, 1, D(2020, 4, 1)) == RULES_SLOW_RAG_RUN, "amber then red");
	CHECK(rules_action_slow(&p, 1, D(2020, 5, 1)) == 0, "green at the latest update ends it");
	CHECK(rules_action_slow(&p, 0, D(2020, 4, 1)) == 0, "a single red update is not a run");
	/* Updates listed out of date order are taken by date. */
	{
		struct store_plan_update v[] = {u[1], u[2], u[0]};
		p = plan(v, 3, NULL, 0);
		CHECK(rules_action_slow(&p, 1, D(2020, 4, 30)) == RULES_SLOW_RAG_RUN, "any order");
		CHECK(rules_action_slow(&p, 1, D(2020, 5, 2)) == 0, "any order, green last");
	}
	{
		/* The latest and the one before it, whatever the listing order: 1 April (green),
		 * 1 March (amber), 1 February (amber), listed April, February, March: the last two
		 * by date are green and amber, no run. */
		struct store_plan_update v[] = {
			{"B", "2020-04-01", "w", "x", "in_progress", "green", NULL},
			{"B", "2020-02-01", "w", "x", "in_progress", "amber", "r"},
			{"B", "2020-03-01", "w", "x", "in_progress", "amber", "r"}};
		p = plan(v, 3, NULL, 0);
		CHECK(rules_action_slow(&p, 1, D(2020, 4, 2)) == 0, "green latest");
		CHECK(rules_action_slow(&p, 1, D(2020, 3, 2)) == RULES_SLOW_RAG_RUN,
		      "February and March amber");
	}
	CHECK_STR(rules_slow_words(RULES_SLOW_BEHIND | RULES_SLOW_RAG_RUN, w, sizeof w),
		  "behind its due date; red or amber at two updates running");
	CHECK_STR(rules_slow_words(0, w, sizeof w), "");
}

static void measure_moving_away(void)
{
	/* UP: baseline 45, target 70; 50, 55, 52 (listed out of order): April is further away. */
	struct store_measure_value v[] = {{"UP", "2020-02", "50"}, {"UP", "2020-04", "52"},
					  {"UP", "2020-03", "55"}, {"DOWN", "2020-02", "23"},
					  {"DOWN", "2020-03", "17"}, {"DOWN", "2020-04", "17.5"}};
	struct store_plan p = plan(NULL, 0, v, 6);

	CHECK(!rules_measure_away(&p, 0, D(2020, 3, 31)), "50 then 55: towards");
	CHECK(rules_measure_away(&p, 0, D(2020, 4, 1)), "55 then 52: away (April counts from 1 April)");
	CHECK(!rules_measure_away(&p, 0, D(2020, 2, 29)), "first value 50 vs baseline 45: towards");
	/* DOWN: baseline 22, target 18. */
	CHECK(rules_measure_away(&p, 1, D(2020, 2, 15)), "23 after baseline 22, lower better: away");
	CHECK(!rules_measure_away(&p, 1, D(2020, 3, 15)), "17: past target, towards");
	CHECK(!rules_measure_away(&p, 1, D(2020, 4, 15)), "17 then 17.5: still past the target");
	CHECK(!rules_measure_away(&p, 1, D(2020, 1, 15)), "no value yet");
	CHECK(rules_objective_slow(&p, 1, D(2020, 4, 15)) == RULES_SLOW_AWAY, "O2 slow by UP");
}

static void board_cadence(void)
{
	/* Monthly from 1 Feb 2020: February met, March missed, April met; May open on 15 May. */
	cal_day m[] = {D(2020, 2, 12), D(2020, 4, 22), D(2020, 6, 3)};
	struct rules_cadence c;
	struct err e = {0};

	CHECK(rules_board_cadence("P1M", D(2020, 2, 1), -1, D(2020, 5, 15), m, 3, &c, &e) == 0,
	      "%s", e.msg);
	CHECK(c.met == 2 && c.missed == 1 && !c.open_met && c.last_missed_start == D(2020, 3, 1),
	      "met %d missed %d", c.met, c.missed);
	/* On 30 April the April cycle is still open (its last day is that day). */
	CHECK(rules_board_cadence("P1M", D(2020, 2, 1), -1, D(2020, 4, 30), m, 3, &c, &e) == 0 &&
		      c.met == 1 && c.missed == 1 && c.open_met,
	      "open April: met %d missed %d", c.met, c.missed);
	/* Ended on 31 March: February judged; March holds the end and stays open. */
	CHECK(rules_board_cadence("P1M", D(2020, 2, 1), D(2020, 3, 31), D(2020, 12, 1), m, 3, &c,
				  &e) == 0 &&
		      c.met == 1 && c.missed == 0,
	      "until: met %d missed %d", c.met, c.missed);
	/* Six-weekly in words. */
	CHECK(rules_board_cadence("six-weekly", D(2020, 2, 1), -1, D(2020, 5, 15), m, 3, &c, &e) ==
			      0 &&
		      c.met == 2 && c.missed == 0,
	      "six-weekly: met %d missed %d (%s)", c.met, c.missed, e.msg);
	CHECK(rules_board_cadence("fortnightly-ish", D(2020, 2, 1), -1, D(2020, 5, 1), m, 3, &c, &e) <
			      0 &&
		      e.code == ERR_DATA,
	      "bad period");
}

int main(void)
{
	T_BEGIN("rules_plan");
	RUN(behind_due_date);
	RUN(rag_two_updates_running);
	RUN(measure_moving_away);
	RUN(board_cadence);
	return T_END();
}
