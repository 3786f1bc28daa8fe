/*
 * oblig_ids.c: the ids of a clause's duties (see oblig_int.h): the clause's id ("4.b"),
 * or "4.b/1", "4.b/2", ... when it holds several; a letter's are "body/<n>"
 * (oblig_letter.c).  Before they are numbered, the duties that no instrument of the
 * Department's can place (Ofsted's) and a duty read twice (the same bearer, kind and
 * words, with no date: "The Council shall co-operate with the Commissioner, and shall
 * give him ... within five working days of a request" read its first clause once from
 * the sentence and once as the untimed clause beside a timed one) are taken out.  Moved
 * from oblig.c in session 25, when the second was added.
 */
#include "../base/compat.h"

#include "oblig_int.h"

/* The id of a clause's n-th obligation into id (size n_id): the clause's id, then
 * "/n" when n is not 0, cut to fit as snprintf() would cut it (every unit asks, so
 * not through snprintf() itself). */
static void obligation_id(char *id, size_t n_id, const char *clause, size_t n)
{
	char digits[24];
	size_t k = sizeof(digits), j = 0;

	if (!n_id)
		return;
	for (; *clause && j + 1 < n_id; clause++)
		id[j++] = *clause;
	if (n) {
		do
			digits[--k] = (char)('0' + n % 10);
		while ((n /= 10) != 0);
		digits[--k] = '/';
		for (; k < sizeof(digits) && j + 1 < n_id; k++)
			id[j++] = digits[k];
	}
	id[j] = '\0';
}

/* Is out[i] the same duty as one of the eight before it in out[from, i): bearer, kind
 * and span?  (A duty read twice is read from the same sentence, its copy close by; a
 * clause of thousands of duties is not compared pair by pair.) */
static bool same_as_before(const rec_t *out, size_t from, size_t i)
{
	const rec_t *o = rec_array_get(out, i), *sp = rec_object_get(o, "span");
	size_t j;

	for (j = i > from + 8 ? i - 8 : from; j < i && sp; j++) {
		const rec_t *p = rec_array_get(out, j), *pp = rec_object_get(p, "span");
		if (pp &&
		    read_eq(rec_string_value(rec_object_get(o, "bearer")),
		            rec_string_value(rec_object_get(p, "bearer"))) &&
		    read_eq(rec_string_value(rec_object_get(o, "kind")),
		            rec_string_value(rec_object_get(p, "kind"))) &&
		    rec_integer_value(rec_array_get(sp, 0)) ==
		        rec_integer_value(rec_array_get(pp, 0)) &&
		    rec_integer_value(rec_array_get(sp, 1)) ==
		        rec_integer_value(rec_array_get(pp, 1)) &&
		    !rec_object_get(o, "due") && !rec_object_get(o, "recurrence"))
			return true;
	}
	return false;
}

void oblig_number_ids(const struct clause *cl, rec_t *out, size_t from)
{
	size_t i, total;

	/* "Ofsted will make monitoring visits to the Council while this Notice is in
	 * force": what the inspectorate does, which no instrument of the Department's
	 * can oblige it to */
	for (i = rec_array_size(out); i-- > from;)
		if (read_eq(rec_string_value(rec_object_get(rec_array_get(out, i), "bearer")),
		            "ofsted") ||
		    same_as_before(out, from, i)) /* (a duty read twice is one) */
			rec_array_remove(out, i);
	total = rec_array_size(out) - from;

	for (i = 0; i < total; i++) {
		char id[80];
		obligation_id(id, sizeof(id), cl->id, total == 1 ? 0 : i + 1);
		read_set(rec_array_get(out, from + i), "id", read_string(id));
	}
}
