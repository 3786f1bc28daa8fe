/*
 * test_base.c: the string builder (growth, cap, sticky failure), string
 * views and their bounded scanners, and SHA-256 against the FIPS 180-2
 * example vectors.
 */
#include "t.h"

#include "base/err.h"
#include "base/sha256.h"
#include "base/str.h"
#include "base/strbuf.h"

static void strbuf_grows_and_formats(void)
{
	struct strbuf sb = STRBUF_INIT;
	int i;

	CHECK_STR(strbuf_str(&sb), "");
	for (i = 0; i < 1000; i++)
		strbuf_addf(&sb, "%d,", i);
	CHECK(sb.len == 3890, "len %zu", sb.len);
	CHECK(!sb.failed, "not failed");
	CHECK(!strncmp(sb.buf, "0,1,2,", 6), "start");
	strbuf_reset(&sb);
	strbuf_adds(&sb, "x");
	CHECK_STR(strbuf_str(&sb), "x");
	strbuf_release(&sb);
}

static void strbuf_cap_is_sticky(void)
{
	struct strbuf sb;
	char *p;
	size_t len;

	strbuf_init(&sb, 8);
	strbuf_adds(&sb, "12345678");
	CHECK(!sb.failed && sb.len == 8, "exactly at the cap");
	strbuf_addch(&sb, '9');
	CHECK(sb.failed && sb.len == 8, "one past the cap fails");
	strbuf_release(&sb);
	strbuf_init(&sb, 8);
	strbuf_adds(&sb, "123456789");
	CHECK(sb.failed && sb.len == 0, "a refused append adds nothing");
	strbuf_adds(&sb, "1");
	CHECK(sb.len == 0, "sticky");
	p = strbuf_detach(&sb, &len);
	CHECK(p && len == 0 && p[0] == '\0', "detach of empty");
	free(p);
}

static void views(void)
{
	struct strv v = strv_of("  42nd street ");
	int n = 0;

	v = strv_trim(v);
	CHECK(v.n == 11, "trim %zu", v.n);
	CHECK(strv_eat_uint(&v, 3, &n) && n == 42, "uint");
	CHECK(strv_eat_ci(&v, "ND"), "eat_ci");
	strv_skip_space(&v);
	CHECK(strv_eq_ci(v, "STREET"), "eq_ci");
	v = strv_of("123456");
	CHECK(!strv_eat_uint(&v, 5, &n) && v.n == 6, "too many digits leaves v unchanged");
	v = strv_of("99999999999");
	CHECK(!strv_eat_uint(&v, 11, &n), "overflow refused");
	v = strv_make("abc", 2);
	CHECK(strv_eq_ci(v, "AB") && !strv_eq_ci(v, "abc"), "bounded by n");
}

static void sha256_vectors_once(void)
{
	char hex[65];
	struct sha256 c;
	unsigned char out[32];
	char *million = malloc(1000000);
	int i;

	sha256_hex("abc", 3, hex);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	sha256_hex("", 0, hex);
	CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, hex);
	CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	memset(million, 'a', 1000000);
	sha256_init(&c);
	for (i = 0; i < 10; i++)
		sha256_update(&c, million + i * 100000, 100000);
	sha256_final(&c, out);
	CHECK(out[0] == 0xcd && out[1] == 0xc7 && out[31] == 0xd0, "one million a's");
	free(million);
}

/* Hash buf[0, n) fed in pieces of step bytes. */
static void sha256_pieces(const unsigned char *buf, size_t n, size_t step, unsigned char out[32])
{
	struct sha256 c;
	size_t i;

	sha256_init(&c);
	for (i = 0; i < n; i += step)
		sha256_update(&c, buf + i, n - i < step ? n - i : step);
	sha256_final(&c, out);
}

/*
 * The NIST vectors through both compression functions (the portable one and,
 * where the processor has them, the SHA instructions), then the two agree on
 * every length from 0 to 300 bytes fed in pieces of 1, 7, 64 and 300 bytes.
 */
static void sha256_vectors(void)
{
	unsigned char buf[300], a[32], b[32];
	size_t n, k, steps[] = {1, 7, 64, 300};
	int have = sha256_hardware(0), same = 1;

	sha256_vectors_once();
	if (!have) {
		printf("# no SHA instructions on this processor: the portable code only\n");
		return;
	}
	sha256_hardware(1);
	sha256_vectors_once();
	for (n = 0; n < sizeof(buf); n++)
		buf[n] = (unsigned char)(n * 131 + 7);
	for (n = 0; n <= sizeof(buf); n++)
		for (k = 0; k < 4; k++) {
			sha256_hardware(0);
			sha256_pieces(buf, n, steps[k], a);
			sha256_hardware(1);
			sha256_pieces(buf, n, steps[k], b);
			same &= !memcmp(a, b, 32);
		}
	CHECK(same, "hardware and portable agree on 0-300 bytes in any pieces");
}

static void errors_keep_the_first(void)
{
	struct err e = {0};

	CHECK(err_set(&e, ERR_DATA, "first %d", 1) == -1, "returns -1");
	err_set(&e, ERR_INTERNAL, "second");
	CHECK(e.code == ERR_DATA, "first code kept");
	CHECK_STR(e.msg, "first 1");
	err_clear(&e);
	CHECK(e.code == 0 && !e.msg[0], "cleared");
	CHECK(err_set(NULL, ERR_DATA, "ignored") == -1, "NULL allowed");
}

int main(void)
{
	T_BEGIN("base");
	RUN(strbuf_grows_and_formats);
	RUN(strbuf_cap_is_sticky);
	RUN(views);
	RUN(sha256_vectors);
	RUN(errors_keep_the_first);
	return T_END();
}
