"""Build the book's partial plotly.js into dist/ (make plotly runs this): npm ci, the
version check and esbuild are in wogbook/buku/bundle.py."""
import sys

from wogbook.buku import bundle

sys.exit(bundle.main())
