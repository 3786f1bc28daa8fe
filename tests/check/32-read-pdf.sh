#!/bin/bash
# 32-read-pdf.sh: the reader on real PDFs made by tools other than ours
# (enscript and Ghostscript's ps2pdf, and LibreOffice, from Debian) from the
# example, held-out and development texts: the same obligations (and, from
# LibreOffice's, the same facts) as from the text; spans carry page numbers; damaged,
# truncated and encrypted PDFs (qpdf) are refused with a clear message.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in data/documents/*.txt; do
	b=$(basename "$f" .txt)
	if ! iconv -f UTF-8 -t LATIN1//TRANSLIT "$f" | enscript -q -B --word-wrap -X latin1 -p - 2>/dev/null |
		ps2pdf - "$tmp/$b.pdf" 2>/dev/null; then
		echo "FAIL read-pdf:$b: could not make the PDF"
		continue
	fi
	"$OVERSIGHT" read "$tmp/$b.pdf" > "$tmp/$b.pdf.json" 2> "$tmp/err" || { echo "FAIL read-pdf:$b: $(cat "$tmp/err")"; continue; }
	"$OVERSIGHT" read "$f" > "$tmp/$b.txt.json"
	/usr/bin/python3 - "$tmp/$b.pdf.json" "$tmp/$b.txt.json" "$b" <<'PY'
import json, sys
def key(r):
    return sorted((o.get("clause", ""), o["kind"], o["bearer"], o.get("due", {}).get("date"),
                   o.get("recurrence", {}).get("every")) for o in r["obligations"])
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
name = sys.argv[3]
same = key(a) == key(b) and a.get("date") and a["date"]["value"] == b["date"]["value"] and a["kind"] == b["kind"]
print(("PASS" if same else "FAIL") + " read-pdf:%s:same-as-text" % name)
if not same:
    print("  only in pdf:", [x for x in key(a) if x not in key(b)])
    print("  only in text:", [x for x in key(b) if x not in key(a)])
pages = a["source"].get("pages", 0)
spans = [o["span"] for o in a["obligations"]]
ok = a["source"]["format"] == "pdf" and pages >= 1 and all(len(s) == 3 and 1 <= s[2] <= pages for s in spans)
print(("PASS" if ok else "FAIL") + " read-pdf:%s:spans-have-pages (%d pages)" % (name, pages))
PY
done
# LibreOffice (headless, proportional fonts, its own line wrapping) makes PDFs of
# every example and of the held-out and development instruments: from each, the
# same facts and obligations as from its text.
mkdir -p "$tmp/lo"
cp data/documents/*.txt tests/golden/read-heldout/*.txt tests/golden/read-dev/*.txt "$tmp/lo/"
if ! HOME="$tmp" soffice --headless --convert-to pdf --outdir "$tmp/lo" "$tmp"/lo/*.txt > "$tmp/lo.log" 2>&1; then
	echo "FAIL read-pdf:libreoffice: could not make the PDFs: $(tail -1 "$tmp/lo.log")"
fi
for f in "$tmp"/lo/*.txt; do
	b=$(basename "$f" .txt)
	[ -f "$tmp/lo/$b.pdf" ] || { echo "FAIL read-pdf:lo:$b: no PDF made"; continue; }
	"$OVERSIGHT" read "$tmp/lo/$b.pdf" > "$tmp/lo/$b.pdf.json" 2> "$tmp/err" ||
		{ echo "FAIL read-pdf:lo:$b: $(cat "$tmp/err")"; continue; }
	"$OVERSIGHT" read "$f" > "$tmp/lo/$b.txt.json"
	/usr/bin/python3 - "$tmp/lo/$b.pdf.json" "$tmp/lo/$b.txt.json" "$b" <<'PY'
import json, sys
sys.path.insert(0, "tests/accuracy")
from layout import facts as record
a, b = record(json.load(open(sys.argv[1]))), record(json.load(open(sys.argv[2])))
diff = [k for k in a if a[k] != b[k]]
print(("PASS" if not diff else "FAIL") + " read-pdf:lo:%s:same-as-text" % sys.argv[3])
for k in diff:
    print("  %s: pdf %s, text %s" % (k, a[k], b[k]))
PY
done
# damaged PDFs
pdf="$tmp/kirklees-direction-2018-01-25.pdf"
head -c 900 "$pdf" > "$tmp/truncated.pdf"
"$OVERSIGHT" read "$tmp/truncated.pdf" > /dev/null 2> "$tmp/err"
rc=$?
if [ $rc -eq 65 ] && grep -q "truncated.pdf" "$tmp/err"; then echo "PASS read-pdf:truncated"; else echo "FAIL read-pdf:truncated (exit $rc: $(cat "$tmp/err"))"; fi
if qpdf --encrypt secret secret 256 -- "$pdf" "$tmp/encrypted.pdf" 2>/dev/null; then
	"$OVERSIGHT" read "$tmp/encrypted.pdf" > /dev/null 2> "$tmp/err"
	rc=$?
	if [ $rc -eq 65 ] && grep -q "encrypted" "$tmp/err"; then echo "PASS read-pdf:encrypted"; else echo "FAIL read-pdf:encrypted (exit $rc: $(cat "$tmp/err"))"; fi
else
	echo "FAIL read-pdf:encrypted (qpdf could not make one)"
fi
printf '%%PDF-1.4\n%%garbage\x00\x01\x02 not a pdf at all' > "$tmp/garbage.pdf"
"$OVERSIGHT" read "$tmp/garbage.pdf" > /dev/null 2> "$tmp/err"
rc=$?
if [ $rc -eq 65 ]; then echo "PASS read-pdf:garbage"; else echo "FAIL read-pdf:garbage (exit $rc)"; fi
exit 0
