#!/bin/bash
# 34-read-layout.sh: the same facts and obligations whatever the layout: every
# example, held-out and development instrument wrapped at 72 and 55 columns,
# with Windows line ends, in Windows-1252, and with page furniture every 40
# lines (tests/accuracy/layout.py says how each variant is made).
set -u
/usr/bin/python3 tests/accuracy/layout.py "$OVERSIGHT" data/documents/*.txt \
	tests/golden/read-heldout/*.txt tests/golden/read-dev/*.txt tests/golden/read/synthetic/*.txt
