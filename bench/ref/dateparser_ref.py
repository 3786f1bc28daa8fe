#!/usr/bin/python3
"""dateparser_ref.py: the second reference for the reader's speed (make bench).

Runs dateparser's search_dates (Debian python3-dateparser), with day-first
UK settings, over each file named on the command line and prints
"bytes files dates seconds".  Not part of the product.
"""
import sys
import time

from dateparser.search import search_dates


def main():
    texts = [open(f, encoding="utf-8").read() for f in sys.argv[1:]]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}
    search_dates("warm up on 1 January 2020", languages=["en"], settings=settings)
    t0 = time.perf_counter()
    found = 0
    for t in texts:
        found += len(search_dates(t, languages=["en"], settings=settings) or [])
    secs = time.perf_counter() - t0
    print(f"{nbytes} {len(texts)} {found} {secs:.3f}")


if __name__ == "__main__":
    main()
