/*
 * compat.h: the one header every Oversight source file includes first.
 *
 * It fixes the feature-test macros, pulls in the standard headers that
 * nearly every file needs, and bans the C library functions that have
 * caused bugs elsewhere (git's banned.h): unbounded copies, formatting
 * into fixed buffers, hidden global state and clock calls that would make
 * output depend on the machine.  A banned call becomes a compile error.
 * Files that must use one (a single wrapper each) define
 * OVERSIGHT_ALLOW_BANNED before including this header.
 */
#ifndef OVERSIGHT_COMPAT_H
#define OVERSIGHT_COMPAT_H

#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#ifndef OVERSIGHT_ALLOW_BANNED
#define BANNED(func) sorry_##func##_is_a_banned_function
#undef strcpy
#define strcpy(x, y) BANNED(strcpy)
#undef strcat
#define strcat(x, y) BANNED(strcat)
#undef sprintf
#define sprintf(...) BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) BANNED(vsprintf)
#undef strtok
#define strtok(x, y) BANNED(strtok)
#undef atoi
#define atoi(x) BANNED(atoi)
#undef sscanf
#define sscanf(...) BANNED(sscanf)
#undef gmtime
#define gmtime(x) BANNED(gmtime)
#undef localtime
#define localtime(x) BANNED(localtime)
#endif

#endif
