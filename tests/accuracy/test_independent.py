#!/usr/bin/python3
"""test_score.py: the scorer's own tests, on small hand-made records.

Each case prints "PASS independent-scorer:<name>" or "FAIL independent-scorer:<name>" with the
reason; the exit status is 1 when any case failed.  Also checked here: the
gold records still agree with their quotes (spans.py --check), use only the
schema's vocabulary, and every due date and recurrence start written by hand
agrees with the corresponding-date rule computed independently below.
Standard library only.
"""
import calendar
import copy
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, HERE)
import independent as score  # noqa: E402

ROOT = score.ROOT
FAILED = []

# "Within three calendar months of the date of this direction, enter into an
# agreement" -- a toy document whose byte offsets are easy to count by eye.
TEXT = (b"1. Dated: 25th January 2018.\n"                                       # 0..29
        b"2. Within three calendar months, enter an agreement.\n"               # 29..
        b"3. Quarterly reports to the Department.\n"
        b"4. Co-operate with the Commissioner.\n")


def at(words):
    i = TEXT.find(words)
    assert i >= 0, words
    return [i, i + len(words)]


GOLD = {
    "schema": "oversight.instrument/1",
    "source": {"name": "toy.txt", "bytes": len(TEXT), "format": "text"},
    "kind": "direction",
    "council": {"name": "Stoke-on-Trent City Council", "span": at(b"Dated")},
    "date": {"value": "2018-01-25", "span": at(b"25th January 2018")},
    "legal_basis": [{"act": "Education Act 1996", "section": "497A(4B)", "span": at(b"1. Dated")}],
    "events": [{"kind": "commissioner_report", "date": "2017-03-01", "end_date": "2017-03-31",
                "precision": "month", "span": at(b"Quarterly")}],
    "judgements": [],
    "appointments": [{"person": "Eleanor Brazil", "honours": "OBE", "role": "commissioner",
                      "span": at(b"the Commissioner")}],
    "parties": [],
    "revokes": [],
    "clauses": [{"id": "1", "children": []}, {"id": "2", "children": []},
                {"id": "3", "children": []}, {"id": "4", "children": []}],
    "obligations": [
        {"id": "2", "clause": "2", "bearer": "council", "kind": "deadline",
         "due": {"date": "2018-04-25", "rule": "within", "period": "P3M", "anchor": "instrument_date"},
         "span": at(b"Within three calendar months, enter an agreement")},
        {"id": "3", "clause": "3", "bearer": "governance_board", "to": "dfe", "kind": "recurring",
         "recurrence": {"every": "P3M", "anchor": "instrument_date", "until": "in_force"},
         "span": at(b"Quarterly reports to the Department")},
        {"id": "4", "clause": "4", "bearer": "council", "kind": "standing",
         "span": at(b"Co-operate with the Commissioner")},
    ],
    "warnings": [],
}


def check(name, cond, why=""):
    if cond:
        print("PASS independent-scorer:%s" % name)
    else:
        print("FAIL independent-scorer:%s %s" % (name, why))
        FAILED.append(name)


def fields(out, gold=None):
    res = score.score_record(gold or GOLD, out, TEXT)
    return {f: score.summary(res[f], f) for f in score.FIELDS}, res


def numbers(s):
    return (s["tp"], s["partial"], s["gold"], s["out"], round(s["precision"], 3), round(s["recall"], 3))


def test_perfect():
    out = copy.deepcopy(GOLD)
    s, _ = fields(out)
    check("perfect:obligations", numbers(s["obligations"]) == (3, 0, 3, 3, 1.0, 1.0), s["obligations"])
    check("perfect:all-fields-f1", all(s[f]["f1"] == 1.0 for f in score.FIELDS),
          [f for f in score.FIELDS if s[f]["f1"] != 1.0])
    check("perfect:spans", s["obligations"]["spans_ok"] == 3, s["obligations"])


def test_missing_obligation():
    out = copy.deepcopy(GOLD)
    del out["obligations"][1]
    s, res = fields(out)
    check("missing:obligations", numbers(s["obligations"]) == (2, 0, 3, 2, 1.0, 0.667), s["obligations"])
    check("missing:f1", abs(s["obligations"]["f1"] - 0.8) < 1e-3, s["obligations"]["f1"])
    check("missing:listed", [g["id"] for g in res["obligations"]["missed"]] == ["3"])
    check("missing:recurrence", numbers(s["recurrence"]) == (0, 0, 1, 0, 1.0, 0.0), s["recurrence"])


def test_wrong_date():
    out = copy.deepcopy(GOLD)
    out["obligations"][0]["due"]["date"] = "2018-04-24"   # chained or off by one
    out["date"]["value"] = "2018-01-24"
    s, res = fields(out)
    check("wrong-date:obligations", numbers(s["obligations"]) == (2, 1, 3, 3, 0.667, 0.667), s["obligations"])
    check("wrong-date:partial-says-due", any("due" in d for _, _, ds in res["obligations"]["partials"]
                                             for d in ds), res["obligations"]["partials"])
    check("wrong-date:due", numbers(s["due"]) == (0, 0, 1, 1, 0.0, 0.0), s["due"])
    check("wrong-date:date", numbers(s["date"]) == (0, 0, 1, 1, 0.0, 0.0), s["date"])
    # dates: gold {2017-03-01, 2018-01-25, 2018-04-25}, out {2017-03-01, 2018-01-24, 2018-04-24}
    check("wrong-date:dates", numbers(s["dates"]) == (1, 0, 3, 3, 0.333, 0.333), s["dates"])


def test_wrong_bearer_is_partial():
    out = copy.deepcopy(GOLD)
    out["obligations"][1]["bearer"] = "council"
    s, res = fields(out)
    check("wrong-bearer:counts", numbers(s["obligations"]) == (2, 1, 3, 3, 0.667, 0.667), s["obligations"])
    diffs = res["obligations"]["partials"][0][2] if res["obligations"]["partials"] else []
    check("wrong-bearer:named", diffs == ["bearer: gold governance_board, got council"], diffs)
    # the recurrence itself was right
    check("wrong-bearer:recurrence-ok", numbers(s["recurrence"]) == (1, 0, 1, 1, 1.0, 1.0), s["recurrence"])


def test_extra_item():
    out = copy.deepcopy(GOLD)
    out["obligations"].append({"id": "1", "clause": "1", "bearer": "council", "kind": "standing",
                               "span": [0, 10]})
    out["events"].append({"kind": "ofsted_report", "date": "2016-11-25", "span": [0, 5]})
    s, res = fields(out)
    check("extra:obligations", numbers(s["obligations"]) == (3, 0, 3, 4, 0.75, 1.0), s["obligations"])
    check("extra:events", numbers(s["events"]) == (1, 0, 1, 2, 0.5, 1.0), s["events"])
    check("extra:listed", len(res["obligations"]["extra"]) == 1)


def test_month_precision_and_names():
    out = copy.deepcopy(GOLD)
    out["events"][0]["date"] = "2017-03-15"              # inside the gold month
    out["appointments"][0]["person"] = "Eleanor Brazil OBE"
    out["council"]["name"] = "Stokeon-Trent Council"     # the lost hyphen of the PDF text
    out["obligations"][1]["clause"] = "3."
    s, _ = fields(out)
    check("lenient:month-event", s["events"]["tp"] == 1, s["events"])
    check("lenient:honours", s["appointments"]["tp"] == 1, s["appointments"])
    check("lenient:council-name", s["council"]["tp"] == 1, s["council"])
    check("lenient:clause-dot", s["obligations"]["tp"] == 3, s["obligations"])
    out["events"][0]["date"] = "2017-04-01"
    s, _ = fields(out)
    check("strict:month-event-outside", s["events"]["tp"] == 0 and s["events"]["partial"] == 1, s["events"])


def test_spans():
    out = copy.deepcopy(GOLD)
    out["obligations"][0]["span"] = [0, len(TEXT) + 5]        # beyond the text
    out["obligations"][1]["span"] = at(b"Co-operate")          # not on the gold words
    out["obligations"][2]["span"] = at(b"Co-operate") + [1]    # a page number is allowed
    s, _ = fields(out)
    check("spans:counted", s["obligations"]["tp"] == 3 and s["obligations"]["spans_ok"] == 1,
          s["obligations"])
    n_all = len(score.all_spans(out))
    check("spans:all-inside", score.spans_in_text(out, len(TEXT)) == (n_all - 1, n_all),
          score.spans_in_text(out, len(TEXT)))


def test_compound():
    """'within 3 months and thereafter every 3 months': due + recurrence."""
    gold = copy.deepcopy(GOLD)
    gold["obligations"][1]["due"] = {"date": "2018-04-25", "rule": "within", "period": "P3M",
                                     "anchor": "instrument_date"}
    out = copy.deepcopy(gold)
    s, _ = fields(out, gold)
    check("compound:both-on-one", s["obligations"]["tp"] == 3, s["obligations"])
    del out["obligations"][1]["due"]
    s, _ = fields(out, gold)
    check("compound:due-missing-is-partial", s["obligations"]["tp"] == 2 and s["obligations"]["partial"] == 1,
          s["obligations"])
    out["obligations"][1]["recurrence"]["first"] = "2018-04-25"
    s, _ = fields(out, gold)
    check("compound:first-as-deadline", s["obligations"]["tp"] == 3, s["obligations"])
    out["obligations"][1]["recurrence"]["first"] = "2018-04-24"
    s, _ = fields(out, gold)
    check("compound:wrong-first", s["obligations"]["tp"] == 2, s["obligations"])


def test_pdf_mode_without_spans():
    """--pdf scores against the gold with its spans stripped."""
    gold = copy.deepcopy(GOLD)
    gold["obligations"].append({"id": "body/1", "bearer": "minister", "kind": "event",
                                "span": at(b"Dated")})
    out = copy.deepcopy(gold)
    for ob in out["obligations"]:
        ob["span"] = [900, 950]          # offsets of some other (extracted) text
    s, _ = fields(out, score.strip_spans(gold))
    check("pdf:no-spans-needed", s["obligations"]["tp"] == 4, s["obligations"])
    check("pdf:strip", "span" not in json.dumps(score.strip_spans(gold)))


def test_empty_output():
    s, _ = fields({})
    check("empty:obligations", numbers(s["obligations"]) == (0, 0, 3, 0, 1.0, 0.0), s["obligations"])
    check("empty:kind", s["kind"]["recall"] == 0.0, s["kind"])


def test_malformed_output():
    """Wrong types anywhere in the output score as misses, never crash."""
    out = {"kind": 5, "council": "Kirklees", "date": {"value": 20180125}, "events": "none",
           "judgements": [1, None], "appointments": [{"person": None, "role": 3}],
           "obligations": [{"clause": 7, "due": "soon", "recurrence": [1], "span": ["a", "b"]},
                           {"clause": "2", "kind": "deadline", "bearer": "council",
                            "due": {"date": None}, "span": [5, 2]}],
           "clauses": "7", "warnings": [{"span": None}]}
    s, _ = fields(out)
    check("malformed:no-crash", s["obligations"]["tp"] == 0 and s["kind"]["tp"] == 0, s["obligations"])
    check("malformed:spans", score.spans_in_text(out, len(TEXT)) == (0, 3), score.spans_in_text(out, len(TEXT)))


def test_min_recall_exit():
    """--pair with --min-recall gives exit 1 below the bar, 0 at it."""
    import tempfile
    out = copy.deepcopy(GOLD)
    del out["obligations"][0]
    with tempfile.TemporaryDirectory() as d:
        g, o = os.path.join(d, "g.json"), os.path.join(d, "o.json")
        json.dump(GOLD, open(g, "w"))
        json.dump(out, open(o, "w"))
        run = lambda *extra: subprocess.run([sys.executable, os.path.join(HERE, "independent.py"), "--pair", g, o]
                                            + list(extra), stdout=subprocess.PIPE,
                                            stderr=subprocess.PIPE).returncode
        check("min-recall:unmet", run("--min-recall", "1.0") == 1)
        check("min-recall:met", run("--min-recall", "obligations=0.6") == 0)
        check("min-precision:met", run("--min-precision", "0.9") == 0)
        check("usage:bad-field", run("--min-recall", "nosuch=1") == 2)
        cp = subprocess.run([sys.executable, os.path.join(HERE, "independent.py"), "--pair", g, o, "--json"],
                            stdout=subprocess.PIPE)
        rep = json.loads(cp.stdout)
        check("json:shape", rep["pair"]["total"]["obligations"]["recall"] == round(2 / 3, 4),
              rep["pair"]["total"]["obligations"])


# ------------------------------------------------------------ the gold itself

ROLES = {"council", "partner_council", "secretary_of_state", "minister", "dfe", "commissioner",
         "improvement_adviser", "dcs", "improvement_board", "governance_board", "pip", "ofsted"}
KINDS = {"deadline", "recurring", "standing", "conditional", "event"}
RULES = {"by", "within", "in_month", "end_of", "on"}


def add_months(iso, n):
    """Corresponding-date rule: same day n months on, clamped to month end."""
    y, m, d = map(int, iso.split("-"))
    m0 = m - 1 + n
    y, m = y + m0 // 12, m0 % 12 + 1
    return "%04d-%02d-%02d" % (y, m, min(d, calendar.monthrange(y, m)[1]))


def bank_holidays():
    """England and Wales bank holidays (data/bank-holidays-england-wales.csv)."""
    with open(os.path.join(ROOT, "data", "bank-holidays-england-wales.csv"), encoding="utf-8") as f:
        return {line.split(",", 1)[0] for line in f.read().splitlines()[1:] if line}


def add_period(iso, period):
    """iso + one ISO 8601 period of months, years, weeks or days, or "N working
    days" (weekends and bank holidays skipped; the period's own form, as
    working days have no ISO 8601 one)."""
    import datetime
    wd = re.match(r"^(\d+) working days?$", period or "")
    if wd:
        d, left, hols = datetime.date.fromisoformat(iso), int(wd.group(1)), bank_holidays()
        while left:
            d += datetime.timedelta(days=1)
            if d.weekday() < 5 and d.isoformat() not in hols:
                left -= 1
        return d.isoformat()
    mm = re.match(r"^P(\d+)([YMWD])$", period or "")
    if not mm:
        return None
    n, unit = int(mm.group(1)), mm.group(2)
    if unit in "YM":
        return add_months(iso, n * (12 if unit == "Y" else 1))
    d = datetime.date.fromisoformat(iso) + datetime.timedelta(days=n * (7 if unit == "W" else 1))
    return d.isoformat()


def anchor_date(gold, anchor):
    if anchor == "instrument_date":
        return gold.get("date", {}).get("value")
    if anchor and anchor.startswith("event:"):
        ev = [e for e in gold.get("events", []) if e["kind"] == anchor[6:]]
        return ev[0]["date"] if len(ev) == 1 else None
    return None


def months(period):
    mm = re.match(r"^P(\d+)([MY])$", period or "")
    if not mm:
        return None
    return int(mm.group(1)) * (12 if mm.group(2) == "Y" else 1)


def gold_files():
    d = os.path.join(ROOT, "tests", "golden", "read-independent")
    out = []
    heldout = os.path.join(ROOT, "tests", "golden", "read-heldout")
    dev = os.path.join(ROOT, "tests", "golden", "read-dev")
    for gd, docdir in ([(d, os.path.join(ROOT, "data", "documents")),
                        (os.path.join(d, "synthetic"), os.path.join(d, "synthetic")),
                        (heldout, heldout),   # gold consistency only; scoring it is --set heldout
                        (dev, dev)] +
                       [(sd, sd) for name, sd in score.ON_REQUEST
                        if name.startswith("fresh")]):
        if not os.path.isdir(gd):
            continue
        for n in sorted(os.listdir(gd)):
            if n.endswith(".json"):
                out.append((os.path.join(gd, n), docdir))
    return out


def test_gold():
    for path, docdir in gold_files():
        name = os.path.splitext(os.path.basename(path))[0]
        gold = json.load(open(path, encoding="utf-8"))
        doc = os.path.join(docdir, gold["source"]["name"])
        rc = subprocess.run([sys.executable, os.path.join(ROOT, "tests", "golden", "read-independent", "spans.py"),
                             path, doc, "--check"]).returncode
        check("gold:%s:spans-agree-with-quotes" % name, rc == 0)
        probs = []
        date = gold.get("date", {}).get("value")
        for p in gold.get("parties", []):
            if p["role"] not in ROLES:
                probs.append("party role %s" % p["role"])
        for ob in gold.get("obligations", []):
            for k in ("bearer", "to"):
                if k in ob and ob[k] not in ROLES:
                    probs.append("%s %s %s" % (ob["id"], k, ob[k]))
            if ob["kind"] not in KINDS:
                probs.append("%s kind %s" % (ob["id"], ob["kind"]))
            due = ob.get("due")
            if due:
                if due["rule"] not in RULES:
                    probs.append("%s rule %s" % (ob["id"], due["rule"]))
                base = anchor_date(gold, due.get("anchor"))
                if due["rule"] == "within" and base:
                    want = add_period(base, due["period"])
                    if want and due.get("counting") == "beginning_with":
                        # "the period of N months beginning with <date>": that day is the
                        # first of the period, which ends the day before the corresponding date
                        import datetime
                        want = (datetime.date.fromisoformat(want) - datetime.timedelta(days=1)).isoformat()
                    if due.get("date") != want:
                        probs.append("%s due %s, rule gives %s" % (ob["id"], due.get("date"), want))
                if due["rule"] in ("by", "end_of", "in_month") and due.get("date"):
                    y, m, d = map(int, due["date"].split("-"))
                    if due["rule"] != "by" and d != calendar.monthrange(y, m)[1]:
                        probs.append("%s %s not a month end" % (ob["id"], due["rule"]))
            rec = ob.get("recurrence")
            if rec:
                if ob["kind"] != "recurring":
                    probs.append("%s recurrence on kind %s" % (ob["id"], ob["kind"]))
                base = anchor_date(gold, rec.get("anchor"))
                if rec.get("first") and base:
                    # "within N ... and thereafter every M": the series starts at the due date
                    want = due["date"] if due else add_period(base, rec["every"])
                    if rec["first"] != want:
                        probs.append("%s first %s, rule gives %s" % (ob["id"], rec["first"], want))
            if ob["kind"] == "deadline" and not due:
                probs.append("%s deadline without due" % ob["id"])
            mid = re.match(r"^(.*)/(\d+)$", ob["id"])
            if ob.get("clause") and (mid.group(1) if mid else ob["id"]) != ob["clause"]:
                probs.append("%s id does not name clause %s" % (ob["id"], ob["clause"]))
        check("gold:%s:vocabulary-and-dates" % name, not probs, "; ".join(probs))


def test_set_option():
    """--set heldout scores only the held-out set; the default run leaves it out."""
    check("set:default-without-heldout", [n for n, _ in score.gold_sets(None)] == ["real", "synthetic"])
    check("set:heldout-only", [n for n, _ in score.gold_sets("heldout")] == ["heldout"])
    check("set:fresh-only", [n for n, _ in score.gold_sets("fresh")] == ["fresh"])
    check("set:fresh2-only", [n for n, _ in score.gold_sets("fresh2")] == ["fresh2"])
    check("set:fresh3-only", [n for n, _ in score.gold_sets("fresh3")] == ["fresh3"])
    check("set:fresh4-only", [n for n, _ in score.gold_sets("fresh4")] == ["fresh4"])
    check("set:fresh5-only", [n for n, _ in score.gold_sets("fresh5")] == ["fresh5"])
    check("set:parsed", score.parse_args(["--set", "heldout"])["only"] == "heldout")
    rc = subprocess.run([sys.executable, os.path.join(HERE, "independent.py"), "--set", "nosuch"],
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE).returncode
    check("set:bad-value", rc == 2)


def test_corresponding_date_rule():
    check("rule:clamp", add_months("2019-10-31", 1) == "2019-11-30" and add_months("2019-10-31", 6) == "2020-04-30")
    check("rule:no-chaining", add_months("2019-10-31", 9) == "2020-07-31")
    check("rule:leap", add_months("2019-08-31", 6) == "2020-02-29")
    # Friday 31 March 2023 + 5 working days: Good Friday 7 and Easter Monday 10 April skipped
    check("rule:working-days", add_period("2023-03-31", "5 working days") == "2023-04-11")


def main():
    for t in (test_perfect, test_missing_obligation, test_wrong_date, test_wrong_bearer_is_partial,
              test_extra_item, test_month_precision_and_names, test_spans, test_compound, test_pdf_mode_without_spans, test_empty_output, test_malformed_output,
              test_min_recall_exit, test_set_option, test_corresponding_date_rule, test_gold):
        try:
            t()
        except Exception as e:  # a crash in one case is that case's failure
            check(t.__name__, False, "raised %r" % e)
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
