#!/usr/bin/python3
"""spans.py: fill the byte spans of a hand-written gold record from its quotes.

The gold files in this folder are written by reading each document.  Every
fact carries "quote": the exact words, chosen by the person writing the gold,
that the fact comes from.  This tool only turns those words into byte offsets
so that nobody has to count bytes by hand:

  quote        -> span      [start, end) of the first occurrence (it must be
                            unique in the document unless "after" is given)
  after        (optional)   search for the quote only after the first
                            occurrence of these words
  alt_quotes   -> alt_spans other places where the same fact is stated
  clause_ids   -> clauses   a flat list of clause ids turned into the tree
                            {id, children}; the parent of "7.e.a" is "7.e"
  source       bytes and sha256 of the document

A document that is not UTF-8 is read as Windows-1252 and converted to UTF-8
first, as the reader does: its spans are offsets into the converted text
(doc/instrument-schema.md), while bytes and sha256 are of the file itself.

Usage: spans.py GOLD.json DOCUMENT [--check]
With --check nothing is written; the exit status says whether the stored
spans agree with the quotes (used by tests/check/41-scorer.sh).
Standard library only.
"""
import hashlib
import json
import sys


def locate(text, quote, after=None, what=""):
    q = quote.encode("utf-8")
    start = 0
    if after is not None:
        a = text.find(after.encode("utf-8"))
        if a < 0:
            raise SystemExit("spans.py: 'after' words not found: %r (%s)" % (after, what))
        start = a
    i = text.find(q, start)
    if i < 0:
        raise SystemExit("spans.py: quote not found: %r (%s)" % (quote, what))
    if after is None and text.find(q, i + 1) >= 0:
        raise SystemExit("spans.py: quote not unique, give 'after': %r (%s)" % (quote, what))
    return [i, i + len(q)]


def walk(node, text, path="$"):
    if isinstance(node, dict):
        if "quote" in node:
            node["span"] = locate(text, node["quote"], node.get("after"), path)
        if "alt_quotes" in node:
            node["alt_spans"] = [locate(text, q, None, path + ".alt") if isinstance(q, str)
                                 else locate(text, q["quote"], q.get("after"), path + ".alt")
                                 for q in node["alt_quotes"]]
        for k, v in node.items():
            walk(v, text, path + "." + k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(v, text, "%s[%d]" % (path, i))


def as_utf8(raw):
    """The document's text as UTF-8: Windows-1252 input converted."""
    try:
        raw.decode("utf-8")
        return raw
    except UnicodeDecodeError:
        return raw.decode("cp1252").encode("utf-8")


def tree(ids):
    roots, by_id = [], {}
    for cid in ids:
        node = {"id": cid, "children": []}
        by_id[cid] = node
        parent = cid.rsplit(".", 1)[0] if "." in cid else None
        if parent in by_id:
            by_id[parent]["children"].append(node)
        else:
            roots.append(node)
    return roots


def main(argv):
    if len(argv) < 3:
        raise SystemExit(__doc__)
    gold_path, doc_path = argv[1], argv[2]
    check = "--check" in argv[3:]
    with open(doc_path, "rb") as f:
        raw = f.read()
    text = as_utf8(raw)
    with open(gold_path, encoding="utf-8") as f:
        before = f.read()
    gold = json.loads(before)
    gold["source"]["bytes"] = len(raw)
    gold["source"]["sha256"] = hashlib.sha256(raw).hexdigest()
    if "clause_ids" in gold:
        gold["clauses"] = tree(gold.pop("clause_ids"))
    walk(gold, text)
    after = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
    if check:
        return 0 if json.loads(before) == json.loads(after) else 1
    with open(gold_path, "w", encoding="utf-8") as f:
        f.write(after)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
