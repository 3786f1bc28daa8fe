# register.sh: the example register the checks start from, sourced (not run).
# Uses $OVERSIGHT (else $BUILD/oversight), as the checks do.
#   example_register DB   a new SQLite register at DB with Ofsted's outcomes
#                         (data/reference) and the four example instruments
#   example_plan DB       then the Kirklees plan (data/examples) and its
#                         monthly Improvement Board since 2020-02-01, chaired by Leeds
example_register() {
	"${OVERSIGHT:-$BUILD/oversight}" db init --db "$1" >/dev/null
	"${OVERSIGHT:-$BUILD/oversight}" import ofsted --db "$1" data/reference/ofsted-ilacs-history.csv >/dev/null 2>&1
	"${OVERSIGHT:-$BUILD/oversight}" ingest --db "$1" data/documents/*.txt >/dev/null
}
example_plan() {
	"${OVERSIGHT:-$BUILD/oversight}" plan import --db "$1" data/examples/kirklees-plan.csv >/dev/null
	"${OVERSIGHT:-$BUILD/oversight}" board add --db "$1" kirklees improvement_board "Improvement Board" \
		--since 2020-02-01 --every P1M --chair Leeds >/dev/null
}
