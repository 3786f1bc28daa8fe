/*
 * replay.c: replays a fuzz target's committed corpus without libFuzzer, so
 * that every `make test` (under gcc, and under clang with ASan/UBSan) runs
 * each input that once found a bug or new coverage.  Linked with one
 * tests/fuzz/fuzz_<name>.c; argument: the corpus folder (or files).
 * Prints one PASS line per folder; a crash fails the run.
 */
#include "base/compat.h"

#include <dirent.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf;
	long n;

	if (!f) {
		printf("FAIL replay: cannot open '%s'\n", path);
		return 1;
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(n > 0 ? (size_t)n : 1);
	if (!buf || (n > 0 && fread(buf, 1, (size_t)n, f) != (size_t)n)) {
		printf("FAIL replay: cannot read '%s'\n", path);
		free(buf);
		fclose(f);
		return 1;
	}
	fclose(f);
	LLVMFuzzerTestOneInput(buf, n > 0 ? (size_t)n : 0);
	free(buf);
	return 0;
}

int main(int argc, char **argv)
{
	int i, bad = 0;

	for (i = 1; i < argc; i++) {
		struct stat st;
		long count = 0;
		if (stat(argv[i], &st) != 0) {
			printf("FAIL replay %s: no corpus\n", argv[i]);
			bad++;
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			DIR *d = opendir(argv[i]);
			struct dirent *de;
			while (d && (de = readdir(d)) != NULL) {
				char path[4096];
				if (de->d_name[0] == '.')
					continue;
				snprintf(path, sizeof(path), "%s/%s", argv[i], de->d_name);
				bad += replay_file(path);
				count++;
			}
			if (d)
				closedir(d);
		} else {
			bad += replay_file(argv[i]);
			count++;
		}
		printf("%s replay %s (%ld inputs)\n", bad ? "FAIL" : "PASS", argv[i], count);
	}
	return bad ? 1 : 0;
}
