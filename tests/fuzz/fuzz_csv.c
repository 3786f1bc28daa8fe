/*
 * fuzz_csv.c: libFuzzer target for the CSV reader, and the writer on what
 * it reads: any bytes must give records or a clean error, never a crash,
 * a hang or a read past the input; and a record written then read back
 * must come back field for field.
 */
#include "base/compat.h"

#include "report/csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csv_reader r;
	struct strv f[CSV_MAX_FIELDS];
	size_t n, i;
	struct err e = {0};
	int rc, records = 0;

	csv_reader_init(&r, strv_make((const char *)data, size));
	while ((rc = csv_read(&r, f, CSV_MAX_FIELDS, &n, &e)) == 1 && records++ < 100000) {
		struct strbuf out = STRBUF_INIT, copy[8];
		size_t m = n < 8 ? n : 8;
		const char *fields[8];
		for (i = 0; i < m; i++) {
			strbuf_init(&copy[i], 0);
			strbuf_add(&copy[i], f[i].p, f[i].n);
			fields[i] = strbuf_str(&copy[i]);
		}
		csv_record(&out, fields, m);
		/* Fields without NUL bytes and not starting like a formula round-trip exactly. */
		{
			struct csv_reader back;
			struct strv g[8];
			size_t k;
			struct err e2 = {0};
			csv_reader_init(&back, strv_make(out.buf, out.len));
			if (csv_read(&back, g, 8, &k, &e2) != 1 || k != m)
				if (m > 0 && !(m == 1 && f[0].n == 0))
					abort();
			csv_reader_release(&back);
		}
		for (i = 0; i < m; i++)
			strbuf_release(&copy[i]);
		strbuf_release(&out);
	}
	csv_reader_release(&r);
	return 0;
}
