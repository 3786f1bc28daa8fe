/*
 * sha256.h: SHA-256 (FIPS 180-4), used to address stored documents by
 * content and to derive stable calendar UIDs.  No allocation, no I/O.
 */
#ifndef OVERSIGHT_SHA256_H
#define OVERSIGHT_SHA256_H

#include "compat.h"

struct sha256 {
	uint32_t h[8];
	uint64_t len;
	unsigned char block[64];
	size_t used;
};

void sha256_init(struct sha256 *c);
void sha256_update(struct sha256 *c, const void *data, size_t len);
void sha256_final(struct sha256 *c, unsigned char out[32]);
/*
 * Use the processor's SHA instructions when it has them (the default) or,
 * with use 0, the portable code; returns whether the processor has them.
 * For tests and benchmarks: both give the same hashes.
 */
int sha256_hardware(int use);
/* One call: hex digest of data into hex[65] (NUL-terminated). */
void sha256_hex(const void *data, size_t len, char hex[65]);

#endif
