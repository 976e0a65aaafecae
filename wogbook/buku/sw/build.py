"""Build the service worker and its page script into dist/ (make luring runs this): npm ci
and esbuild are in wogbook/buku/luring.py."""
import sys

from wogbook.buku import luring

sys.exit(luring.main())
