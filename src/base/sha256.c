/*
 * sha256.c: SHA-256 following FIPS 180-4 section 6.2.  Two compression
 * functions give the same hashes: a portable one, and on x86-64 processors
 * with the SHA extensions (cpuid leaf 7, EBX bit 29) one built on their
 * sha256rnds2/msg1/msg2 instructions, chosen once at run time.  Hashing
 * every document read is a tenth of the reader's time with the portable one.
 * Both are checked against the NIST test vectors in tests/unit/test_base.c.
 */
#include "compat.h"

#include "sha256.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SHA256_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void compress_portable(uint32_t st[8], const unsigned char *b)
{
	uint32_t w[64], a, bb, cc, d, e, f, g, h, t1, t2;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)b[4 * i] << 24 | (uint32_t)b[4 * i + 1] << 16 |
		       (uint32_t)b[4 * i + 2] << 8 | (uint32_t)b[4 * i + 3];
	for (i = 16; i < 64; i++) {
		uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	a = st[0], bb = st[1], cc = st[2], d = st[3];
	e = st[4], f = st[5], g = st[6], h = st[7];
	for (i = 0; i < 64; i++) { /* the working variables rotate through names, not memory */
		t1 = h + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
		t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & bb) ^ (a & cc) ^ (bb & cc));
		h = g, g = f, f = e, e = d + t1;
		d = cc, cc = bb, bb = a, a = t1 + t2;
	}
	st[0] += a, st[1] += bb, st[2] += cc, st[3] += d;
	st[4] += e, st[5] += f, st[6] += g, st[7] += h;
}

static void blocks_portable(uint32_t st[8], const unsigned char *p, size_t n)
{
	for (; n; n--, p += 64)
		compress_portable(st, p);
}

#ifdef SHA256_X86
/*
 * Sixteen groups of four rounds.  The state is held as ABEF and CDGH, the
 * layout sha256rnds2 wants; message group i >= 4 is
 * msg2(msg1(W[i-4], W[i-3]) + W[i-1]:W[i-2] shifted by one word, W[i-1]).
 */
__attribute__((target("sha,sse4.1,ssse3"))) static void blocks_x86(uint32_t st[8],
								    const unsigned char *p, size_t n)
{
	const __m128i swap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
	__m128i s0, s1, t, w[4];
	int i;

	t = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&st[0]), 0xB1); /* CDAB */
	s1 = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&st[4]), 0x1B); /* EFGH */
	s0 = _mm_alignr_epi8(t, s1, 8);							     /* ABEF */
	s1 = _mm_blend_epi16(s1, t, 0xF0);						     /* CDGH */
	for (; n; n--, p += 64) {
		__m128i abef = s0, cdgh = s1, m;

		for (i = 0; i < 16; i++) {
			__m128i *wi = &w[i & 3];
			if (i < 4)
				*wi = _mm_shuffle_epi8(
					_mm_loadu_si128((const __m128i *)(p + 16 * i)), swap);
			else
				*wi = _mm_sha256msg2_epu32(
					_mm_add_epi32(_mm_sha256msg1_epu32(*wi, w[(i - 3) & 3]),
						      _mm_alignr_epi8(w[(i - 1) & 3],
								      w[(i - 2) & 3], 4)),
					w[(i - 1) & 3]);
			m = _mm_add_epi32(*wi, _mm_loadu_si128((const __m128i *)&K[4 * i]));
			s1 = _mm_sha256rnds2_epu32(s1, s0, m);
			s0 = _mm_sha256rnds2_epu32(s0, s1, _mm_shuffle_epi32(m, 0x0E));
		}
		s0 = _mm_add_epi32(s0, abef);
		s1 = _mm_add_epi32(s1, cdgh);
	}
	t = _mm_shuffle_epi32(s0, 0x1B);					/* FEBA */
	s1 = _mm_shuffle_epi32(s1, 0xB1);					/* DCHG */
	_mm_storeu_si128((__m128i *)&st[0], _mm_blend_epi16(t, s1, 0xF0)); /* DCBA */
	_mm_storeu_si128((__m128i *)&st[4], _mm_alignr_epi8(s1, t, 8));	/* HGFE */
}

static int have_sha_ni(void)
{
	unsigned a, b, c, d;

	if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3))
		return 0;
	if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
		return 0;
	return (b >> 29) & 1;
}
#endif

typedef void blocks_fn(uint32_t st[8], const unsigned char *p, size_t n);

/* The compression chosen: set on first use (threads race to store the same value). */
static blocks_fn *blocks;

int sha256_hardware(int use)
{
	blocks_fn *f = blocks_portable;
	int have = 0;
#ifdef SHA256_X86
	have = have_sha_ni();
	if (have && use)
		f = blocks_x86;
#endif
	__atomic_store_n(&blocks, f, __ATOMIC_RELAXED);
	return have;
}

static void compress_blocks(uint32_t st[8], const unsigned char *p, size_t n)
{
	blocks_fn *f = __atomic_load_n(&blocks, __ATOMIC_RELAXED);

	if (!f) {
		sha256_hardware(1);
		f = __atomic_load_n(&blocks, __ATOMIC_RELAXED);
	}
	f(st, p, n);
}

void sha256_init(struct sha256 *c)
{
	static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
				       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
	memset(c, 0, sizeof(*c));
	memcpy(c->h, iv, sizeof(iv));
}

void sha256_update(struct sha256 *c, const void *data, size_t len)
{
	const unsigned char *p = data;

	c->len += len;
	if (c->used) { /* fill the partial block first */
		size_t take = 64 - c->used;
		if (take > len)
			take = len;
		memcpy(c->block + c->used, p, take);
		c->used += take;
		p += take;
		len -= take;
		if (c->used < 64)
			return;
		compress_blocks(c->h, c->block, 1);
		c->used = 0;
	}
	if (len >= 64) { /* whole blocks straight from the input */
		compress_blocks(c->h, p, len / 64);
		p += len / 64 * 64;
		len %= 64;
	}
	if (len)
		memcpy(c->block, p, len);
	c->used = len;
}

void sha256_final(struct sha256 *c, unsigned char out[32])
{
	uint64_t bits = c->len * 8;
	unsigned char pad = 0x80, zero = 0, lenb[8];
	int i;

	sha256_update(c, &pad, 1);
	while (c->used != 56)
		sha256_update(c, &zero, 1);
	for (i = 0; i < 8; i++)
		lenb[i] = (unsigned char)(bits >> (56 - 8 * i));
	sha256_update(c, lenb, 8);
	for (i = 0; i < 8; i++) {
		out[4 * i] = (unsigned char)(c->h[i] >> 24);
		out[4 * i + 1] = (unsigned char)(c->h[i] >> 16);
		out[4 * i + 2] = (unsigned char)(c->h[i] >> 8);
		out[4 * i + 3] = (unsigned char)c->h[i];
	}
}

void sha256_hex(const void *data, size_t len, char hex[65])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char d[32];
	struct sha256 c;
	int i;

	sha256_init(&c);
	sha256_update(&c, data, len);
	sha256_final(&c, d);
	for (i = 0; i < 32; i++) {
		hex[2 * i] = digits[d[i] >> 4];
		hex[2 * i + 1] = digits[d[i] & 15];
	}
	hex[64] = '\0';
}
