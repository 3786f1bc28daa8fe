/*
 * page_dashboard.c: GET /dashboard, the national picture: how many
 * councils are at each stage of intervention, and a table of every council
 * with its stage, since when, its latest Ofsted judgement, the instruments
 * in force and (for DfE roles) its overdue duties.  Sortable and
 * filterable with links and a GET form, so it works without JavaScript:
 * ?stage= ?region= ?in=intervention ?sort=name|stage|since|judgement|overdue
 * ?order=asc|desc.  The data is `oversight status` (src/views/status.c):
 * the page and the command line agree by construction.
 */
#include "../base/compat.h"

#include "../rules/stage.h"
#include "../views/views.h"
#include "auth.h"
#include "duties.h"
#include "page.h"

struct row {
	int code;
	char name[64], region[48], since[CAL_DATE_LEN], grade[32], jdate[CAL_DATE_LEN];
	enum rules_stage stage;
	int in_force, overdue;
};

struct rows {
	struct row *v;
	size_t n, cap;
};

static int collect(void *ctx, const struct views_status *st)
{
	struct rows *r = ctx;
	struct row *x;

	if (r->n == r->cap) {
		size_t cap = r->cap ? 2 * r->cap : 256;
		struct row *v = realloc(r->v, cap * sizeof *v);
		if (!v)
			return -1;
		r->v = v;
		r->cap = cap;
	}
	x = &r->v[r->n++];
	memset(x, 0, sizeof *x);
	x->code = st->c->council;
	snprintf(x->name, sizeof x->name, "%s", st->c->name);
	snprintf(x->region, sizeof x->region, "%s", st->c->region);
	x->stage = st->stage;
	if (st->has_since)
		cal_format_iso(st->since, x->since);
	if (st->latest) {
		snprintf(x->grade, sizeof x->grade, "%s", rules_grade_name(st->latest->overall));
		cal_format_iso(st->latest->date, x->jdate);
	}
	x->in_force = st->in_force;
	x->overdue = st->overdue;
	return 0;
}

/* qsort has no context argument: the order is per thread (the server runs several). */
static _Thread_local const char *sort_key = "name";
static _Thread_local int sort_dir = 1;

static int cmp_row(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int c = 0;

	if (!strcmp(sort_key, "stage"))
		c = (int)x->stage - (int)y->stage;
	else if (!strcmp(sort_key, "since"))
		c = strcmp(x->since, y->since);
	else if (!strcmp(sort_key, "judgement"))
		c = strcmp(x->grade, y->grade);
	else if (!strcmp(sort_key, "overdue"))
		c = x->overdue - y->overdue;
	if (!c)
		c = strcmp(x->name, y->name);
	return c * sort_dir;
}

static const char *stage_words(enum rules_stage s)
{
	switch (s) {
	case RULES_STAGE_NONE: return "Not in intervention";
	case RULES_STAGE_IMPROVEMENT_NOTICE: return "Improvement notice";
	case RULES_STAGE_DIRECTION_ADVISER: return "Direction (adviser)";
	case RULES_STAGE_DIRECTION_COMMISSIONER: return "Direction (commissioner)";
	case RULES_STAGE_ALTERNATIVE_DELIVERY: return "Alternative delivery";
	}
	return "";
}

/* A header cell that sorts by key; the current key shows its direction (aria-sort). */
static void th_sort(struct strbuf *sb, struct web_req *rq, const char *key, const char *label,
		    bool numeric)
{
	bool cur = !strcmp(sort_key, key);
	const char *q;
	strbuf_addf(sb, "<th scope=\"col\" class=\"govuk-table__header%s\"%s><a class=\"govuk-link\" "
			"href=\"/dashboard?sort=%s&amp;order=%s",
		    numeric ? " govuk-table__header--numeric" : "",
		    cur ? (sort_dir > 0 ? " aria-sort=\"ascending\"" : " aria-sort=\"descending\"")
			: "",
		    key, cur && sort_dir > 0 ? "desc" : "asc");
	if ((q = web_query(rq, "stage"))) {
		strbuf_adds(sb, "&amp;stage=");
		web_html_escape(sb, q);
	}
	if ((q = web_query(rq, "region"))) {
		strbuf_adds(sb, "&amp;region=");
		web_html_escape(sb, q);
	}
	if (web_query(rq, "in"))
		strbuf_adds(sb, "&amp;in=intervention");
	strbuf_addf(sb, "\">%s</a></th>", label);
}

static void option(struct strbuf *sb, const char *value, const char *label, const char *cur)
{
	strbuf_adds(sb, "<option value=\"");
	web_html_escape(sb, value);
	strbuf_addf(sb, "\"%s>", cur && !strcmp(cur, value) ? " selected" : "");
	web_html_escape(sb, label);
	strbuf_adds(sb, "</option>");
}

void web_get_dashboard(struct web_req *rq)
{
	static const char *const sorts[] = {"name", "stage", "since", "judgement", "overdue"};
	struct views_cases cases = {0};
	struct rows r = {0};
	struct store *s;
	struct err e = {0};
	struct strbuf sb = STRBUF_INIT;
	const char *stage = web_query(rq, "stage"), *region = web_query(rq, "region");
	const char *sort = web_query(rq, "sort"), *order = web_query(rq, "order");
	bool only_in = web_query(rq, "in") != NULL, dfe = rq->role >= WEB_ROLE_DFE_VIEWER;
	int by_stage[RULES_STAGE_ALTERNATIVE_DELIVERY + 1] = {0}, shown = 0, overdue = 0;
	char as_of_s[CAL_DATE_LEN];
	cal_day as_of;
	size_t i, k;

	sort_key = "name";
	for (i = 0; sort && i < ARRAY_SIZE(sorts); i++)
		if (!strcmp(sort, sorts[i]))
			sort_key = sorts[i];
	if (sort && strcmp(sort_key, sort)) {
		web_reply_bad_param(rq, "sort", "sort: name, stage, since, judgement or overdue");
		return;
	}
	if (!dfe && !strcmp(sort_key, "overdue"))
		sort_key = "name";
	sort_dir = order && !strcmp(order, "desc") ? -1 : 1;
	if (web_as_of_day(rq, &as_of) < 0 || !(s = web_store_or_503(rq)) || web_cache_serve(rq))
		return;
	if (views_cases_load(s, &cases, &e) < 0 ||
	    views_status(s, &cases, as_of, 0, collect, &r, &e) < 0) {
		views_cases_release(&cases);
		free(r.v);
		web_reply_problem(rq, 500, "store", "Register error", NULL, NULL, "%s", e.msg);
		return;
	}
	qsort(r.v, r.n, sizeof *r.v, cmp_row);
	for (i = 0; i < r.n; i++) {
		by_stage[r.v[i].stage]++;
		overdue += r.v[i].overdue;
	}
	cal_format_iso(as_of, as_of_s);

	web_page_begin(&sb, "National dashboard");
	strbuf_addf(&sb, "<h1 class=\"govuk-heading-xl\">Children's services in intervention</h1>\n"
			 "<p class=\"govuk-body-l\">Every council in England as of %s: its stage "
			 "of intervention, since when, and its latest Ofsted judgement.</p>\n",
		    as_of_s);
	strbuf_adds(&sb, "<div class=\"govuk-grid-row\">\n");
	for (k = 1; k <= RULES_STAGE_ALTERNATIVE_DELIVERY; k++)
		strbuf_addf(&sb, "<div class=\"govuk-grid-column-one-quarter\"><p class=\"govuk-body\">"
				 "<span class=\"govuk-heading-l\">%d</span> %s</p></div>\n",
			    by_stage[k], stage_words((enum rules_stage)k));
	strbuf_adds(&sb, "</div>\n");
	if (dfe)
		strbuf_addf(&sb, "<p class=\"govuk-body\"><strong>%d</strong> duties overdue across "
				 "the country.</p>\n",
			    overdue);

	/* The filter form: plain GET. */
	strbuf_adds(&sb, "<form method=\"get\" action=\"/dashboard\" class=\"govuk-!-margin-bottom-6\">"
			 "<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"stage\">"
			 "Stage</label><select class=\"govuk-select\" id=\"stage\" name=\"stage\">");
	option(&sb, "", "Any stage", stage ? stage : "");
	for (k = 0; k <= RULES_STAGE_ALTERNATIVE_DELIVERY; k++)
		option(&sb, rules_stage_name((enum rules_stage)k), stage_words((enum rules_stage)k),
		       stage);
	strbuf_adds(&sb, "</select></div><div class=\"govuk-form-group\"><label class=\"govuk-label\" "
			 "for=\"region\">Region</label><select class=\"govuk-select\" id=\"region\" "
			 "name=\"region\">");
	option(&sb, "", "Any region", region ? region : "");
	{
		static const char *const regions[] = {
			"East Midlands", "East of England", "London", "North East", "North West",
			"South East", "South West", "West Midlands", "Yorkshire and The Humber"};
		for (k = 0; k < ARRAY_SIZE(regions); k++)
			option(&sb, regions[k], regions[k], region);
	}
	strbuf_addf(&sb, "</select></div><div class=\"govuk-checkboxes govuk-checkboxes--small "
			 "govuk-form-group\"><div class=\"govuk-checkboxes__item\"><input "
			 "class=\"govuk-checkboxes__input\" id=\"in\" name=\"in\" type=\"checkbox\" "
			 "value=\"intervention\"%s><label class=\"govuk-label "
			 "govuk-checkboxes__label\" for=\"in\">Only councils in intervention</label>"
			 "</div></div><button type=\"submit\" class=\"govuk-button "
			 "govuk-button--secondary\">Filter</button></form>\n",
		    only_in ? " checked" : "");

	strbuf_adds(&sb, "<table class=\"govuk-table\" id=\"councils\"><caption class=\"govuk-table__caption "
			 "govuk-table__caption--m\">Councils</caption><thead class=\"govuk-table__head\">"
			 "<tr class=\"govuk-table__row\">");
	th_sort(&sb, rq, "name", "Council", false);
	strbuf_adds(&sb, "<th scope=\"col\" class=\"govuk-table__header\">Region</th>");
	th_sort(&sb, rq, "stage", "Stage", false);
	th_sort(&sb, rq, "since", "Since", false);
	th_sort(&sb, rq, "judgement", "Latest judgement", false);
	strbuf_adds(&sb, "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">"
			 "Instruments in force</th>");
	if (dfe)
		th_sort(&sb, rq, "overdue", "Overdue duties", true);
	strbuf_adds(&sb, "</tr></thead><tbody class=\"govuk-table__body\">\n");
	for (i = 0; i < r.n; i++) {
		const struct row *x = &r.v[i];
		if ((stage && *stage && strcmp(stage, rules_stage_name(x->stage))) ||
		    (region && *region && strcmp(region, x->region)) ||
		    (only_in && x->stage == RULES_STAGE_NONE))
			continue;
		shown++;
		strbuf_addf(&sb, "<tr class=\"govuk-table__row\"><th scope=\"row\" "
				 "class=\"govuk-table__header\"><a class=\"govuk-link\" "
				 "href=\"/councils/%d\">",
			    x->code);
		web_html_escape(&sb, x->name);
		strbuf_adds(&sb, "</a></th><td class=\"govuk-table__cell\">");
		web_html_escape(&sb, x->region);
		strbuf_addf(&sb, "</td><td class=\"govuk-table__cell\">%s</td><td "
				 "class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">",
			    stage_words(x->stage), x->since);
		if (x->grade[0])
			strbuf_addf(&sb, "%s (%s)", x->grade, x->jdate);
		strbuf_addf(&sb, "</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">%d"
				 "</td>",
			    x->in_force);
		if (dfe)
			strbuf_addf(&sb, "<td class=\"govuk-table__cell govuk-table__cell--numeric\">%d"
					 "</td>",
				    x->overdue);
		strbuf_adds(&sb, "</tr>\n");
	}
	strbuf_addf(&sb, "</tbody></table>\n<p class=\"govuk-body\">%d of %zu councils shown.</p>\n",
		    shown, r.n);
	views_cases_release(&cases);
	free(r.v);
	web_reply_page(rq, 200, &sb);
}
