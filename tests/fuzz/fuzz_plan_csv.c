/*
 * fuzz_plan_csv.c: libFuzzer target for the improvement plan CSV reader
 * (src/report/plan_csv.c).  Any bytes must give a plan or an error that
 * names where it is ("row R, column C" for a cell, "line L, column C" for
 * the CSV syntax itself), never a crash, a hang or a read past the
 * input; and a plan that was read, written back and read again must write
 * the same bytes (export then import gives the same plan).
 */
#include "base/compat.h"

#include "report/plan_csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct plan_csv_in in, back;
	struct err e = {0};
	char *buf = malloc(size ? size : 1); /* its own block, so ASan sees any overread */

	if (!buf)
		return 0;
	memcpy(buf, data, size);
	arena_init(&a, 0);
	if (plan_csv_read(buf, size, &a, &in, &e) == 0) {
		struct strbuf w1 = STRBUF_INIT, w2 = STRBUF_INIT;
		struct err e2 = {0};
		plan_csv_write(&w1, &in.plan, in.council);
		if (plan_csv_read(w1.buf, w1.len, &a, &back, &e2) < 0) {
			fprintf(stderr, "written plan does not read back: %s\n", e2.msg);
			abort();
		}
		plan_csv_write(&w2, &back.plan, back.council);
		if (w1.len != w2.len || memcmp(w1.buf, w2.buf, w1.len)) {
			fprintf(stderr, "written twice, different bytes:\n%.*s\n----\n%.*s\n",
				(int)w1.len, w1.buf, (int)w2.len, w2.buf);
			abort();
		}
		strbuf_release(&w1);
		strbuf_release(&w2);
	} else if (e.code != ERR_DATA || (strncmp(e.msg, "row ", 4) && strncmp(e.msg, "line ", 5))) {
		fprintf(stderr, "error without its row: %d %s\n", e.code, e.msg);
		abort();
	}
	arena_release(&a);
	free(buf);
	return 0;
}
