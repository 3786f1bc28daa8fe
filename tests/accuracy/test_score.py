#!/usr/bin/python3
"""test_score.py: the scorer's own tests, on small hand-made records."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402

TEXT = b"7.e Within three calendar months of the date of this direction, enter into it."
GOLD = {"kind": "direction", "date": "2018-01-25", "obligations": [
    {"clause": "7.e", "kind": "deadline", "bearer": "council", "due": "2018-04-25",
     "quote": "Within three calendar months"},
    {"clause": "7.g", "kind": "recurring", "bearer": "dfe", "every": "P6M"}]}


def out(obls, date="2018-01-25"):
    return {"kind": "direction", "date": {"value": date}, "obligations": obls}


E = {"id": "7.e", "clause": "7.e", "kind": "deadline", "bearer": "council",
     "due": {"date": "2018-04-25"}, "span": [4, 70]}
G = {"id": "7.g", "clause": "7.g", "kind": "recurring", "bearer": "dfe", "recurrence": {"every": "P6M"}, "span": [0, 1]}

cases = []
r = score.score_field("obligations", GOLD, out([E, G]), TEXT)
cases.append(("perfect", r["precision"] == 1 and r["recall"] == 1 and r["f1"] == 1))
r = score.score_field("obligations", GOLD, out([E]), TEXT)
cases.append(("missing obligation", r["precision"] == 1 and r["recall"] == 0.5))
wrong = dict(E, due={"date": "2018-04-24"})
r = score.score_field("obligations", GOLD, out([wrong, G]), TEXT)
cases.append(("wrong date", r["matched"] == 1 and r["partial"] == 1 and r["recall"] == 0.5))
r = score.score_field("obligations", GOLD, out([E, G, dict(G, clause="9")]), TEXT)
cases.append(("extra item", abs(r["precision"] - 2 / 3) < 1e-9 and r["recall"] == 1))
r = score.score_field("obligations", GOLD, out([dict(E, span=[40, 60]), G]), TEXT)
cases.append(("span must cover the quote", r["matched"] == 1))
r = score.score_field("date", GOLD, out([], date="2018-01-26"), TEXT)
cases.append(("wrong date field", r["recall"] == 0 and r["precision"] == 0))
for name, ok in cases:
    print(("PASS" if ok else "FAIL") + " scorer:" + name.replace(" ", "-"))
