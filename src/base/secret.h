/*
 * secret.h: passwords and tokens (libsodium).
 *
 * Passwords are hashed with Argon2id (crypto_pwhash_str: the algorithm,
 * its cost and a random salt are all in the encoded string, so the cost
 * can rise later without a migration).  Tokens (API tokens, session
 * cookies, calendar-feed URLs) are 32 random bytes written as 43 base64url
 * characters; the register keeps only their SHA-256, so a copy of the
 * database does not let anyone in.
 *
 * Nothing here allocates; callers own every buffer.
 */
#ifndef OVERSIGHT_BASE_SECRET_H
#define OVERSIGHT_BASE_SECRET_H

#include "compat.h"
#include "err.h"

#define SECRET_HASH_LEN 128  /* room for an encoded Argon2id hash (crypto_pwhash_STRBYTES) */
#define SECRET_TOKEN_LEN 44  /* 43 base64url characters and a NUL */
#define SECRET_PASSWORD_MIN 12
#define SECRET_PASSWORD_MAX 1024

/* Initialise libsodium once (safe to call again).  -1 if it cannot start. */
int secret_init(struct err *e);
/* Hash password into out[SECRET_HASH_LEN].  ERR_DATA for a password shorter
 * than SECRET_PASSWORD_MIN or longer than SECRET_PASSWORD_MAX bytes. */
int secret_hash_password(const char *password, char out[SECRET_HASH_LEN], struct err *e);
/* True if password matches hash (in constant time for a given hash). */
bool secret_check_password(const char *hash, const char *password);
/* A fresh random token. */
int secret_new_token(char out[SECRET_TOKEN_LEN], struct err *e);
/* The SHA-256 (hex) under which a token is stored. */
void secret_token_key(const char *token, char out[65]);
/* Compare two NUL-terminated strings in time independent of where they differ. */
bool secret_equal(const char *a, const char *b);

#endif
