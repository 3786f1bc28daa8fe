/*
 * fuzz_read_pdf.c: libFuzzer target for the reader's PDF path (MuPDF with
 * a memory ceiling): any bytes, as a PDF, must give a record or a clean
 * error, never a crash, a hang or unbounded memory.
 */
#include "base/compat.h"

#include <jansson.h>

#include "read/read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct read_input in = {data, size, "fuzz.pdf", READ_PDF};
	struct err e = {0};
	json_t *rec = read_document(&in, NULL, NULL, &e);

	if (rec)
		json_decref(rec);
	else if (!e.code || !e.msg[0])
		abort();
	return 0;
}
