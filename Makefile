# Oversight: plain GNU Makefile, non-recursive.
#
#   make            build build/oversight
#   make run        install what is missing, build, run the main job
#   make test       install what is missing, build, run every test
#   make bench      benchmarks (figures go in BENCHMARKS.md)
#   make fuzz       run the libFuzzer targets for a while (clang)
#   make lint fmt install clean
#
# Knobs: CC, SANITIZE=1 (clang ASan+UBSan, builds in build-san/),
#        DEVELOPER=1 (default: warnings are errors), PREFIX, BUILD.

CC        ?= cc
PREFIX    ?= /usr/local
DEVELOPER ?= 1
SANITIZE  ?=

ifeq ($(SANITIZE),1)
BUILD     ?= build-san
SANFLAGS   = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
else
BUILD     ?= build
SANFLAGS   =
endif

WARN      = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wformat=2 -Wvla
ifeq ($(DEVELOPER),1)
WARN     += -Werror
endif
CFLAGS   ?= -O2 -g
ALL_CFLAGS = -std=c17 $(WARN) $(CFLAGS) $(SANFLAGS) -MMD -MP -Isrc
# Libraries, one line per stage so that each stage adds its own.
LIBS_BASE  = -ljansson -lsodium -lm
LIBS_READ  = -lmupdf -lmupdf-third -lharfbuzz -lfreetype -ljbig2dec -ljpeg -lopenjp2 -lz -lgumbo -lmujs
LIBS_STORE = -lsqlite3 -lpq
LIBS_WEB   = -lmicrohttpd
LIBS       = $(LIBS_READ) $(LIBS_STORE) $(LIBS_WEB) $(LIBS_BASE)
ALL_LDFLAGS = $(LDFLAGS) $(SANFLAGS)

# Stages, in the order data flows; each may use only those before it.
LIB_SRC   = $(wildcard src/base/*.c src/cal/*.c src/read/*.c src/store/*.c src/rules/*.c \
              src/ingest/*.c src/views/*.c src/report/*.c src/web/*.c)
CLI_SRC   = $(wildcard src/cli/*.c)
GEN_SRC   = $(BUILD)/gen/holidays_table.c $(BUILD)/gen/councils_table.c

LIB_OBJ   = $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/holidays_table.o \
            $(BUILD)/gen/councils_table.o
CLI_OBJ   = $(CLI_SRC:%.c=$(BUILD)/%.o)
LIB       = $(BUILD)/liboversight.a
BIN       = $(BUILD)/oversight
STATIC    = $(BUILD)/static/.stamp
GOVUK     = web/node_modules/govuk-frontend/dist/govuk

UNIT_SRC  = $(wildcard tests/unit/test_*.c)
UNIT_BIN  = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRC  = $(wildcard tests/fuzz/fuzz_*.c)
REPLAY_BIN = $(FUZZ_SRC:tests/fuzz/fuzz_%.c=$(BUILD)/tests/replay_%)
BENCH_SRC = $(wildcard bench/bench_*.c)
BENCH_BIN = $(BENCH_SRC:bench/%.c=$(BUILD)/bench/%)
HELPER_BIN = $(BUILD)/tests/ics_expand

.PHONY: all deps deps-test deps-bench run test bench fuzz lint fmt install clean man static accuracy

all: $(BIN)

deps:
	@scripts/deps.sh build
deps-test:
	@scripts/deps.sh test
deps-bench:
	@scripts/deps.sh bench

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/gen/holidays_table.c: data/bank-holidays-england-wales.csv scripts/gen-holidays.sh
	@mkdir -p $(@D)
	sh scripts/gen-holidays.sh $< > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/holidays_table.o: $(BUILD)/gen/holidays_table.c
	$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes -c -o $@ $<

$(BUILD)/gen/councils_table.c: data/reference/english-children-services-authorities.csv \
  scripts/gen-councils.sh
	@mkdir -p $(@D)
	sh scripts/gen-councils.sh $< > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/councils_table.o: $(BUILD)/gen/councils_table.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB) | $(STATIC)
	$(CC) $(ALL_LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LIBS)

# GOV.UK Frontend (npm, web/package-lock.json) copied next to the binary for
# `oversight serve`: the stylesheet, with its /assets/ URLs moved under
# /static/, and the fonts and images; and our own few styles (web/oversight.css).
# deps.sh runs npm ci when needed.
static: $(STATIC)
$(STATIC): web/package-lock.json web/oversight.css
	@scripts/deps.sh build
	@rm -rf $(BUILD)/static && mkdir -p $(BUILD)/static/assets
	sed 's#url(/assets/#url(/static/assets/#g' $(GOVUK)/govuk-frontend.min.css \
	  > $(BUILD)/static/govuk-frontend.min.css
	cp -R $(GOVUK)/assets/fonts $(GOVUK)/assets/images $(BUILD)/static/assets/
	cp web/oversight.css $(BUILD)/static/
	@touch $@

$(BUILD)/tests/test_%: tests/unit/test_%.c tests/unit/t.h $(LIB)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB) $(LIBS)

$(BUILD)/tests/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< tests/fuzz/replay.c $(LIB) $(LIBS)

$(BUILD)/tests/ics_expand: tests/ics/ics_expand.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< -lical

$(BUILD)/bench/register: bench/register.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB) $(LIBS)

$(BUILD)/bench/%: bench/%.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB) $(LIBS)

run: deps
	@$(MAKE) --no-print-directory $(BIN)
	@OVERSIGHT=$(BIN) scripts/run.sh

test: deps-test
	@$(MAKE) --no-print-directory $(BIN) $(UNIT_BIN) $(REPLAY_BIN) $(HELPER_BIN)
	@BUILD=$(BUILD) tests/run.sh

bench: deps-bench
	@$(MAKE) --no-print-directory $(BIN) $(BENCH_BIN) $(BUILD)/bench/register $(BUILD)/bench/reader
	@BUILD=$(BUILD) bench/run.sh

# libFuzzer: each target for FUZZ_SECONDS, growing its committed corpus.
FUZZ_SECONDS ?= 60
fuzz: deps-test
	@mkdir -p build-fuzz
	@for f in $(FUZZ_SRC); do \
	  n=$$(basename $$f .c); n=$${n#fuzz_}; \
	  clang -std=c17 -g -O1 -Isrc -fsanitize=fuzzer,address,undefined -o build-fuzz/fuzz_$$n \
	    $$f $(LIB_SRC) $(GEN_SRC) $(LIBS) || exit 1; \
	  mkdir -p tests/fuzz/corpus/$$n; \
	  build-fuzz/fuzz_$$n -max_total_time=$(FUZZ_SECONDS) -max_len=4096 tests/fuzz/corpus/$$n || exit 1; \
	done

# The reader against the gold records in tests/golden/read/ (precision, recall, F1).
accuracy: $(BIN)
	@/usr/bin/python3 tests/accuracy/score.py --oversight $(BIN)
	@echo; echo "== against the independent gold set (tests/golden/read-independent/)"
	@/usr/bin/python3 tests/accuracy/independent.py --oversight $(BIN)

# The man page is generated from the command table; tests check it is current.
man: $(BIN)
	$(BIN) --mdoc > doc/oversight.1

lint: $(BIN)
	mandoc -Tlint -W warning doc/oversight.1
	clang-tidy --quiet $(LIB_SRC) $(CLI_SRC) -- -std=c17 -Isrc

fmt:
	clang-format -i $(LIB_SRC) $(CLI_SRC) $(wildcard src/*/*.h) $(UNIT_SRC) $(FUZZ_SRC) $(BENCH_SRC)

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/oversight
	install -m 644 doc/oversight.1 $(DESTDIR)$(PREFIX)/share/man/man1/oversight.1
	install -d $(DESTDIR)$(PREFIX)/share/oversight
	cp -R $(BUILD)/static $(DESTDIR)$(PREFIX)/share/oversight/

clean:
	rm -rf build build-san build-fuzz

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
