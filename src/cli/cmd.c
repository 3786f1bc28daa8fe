/*
 * cmd.c: the command table (sorted by name) and the helpers verbs use to
 * read their options and report errors.  Adding a verb means adding one
 * entry here and one function; help, the man page and argument checking
 * follow from the entry.
 */
#include "../base/compat.h"

#include "cmd.h"

#define AS_OF {"as-of", "DATE", "take DATE (YYYY-MM-DD) as today"}

static const struct cmd_opt opts_cal_add[] = {
	{"convention", "NAME", "corresponding (default) or day-before"},
	{"explain", NULL, "print the derivation after the date"},
	{"json", NULL, "print a JSON object"},
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_cal_holidays[] = {
	{"year", "YEAR", "only this year"},
	{"json", NULL, "print a JSON array"},
	{NULL, NULL, NULL},
};

#define SERIES_OPTS                                                                       \
	{"from", "DATE", "the anchor date the series counts from (required)"},            \
	{"every", "PERIOD", "the interval: P3M, P6W, '6 monthly', quarterly (required)"}, \
	{"first", "DATE", "the first occurrence, if not anchor + one interval"},           \
	{"until", "DATE", "the last date the series may fall on (inclusive)"},            \
	{"count", "N", "stop after N occurrences"},                                       \
	{"convention", "NAME", "corresponding (default) or day-before"},                  \
	{"day", "RULE", "the day of each month: 1MO, -1FR, 1WD, 10WD, -1WD"}

static const struct cmd_opt opts_cal_series[] = {
	SERIES_OPTS,
	{"explain", NULL, "print each occurrence's derivation"},
	{"json", NULL, "print a JSON array"},
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_cal_ics[] = {
	SERIES_OPTS,
	{"summary", "TEXT", "the event title (default: the period)"},
	{"description", "TEXT", "the event description"},
	{"uid", "UID", "the event UID (default: derived from the rule)"},
	{"open", NULL, "the series has no known end: write no end into RRULE"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_cal_when[] = {
	{"json", NULL, "print a JSON object"},
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_serve[] = {
	{"listen", "ADDR:PORT",
	 "address and port to listen on (default 127.0.0.1:8080; port 0 picks a free one)"},
	{"static", "DIR",
	 "the GOV.UK Frontend assets (default: static/ next to the binary, else "
	 "../share/oversight/static)"},
	{"timeout", "SECONDS", "close a connection idle this long (default 10)"},
	{"db", "URL", "the register: a SQLite file or postgresql://... (default $OVERSIGHT_DB, else "
	 "./oversight.db)"},
	{"as-of", "DATE", "show the register as of DATE on every page and in the API (default "
	 "$OVERSIGHT_TODAY, else the clock each day); a request's ?as_of= still wins"},
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_read[] = {
	{"format", "FORMAT", "json (default) or text, for a person to read"},
	{"jsonl", NULL, "one record per line (for several files)"},
	{"input", "TYPE", "auto (default), text or pdf"},
	{NULL, NULL, NULL},
};

#define DB_OPT {"db", "URL", "the register: a SQLite file or postgresql://... (default $OVERSIGHT_DB, else ./oversight.db)"}

static const struct cmd_opt opts_db[] = {
	DB_OPT,
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_audit_log[] = {
	DB_OPT,
	{"json", NULL, "one JSON object per entry, with the full hashes"},
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_export[] = {
	DB_OPT,
	{"output", "FILE", "write to FILE instead of standard output"},
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_record_event[] = {
	DB_OPT,
	{"detail", "TEXT", "what happened, in a few words"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_ingest[] = {
	DB_OPT,
	{"json", NULL, "one JSON object per file ingested"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_review[] = {
	DB_OPT,
	{"set", "FIELD=VALUE", "correct a field: kind, date, title, council, or "
	 "obligation.REF.FIELD (bearer, to, kind, due_date, every, anchor, first)"},
	{"confirm", NULL, "confirm the record as it stands"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_record_instrument[] = {
	DB_OPT,
	{"title", "TEXT", "the instrument's title"},
	{"ends", "DATE", "the day it stopped being in force (revoked or lifted)"},
	{"commissioner", "NAME", "the commissioner it appoints"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_record_evidence[] = {
	DB_OPT,
	{"council", "COUNCIL", "with OCCURRENCE given as a clause reference (7.e, annex.3.h/1)"},
	{"due", "DATE", "which occurrence of a recurring duty, by its due date"},
	{"note", "TEXT", "what shows the duty was met"},
	{"file", "FILE", "attach FILE (stored by its SHA-256; the same file is stored once)"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_user_add[] = {
	DB_OPT,
	{"councils", "LIST", "the councils an adviser, commissioner or officer may see: "
	 "'Kirklees,Leeds'"},
	{"password-stdin", NULL, "read the password (12 or more characters) from standard input; "
	 "without it one is made up and printed once"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_user_password[] = {
	DB_OPT,
	{"password-stdin", NULL, "read the new password from standard input"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_user_token[] = {
	DB_OPT,
	{"kind", "KIND", "api (default): for scripts, sent as 'Authorization: Bearer TOKEN'; "
	 "feed: the secret in a calendar subscription URL"},
	{"label", "TEXT", "what the token is for"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_user_list[] = {
	DB_OPT,
	{"json", NULL, "print a JSON array"},
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_due[] = {
	DB_OPT,
	{"council", "COUNCIL", "one council (any usual spelling of its name)"},
	{"within", "PERIOD", "how far ahead to look: 30d (default), 6w, P3M"},
	{"bearer", "WHO", "only duties of council, dfe, commissioner, governance_board, ..."},
	{"json", NULL, "print JSON (doc/views-json.md)"},
	{"csv", NULL, "print CSV"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_status[] = {
	DB_OPT,
	{"council", "COUNCIL", "one council"},
	{"all", NULL, "every council, also those with nothing to show"},
	{"json", NULL, "print JSON (doc/views-json.md): always every council"},
	{"csv", NULL, "print CSV: every council"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_calendar[] = {
	DB_OPT,
	{"council", "COUNCIL", "one council (default: every council)"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_timeline[] = {
	DB_OPT,
	{"json", NULL, "print JSON (doc/views-json.md)"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_stats[] = {
	DB_OPT,
	{"by", "region", "also each region"},
	{"json", NULL, "print JSON (doc/views-json.md)"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_plan_export[] = {
	DB_OPT,
	{"version", "N", "that version of the plan (default: the latest)"},
	{"output", "FILE", "write to FILE instead of standard output"},
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_plan_show[] = {
	DB_OPT,
	{"version", "N", "that version of the plan (default: the latest)"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_plan_update[] = {
	DB_OPT,
	{"status", "STATUS", "not_started, in_progress, complete or cancelled (required)"},
	{"rag", "RAG", "red, amber, green or blue (complete) (required)"},
	{"reason", "TEXT", "why the rating (required for red and amber)"},
	{"note", "TEXT", "what was done or found (required)"},
	{"date", "DATE", "the update's date (default: --as-of, else today)"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_board_add[] = {
	DB_OPT,
	{"since", "DATE", "when the board was set up (required); its cadence counts from here"},
	{"every", "PERIOD", "how often it must meet: P1M, P6W, 'six-weekly'"},
	{"chair", "NAME", "who chairs it"},
	{"until", "DATE", "when it stopped"},
	{"clause", "REF", "the instrument clause that requires it (7.g/3, annex.3.a)"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_board_meeting[] = {
	DB_OPT,
	{"chair", "NAME", "who chaired it (default: the board's chair)"},
	{"attendees", "LIST", "who attended"},
	{"papers", "LIST", "the papers considered"},
	{"decisions", "TEXT", "what was decided"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_report[] = {
	DB_OPT,
	{"council", "COUNCIL", "the council (every kind but national)"},
	{"period", "PERIOD", "how far back from --as-of: P1M (board), the updates' cadence "
	 "in the instruments else P3M (minister), P6W (highlight); review: since the last "
	 "DfE review"},
	{"from", "DATE", "the period's first day, instead of --period"},
	{"format", "FORMAT", "html (default), markdown, pdf, or csv (one file per table, "
	 "with --output DIR)"},
	{"output", "FILE", "write to FILE (a directory for csv) instead of standard output"},
	AS_OF,
	{NULL, NULL, NULL},
};

static const struct cmd_opt opts_none[] = {{NULL, NULL, NULL}};

const struct cmd cmd_table[] = {
	{"audit log", "", "list the register's audit log",
	 "Prints every audit entry in order: sequence number, date, who, action, subject and "
	 "the start of its hash (the whole entry with --json). Keep the last hash somewhere "
	 "else: it pins the whole log, since removing the newest entries cannot otherwise be "
	 "seen.",
	 opts_audit_log, 0, 0, cmd_audit_log},
	{"audit verify", "", "check the audit log's hash chain",
	 "Recomputes each entry's SHA-256, which covers the previous entry's hash, and checks "
	 "the sequence has no gaps. Exit 65 naming the first entry that was edited, removed or "
	 "reordered.",
	 opts_db, 0, 0, cmd_audit_verify},
	{"board add", "COUNCIL KIND NAME", "add an improvement or partnership governance board",
	 "Adds a board of KIND (improvement_board or partnership_board) for COUNCIL. --every "
	 "is the cadence it must keep (an obligation, counted in cycles from --since); --clause "
	 "ties it to the instrument clause that requires it, so that each meeting recorded is "
	 "evidence for that clause's occurrence.",
	 opts_board_add, 3, 3, cmd_board_add},
	{"board meeting", "COUNCIL BOARD DATE", "record a board meeting held",
	 "Records a meeting of BOARD (its name, or its kind if the council has one of that kind) "
	 "on DATE with chair, attendees, papers and decisions. If the board is tied to a "
	 "clause with dated occurrences, the meeting is evidence for the occurrence whose "
	 "cycle holds DATE (the first due on or after it).",
	 opts_board_meeting, 3, 3, cmd_board_meeting},
	{"board show", "COUNCIL", "a council's boards, their meetings and cadence kept",
	 "Lists each board, its meetings up to --as-of and, for a board with a cadence, how "
	 "many cycles had a meeting and how many were missed.",
	 opts_plan_show, 1, 1, cmd_board_show},
	{"cal add", "DATE PERIOD", "add a period to a date by the legal rules",
	 "Adds PERIOD to DATE the way instruments count time. Calendar months and years follow "
	 "the corresponding-date rule: the day of the event is excluded and the period ends on "
	 "the same-numbered day of the later month, or that month's last day where it has no "
	 "such day. Working days skip weekends and bank holidays in England and Wales "
	 "(2010 to 2030). PERIOD is an ISO 8601 duration (P3M, P6W, P10D, P1Y) or words "
	 "('3 calendar months', 'six weeks', '10 working days').",
	 opts_cal_add, 2, 2, cmd_cal_add},
	{"cal holidays", "", "list the bank holidays in England and Wales",
	 "Lists the bank holidays the working-day arithmetic skips, 2010 to 2030, from "
	 "data/bank-holidays-england-wales.csv.",
	 opts_cal_holidays, 0, 0, cmd_cal_holidays},
	{"cal ics", "", "write a series as an iCalendar (RFC 5545) event",
	 "Writes the series that cal series would print as one all-day VEVENT in a "
	 "VCALENDAR: an RRULE where a rule expresses the dates exactly, explicit RDATEs "
	 "otherwise. The UID is stable for the same rule and summary.",
	 opts_cal_ics, 0, 0, cmd_cal_ics},
	{"cal series", "", "list the dates of a recurring duty",
	 "Prints occurrence k = anchor + k x interval for k = 1, 2, ... (or first + k x "
	 "interval for k = 0, 1, ... with --first), never chaining one occurrence from the "
	 "last, until the --until date or --count occurrences.",
	 opts_cal_series, 0, 0, cmd_cal_series},
	{"cal when", "PHRASE", "read a deadline written in words",
	 "Reads a deadline as instruments write it and prints its due date: 'by 31 January "
	 "2020', 'by June 2019' (the last day of June), 'in May 2020' (a window over the "
	 "month), 'end of June 2020'.",
	 opts_cal_when, 1, 1, cmd_cal_when},
	{"calendar", "", "every dated duty as an iCalendar feed",
	 "Writes an RFC 5545 calendar: each deadline as an all-day item on its due date, each "
	 "recurring duty as one item with an RRULE (or explicit dates where no rule is exact) "
	 "that ends the day before its instrument ended, or stays open while it is in force. "
	 "The description holds the clause's words and the document it came from; UIDs stay "
	 "the same across re-ingest. Instruments issued after --as-of are left out, and "
	 "DTSTAMP is that date.",
	 opts_calendar, 0, 0, cmd_calendar},
	{"check", "", "where the register departs from the rules or its instruments",
	 "Lists, as of --as-of (default today): inadequate councils with no instrument three "
	 "months on; a direction still in force after a good judgement (or six months after a "
	 "requires-improvement one); a stage below or above what the policy expects "
	 "(doc/policy.md); a recurring duty with no evidence for two cycles running; an "
	 "overdue deadline; records with reader warnings nobody has reviewed.",
	 opts_status, 0, 0, cmd_check},
	{"db check", "", "check the register's integrity, version and audit chain",
	 "Runs the backend's integrity and foreign-key checks and verifies the audit chain. "
	 "Exit 65 for a corrupt, foreign or out-of-date database.",
	 opts_db, 0, 0, cmd_db_check},
	{"db init", "", "create the register, or load the councils into it",
	 "Creates the schema in a new or empty database (SQLite file or PostgreSQL) and loads "
	 "the 158 English children's services authorities compiled in from "
	 "data/reference/english-children-services-authorities.csv. Running it again changes "
	 "nothing. A file that is not an oversight database is refused (exit 65), never "
	 "rewritten.",
	 opts_db, 0, 0, cmd_db_init},
	{"db migrate", "", "bring an older register up to this version's schema",
	 "Applies the schema steps the database lacks, each in one transaction and recorded in "
	 "the audit log. Other verbs refuse an older database and name both versions. Take a "
	 "backup first.",
	 opts_db, 0, 0, cmd_db_migrate},
	{"due", "", "what is overdue, due soon and recently met",
	 "Lists the dated duties of the instruments in force on the --as-of date (default "
	 "today): every one not yet met that is overdue or due within --within (default 30 "
	 "days), and those met whose due date fell in the last --within days. Status: overdue, "
	 "due (within 14 days), upcoming, met, met_late (a late fulfilment stays visible as "
	 "late). Evidence dated after --as-of does not count, and instruments issued after it "
	 "are not seen, so a past date shows the register as it stood. OCCURRENCE numbers in "
	 "--json are what oversight record evidence takes.",
	 opts_due, 0, 0, cmd_due},
	{"export", "", "write the whole register as one JSON file",
	 "Writes every table, the audit log included, as the JSON document described in "
	 "doc/export-format.md. The output depends only on the register's contents, never on "
	 "the backend.",
	 opts_export, 0, 0, cmd_export},
	{"help", "[VERB]", "show help for oversight or one of its verbs",
	 "Without VERB lists the verbs; with VERB shows its usage and options.", opts_none, 0, 2,
	 cmd_help},
	{"import", "FILE.json", "restore an export into an empty register",
	 "Restores what oversight export wrote into a new SQLite file or an empty PostgreSQL "
	 "database, in one transaction, the audit log included; the chain must verify. "
	 "Exporting again gives the same bytes.",
	 opts_db, 1, 1, cmd_import},
	{"import ofsted", "FILE.csv", "load Ofsted ILACS inspection outcomes",
	 "Loads data/reference/ofsted-ilacs-history.csv (or a later copy with the same columns) "
	 "into inspections and judgements in one transaction. Rows naming an unknown council, "
	 "and cells that are not a grade, are reported on standard error with their line and "
	 "skipped; a wrong header or a bad date stops the import (exit 65) with nothing "
	 "written. Importing the same file again changes nothing.",
	 opts_db, 1, 1, cmd_import_ofsted},
	{"ingest", "FILE...", "read instruments into the register",
	 "Reads each FILE (text or PDF) as oversight read does and stores, in one transaction "
	 "per file: the original bytes (by SHA-256, so ingesting the same file again changes "
	 "nothing), the record, its events, judgements, appointments and obligations, and each "
	 "obligation's dated occurrences (series until the instrument ends, or 10 years ahead "
	 "while it is in force). An instrument that revokes or supersedes an earlier one ends it "
	 "on its own date; an earlier one not yet in the register is kept as known from the "
	 "recital and ended when it arrives, so the order of files does not matter. Records "
	 "the reader warned about are marked for review. A file that cannot be read or names "
	 "an unknown council is reported and skipped; the exit code is that of the first "
	 "failure.",
	 opts_ingest, 1, 65536, cmd_ingest},
	{"plan export", "COUNCIL", "write a council's improvement plan as CSV",
	 "Writes the plan (the latest version, or --version) in the layout plan import reads "
	 "(doc/plan-csv.md): the plan, owners, objectives, actions, measures, monthly values "
	 "and progress updates. Importing it gives the same plan.",
	 opts_plan_export, 1, 1, cmd_plan_export},
	{"plan import", "FILE.csv", "load a council's improvement plan from a spreadsheet",
	 "Reads the plan in the CSV layout of doc/plan-csv.md and stores it as the next "
	 "version of the council's plan, in one transaction. A missing column, a bad date, "
	 "number or rating, an unknown owner, objective, measure, action or council stops it "
	 "with the row and column (exit 65) and nothing is imported. The same file again "
	 "changes nothing.",
	 opts_db, 1, 1, cmd_plan_import},
	{"plan show", "COUNCIL", "a council's improvement plan and what is slow to progress",
	 "Prints each objective with its actions (RAG, status, due date, owner) and measures "
	 "(baseline, target, latest value), as of --as-of, and marks the objectives slow to "
	 "progress: an action behind its due date, red or amber at two updates running, or a "
	 "measure moving away from its target.",
	 opts_plan_show, 1, 1, cmd_plan_show},
	{"plan update", "COUNCIL ACTION", "record progress on an action of the plan",
	 "Adds a dated progress update on ACTION (its ref in the plan) of the council's latest "
	 "plan, with who ($OVERSIGHT_USER or the login name) and what, and sets the action's "
	 "status and RAG rating.",
	 opts_plan_update, 2, 2, cmd_plan_update},
	{"plan value", "COUNCIL MEASURE MONTH VALUE", "record a measure's value for a month",
	 "Sets MEASURE's value for MONTH (YYYY-MM) in the council's latest plan, replacing "
	 "one recorded for that month (the old value stays in the audit log).",
	 opts_db, 4, 4, cmd_plan_value},
	{"read", "FILE...", "read instruments and print their structured records",
	 "Reads statutory directions, improvement notices and ministerial letters, as plain text "
	 "(UTF-8, or Windows-1252 converted) or PDF, and prints for each a JSON record "
	 "(schema oversight.instrument/1, see doc/instrument-schema.md): kind, council, date, "
	 "legal basis, signatory, events, judgements, appointments, parties, revocations, the "
	 "clause tree, and every obligation with its bearer, due date or recurrence and the "
	 "derivation of each date. Every fact carries the byte span of the words it came from. "
	 "A FILE of - reads standard input. Exit 65 for input that is not an instrument, 66 for "
	 "a file that cannot be opened.",
	 opts_read, 1, 4096, cmd_read},
	{"record event", "COUNCIL KIND DATE", "record an event no document gives",
	 "Adds an event for COUNCIL (any usual spelling of its name) of KIND (ofsted_inspection, "
	 "appointment, meeting_held, ...) on DATE (YYYY-MM-DD), with its audit entry.",
	 opts_record_event, 3, 3, cmd_record_event},
	{"record evidence", "OCCURRENCE DATE", "record that an occurrence of a duty was met",
	 "Adds evidence dated DATE (YYYY-MM-DD) that an occurrence was met, with an optional "
	 "note and attached file, in one transaction with its audit entry. OCCURRENCE is the "
	 "number oversight due --json gives, or with --council the clause reference of the "
	 "duty (7.e), and --due its due date when it recurs. An unknown or ambiguous "
	 "occurrence is refused (exit 65).",
	 opts_record_evidence, 2, 2, cmd_record_evidence},
	{"record instrument", "COUNCIL KIND DATE", "enter an instrument no document gives",
	 "Adds an instrument of KIND (direction, improvement_notice, letter) issued to COUNCIL "
	 "on DATE, entered by hand: kept like an ingested one (its record stands as its "
	 "document), with --ends when it stopped being in force and --commissioner when it "
	 "appoints one. Revocations waiting for it are resolved.",
	 opts_record_instrument, 3, 3, cmd_record_instrument},
	{"report", "KIND", "write a board report, Minister's update, highlight, review or overview",
	 "KIND is board (plan progress, RAG summary, objectives slow to progress, measures with "
	 "trend charts, duties met and missed in the period, board meetings and cadence), "
	 "minister (stage, progress, risks, next steps), highlight (the six-weekly report), "
	 "review (the DfE review pack: everything since the last review) or national "
	 "(councils by stage and judgement, overdue duties, time in intervention). HTML is one "
	 "self-contained printable page with charts as inline SVG, each with its text "
	 "alternative and its table; markdown the same in text; pdf prints the HTML with "
	 "headless Chromium; csv writes every table as its own file. Only what is dated by "
	 "--as-of is seen.",
	 opts_report, 1, 1, cmd_report},
	{"review", "[SHA256]", "confirm or correct what the reader extracted",
	 "Without an argument lists the instruments that need review, with the reader's "
	 "warnings and where they are. With an instrument (its SHA-256 or a unique prefix of 6 "
	 "or more digits) shows it and its corrections; --set FIELD=VALUE corrects a field and "
	 "--confirm confirms the record, each kept over the extracted value with who and when "
	 "($OVERSIGHT_USER or the login name). Dates and occurrences that depend on a "
	 "corrected field are recomputed.",
	 opts_review, 0, 1, cmd_review},
	{"serve", "", "run the web application and JSON API",
	 "Serves the web pages (GOV.UK Design System) and the JSON API under /api/v1, "
	 "described by /api/v1/openapi.json, until SIGINT or SIGTERM. Prints the URL on "
	 "standard output once listening. Errors are RFC 9457 problem details; bodies are "
	 "limited to 64 KiB of JSON or 16 MiB of upload, and idle connections are closed "
	 "after the timeout. Listen on loopback unless a proxy in front terminates TLS.",
	 opts_serve, 0, 0, cmd_serve},
	{"stats", "", "the national picture: judgements, stages, time in intervention",
	 "As of --as-of: how many councils have each latest Ofsted overall judgement, how many "
	 "are at each intervention stage, and for those ever intervened in, the days spent in "
	 "intervention (median and range), for England and with --by region for each region.",
	 opts_stats, 0, 0, cmd_stats},
	{"status", "", "where each council stands in the intervention regime",
	 "For each council as of --as-of (default today): its intervention stage (none, "
	 "improvement_notice, direction_adviser, direction_commissioner, alternative_delivery), "
	 "worked out from the instruments in force by the stage engine (doc/policy.md), and "
	 "since when; its latest Ofsted overall judgement; how many instruments are in force; "
	 "how many of their dated duties are overdue. Only the register as it stood on that "
	 "date is seen.",
	 opts_status, 0, 0, cmd_status},
	{"timeline", "COUNCIL", "a council's case history, each line with its source",
	 "Prints in date order, up to --as-of: Ofsted inspections and their overall judgements, "
	 "judgements instruments recite, instruments issued and revoked (and those known only "
	 "from a recital), appointments, events, and deadlines met or missed, each with the "
	 "document (and clause) it comes from.",
	 opts_timeline, 1, 1, cmd_timeline},
	{"user add", "NAME ROLE", "add an account for the web application",
	 "Adds user NAME with ROLE: dfe_admin (everything), dfe_viewer (read all), commissioner "
	 "or adviser (read and write plans, boards and evidence for their --councils), "
	 "council_officer (one council only). The password is hashed with Argon2id; only the "
	 "hash is kept.",
	 opts_user_add, 2, 2, cmd_user_add},
	{"user disable", "NAME", "stop an account and revoke its tokens and sessions",
	 "Disables NAME: its sessions, API tokens and feed secrets stop working at once. The "
	 "account and its history stay.",
	 opts_db, 1, 1, cmd_user_disable},
	{"user list", "", "list the accounts",
	 "Prints each account's name, role, state and council codes.", opts_user_list, 0, 0,
	 cmd_user_list},
	{"user password", "NAME", "set an account's password",
	 "Sets a new password for NAME, read from standard input with --password-stdin or made "
	 "up and printed once.",
	 opts_user_password, 1, 1, cmd_user_password},
	{"user role", "NAME ROLE", "change an account's role and councils",
	 "Gives NAME the role ROLE; --councils replaces the list of councils it may see.",
	 opts_user_add, 2, 2, cmd_user_role},
	{"user token", "NAME", "make an API token or a calendar-feed secret",
	 "Prints a new token for NAME once; only its SHA-256 is kept, so a lost token is "
	 "replaced, not recovered. Disabling the user revokes it.",
	 opts_user_token, 1, 1, cmd_user_token},
};

const size_t cmd_table_len = ARRAY_SIZE(cmd_table);

static int opt_index(const struct cmd *c, const char *name)
{
	int i;

	for (i = 0; c->opts[i].name; i++)
		if (!strcmp(c->opts[i].name, name))
			return i;
	return -1;
}

const char *cmd_opt(const struct cmd_args *a, const char *name)
{
	int i = opt_index(a->cmd, name);
	return i >= 0 && a->set[i] ? a->val[i] : NULL;
}

bool cmd_flag(const struct cmd_args *a, const char *name)
{
	int i = opt_index(a->cmd, name);
	return i >= 0 && a->set[i];
}

int cmd_fail(const struct err *e)
{
	fprintf(stderr, "oversight: %s\n", e->msg[0] ? e->msg : "unknown error");
	return e->code ? e->code : ERR_INTERNAL;
}

int cmd_usage(const struct cmd_args *a, const char *fmt, ...)
{
	va_list ap;

	fputs("oversight: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nusage: oversight %s%s%s [options]\n", a->cmd->name,
		a->cmd->synopsis[0] ? " " : "", a->cmd->synopsis);
	return ERR_USAGE;
}

const struct cmd *cmd_find(int argc, char **argv, int *used)
{
	size_t i;

	/* Two-word verbs first ("cal add"), then one-word ones. */
	if (argc >= 2) {
		for (i = 0; i < cmd_table_len; i++) {
			const char *sp = strchr(cmd_table[i].name, ' ');
			if (sp && strlen(argv[0]) == (size_t)(sp - cmd_table[i].name) &&
			    !strncmp(cmd_table[i].name, argv[0], (size_t)(sp - cmd_table[i].name)) &&
			    !strcmp(sp + 1, argv[1])) {
				*used = 2;
				return &cmd_table[i];
			}
		}
	}
	for (i = 0; i < cmd_table_len; i++)
		if (!strcmp(cmd_table[i].name, argv[0])) {
			*used = 1;
			return &cmd_table[i];
		}
	return NULL;
}
