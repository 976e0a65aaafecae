# Buku Interaktif Whole of Government — the two commands of the README:
#   make book   set everything up and build the book to _build/html
#   make test   set everything up and run every test (unit, data, nbval, build, browser)
#   (make test-cepat: only the unit and data tests, without building the book)
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
CHROMIUM ?= $(or $(WOG_CHROMIUM),/usr/bin/chromium)
SUDO    = $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PORT   ?= 8000
PORT_KELAS ?= 8866

.PHONY: setup chromium plotly luring book pdf serve kelas test test-cepat notebooks benchmark clean

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt pyproject.toml
	@$(PYTHON) -c 'import wogbook'  # wogbook/__init__.py: the Python version, in one Indonesian line
	@$(PYTHON) -m venv --help >/dev/null 2>&1 && $(PYTHON) -c 'import ensurepip' 2>/dev/null \
	  || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3-venv; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

chromium:
	@[ -x "$(CHROMIUM)" ] || { echo "Memasang Chromium dari paket Debian..."; \
	  $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }

# the book's partial plotly.js (wogbook/buku/bundle.py): npm ci + esbuild, remade only when
# the npm project or the installed plotly changes; without npm the book serves the full bundle
PLOTLY_NPM = wogbook/buku/plotly
plotly: $(PLOTLY_NPM)/dist/plotly.min.js

$(PLOTLY_NPM)/dist/plotly.min.js: $(PLOTLY_NPM)/package.json $(PLOTLY_NPM)/package-lock.json \
    $(PLOTLY_NPM)/index.js $(PLOTLY_NPM)/build.py wogbook/buku/bundle.py $(VENV)/.installed
	@command -v npm >/dev/null || { echo "Memasang Node.js dan npm dari paket Debian..."; \
	  $(SUDO) apt-get update && $(SUDO) apt-get install -y nodejs npm; } \
	  || echo "npm tidak dapat dipasang: buku memakai plotly.js penuh"
	$(PY) $(PLOTLY_NPM)/build.py

# the book kept on the reader's device (wogbook/buku/luring.py): Workbox's service worker and
# its page script, npm ci + esbuild; without npm the book has no service worker
SW_NPM = wogbook/buku/sw
luring: $(SW_NPM)/dist/sw.js

$(SW_NPM)/dist/sw.js: $(SW_NPM)/package.json $(SW_NPM)/package-lock.json $(SW_NPM)/sw.js \
    $(SW_NPM)/halaman.js $(SW_NPM)/build.py wogbook/buku/luring.py $(VENV)/.installed | plotly
	$(PY) $(SW_NPM)/build.py

# data/ first: a broken CSV stops here, its messages last; then the notebooks whose data
# changed are run again (their saved outputs stay in step with nbval), then the build
book: setup chromium plotly luring
	@$(PY) scripts/periksa_data.py
	$(PY) scripts/run_notebooks.py --usang
	$(VENV)/bin/jupyter-book build . -W -n --keep-going
	$(PY) scripts/cetak_pdf.py
	@echo "Buku siap: buka $(CURDIR)/_build/html/index.html (atau: make serve)"

pdf: setup chromium plotly luring
	$(PY) scripts/cetak_pdf.py

serve: book
	@echo "Buku disajikan di http://127.0.0.1:$(PORT)/ (Ctrl+C untuk berhenti)"
	$(PY) -m http.server $(PORT) --bind 127.0.0.1 --directory _build/html

kelas: setup
	$(PY) -m wogbook.kelas $(PORT_KELAS)

test: setup chromium plotly luring
	$(PY) -m pytest

# the fast lane: every unit and data test, no book build, no browser, no server (≤ 60 s),
# on two processes (pytest-xdist)
test-cepat: setup
	$(PY) -m pytest tests -m "not lambat" -q -n 2

notebooks: setup
	$(PY) scripts/run_notebooks.py

benchmark: setup plotly
	$(PY) scripts/benchmark.py

clean:
	rm -rf _build
