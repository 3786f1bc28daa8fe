#!/bin/bash
# 40-accuracy.sh: the reader against the gold records (tests/golden/read/,
# written by reading the documents): every gold obligation must be found
# (recall 1.0) with at most one in ten extra (precision >= 0.9), on each example.
set -u
out=$(/usr/bin/python3 tests/accuracy/score.py --oversight "$OVERSIGHT" --json 2>&1) ||
	{ echo "FAIL accuracy: scorer failed: $out"; exit 0; }
/usr/bin/python3 - "$out" <<'PY'
import json, sys
res = json.loads(sys.argv[1])
for doc, fields in sorted(res["documents"].items()):
    o = fields["obligations"]
    ok = o["recall"] == 1.0 and o["precision"] >= 0.9
    print(("PASS" if ok else "FAIL") + " accuracy:%s:obligations (P %.2f R %.2f)" % (doc, o["precision"], o["recall"]))
t = res["total"]
for f in ("date", "kind", "council", "judgements", "revocations"):
    ok = t[f]["recall"] == 1.0 and t[f]["precision"] == 1.0
    print(("PASS" if ok else "FAIL") + " accuracy:total:%s (P %.2f R %.2f)" % (f, t[f]["precision"], t[f]["recall"]))
PY
exit 0
