#!/bin/bash
# 42-independent-gold.sh: the second, independent gold set
# (tests/golden/read-independent/, written by an engineer who read neither the
# reader's code nor its output): its scorer's own tests and the gold files'
# own consistency (spans match their quoted words, hand-computed dates agree
# with the corresponding-date rule).  How well the reader scores against it is
# reported by `make accuracy`, not gated: see tests/golden/read-independent/README.md.
/usr/bin/python3 tests/accuracy/test_independent.py
