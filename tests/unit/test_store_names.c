/*
 * test_store_names.c: council-name keys (src/store/names.c) on all 158
 * authorities of data/reference/english-children-services-authorities.csv
 * (compiled into store_council_table), on the names as the example
 * documents in data/documents/ write them, and on every local_authority of
 * data/reference/ofsted-ilacs-history.csv.
 */
#include "base/compat.h"

#include "store/names.h"
#include "store/store.h"
#include "t.h"

static bool same(const char *a, const char *b)
{
	char ka[256], kb[256];
	return names_key(a, ka, sizeof ka) > 0 && names_key(b, kb, sizeof kb) > 0 && !strcmp(ka, kb);
}

/* Codes of the councils whose official or Ofsted name has name's key. */
static int matches(const char *name, int codes[4])
{
	char k[256], kc[256];
	size_t i;
	int n = 0;

	if (names_key(name, k, sizeof k) < 0)
		return 0;
	for (i = 0; i < store_council_table_len; i++) {
		const struct store_council *c = &store_council_table[i];
		bool hit = names_key(c->name, kc, sizeof kc) > 0 && !strcmp(k, kc);
		if (!hit && c->ofsted_name)
			hit = names_key(c->ofsted_name, kc, sizeof kc) > 0 && !strcmp(k, kc);
		if (hit && n < 4)
			codes[n++] = c->code;
	}
	return n;
}

static void test_all_158_names_have_distinct_keys(void)
{
	size_t i, j;
	char ki[256], kj[256];

	CHECK(store_council_table_len == 158, "%zu councils", store_council_table_len);
	for (i = 0; i < store_council_table_len; i++) {
		const struct store_council *a = &store_council_table[i];
		CHECK(names_key(a->name, ki, sizeof ki) > 0, "no key for '%s'", a->name);
		for (j = i + 1; j < store_council_table_len; j++) {
			const struct store_council *b = &store_council_table[j];
			names_key(b->name, kj, sizeof kj);
			/* Only the two Dorsets (835 county to 2019, 838 unitary) share a name. */
			if (!strcmp(ki, kj))
				CHECK(a->code == 835 && b->code == 838, "'%s' (%d) and '%s' (%d) collide",
				      a->name, a->code, b->name, b->code);
		}
	}
}

static void test_ofsted_name_matches_official_name(void)
{
	size_t i;
	int n = 0;

	for (i = 0; i < store_council_table_len; i++) {
		const struct store_council *c = &store_council_table[i];
		if (!c->ofsted_name)
			continue;
		n++;
		CHECK(same(c->name, c->ofsted_name), "%d: '%s' vs Ofsted '%s'", c->code, c->name,
		      c->ofsted_name);
	}
	CHECK(n == 153, "%d Ofsted names", n);
}

static void test_names_as_documents_write_them(void)
{
	static const struct {
		const char *written;
		int code;
	} cases[] = {
		/* data/documents/kirklees-*.txt */
		{"KIRKLEES COUNCIL", 382},
		{"Kirklees Council", 382},
		{"Kirklees Metropolitan Borough Council", 382},
		{"Leeds City Council", 383},
		/* data/documents/stoke-on-trent-direction-2019-10-31.txt */
		{"STOKE-ON-TRENT CITY COUNCIL", 861},
		{"Stoke-on-Trent City Council", 861},
		{"Stoke-on-Trent Council", 861},
		{"Stokeon-Trent Council", 861},
		{"Stoke on Trent", 861},
		/* other usual styles */
		{"London Borough of Hackney", 204},
		{"Royal Borough of Kensington and Chelsea", 207},
		{"Bedford Borough Council", 822},
		{"Durham County Council", 840},
		{"Bristol City Council", 801},
		{"City of Bristol", 801},
		{"Kingston upon Hull City Council", 810},
		{"Herefordshire Council", 884},
		{"St Helens Borough Council", 342},
		{"Windsor & Maidenhead", 868},
		{"bournemouth, christchurch & poole", 839},
		{"Corporation of London", 201},
	};
	size_t i;
	int codes[4], n;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		n = matches(cases[i].written, codes);
		CHECK(n == 1 && codes[0] == cases[i].code, "'%s': %d matches, first %d, want %d",
		      cases[i].written, n, n ? codes[0] : 0, cases[i].code);
	}
	CHECK(matches("Kirklees and Leeds City Council", codes) == 0, "joint name matched");
	CHECK(matches("Gotham City Council", codes) == 0, "invented council matched");
	CHECK(matches("Council", codes) == 0, "the bare word matched");
	CHECK(matches("", codes) == 0, "empty matched");
	CHECK(matches("&&&---", codes) == 0, "punctuation matched");
}

/* The second field of a CSV line (quotes honoured), into out. */
static void second_field(const char *line, char *out, size_t cap)
{
	const char *p = strchr(line, ',');
	size_t n = 0;
	bool q = false;

	out[0] = 0;
	if (!p)
		return;
	for (p++; *p && n + 1 < cap; p++) {
		if (*p == '"') {
			q = !q;
			continue;
		}
		if (*p == ',' && !q)
			break;
		out[n++] = *p;
	}
	out[n] = 0;
}

static void test_every_ofsted_csv_name_matches(void)
{
	FILE *f = fopen("data/reference/ofsted-ilacs-history.csv", "r");
	char line[4096], name[256];
	int rows = 0, codes[4], n;

	CHECK(f != NULL, "cannot open the Ofsted CSV (run from the repository root)");
	if (!f)
		return;
	if (!fgets(line, sizeof line, f))
		line[0] = 0;
	while (fgets(line, sizeof line, f)) {
		second_field(line, name, sizeof name);
		rows++;
		n = matches(name, codes);
		/* "dorset" names both Dorsets; the store picks one by date. */
		CHECK(n == 1 || (n == 2 && !strcmp(name, "dorset")), "'%s': %d matches", name, n);
	}
	fclose(f);
	CHECK(rows == 497, "%d rows", rows);
}

int main(void)
{
	T_BEGIN("store_names");
	RUN(test_all_158_names_have_distinct_keys);
	RUN(test_ofsted_name_matches_official_name);
	RUN(test_names_as_documents_write_them);
	RUN(test_every_ofsted_csv_name_matches);
	return T_END();
}
