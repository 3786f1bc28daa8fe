#!/usr/bin/python3
"""layout.py: the reader reads what a document says, not how it is laid out.

Each instrument given on the command line is laid out again in the ways PDF
text and copied text come: lines wrapped at 72 and at 55 columns (as a PDF's
text is), Windows line ends, Windows-1252 instead of UTF-8, a byte-order mark,
and page furniture ("Page N of M", "OFFICIAL", a form feed) every 40 lines,
wherever that falls, mid-sentence included.  The record of every variant must
hold the same facts and obligations as the record of the original (spans and
quoted text aside, which follow the layout); with a byte-order mark, the spans
must still point at the same words of the file.  Prints PASS/FAIL per variant
and, for a failure, what differs.  Usage: layout.py OVERSIGHT FILE...
"""
import json
import os
import subprocess
import sys
import tempfile
import textwrap


def facts(r):
    """What a record says, without where it says it (spans, quoted text)."""
    return dict(
        kind=r["kind"], date=(r.get("date") or {}).get("value"),
        council=(r.get("council") or {}).get("name"),
        legal_basis=sorted((x.get("act"), x.get("section")) for x in r.get("legal_basis", [])),
        events=sorted((e["kind"], e.get("date") or "") for e in r.get("events", [])),
        judgements=sorted((j["area"], j["grade"]) for j in r.get("judgements", [])),
        appointments=sorted((a["person"], a["role"]) for a in r.get("appointments", [])),
        revokes=sorted(x.get("date") or "" for x in r.get("revokes", [])),
        obligations=sorted((o.get("clause") or "", o["kind"], o["bearer"],
                            o.get("due", {}).get("date") or "",
                            o.get("recurrence", {}).get("every") or "")
                           for o in r["obligations"]))


def record(ov, path):
    out = subprocess.run([ov, "read", "--input", "text", path], capture_output=True).stdout
    return facts(json.loads(out)) if out else None


def span_words(ov, path):
    """The bytes of the file under each span of the record (date and obligations)."""
    r = json.loads(subprocess.run([ov, "read", "--input", "text", path],
                                  capture_output=True).stdout or b"{}")
    data = open(path, "rb").read()
    spans = [r["date"]["span"]] if r.get("date") else []
    spans += [o["span"] for o in r.get("obligations", [])]
    return [data[s[0]:s[1]] for s in spans]


def wrap(text, width):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


def furniture(text, width):
    lines, out, page = wrap(text, width).split("\n"), [], 1
    for i, line in enumerate(lines):
        out.append(line)
        if i % 40 == 39:
            out += ["", "Page %d of 9" % page, "\f", "OFFICIAL", ""]
            page += 1
    return "\n".join(out)


def variants(text):
    yield "wrap72", wrap(text, 72), "utf-8"
    yield "wrap55", wrap(text, 55), "utf-8"
    yield "crlf", text.replace("\n", "\r\n"), "utf-8"
    yield "cp1252", text, "cp1252"
    yield "bom", "\ufeff" + text, "utf-8"
    yield "furniture", furniture(text, 80), "utf-8"


def main():
    ov, files = sys.argv[1], sys.argv[2:]
    tmp = tempfile.mkdtemp()
    path = os.path.join(tmp, "variant.txt")
    for f in files:
        name = os.path.basename(f)[:-4]
        base = record(ov, f)
        text = open(f, encoding="utf-8").read()
        for kind, t, enc in variants(text):
            try:
                data = t.encode(enc)
            except UnicodeEncodeError:
                continue  # a character Windows-1252 does not have
            with open(path, "wb") as out:
                out.write(data)
            r = record(ov, path)
            diff = [k for k in base if not r or r[k] != base[k]] if base else ["no record"]
            moved = kind == "bom" and span_words(ov, path) != span_words(ov, f)
            print(("FAIL" if diff or moved else "PASS") + " read-layout:%s:%s" % (name, kind))
            if moved:
                print("  spans: they point at other words of the file than the original's")
            for k in diff:
                print("  %s: original %s\n  %s  variant  %s" % (k, base and base[k], " " * len(k),
                                                               r and r[k]))
    os.unlink(path) if os.path.exists(path) else None
    os.rmdir(tmp)


if __name__ == "__main__":
    main()
