/*
 * fuzz_multipart.c: libFuzzer target for multipart/form-data bodies
 * (src/web/multipart.c).  The input's first line is the Content-Type
 * value, the rest the body.  Any bytes must give parts or a reason, never
 * a crash or a read past the input, and every part must lie inside the
 * body with a name.
 */
#include "base/compat.h"

#include "web/multipart.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *d = (const char *)data, *nl = memchr(d, '\n', size);
	struct arena a;
	struct web_part parts[8];
	char *ct, *body;
	size_t n = 0, i, blen;
	const char *why = NULL;

	if (!nl)
		return 0;
	arena_init(&a, (size_t)1 << 20);
	ct = arena_strndup(&a, d, (size_t)(nl - d));
	blen = size - (size_t)(nl - d) - 1;
	body = malloc(blen ? blen : 1); /* its own block, so ASan sees any overread */
	if (!ct || !body) {
		free(body);
		arena_release(&a);
		return 0;
	}
	memcpy(body, nl + 1, blen);
	if (web_multipart_parse(&a, ct, body, blen, parts, 8, &n, &why) == 0) {
		for (i = 0; i < n; i++)
			if (!parts[i].name || (const char *)parts[i].data < body ||
			    (const char *)parts[i].data + parts[i].len > body + blen)
				abort();
	} else if (!why) {
		abort();
	}
	free(body);
	arena_release(&a);
	return 0;
}
