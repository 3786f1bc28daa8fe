#!/usr/bin/python3
"""csvgold.py GOLD_DIR OUT_DIR: compare each table of a report written with
`oversight report --format csv --output OUT_DIR` (files NN-NAME.csv) with the
hand-worked gold NAME.csv in GOLD_DIR (tests/golden/reports/README.md).  A
gold cell "*" matches any cell; a gold row "..." matches any number of rows.
Prints one line per table, "ok NAME" or "FAIL NAME: why"; exit 1 if any failed."""
import csv, os, sys

def rows(path):
    with open(path, newline='', encoding='utf-8') as f:
        return [r for r in csv.reader(f)]

def match(gold, got):
    if not gold:
        return not got
    if gold[0] == ['...']:
        return any(match(gold[1:], got[i:]) for i in range(len(got) + 1))
    if not got or len(gold[0]) != len(got[0]):
        return False
    if any(g != '*' and g != c for g, c in zip(gold[0], got[0])):
        return False
    return match(gold[1:], got[1:])

def main(gdir, odir):
    out = {}
    for f in os.listdir(odir):
        if f.endswith('.csv') and f[:2].isdigit() and f[2] == '-':
            out[f[3:]] = os.path.join(odir, f)
    bad = 0
    for g in sorted(os.listdir(gdir)):
        if not g.endswith('.csv'):
            continue
        name = g[:-4]
        if g not in out:
            print(f"FAIL {name}: the report has no such table ({', '.join(sorted(out))})")
            bad += 1
            continue
        gold, got = rows(os.path.join(gdir, g)), rows(out[g])
        if match(gold, got):
            print(f"ok {name}")
        else:
            bad += 1
            print(f"FAIL {name}: got")
            for r in got:
                print("   ", ",".join(r))
    return 1 if bad else 0

sys.exit(main(sys.argv[1], sys.argv[2]))
