/*
 * fuzz_read_text.c: libFuzzer target for the reader's text path: any bytes,
 * as a text document, must give a record or a clean error; every span in
 * the record must lie within the text it reports.
 */
#include "base/compat.h"

#include <jansson.h>

#include "read/read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_spans(const json_t *j, size_t len)
{
	size_t i;
	const char *k;
	json_t *v;

	if (json_is_object(j)) {
		json_object_foreach((json_t *)j, k, v) {
			if (!strcmp(k, "span")) {
				json_int_t s = json_integer_value(json_array_get(v, 0));
				json_int_t e = json_integer_value(json_array_get(v, 1));
				if (s < 0 || e < s || (size_t)e > len)
					abort();
			} else {
				check_spans(v, len);
			}
		}
	} else if (json_is_array(j)) {
		for (i = 0; i < json_array_size(j); i++)
			check_spans(json_array_get(j, i), len);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct read_input in = {data, size, "fuzz.txt", READ_TEXT};
	struct err e = {0};
	char *text = NULL;
	size_t len = 0;
	json_t *rec = read_document(&in, &text, &len, &e);

	if (rec) {
		check_spans(rec, len);
		json_decref(rec);
	} else if (!e.code || !e.msg[0]) {
		abort(); /* a failure must say why */
	}
	free(text);
	return 0;
}
