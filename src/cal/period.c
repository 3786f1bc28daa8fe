/*
 * period.c: parsing periods (ISO 8601 durations and the English of the
 * instruments) and adding multiples of them to dates, with derivations.
 *
 * The word grammar, after lower-casing and splitting on spaces and hyphens:
 *   [every] NUMBER [calendar|working|business] UNIT [interval(s)]   ("calendar" months or
 *   days, "working" or "business" days)
 *   [every] [NUMBER] ADVERB [interval(s)]      ("6 monthly", "six-weekly",
 *                                              "sixmonthly": a hyphen lost)
 *   ADVERB                                     ("quarterly", "bi-monthly")
 * where NUMBER is digits or an English number up to ninety-nine and "a"/"an".
 * Ambiguous words ("bi-monthly", "bi-weekly", "bi-annual") are read the way
 * DfE uses them and carry a warning for a person to confirm.
 */
#include "../base/compat.h"

#include "holidays.h"
#include "period.h"

#define MAX_TOKENS 8

static const char *const small_numbers[] = {
	"zero",    "one",     "two",       "three",    "four",     "five",    "six",
	"seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
	"fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen",
};
static const char *const tens[] = {"twenty", "thirty", "forty", "fifty",
				   "sixty",  "seventy", "eighty", "ninety"};

static const char W_BIMONTHLY[] =
	"'bi-monthly' read as every two months (DfE usage); it can also mean twice a month";
static const char W_BIWEEKLY[] =
	"'bi-weekly' read as every two weeks; it can also mean twice a week";
static const char W_BIANNUAL[] =
	"'bi-annual' read as every six months (twice a year); it can also mean every two years";

/* strv_eq_ci() of a word written in small letters, its first letter compared
 * inline: most words a list is tried against differ there (the reader tries
 * thousands of words a document, each against every list). */
static inline bool word_eq(struct strv w, const char *s)
{
	return w.n && ch_lower((unsigned char)w.p[0]) == s[0] && strv_eq_ci(w, s);
}

static int number_word(struct strv w)
{
	size_t i;

	if (word_eq(w, "a") || word_eq(w, "an"))
		return 1;
	for (i = 0; i < ARRAY_SIZE(small_numbers); i++)
		if (word_eq(w, small_numbers[i]))
			return (int)i;
	for (i = 0; i < ARRAY_SIZE(tens); i++)
		if (word_eq(w, tens[i]))
			return 20 + 10 * (int)i;
	return -1;
}

/* A unit noun; returns -1 if not one. */
static int unit_noun(struct strv w)
{
	static const struct {
		const char *word;
		enum cal_unit unit;
	} nouns[] = {
		{"day", CAL_DAYS},     {"days", CAL_DAYS},     {"week", CAL_WEEKS},
		{"weeks", CAL_WEEKS},  {"month", CAL_MONTHS},  {"months", CAL_MONTHS},
		{"year", CAL_YEARS},   {"years", CAL_YEARS},   {"fortnight", CAL_WEEKS},
		{"fortnights", CAL_WEEKS},
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(nouns); i++)
		if (word_eq(w, nouns[i].word))
			return (int)nouns[i].unit;
	return -1;
}

/* An adverb of frequency with its implied count; returns false if not one. */
static bool adverb(struct strv w, struct cal_period *p)
{
	static const struct {
		const char *word;
		int n;
		enum cal_unit unit;
		const char *warning;
	} adverbs[] = {
		{"daily", 1, CAL_DAYS, NULL},        {"weekly", 1, CAL_WEEKS, NULL},
		{"fortnightly", 2, CAL_WEEKS, NULL}, {"monthly", 1, CAL_MONTHS, NULL},
		{"quarterly", 3, CAL_MONTHS, NULL},  {"annually", 1, CAL_YEARS, NULL},
		{"annual", 1, CAL_YEARS, NULL},      {"yearly", 1, CAL_YEARS, NULL},
		{"bimonthly", 2, CAL_MONTHS, W_BIMONTHLY},
		{"biweekly", 2, CAL_WEEKS, W_BIWEEKLY},
		{"biannual", 6, CAL_MONTHS, W_BIANNUAL},
		{"biannually", 6, CAL_MONTHS, W_BIANNUAL},
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(adverbs); i++)
		if (word_eq(w, adverbs[i].word)) {
			p->n = adverbs[i].n;
			p->unit = adverbs[i].unit;
			p->warning = adverbs[i].warning;
			return true;
		}
	return false;
}

static int parse_iso(struct strv s, struct cal_period *p, struct err *e, const char *q)
{
	struct strv v = s;
	long months = 0, days = 0;
	int val, order = 0, n;
	bool any = false, weeks = false, month_units = false;

	v.p++, v.n--; /* 'P' */
	while (v.n) {
		int rank;
		if (v.p[0] == 'T' || v.p[0] == 't')
			return err_set(e, ERR_DATA,
				       "cannot use period '%s': times of day are not periods of days", q);
		if (!strv_eat_uint(&v, 5, &val) || !v.n)
			return err_set(e, ERR_DATA, "cannot parse period '%s'", q);
		switch (v.p[0]) {
		case 'Y': case 'y': rank = 1; months += 12L * val; month_units = true; break;
		case 'M': case 'm': rank = 2; months += val; month_units = true; break;
		case 'W': case 'w': rank = 3; days += 7L * val; weeks = true; break;
		case 'D': case 'd': rank = 4; days += val; break;
		default:
			return err_set(e, ERR_DATA, "cannot parse period '%s': unknown unit '%c'", q,
				       v.p[0]);
		}
		if (rank <= order)
			return err_set(e, ERR_DATA, "cannot parse period '%s': units out of order", q);
		order = rank;
		any = true;
		v.p++, v.n--;
	}
	if (!any)
		return err_set(e, ERR_DATA, "cannot parse period '%s': no amount", q);
	if (months && days)
		return err_set(e, ERR_DATA,
			       "cannot use period '%s': it mixes months and days, which do not add "
			       "up to one unit",
			       q);
	if (month_units && !months)
		return err_set(e, ERR_DATA, "period '%s' is zero", q);
	memset(p, 0, sizeof(*p));
	if (months) {
		n = (int)(months % 12 == 0 ? months / 12 : months);
		p->unit = months % 12 == 0 ? CAL_YEARS : CAL_MONTHS;
		if (months > CAL_PERIOD_MAX)
			return err_set(e, ERR_DATA, "period '%s' is too long", q);
	} else {
		if (days > CAL_PERIOD_MAX)
			return err_set(e, ERR_DATA, "period '%s' is too long", q);
		n = (int)(weeks && days % 7 == 0 ? days / 7 : days);
		p->unit = weeks && days % 7 == 0 ? CAL_WEEKS : CAL_DAYS;
	}
	p->n = n;
	return 0;
}

/* Is w a number word run on into a frequency adverb ("sixmonthly", "threeweekly": a
 * hyphen lost)?  If so, w becomes the number and *rest the adverb. */
static bool lost_hyphen_split(struct strv *w, struct strv *rest)
{
	static const char *const adverbs[] = {"weekly", "monthly", "yearly"};
	size_t k;

	for (k = 0; k < ARRAY_SIZE(adverbs); k++) {
		size_t len = strlen(adverbs[k]);
		struct strv num, adv;
		if (w->n <= len)
			continue;
		num = strv_make(w->p, w->n - len);
		adv = strv_make(w->p + w->n - len, len);
		if (word_eq(adv, adverbs[k]) && number_word(num) > 0) {
			*w = num;
			*rest = adv;
			return true;
		}
	}
	return false;
}

static size_t tokenize(struct strv s, struct strv *tok, size_t max, bool *overflow)
{
	size_t n = 0, i = 0;

	*overflow = false;
	while (i < s.n) {
		size_t j;
		while (i < s.n && (ch_is_space((unsigned char)s.p[i]) || s.p[i] == '-'))
			i++;
		if (i >= s.n)
			break;
		j = i;
		while (j < s.n && !ch_is_space((unsigned char)s.p[j]) && s.p[j] != '-')
			j++;
		if (n == max) {
			*overflow = true;
			return n;
		}
		tok[n++] = strv_make(s.p + i, j - i);
		/* "sixmonthly": "six-monthly" with its hyphen lost (PDF text), two words */
		if (n < max && lost_hyphen_split(&tok[n - 1], &tok[n]))
			n++;
		i = j;
	}
	return n;
}

/* Reads NUMBER at tok[*i] (digits, a word, or "twenty four"); -1 if none. */
static int read_number(struct strv *tok, size_t ntok, size_t *i)
{
	struct strv t = tok[*i], v = t;
	int val;

	if (strv_eat_uint(&v, 5, &val) && v.n == 0) {
		(*i)++;
		return val;
	}
	val = number_word(t);
	if (val < 0)
		return -1;
	(*i)++;
	if (val >= 20 && val % 10 == 0 && *i < ntok) {
		int unit = number_word(tok[*i]);
		if (unit >= 1 && unit <= 9) {
			val += unit;
			(*i)++;
		}
	}
	return val;
}

int cal_period_parse(struct strv s, struct cal_period *p, struct err *e)
{
	struct strv tok[MAX_TOKENS], joined;
	size_t ntok, i = 0;
	bool overflow, qualified = false, working = false;
	char q[96];
	int n = -1, unit;

	s = strv_trim(s);
	/* the quoted words serve only the error messages: none is made for a caller
	 * that keeps none (a NULL e, or one holding an error already: the first is
	 * kept), such as the reader trying the words of every sentence */
	if (e && !e->code)
		strv_quote(s, q, sizeof(q));
	else
		q[0] = '\0';
	memset(p, 0, sizeof(*p));
	if (!s.n)
		return err_set(e, ERR_DATA, "empty period");
	if (s.p[0] == '-')
		return err_set(e, ERR_DATA, "period '%s' is negative", q);
	if ((s.p[0] == 'P' || s.p[0] == 'p') && s.n > 1 &&
	    (ch_is_digit((unsigned char)s.p[1]) || s.p[1] == 'T' || s.p[1] == 't'))
		return parse_iso(s, p, e, q);

	ntok = tokenize(s, tok, MAX_TOKENS, &overflow);
	if (overflow || !ntok)
		return err_set(e, ERR_DATA, "cannot parse period '%s'", q);
	if (word_eq(tok[0], "every") && ntok > 1) {
		i++;
		if (unit_noun(tok[i]) >= 0 && i + 1 == ntok) {
			/* "every month": one of the unit */
			p->n = word_eq(tok[i], "fortnight") ? 2 : 1;
			p->unit = (enum cal_unit)unit_noun(tok[i]);
			i++;
			goto tail;
		}
	}
	/* "bi-monthly", "half-yearly" arrive as two tokens; join them. */
	if (i + 1 < ntok && (word_eq(tok[i], "bi") || word_eq(tok[i], "half"))) {
		char buf[32];
		struct cal_period tmp;
		bool half = word_eq(tok[i], "half");
		snprintf(buf, sizeof(buf), "%s%.*s", half ? "" : "bi", (int)(tok[i + 1].n < 20 ? tok[i + 1].n : 20),
			 tok[i + 1].p);
		joined = strv_of(buf);
		if (half && word_eq(tok[i + 1], "yearly")) {
			p->n = 6;
			p->unit = CAL_MONTHS;
			i += 2;
			goto tail;
		}
		if (!half && adverb(joined, &tmp)) {
			*p = tmp;
			i += 2;
			goto tail;
		}
	}
	if (i < ntok && adverb(tok[i], p)) {
		i++;
		goto tail;
	}
	n = read_number(tok, ntok, &i);
	if (n < 0)
		return err_set(e, ERR_DATA, "cannot parse period '%s': expected a number or a word "
			       "such as 'monthly'", q);
	if (i < ntok && adverb(tok[i], p) && p->n == 1 && !p->warning) {
		/* "6 monthly", "six-weekly": the number counts the adverb's unit. */
		p->n = n;
		i++;
		goto tail;
	}
	if (i < ntok && word_eq(tok[i], "calendar")) {
		qualified = true;
		i++;
	} else if (i < ntok && (word_eq(tok[i], "working") || word_eq(tok[i], "business"))) {
		working = true;
		i++;
	}
	if (i >= ntok || (unit = unit_noun(tok[i])) < 0)
		return err_set(e, ERR_DATA, "cannot parse period '%s': expected a unit (days, "
			       "weeks, months, years)", q);
	/* "within 28 calendar days" (days counted as they fall, not working days) */
	if (qualified && unit != CAL_MONTHS && unit != CAL_DAYS)
		return err_set(e, ERR_DATA,
		               "cannot parse period '%s': only months and days are 'calendar'", q);
	if (working && unit != CAL_DAYS)
		return err_set(e, ERR_DATA, "cannot parse period '%s': only days are 'working'", q);
	p->n = n;
	p->unit = working ? CAL_WORKING_DAYS : (enum cal_unit)unit;
	if (word_eq(tok[i], "fortnight") || word_eq(tok[i], "fortnights"))
		p->n = n * 2;
	i++;
tail:
	if (i < ntok && (word_eq(tok[i], "intervals") || word_eq(tok[i], "interval")))
		i++;
	if (i != ntok)
		return err_set(e, ERR_DATA, "cannot parse period '%s': unexpected '%.*s'", q,
			       (int)(tok[i].n > 40 ? 40 : tok[i].n), tok[i].p);
	if (p->n < 0 || p->n > CAL_PERIOD_MAX)
		return err_set(e, ERR_DATA, "period '%s' is too long", q);
	if (p->n == 0 && p->unit != CAL_DAYS && p->unit != CAL_WORKING_DAYS)
		return err_set(e, ERR_DATA, "period '%s' is zero", q);
	return 0;
}

bool cal_period_is_iso(struct cal_period p)
{
	return p.unit != CAL_WORKING_DAYS;
}

char *cal_period_format(struct cal_period p, char *buf, size_t n)
{
	static const char code[] = {'D', 'W', 'M', 'Y'};
	char iso[16], *d = iso + sizeof(iso);
	unsigned u = p.n < 0 ? 0u - (unsigned)p.n : (unsigned)p.n;
	size_t len;

	if (p.unit == CAL_WORKING_DAYS) {
		snprintf(buf, n, "%d working day%s", p.n, p.n == 1 ? "" : "s");
		return buf;
	}
	/* "P3M" as snprintf("P%d%c") writes it, without its cost (a period is
	 * formatted for every duty the reader finds) */
	*--d = code[p.unit];
	do
		*--d = (char)('0' + u % 10);
	while (u /= 10);
	if (p.n < 0)
		*--d = '-';
	*--d = 'P';
	len = (size_t)(iso + sizeof(iso) - d);
	if (n) {
		len = len < n - 1 ? len : n - 1;
		memcpy(buf, d, len);
		buf[len] = '\0';
	}
	return buf;
}

char *cal_period_words(struct cal_period p, char *buf, size_t n)
{
	static const char *const noun[] = {"day", "week", "calendar month", "year",
					   "working day"};
	snprintf(buf, n, "%d %s%s", p.n, noun[p.unit], p.n == 1 ? "" : "s");
	return buf;
}

cal_day cal_add_months(cal_day d, int n, bool *clamped)
{
	struct cal_ymd t = cal_to_ymd(d);
	long idx = (long)t.y * 12 + (t.m - 1) + n;
	int y = (int)(idx / 12), m = (int)(idx % 12) + 1;
	int dim;

	if (idx < 0) {
		y = (int)((idx - 11) / 12);
		m = (int)(idx - (long)y * 12) + 1;
	}
	dim = cal_days_in_month(y, m);
	if (clamped)
		*clamped = t.d > dim;
	return cal_from_ymd(y, m, t.d > dim ? dim : t.d);
}

int cal_convention_parse(const char *s, enum cal_convention *c, struct err *e)
{
	if (!strcmp(s, "corresponding") || !strcmp(s, "corresponding-date"))
		*c = CAL_CORRESPONDING;
	else if (!strcmp(s, "day-before"))
		*c = CAL_DAY_BEFORE;
	else
		return err_set(e, ERR_USAGE,
			       "unknown convention '%s' (expected corresponding or day-before)", s);
	return 0;
}

/* n in decimal onto dv, as "%d" prints it: a derivation is written for every series
 * the reader finds, and a printf for each of its numbers was most of its cost. */
static void add_int(struct strbuf *dv, int n)
{
	char buf[16], *p = buf + sizeof(buf);
	unsigned u = n < 0 ? 0u - (unsigned)n : (unsigned)n;

	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (n < 0)
		*--p = '-';
	strbuf_add(dv, p, (size_t)(buf + sizeof(buf) - p));
}

static int add_calendar(cal_day from, long months, bool years, int nshow, int k,
			enum cal_convention conv, cal_day *out, struct strbuf *dv, struct err *e)
{
	struct cal_ymd t = cal_to_ymd(from);
	long idx = (long)t.y * 12 + (t.m - 1) + months;
	char a[CAL_DATE_LEN], b[CAL_DATE_LEN], c[CAL_DATE_LEN];
	bool clamped;
	cal_day corr, res;
	struct cal_ymd target;

	if (idx < (long)CAL_YEAR_MIN * 12 || idx > (long)CAL_YEAR_MAX * 12 + 11)
		return err_set(e, ERR_DATA, "%s plus %ld months is outside the years %d to %d",
			       cal_format_iso(from, a), months, CAL_YEAR_MIN, CAL_YEAR_MAX);
	corr = cal_add_months(from, (int)months, &clamped);
	res = corr;
	if (conv == CAL_DAY_BEFORE && !clamped) {
		if (corr - 1 < cal_min_day())
			return err_set(e, ERR_DATA, "date out of range");
		res = corr - 1;
	}
	*out = res;
	if (!dv)
		return 0;
	target = cal_to_ymd(corr);
	/* "2024-01-31 + 3 × 1 calendar month = 2024-04-30 (no 31 April 2024: ...)" */
	strbuf_adds(dv, cal_format_iso(from, a));
	strbuf_adds(dv, " + ");
	if (k != 1) {
		add_int(dv, k);
		strbuf_adds(dv, " × ");
	}
	add_int(dv, nshow);
	strbuf_adds(dv, years ? " year" : " calendar month");
	if (nshow != 1)
		strbuf_addch(dv, 's');
	strbuf_adds(dv, " = ");
	strbuf_adds(dv, cal_format_iso(res, b));
	strbuf_adds(dv, " (");
	if (clamped) {
		strbuf_adds(dv, "no ");
		add_int(dv, t.d);
		strbuf_addch(dv, ' ');
		strbuf_adds(dv, cal_month_name(target.m));
		strbuf_addch(dv, ' ');
		add_int(dv, target.y);
		strbuf_adds(dv, ": last day of the month");
	} else if (conv == CAL_DAY_BEFORE) {
		strbuf_adds(dv, "the day before the corresponding date ");
		strbuf_adds(dv, cal_format_iso(corr, c));
	} else {
		strbuf_adds(dv, "corresponding date");
	}
	strbuf_addch(dv, ')');
	return 0;
}

int cal_add(cal_day from, struct cal_period p, int k, enum cal_convention conv, cal_day *out,
	    struct strbuf *dv, struct err *e)
{
	char a[CAL_DATE_LEN], b[CAL_DATE_LEN], words[48];
	long total = (long)p.n * k;
	long days;

	if (k < 0 || total > 400000L * 12)
		return err_set(e, ERR_DATA, "period multiple out of range");
	switch (p.unit) {
	case CAL_MONTHS:
		return add_calendar(from, total, false, p.n, k, conv, out, dv, e);
	case CAL_YEARS:
		return add_calendar(from, total * 12, true, p.n, k, conv, out, dv, e);
	case CAL_WORKING_DAYS: {
		struct strbuf why = STRBUF_INIT;
		if (total > INT_MAX / 2 ||
		    cal_add_working_days(from, (int)total, out, &why, e) < 0) {
			strbuf_release(&why);
			return err_set(e, ERR_DATA, "period multiple out of range");
		}
		if (dv) {
			strbuf_addf(dv, "%s + ", cal_format_iso(from, a));
			if (k != 1)
				strbuf_addf(dv, "%d × ", k);
			strbuf_addf(dv, "%s = %s (%s)", cal_period_words(p, words, sizeof(words)),
				    cal_format_iso(*out, b), strbuf_str(&why));
		}
		strbuf_release(&why);
		return 0;
	}
	case CAL_DAYS:
	case CAL_WEEKS:
		break;
	}
	days = total * (p.unit == CAL_WEEKS ? 7 : 1);
	if (from + days > cal_max_day() || from + days < cal_min_day())
		return err_set(e, ERR_DATA, "%s plus %ld days is outside the years %d to %d",
			       cal_format_iso(from, a), days, CAL_YEAR_MIN, CAL_YEAR_MAX);
	*out = (cal_day)(from + days);
	if (dv) {
		strbuf_addf(dv, "%s + ", cal_format_iso(from, a));
		if (k != 1)
			strbuf_addf(dv, "%d × ", k);
		strbuf_addf(dv, "%s = %s", cal_period_words(p, words, sizeof(words)),
			    cal_format_iso(*out, b));
		if (p.unit == CAL_WEEKS || k != 1)
			strbuf_addf(dv, " (%ld days)", days);
	}
	return 0;
}
