#!/usr/bin/python3
"""score.py: the instrument reader against hand-written gold records.

Gold records (tests/golden/read-independent-independent/*.json for the real example documents,
tests/golden/read-independent-independent/synthetic/*.json for synthetic instruments written for
this test) were made by reading each document; see tests/golden/read-independent-independent/README.md.
This script runs `oversight read DOC` on each document (or takes records
given with --pair) and prints precision, recall and F1 per field.

Counting.  For each field the gold items and the output items are paired one
to one (greedily: exact matches first, preferring pairs whose spans overlap,
then partial matches).  tp = exact pairs; precision = tp / output items;
recall = tp / gold items; F1 their harmonic mean.  A field with nothing in
the gold and nothing in the output scores 1.0; nothing in the output against
a non-empty gold scores precision 1.0 (nothing wrong was claimed) and recall
0.  Partial pairs count as misses in P/R but are listed so that, say, a wrong
bearer shows as one line, not as a miss plus an extra.

Matching rules per field (all string comparisons case-insensitive, curly
quotes folded, punctuation and white space ignored unless said):
  kind         equal.
  council      name equal once generic words (council, city, metropolitan,
               borough, county, district, the, of) and hyphens are dropped:
               "Stokeon-Trent Council" = "Stoke-on-Trent City Council".
  date         value equal.
  legal_basis  act equal and section equal ("s497A(4B)" = "497A(4B)").
  dates        every distinct date the record states as a fact: the
               instrument date, events' date, judgements' report_date,
               revocations' date, obligations' due.date and until.  Set
               comparison (no spans).
  events       kind and date agree; a gold date of precision "month" is met
               by any date in that month.  Partial: only one of the two.
  judgements   area and grade agree, and report_date when the gold has one.
               Partial: area and grade agree, report_date differs/missing.
  appointments role agrees and the person is the same: the gold name or one
               of its aliases, honours (OBE, MP, ...) and titles ignored, or
               one name's words all contained in the other's.  Partial: role
               only.
  parties      role agrees (each role appears once per gold record).
  revocations  date agrees when the gold has one, else the words of "what"
               share a word.  Partial: spans overlap only.
  obligations  same place: the clause id agrees ("_" read as ".", brackets
               and trailing dots dropped), or for gold obligations outside
               numbered clauses (letters) the spans overlap; and kind and
               bearer agree; and the timing agrees: due.date for deadlines
               (for a gold "in_month" window any date in the window; when
               the gold due has no date, period and anchor), every and
               anchor for recurrences, until for standing duties with an
               end.  A compound ("within 3 months ... and thereafter every
               3 months": gold due + recurrence) needs both; its first
               deadline may come as due.date or as recurrence.first.
               Partial: same place, something else differs (listed).
  due          the obligations whose gold has a due: same place and the
               due date agrees (kind and bearer not required).
  recurrence   the obligations whose gold has a recurrence: same place and
               every + anchor agree.
  clauses      the set of clause ids (same normalisation).
  warnings     spans overlap (reported, never required); with --pdf, the
               messages quote the same words ('bi-monthly').
Spans: for every exact pair the output span must be a [start, end) pair of
integers (a third element, e.g. a page, is ignored) with 0 <= start < end <=
the text's length, and overlap the gold span or one of the gold's alt_spans.
The "spans" column counts the pairs that pass; below each table, every span
anywhere in the output record is checked to lie inside the text.

Usage:
  score.py [--oversight BIN] [--only real|synthetic] [--set real|synthetic|heldout|dev|fresh|freshN]
           [--pdf] [--json] [-v]
           [--min-recall [FIELD=]X]... [--min-precision [FIELD=]X]...
  score.py --pair GOLD.json OUTPUT.json [--text DOC] [--json] [-v] ...
--pdf also scores the real examples as PDFs made with enscript and ps2pdf
(a third set, "pdf", report only; spans are not compared there, since the
offsets are of the text extracted from the PDF).
--set heldout scores only the held-out instruments (tests/golden/read-heldout/,
written to measure how the reader generalises; see its README), reported as
the set "heldout"; it is never part of the default run and never gated.
--set dev does the same for tests/golden/read-dev/ (instruments written while
improving the reader, to check a rule on wordings the held-out set lacks).
--set fresh does the same for tests/golden/read-fresh/ (a later unseen set, scored
before any reader change made for it; see its README), and --set freshN for
tests/golden/read-freshN/ (the Nth unseen set: fresh2 the second, fresh25 the
twenty-fifth, ...); every such folder present is a set, none needs naming here.
A document that is not UTF-8 is read as Windows-1252 and converted, as the reader
does, so that spans are offsets into the converted text (as the schema says).
--set real|synthetic is the same as --only real|synthetic.
--min-recall/--min-precision (default field: obligations) apply to the real
documents (or the --pair) and make the exit status 1 when one is not met.
Exit 2 on bad usage or unreadable gold.  Standard library only.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
GOLD_DIR = os.path.join(ROOT, "tests", "golden", "read-independent")
SYN_DIR = os.path.join(GOLD_DIR, "synthetic")
HELDOUT_DIR = os.path.join(ROOT, "tests", "golden", "read-heldout")
DEV_DIR = os.path.join(ROOT, "tests", "golden", "read-dev")
DOC_DIR = os.path.join(ROOT, "data", "documents")

GOLDEN = os.path.join(ROOT, "tests", "golden")


def _on_request_sets():
    """The sets scored only on request: heldout, dev, fresh and every read-freshN folder,
    in the order of N."""
    fresh = sorted((int(m.group(1)), n) for n in os.listdir(GOLDEN)
                   for m in [re.match(r"^read-fresh(\d+)$", n)] if m)
    return ([("heldout", HELDOUT_DIR), ("dev", DEV_DIR),
             ("fresh", os.path.join(GOLDEN, "read-fresh"))] +
            [("fresh%d" % k, os.path.join(GOLDEN, n)) for k, n in fresh])


ON_REQUEST = _on_request_sets()
SET_NAMES = ("real", "synthetic") + tuple(name for name, _ in ON_REQUEST)

FIELDS = ["kind", "council", "date", "legal_basis", "dates", "events", "judgements",
          "appointments", "parties", "revocations", "obligations", "due", "recurrence",
          "clauses", "warnings"]

HONOURS = {"obe", "cbe", "mbe", "dbe", "kbe", "mp", "cb", "kcb", "dame", "sir", "ms", "mr",
           "mrs", "dr", "councillor", "cllr"}
GENERIC = {"council", "city", "metropolitan", "borough", "county", "district", "the", "of",
           "royal"}
STOP = {"the", "of", "for", "and", "a", "an", "to", "in", "on", "s"}


# ---------------------------------------------------------------- helpers

def fold(s):
    s = "" if s is None else s if isinstance(s, str) else json.dumps(s)
    s = s.lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        s = s.replace(a, b)
    return s


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s).replace("'s ", " ")) if w]


def norm_text(s):
    return " ".join(words(s))


def norm_council(s):
    return "".join(w for w in words(s) if w not in GENERIC)


def norm_section(s):
    s = re.sub(r"\s+", "", fold(s))
    s = re.sub(r"^(section|sec\.?|s\.?)", "", s)
    return s


def norm_act(s):
    return " ".join(w for w in words(s) if w != "the")


def norm_clause(s):
    s = fold(s).strip().replace("_", ".").replace(" ", "")
    s = s.replace("(", "").replace(")", "")
    s = re.sub(r"\.+", ".", s).strip(".")
    return s


def person_words(s):
    return [w for w in words(s) if w not in HONOURS and w not in STOP]


def same_person(gold, out_name):
    names = [gold.get("person", "")] + list(gold.get("aliases", []))
    ow = person_words(out_name)
    if not ow:
        return False
    for n in names:
        gw = person_words(n)
        if not gw:
            continue
        if gw == ow or set(gw) <= set(ow) or set(ow) <= set(gw):
            return True
    return False


def span_of(item):
    sp = item.get("span") if isinstance(item, dict) else None
    if isinstance(sp, list) and len(sp) >= 2 and all(isinstance(x, int) and not isinstance(x, bool)
                                                     for x in sp[:2]):
        return sp[0], sp[1]
    return None


def gold_spans(item):
    if not isinstance(item, dict):
        return []
    out = []
    sp = span_of(item)
    if sp:
        out.append(sp)
    for a in item.get("alt_spans", []) or []:
        if isinstance(a, list) and len(a) >= 2:
            out.append((a[0], a[1]))
    return out


def overlaps(a, b):
    return a is not None and b is not None and max(a[0], b[0]) < min(a[1], b[1])


def span_overlap(g, o):
    so = span_of(o)
    return any(overlaps(gs, so) for gs in gold_spans(g))


def span_ok(g, o, text_len):
    so = span_of(o)
    if so is None or not (0 <= so[0] < so[1] <= text_len):
        return False
    return span_overlap(g, o)


def get(d, *path):
    for p in path:
        if not isinstance(d, dict):
            return None
        d = d.get(p)
    return d


def items(rec, key):
    v = rec.get(key) if isinstance(rec, dict) else None
    return [x for x in v if isinstance(x, dict)] if isinstance(v, list) else []


def prf(tp, n_gold, n_out):
    p = tp / n_out if n_out else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def date_in(d, lo, hi):
    return isinstance(d, str) and lo <= d <= hi


# ---------------------------------------------------------------- pairing

def names_word(text, key):
    """A span check for parties and the council, which are named many times:
    the output span passes when its words include one of the gold name's."""
    def check(g, o, text_len):
        so = span_of(o)
        if so is None or not (0 <= so[0] < so[1] <= text_len):
            return False
        if span_overlap(g, o) or text is None:
            return span_overlap(g, o)
        got = set(words(text[so[0]:so[1]].decode("utf-8", "replace")))
        want = (set(words(g.get(key, ""))) | set(words(g.get("role", "").replace("_", " ")))) \
            - GENERIC - STOP
        return bool(got & want)
    return check


def pair(gold, out, exact, partial=None, text_len=None, check=span_ok):
    """Pair gold and output items one to one.

    exact(g, o) -> bool; partial(g, o) -> None or a list of differences.
    Returns a dict with tp, partials [(g, o, diffs)], missed [g], extra [o],
    spans (exact pairs whose span passes), matched [(g, o)]."""
    used_g, used_o = set(), set()
    matched, partials = [], []
    for prefer_span in (True, False):
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for oi, o in enumerate(out):
                if oi in used_o:
                    continue
                if prefer_span and gold_spans(g) and not span_overlap(g, o):
                    continue
                if exact(g, o):
                    used_g.add(gi)
                    used_o.add(oi)
                    matched.append((g, o))
                    break
    if partial is not None:
        cands = []
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for oi, o in enumerate(out):
                if oi in used_o:
                    continue
                diffs = partial(g, o)
                if diffs is not None:
                    cands.append((len(diffs), 0 if span_overlap(g, o) else 1, gi, oi, diffs))
        for _, _, gi, oi, diffs in sorted(cands, key=lambda c: c[:4]):
            if gi in used_g or oi in used_o:
                continue
            used_g.add(gi)
            used_o.add(oi)
            partials.append((gold[gi], out[oi], diffs))
    bad = [(g, o) for g, o in matched if text_len is None or not check(g, o, text_len)]
    return {"tp": len(matched), "n_gold": len(gold), "n_out": len(out), "matched": matched,
            "bad_spans": bad, "spans": len(matched) - len(bad),
            "partials": partials, "missed": [g for i, g in enumerate(gold) if i not in used_g],
            "extra": [o for i, o in enumerate(out) if i not in used_o]}


# ---------------------------------------------------------------- fields

def f_event(g, o):
    if g.get("precision") == "month" and g.get("end_date"):
        dok = date_in(o.get("date"), g["date"], g["end_date"])
    else:
        dok = o.get("date") == g.get("date")
    return o.get("kind") == g.get("kind"), dok


def ev_exact(g, o):
    k, d = f_event(g, o)
    return k and d


def ev_partial(g, o):
    k, d = f_event(g, o)
    if k == d:
        return None
    return ["kind: gold %s, got %s" % (g.get("kind"), o.get("kind"))] if d else \
        ["date: gold %s, got %s" % (g.get("date"), o.get("date"))]


def ju_exact(g, o):
    return (o.get("area") == g.get("area") and o.get("grade") == g.get("grade")
            and ("report_date" not in g or o.get("report_date") == g["report_date"]))


def ju_partial(g, o):
    if o.get("area") == g.get("area") and o.get("grade") == g.get("grade"):
        return ["report_date: gold %s, got %s" % (g.get("report_date"), o.get("report_date"))]
    return None


def ap_exact(g, o):
    return o.get("role") == g.get("role") and same_person(g, o.get("person", ""))


def ap_partial(g, o):
    if o.get("role") == g.get("role"):
        return ["person: gold %s, got %s" % (g.get("person"), o.get("person"))]
    if same_person(g, o.get("person", "")):
        return ["role: gold %s, got %s" % (g.get("role"), o.get("role"))]
    return None


def rv_exact(g, o):
    if g.get("date"):
        return o.get("date") == g["date"]
    return bool(set(words(g.get("what"))) & set(words(o.get("what"))) - STOP)


def rv_partial(g, o):
    if span_overlap(g, o):
        return ["date: gold %s, got %s" % (g.get("date"), o.get("date"))]
    return None


def lb_key(x):
    return norm_act(x.get("act", "")), norm_section(x.get("section", ""))


def ob_place(g, o):
    if g.get("clause"):
        return norm_clause(g["clause"]) == norm_clause(o.get("clause") or "")
    if not gold_spans(g):   # --pdf: the gold's offsets do not apply
        return not o.get("clause")
    return span_overlap(g, o)


def due_agrees(g, o):
    gd, od = g.get("due"), o.get("due")
    if not isinstance(gd, dict):
        return True
    if not isinstance(od, dict):
        # "within N months ... and thereafter every M months" may be given as
        # one series whose first occurrence is the first deadline
        return bool(gd.get("date")) and isinstance(g.get("recurrence"), dict) and \
            get(o, "recurrence", "first") == gd["date"]
    if gd.get("date"):
        if gd.get("rule") == "in_month" and gd.get("start"):
            return date_in(od.get("date"), gd["start"], gd["date"])
        return od.get("date") == gd["date"]
    return od.get("period") == gd.get("period") and od.get("anchor") == gd.get("anchor")


def rec_agrees(g, o):
    gr, orr = g.get("recurrence"), o.get("recurrence")
    if not isinstance(gr, dict):
        return True
    if not isinstance(orr, dict):
        return False
    return orr.get("every") == gr.get("every") and orr.get("anchor") == gr.get("anchor")


def until_agrees(g, o):
    return "until" not in g or o.get("until") == g["until"]


def ob_diffs(g, o):
    d = []
    for k in ("kind", "bearer"):
        if o.get(k) != g.get(k):
            d.append("%s: gold %s, got %s" % (k, g.get(k), o.get(k)))
    if not due_agrees(g, o):
        d.append("due: gold %s, got %s" % (get(g, "due", "date") or
                                           "%s %s" % (get(g, "due", "period"), get(g, "due", "anchor")),
                                           get(o, "due", "date") if isinstance(o.get("due"), dict)
                                           else None))
    if not rec_agrees(g, o):
        got = o.get("recurrence") if isinstance(o.get("recurrence"), dict) else {}
        d.append("recurrence: gold every %s from %s, got %s" % (
            g["recurrence"].get("every"), g["recurrence"].get("anchor"),
            "every %s from %s" % (got.get("every"), got.get("anchor")) if got else None))
    if not until_agrees(g, o):
        d.append("until: gold %s, got %s" % (g.get("until"), o.get("until")))
    return d


def ob_exact(g, o):
    return ob_place(g, o) and not ob_diffs(g, o)


def ob_partial(g, o):
    return ob_diffs(g, o) if ob_place(g, o) else None


def fact_dates(rec):
    s = set()
    if isinstance(rec.get("date"), dict) and rec["date"].get("value"):
        s.add(rec["date"]["value"])
    for e in items(rec, "events"):
        s.add(e.get("date"))
    for j in items(rec, "judgements"):
        s.add(j.get("report_date"))
    for r in items(rec, "revokes"):
        s.add(r.get("date"))
    for ob in items(rec, "obligations"):
        s.add(get(ob, "due", "date"))
        s.add(ob.get("until"))
    return sorted(d for d in s if isinstance(d, str) and re.match(r"^\d{4}-\d\d-\d\d$", d))


def all_spans(node, acc=None):
    """Every "span" anywhere in a record."""
    acc = [] if acc is None else acc
    if isinstance(node, dict):
        if "span" in node:
            acc.append(node["span"])
        for v in node.values():
            all_spans(v, acc)
    elif isinstance(node, list):
        for v in node:
            all_spans(v, acc)
    return acc


def spans_in_text(rec, text_len):
    """(spans inside [0, text_len) and well formed, all spans) of an output record."""
    sp = all_spans(rec)
    good = sum(1 for x in sp if span_of({"span": x}) and 0 <= x[0] < x[1] <= (text_len or 0))
    return good, len(sp)


def clause_ids(nodes, acc=None):
    acc = [] if acc is None else acc
    for n in nodes if isinstance(nodes, list) else []:
        if isinstance(n, dict):
            if isinstance(n.get("id"), str):
                acc.append(norm_clause(n["id"]))
            clause_ids(n.get("children"), acc)
    return acc


def single(gval, oval, equal):
    """A one-valued field as a pairing of at most one item each."""
    gl = [gval] if gval is not None else []
    ol = [oval] if oval is not None else []
    return pair(gl, ol, lambda g, o: equal(g, o))


def set_field(gold, out):
    gl = [{"v": v} for v in gold]
    ol = [{"v": v} for v in out]
    return pair(gl, ol, lambda g, o: g["v"] == o["v"])


def score_record(gold, out, text=None):
    """Score one output record against one gold record: {field: pairing}.
    text: the document's bytes (None: spans are checked against the gold's
    source.bytes only, and parties by position only)."""
    out = out if isinstance(out, dict) else {}
    text_len = len(text) if text is not None else get(gold, "source", "bytes")
    res = {}
    res["kind"] = single(gold.get("kind"), out.get("kind"), lambda g, o: g == o)
    gc, oc = gold.get("council"), out.get("council")
    res["council"] = pair([gc] if isinstance(gc, dict) else [], [oc] if isinstance(oc, dict) else [],
                          lambda g, o: norm_council(g.get("name")) == norm_council(o.get("name")),
                          text_len=text_len, check=names_word(text, "name"))
    gd, od = gold.get("date"), out.get("date")
    res["date"] = pair([gd] if isinstance(gd, dict) else [], [od] if isinstance(od, dict) else [],
                       lambda g, o: g.get("value") == o.get("value"), text_len=text_len)
    res["legal_basis"] = pair(items(gold, "legal_basis"), items(out, "legal_basis"),
                              lambda g, o: lb_key(g) == lb_key(o),
                              lambda g, o: (["section: gold %s, got %s" % (g.get("section"), o.get("section"))]
                                            if lb_key(g)[0] == lb_key(o)[0] else None),
                              text_len)
    res["dates"] = set_field(fact_dates(gold), fact_dates(out))
    res["events"] = pair(items(gold, "events"), items(out, "events"), ev_exact, ev_partial, text_len)
    res["judgements"] = pair(items(gold, "judgements"), items(out, "judgements"), ju_exact, ju_partial,
                             text_len)
    res["appointments"] = pair(items(gold, "appointments"), items(out, "appointments"), ap_exact,
                               ap_partial, text_len)
    res["parties"] = pair(items(gold, "parties"), items(out, "parties"),
                          lambda g, o: g.get("role") == o.get("role"), None, text_len,
                          names_word(text, "name"))
    res["revocations"] = pair(items(gold, "revokes"), items(out, "revokes"), rv_exact, rv_partial,
                              text_len)
    gob, oob = items(gold, "obligations"), items(out, "obligations")
    res["obligations"] = pair(gob, oob, ob_exact, ob_partial, text_len)
    res["due"] = pair([g for g in gob if isinstance(g.get("due"), dict)],
                      [o for o in oob if isinstance(o.get("due"), dict)],
                      lambda g, o: ob_place(g, o) and due_agrees(g, o), None, text_len)
    res["recurrence"] = pair([g for g in gob if isinstance(g.get("recurrence"), dict)],
                             [o for o in oob if isinstance(o.get("recurrence"), dict)],
                             lambda g, o: ob_place(g, o) and rec_agrees(g, o), None, text_len)
    res["clauses"] = set_field(sorted(set(clause_ids(gold.get("clauses")))),
                               sorted(set(clause_ids(out.get("clauses")))))
    res["warnings"] = pair(items(gold, "warnings"), items(out, "warnings"),
                           lambda g, o: span_overlap(g, o) if gold_spans(g) else
                           bool(set(re.findall(r"'([^']+)'", fold(g.get("message")))) &
                                set(re.findall(r"'([^']+)'", fold(o.get("message"))))),
                           None, text_len)
    return res


# ---------------------------------------------------------------- reporting

NOSPAN = ("kind", "dates", "clauses")


def summary(p, field=None):
    pr, rc, f1 = prf(p["tp"], p["n_gold"], p["n_out"])
    return {"gold": p["n_gold"], "out": p["n_out"], "tp": p["tp"], "partial": len(p["partials"]),
            "precision": round(pr, 4), "recall": round(rc, 4), "f1": round(f1, 4),
            "spans_ok": None if field in NOSPAN else p["spans"]}


def label(item):
    for k in ("id", "kind", "area", "person", "role", "what", "name", "v", "value", "act", "message"):
        if isinstance(item, dict) and item.get(k) is not None:
            extra = item.get("date") or item.get("clause") or item.get("grade") or ""
            return "%s%s" % (item[k], " " + str(extra) if extra and extra != item[k] else "")
    return json.dumps(item)[:60]


def details(res):
    d = {}
    for f, p in res.items():
        entry = {}
        if p["partials"]:
            entry["partial"] = [{"gold": label(g), "diffs": diffs} for g, _, diffs in p["partials"]]
        if p["missed"]:
            entry["missed"] = [label(g) for g in p["missed"]]
        if p["extra"]:
            entry["extra"] = [label(o) for o in p["extra"]]
        if p["bad_spans"] and f not in NOSPAN:
            entry["bad_span"] = ["%s: gold %s, got %s" % (label(g), gold_spans(g), o.get("span"))
                                 for g, o in p["bad_spans"]]
        if entry:
            d[f] = entry
    return d


def total(summaries):
    t = {}
    for f in FIELDS:
        tp = sum(s[f]["tp"] for s in summaries)
        ng = sum(s[f]["gold"] for s in summaries)
        no = sum(s[f]["out"] for s in summaries)
        pr, rc, f1 = prf(tp, ng, no)
        t[f] = {"gold": ng, "out": no, "tp": tp, "partial": sum(s[f]["partial"] for s in summaries),
                "precision": round(pr, 4), "recall": round(rc, 4), "f1": round(f1, 4),
                "spans_ok": None if f in NOSPAN or any(s[f]["spans_ok"] is None for s in summaries)
                else sum(s[f]["spans_ok"] for s in summaries)}
    return t


def print_table(title, fields_summary, out=sys.stdout):
    out.write("%s\n" % title)
    out.write("  %-13s %5s %5s %5s %7s %9s %6s %6s %6s\n" %
              ("field", "gold", "out", "tp", "partial", "precision", "recall", "f1", "spans"))
    for f in FIELDS:
        s = fields_summary[f]
        spans = "-" if s["spans_ok"] is None else "%d/%d" % (s["spans_ok"], s["tp"])
        out.write("  %-13s %5d %5d %5d %7d %9.3f %6.3f %6.3f %6s\n" %
                  (f, s["gold"], s["out"], s["tp"], s["partial"], s["precision"], s["recall"],
                   s["f1"], spans))


def print_details(det, verbose, out=sys.stdout):
    for f, entry in det.items():
        if not verbose and f != "obligations":
            continue
        for p in entry.get("partial", []):
            out.write("    %s partial %s: %s\n" % (f, p["gold"], "; ".join(p["diffs"])))
        for m in entry.get("missed", []):
            out.write("    %s missed  %s\n" % (f, m))
        for e in entry.get("extra", []):
            out.write("    %s extra   %s\n" % (f, e))
        for e in entry.get("bad_span", []):
            out.write("    %s span    %s\n" % (f, e))


# ---------------------------------------------------------------- running

def strip_spans(node):
    """The gold without its spans, for output whose offsets are of other text."""
    if isinstance(node, dict):
        return {k: strip_spans(v) for k, v in node.items() if k not in ("span", "alt_spans")}
    if isinstance(node, list):
        return [strip_spans(v) for v in node]
    return node


def make_pdf(doc, outdir):
    """The document as a PDF made by tools other than ours (iconv, enscript
    with word wrap, Ghostscript's ps2pdf, from Debian), or None."""
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(doc))[0] + ".pdf")
    cmd = ("iconv -f UTF-8 -t LATIN1//TRANSLIT \"$1\" | enscript -q -B --word-wrap -X latin1 -p - "
           "| ps2pdf - \"$2\"")
    try:
        cp = subprocess.run(["sh", "-c", cmd, "sh", doc, pdf], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return pdf if cp.returncode == 0 and os.path.exists(pdf) else None


def read_text(path):
    """A document's text as UTF-8 bytes: Windows-1252 input converted, as the
    reader converts it (its spans are offsets into the converted text)."""
    with open(path, "rb") as f:
        raw = f.read()
    try:
        raw.decode("utf-8")
        return raw
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace").encode("utf-8")


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def run_reader(binary, doc):
    """Run `BIN read DOC`; returns (record or None, error message or None)."""
    try:
        cp = subprocess.run([binary, "read", doc], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, "cannot run %s: %s" % (binary, e)
    if cp.returncode != 0:
        return None, "exit %d: %s" % (cp.returncode, cp.stderr.decode("utf-8", "replace").strip()[:200])
    try:
        rec = json.loads(cp.stdout.decode("utf-8"))
    except ValueError as e:
        return None, "output is not JSON: %s" % e
    if isinstance(rec, list) and len(rec) == 1:
        rec = rec[0]
    if not isinstance(rec, dict):
        return None, "output is not one JSON object"
    return rec, None


def gold_sets(only):
    sets = []
    if only in (None, "real"):
        sets.append(("real", [(os.path.join(GOLD_DIR, n), DOC_DIR) for n in
                              sorted(os.listdir(GOLD_DIR)) if n.endswith(".json")]))
    if only in (None, "synthetic") and os.path.isdir(SYN_DIR):
        sets.append(("synthetic", [(os.path.join(SYN_DIR, n), SYN_DIR) for n in
                                   sorted(os.listdir(SYN_DIR)) if n.endswith(".json")]))
    # the sets scored only on request, never in the default run
    for name, d in ON_REQUEST:
        if only == name and os.path.isdir(d):
            sets.append((name, [(os.path.join(d, n), d) for n in
                                sorted(os.listdir(d)) if n.endswith(".json")]))
    return sets


def parse_min(specs, what):
    out = []
    for s in specs:
        field, _, val = s.rpartition("=")
        field = field or "obligations"
        try:
            x = float(val)
        except ValueError:
            raise SystemExit("score.py: bad %s value '%s'" % (what, s))
        if field not in FIELDS:
            raise SystemExit("score.py: unknown field '%s'" % field)
        out.append((field, x))
    return out


def parse_args(argv):
    a = {"oversight": None, "only": None, "json": False, "verbose": False, "pair": None, "pdf": False,
         "text": None, "min_recall": [], "min_precision": []}
    i = 0
    while i < len(argv):
        x = argv[i]
        if x in ("--oversight", "--only", "--set", "--text", "--min-recall", "--min-precision"):
            if i + 1 >= len(argv):
                raise SystemExit("score.py: %s needs a value" % x)
            v = argv[i + 1]
            if x == "--min-recall":
                a["min_recall"].append(v)
            elif x == "--min-precision":
                a["min_precision"].append(v)
            elif x == "--set":
                if v not in SET_NAMES:
                    raise SystemExit("score.py: --set takes %s" % ", ".join(SET_NAMES))
                a["only"] = v
            else:
                a[x[2:]] = v
            i += 2
        elif x == "--pair":
            if i + 2 >= len(argv):
                raise SystemExit("score.py: --pair needs GOLD and OUTPUT")
            a["pair"] = (argv[i + 1], argv[i + 2])
            i += 3
        elif x == "--json":
            a["json"] = True
            i += 1
        elif x == "--pdf":
            a["pdf"] = True
            i += 1
        elif x in ("-v", "--verbose"):
            a["verbose"] = True
            i += 1
        elif x in ("-h", "--help"):
            sys.stdout.write(__doc__)
            sys.exit(0)
        else:
            raise SystemExit("score.py: unknown argument '%s' (see --help)" % x)
    if a["only"] is not None and a["only"] not in SET_NAMES:
        raise SystemExit("score.py: --only takes real or synthetic (--set also heldout)")
    return a


def main(argv):
    try:
        a = parse_args(argv)
        mins_r = parse_min(a["min_recall"], "--min-recall")
        mins_p = parse_min(a["min_precision"], "--min-precision")
    except SystemExit as e:
        sys.stderr.write("%s\n" % e)
        return 2
    report = {}
    if a["pair"]:
        try:
            gold = load_json(a["pair"][0])
            out = load_json(a["pair"][1])
        except (OSError, ValueError) as e:
            sys.stderr.write("score.py: %s\n" % e)
            return 2
        text = None
        if a["text"]:
            text = read_text(a["text"])
        res = score_record(gold, out, text)
        name = os.path.basename(a["pair"][0])
        s = {f: summary(res[f], f) for f in FIELDS}
        good, n = spans_in_text(out, len(text) if text is not None else get(gold, "source", "bytes"))
        report["pair"] = {"documents": {name: {"fields": s, "details": details(res),
                                               "spans_in_text": [good, n]}},
                          "total": total([s])}
    else:
        binary = a["oversight"] or os.path.join(ROOT, "build", "oversight")
        for setname, golds in gold_sets(a["only"]):
            docs, sums = {}, []
            for gpath, ddir in golds:
                try:
                    gold = load_json(gpath)
                except (OSError, ValueError) as e:
                    sys.stderr.write("score.py: %s: %s\n" % (gpath, e))
                    return 2
                doc = os.path.join(ddir, gold["source"]["name"])
                out, err = run_reader(binary, doc)
                text = read_text(doc)
                res = score_record(gold, out or {}, text)
                s = {f: summary(res[f], f) for f in FIELDS}
                sums.append(s)
                good, n = spans_in_text(out or {}, len(text))
                entry = {"fields": s, "details": details(res), "spans_in_text": [good, n]}
                if err:
                    entry["error"] = err
                docs[os.path.splitext(os.path.basename(gpath))[0]] = entry
            report[setname] = {"documents": docs, "total": total(sums)}
        if a["pdf"]:
            import tempfile
            with tempfile.TemporaryDirectory() as tmpd:
                docs, sums = {}, []
                for gpath, ddir in gold_sets("real")[0][1]:
                    gold = strip_spans(load_json(gpath))
                    pdf = make_pdf(os.path.join(ddir, gold["source"]["name"]), tmpd)
                    out, err = run_reader(binary, pdf) if pdf else (None, "cannot make a PDF (enscript, ps2pdf)")
                    res = score_record(gold, out or {}, None)
                    s = {f: summary(res[f], f) for f in FIELDS}
                    for f in s:
                        s[f]["spans_ok"] = None
                    sums.append(s)
                    entry = {"fields": s, "details": details(res), "spans_in_text": [0, 0]}
                    if err:
                        entry["error"] = err
                    docs[os.path.splitext(os.path.basename(gpath))[0]] = entry
                report["pdf"] = {"documents": docs, "total": total(sums)}
    failed = []
    gated = report.get("pair") or report.get("real") or {"documents": {}}
    for name, entry in gated["documents"].items():
        for field, x in mins_r:
            if entry["fields"][field]["recall"] < x:
                failed.append("%s: %s recall %.3f < %.3f" % (name, field, entry["fields"][field]["recall"], x))
        for field, x in mins_p:
            if entry["fields"][field]["precision"] < x:
                failed.append("%s: %s precision %.3f < %.3f" % (name, field,
                                                               entry["fields"][field]["precision"], x))
    if a["json"]:
        report["unmet"] = failed
        sys.stdout.write(json.dumps(report, indent=1) + "\n")
    else:
        for setname, rep in report.items():
            for name, entry in rep["documents"].items():
                print_table("%s: %s%s" % (setname, name,
                                          " (reader failed: %s)" % entry["error"] if entry.get("error") else ""),
                            entry["fields"])
                sp = entry["spans_in_text"]
                if setname != "pdf":
                    sys.stdout.write("  every output span inside the text: %d/%d%s\n" % (
                    sp[0], sp[1], "" if sp[0] == sp[1] else "  <- spans outside the text"))
                print_details(entry["details"], a["verbose"])
                sys.stdout.write("\n")
            if len(rep["documents"]) > 1:
                print_table("%s: total (micro-averaged over %d documents)" % (setname, len(rep["documents"])),
                            rep["total"])
                sys.stdout.write("\n")
        for f in failed:
            sys.stdout.write("unmet: %s\n" % f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
