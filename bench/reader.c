/*
 * reader.c: the reader's throughput measured the way the references
 * are (bench/ref/chrono.js, bench/ref/dateparser_ref.py): every file is
 * loaded into memory first, one document is read to warm up, then the
 * clock runs over the reading of all of them.  "Reading" is what
 * `oversight read --jsonl` does for each document after loading it:
 * decode, clause tree, facts, obligations, the record, and the record
 * written as JSON text (into memory; the references keep their dates in
 * memory too).  Prints "bytes files records seconds" for each of RUNS
 * timed passes; bench_read.sh takes the median.  Process start-up and the
 * reading of files from disk are outside the clock, as for the references;
 * bench_read.sh also times the whole command for comparison.
 */
#include "base/compat.h"

#include "clock.h"

#include "base/strbuf.h"
#include "read/read.h"

#define RUNS 3

static int load(const char *path, struct strbuf *out)
{
	FILE *f = fopen(path, "rb");
	char buf[65536];
	size_t n;

	if (!f) {
		fprintf(stderr, "reader: cannot open '%s': %s\n", path, strerror(errno));
		return -1;
	}
	strbuf_init(out, 0);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(out, buf, n);
	fclose(f);
	return out->failed ? -1 : 0;
}

/* Read docs[0, n) once; returns the number of records made. */
static size_t read_all(struct strbuf *docs, char **names, size_t n, struct strbuf *json)
{
	size_t i, records = 0;
	struct arena arena = ARENA_INIT; /* each record's nodes, dropped once written */

	for (i = 0; i < n; i++) {
		struct read_input in = {(const unsigned char *)docs[i].buf, docs[i].len, names[i],
					READ_TEXT};
		struct err e = {0};
		rec_t *rec = read_document_rec(&in, &arena, NULL, NULL, &e);
		if (rec) {
			strbuf_reset(json);
			read_json_write(rec, 0, json);
			strbuf_addch(json, '\n');
			records++;
		}
		arena_release(&arena);
	}
	return records;
}

int main(int argc, char **argv)
{
	size_t n = (size_t)(argc > 1 ? argc - 1 : 0), i, bytes = 0, records = 0;
	struct strbuf *docs = calloc(n ? n : 1, sizeof(*docs)), json = STRBUF_INIT;
	int r;

	if (!n) {
		fprintf(stderr, "usage: reader FILE...\n");
		return 64;
	}
	for (i = 0; i < n; i++) {
		if (load(argv[i + 1], &docs[i]) < 0)
			return 66;
		bytes += docs[i].len;
	}
	read_all(docs, argv + 1, 1, &json); /* warm up */
	for (r = 0; r < RUNS; r++) {
		double t0 = bench_now(), secs;
		records = read_all(docs, argv + 1, n, &json);
		secs = bench_now() - t0;
		printf("%zu %zu %zu %.4f\n", bytes, n, records, secs);
	}
	for (i = 0; i < n; i++)
		strbuf_release(&docs[i]);
	free(docs);
	strbuf_release(&json);
	return records == n ? 0 : 1;
}
