#!/usr/bin/python3
"""score.py: how well `oversight read` reads the example instruments.

Runs the reader on each document that has a gold file in tests/golden/read/
and prints precision, recall and F1 per field, per document and in total.

Matching rules (an output item matches at most one gold item):
  kind, council, date      one item each; equal strings
  legal_basis              (act, section)
  events                   (kind, date)
  judgements               (area, grade, report_date or none)
  appointments             (person, role)
  revocations              the revoked instrument's date
  obligations              (clause, kind, bearer, due date or interval); a gold
                           obligation with a quote also needs the output span to
                           cover the quoted words.  Items that agree on clause and
                           kind but not on the rest are counted as "partial" so a
                           wrong bearer or date shows.

Usage: score.py [--oversight BIN] [--json] [--min-recall FIELD=R]... [--min-precision FIELD=P]...
Exit 1 when a --min-* bound is not met (per document), else 0.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLD = os.path.join(ROOT, "tests", "golden", "read")
DOCS = os.path.join(ROOT, "data", "documents")
FIELDS = ["kind", "council", "date", "legal_basis", "events", "judgements",
          "appointments", "revocations", "obligations"]


def items(rec, field, text=None):
    """The comparable items of one field of a record (gold or output)."""
    if field == "kind":
        return [rec.get("kind")] if rec.get("kind") else []
    if field == "council":
        c = rec.get("council")
        c = c.get("name") if isinstance(c, dict) else c
        return [c] if c else []
    if field == "date":
        d = rec.get("date")
        d = d.get("value") if isinstance(d, dict) else d
        return [d] if d else []
    if field == "legal_basis":
        return [(x["act"], x["section"]) for x in rec.get("legal_basis", [])]
    if field == "events":
        return [(x["kind"], x["date"]) for x in rec.get("events", [])]
    if field == "judgements":
        return [(x["area"], x["grade"], x.get("report_date")) for x in rec.get("judgements", [])]
    if field == "appointments":
        return [(x["person"], x["role"]) for x in rec.get("appointments", [])]
    if field == "revocations":
        return [x.get("date") for x in rec.get("revokes", [])]
    if field == "obligations":
        out = []
        for o in rec.get("obligations", []):
            when = o.get("due")
            when = when.get("date") if isinstance(when, dict) else when
            if o.get("kind") == "recurring":
                when = o.get("every") or o.get("recurrence", {}).get("every")
            # a letter's commitments have no clause (ids body/<n>)
            out.append({"key": (o.get("clause"), o["kind"], o["bearer"], when),
                        "loose": (o.get("clause"), o["kind"]),
                        "quote": o.get("quote"), "span": o.get("span")})
        return out
    raise KeyError(field)


def covers(span, quote, text):
    if not quote or span is None:
        return True
    at = text.find(quote.encode("utf-8"))
    if at < 0:
        return False
    return span[0] <= at and at + len(quote.encode("utf-8")) <= span[1]


def score_field(field, gold, out, text):
    g = items(gold, field)
    o = items(out, field)
    matched = partial = 0
    if field == "obligations":
        free = list(range(len(o)))
        for gi in g:
            hit = next((k for k in free if o[k]["key"] == gi["key"] and covers(o[k]["span"], gi["quote"], text)), None)
            if hit is not None:
                matched += 1
                free.remove(hit)
        for gi in g:
            if any(o[k]["loose"] == gi["loose"] for k in free):
                partial += 1
    else:
        pool = list(o)
        for gi in g:
            if gi in pool:
                matched += 1
                pool.remove(gi)
    p = matched / len(o) if o else (1.0 if not g else 0.0)
    r = matched / len(g) if g else (1.0 if not o else 1.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold": len(g), "output": len(o), "matched": matched, "partial": partial,
            "precision": p, "recall": r, "f1": f}


def main(argv):
    binary = os.path.join(ROOT, "build", "oversight")
    as_json = False
    bounds = []
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == "--oversight":
            binary = argv[i + 1]; i += 2; continue
        if a == "--json":
            as_json = True; i += 1; continue
        if a in ("--min-recall", "--min-precision"):
            f, v = argv[i + 1].split("=")
            bounds.append((a[6:], f, float(v))); i += 2; continue
        sys.exit("score.py: unknown argument %r" % a)
    results = {}
    for name in sorted(os.listdir(GOLD)):
        if not name.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(GOLD, name)))
        path = os.path.join(DOCS, gold["document"])
        text = open(path, "rb").read()
        run = subprocess.run([binary, "read", path], capture_output=True)
        out = json.loads(run.stdout) if run.returncode == 0 else {}
        results[gold["document"]] = {f: score_field(f, gold, out, text) for f in FIELDS}
    total = {}
    for f in FIELDS:
        g = sum(r[f]["gold"] for r in results.values())
        o = sum(r[f]["output"] for r in results.values())
        m = sum(r[f]["matched"] for r in results.values())
        p = m / o if o else 1.0
        r = m / g if g else 1.0
        total[f] = {"gold": g, "output": o, "matched": m, "precision": p, "recall": r,
                    "f1": 2 * p * r / (p + r) if p + r else 0.0,
                    "partial": sum(x[f]["partial"] for x in results.values())}
    if as_json:
        print(json.dumps({"documents": results, "total": total}, indent=2))
    else:
        for doc, res in list(results.items()) + [("TOTAL", total)]:
            print(doc)
            print("  %-13s %5s %6s %7s %9s %6s %6s %7s" % ("field", "gold", "output", "matched", "precision", "recall", "F1", "partial"))
            for f in FIELDS:
                x = res[f]
                print("  %-13s %5d %6d %7d %9.2f %6.2f %6.2f %7d" % (f, x["gold"], x["output"], x["matched"], x["precision"], x["recall"], x["f1"], x["partial"]))
    bad = 0
    for kind, f, v in bounds:
        for doc, res in results.items():
            got = res[f]["recall" if kind == "recall" else "precision"]
            if got < v:
                print("below bound: %s %s %s = %.2f < %.2f" % (doc, f, kind, got, v), file=sys.stderr)
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
