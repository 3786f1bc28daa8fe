"""readcheck.py: what the hand-worked reader checks (tests/check/35-*.sh, 36-*.sh)
share: load a record `oversight read` wrote, print PASS/FAIL lines, and find a
clause's obligations (a letter's by their ids, body/<n>).  The expected values stay
in each check, worked out by hand from its invented document."""
import json


def load(path):
    """The record at path, or {} when the reader wrote none (every check then fails)."""
    try:
        return json.load(open(path))
    except ValueError:
        return {}


def checker(prefix):
    """check(name, cond): prints "PASS <prefix>:<name>" or "FAIL <prefix>:<name>"."""
    def check(name, cond):
        print(("PASS " if cond else "FAIL ") + prefix + ":" + name)
    return check


def of(rec, clause):
    """The obligations of clause (or, for "body/<n>", the letter's one with that id)."""
    return [x for x in rec.get("obligations", []) if x.get("clause") == clause or
            (clause.startswith("body/") and x.get("id") == clause)]


def one(rec, clause):
    """The clause's only obligation, or {} when it has none or several."""
    o = of(rec, clause)
    return o[0] if len(o) == 1 else {}


def got(o):
    """An obligation's (bearer, kind, due date, every, first or next occurrence)."""
    r = o.get("recurrence", {})
    return (o.get("bearer"), o.get("kind"), o.get("due", {}).get("date"), r.get("every"),
            r.get("first", r.get("next")))


def events(rec):
    """The record's events as (kind, date) pairs."""
    return {(e.get("kind"), e.get("date")) for e in rec.get("events", [])}
