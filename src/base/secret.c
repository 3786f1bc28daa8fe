/*
 * secret.c: Argon2id passwords and random tokens over libsodium (see
 * secret.h).  The Argon2id cost is libsodium's "interactive" level
 * (64 MiB, 2 passes): a login costs tens of milliseconds, a guess the same.
 */
#include "compat.h"

#include <sodium.h>

#include "secret.h"
#include "sha256.h"

int secret_init(struct err *e)
{
	if (sodium_init() < 0)
		return err_set(e, ERR_INTERNAL, "libsodium could not start");
	return 0;
}

int secret_hash_password(const char *password, char out[SECRET_HASH_LEN], struct err *e)
{
	size_t n = strlen(password);

	_Static_assert(SECRET_HASH_LEN >= crypto_pwhash_STRBYTES, "hash buffer too small");
	if (n < SECRET_PASSWORD_MIN)
		return err_set(e, ERR_DATA, "a password needs at least %d characters",
			       SECRET_PASSWORD_MIN);
	if (n > SECRET_PASSWORD_MAX)
		return err_set(e, ERR_DATA, "a password may have at most %d characters",
			       SECRET_PASSWORD_MAX);
	if (secret_init(e) < 0)
		return -1;
	if (crypto_pwhash_str_alg(out, password, n, crypto_pwhash_OPSLIMIT_INTERACTIVE,
				  crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
		return err_set(e, ERR_INTERNAL, "out of memory hashing a password");
	return 0;
}

bool secret_check_password(const char *hash, const char *password)
{
	size_t n = strlen(password);
	struct err e = {0};

	if (!hash || !*hash || n > SECRET_PASSWORD_MAX || secret_init(&e) < 0)
		return false;
	return crypto_pwhash_str_verify(hash, password, n) == 0;
}

int secret_new_token(char out[SECRET_TOKEN_LEN], struct err *e)
{
	unsigned char raw[32];

	if (secret_init(e) < 0)
		return -1;
	randombytes_buf(raw, sizeof raw);
	sodium_bin2base64(out, SECRET_TOKEN_LEN, raw, sizeof raw,
			  sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	sodium_memzero(raw, sizeof raw);
	return 0;
}

void secret_token_key(const char *token, char out[65])
{
	sha256_hex(token, strlen(token), out);
}

bool secret_equal(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	return na == nb && sodium_memcmp(a, b, na) == 0;
}
