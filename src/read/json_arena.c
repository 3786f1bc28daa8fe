/*
 * json_arena.c: records built in an arena.  jansson takes every node of a
 * record from malloc, and a command that reads many documents drops each
 * record as soon as it has been written; between read_json_arena_begin()
 * and read_json_arena_end(), jansson allocates from one arena instead, which
 * read_json_arena_clear() empties at once (cmd_read.c after each record,
 * bench/reader.c likewise), not node by node.
 *
 * jansson's allocator is process-wide: this is for single-threaded
 * commands only (the web server and the register keep malloc), and every
 * node made in between must be dropped by a clear before anything keeps it.
 */
#include "../base/compat.h"

#include "../base/arena.h"
#include "read.h"

static struct arena json_arena;

static void *json_arena_alloc(size_t n)
{
	return arena_alloc(&json_arena, n);
}

static void json_arena_free(void *p)
{
	(void)p; /* freed with the whole arena */
}

void read_json_arena_begin(void)
{
	json_set_alloc_funcs(json_arena_alloc, json_arena_free);
}

void read_json_arena_clear(void)
{
	arena_release(&json_arena);
}

void read_json_arena_end(void)
{
	json_set_alloc_funcs(malloc, free);
	arena_release(&json_arena);
}
