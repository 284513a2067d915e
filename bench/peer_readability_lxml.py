# Peer: readability-lxml (Debian package python3-readability) on a saved page.
# `python3 bench/peer_readability_lxml.py PAGE`
import sys

from readability import Document

with open(sys.argv[1], "rb") as page:
    document = Document(page.read())
summary = document.summary()
sys.stdout.write("%s\n%d\n" % (document.title(), len(summary)))
