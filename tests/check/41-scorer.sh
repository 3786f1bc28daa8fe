#!/bin/bash
# 41-scorer.sh: the accuracy scorer's own tests.
/usr/bin/python3 tests/accuracy/test_score.py
