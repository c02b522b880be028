# aigraph: the two commands a newcomer needs.
#   make demo   creates .venv, installs the pinned dependencies and the English spaCy pipeline,
#               ingests data/samples/, answers a saved query and writes exports/graph.html
#   make test   installs what the tests need (test dependencies, Debian's chromium) and runs them all
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DATA   ?= data

.PHONY: demo test install install-dev browser bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Every dependency, the spaCy pipeline included, is pinned by hash in the lock files.
$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-dev: requirements-dev.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Browser tests drive Debian's chromium; install it when missing and we may (root, apt).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is not installed: browser tests will be skipped (install Debian's chromium)"; fi; }

demo: install
	$(BIN)/aigraph --data-dir $(DATA) ingest --verbose data/samples/
	$(BIN)/aigraph --data-dir $(DATA) query --saved bloc-members --param bloc=BRICS
	$(BIN)/aigraph --data-dir $(DATA) viz -o exports/graph.html --force
	@echo "open exports/graph.html in a browser"

test: install-dev browser
	$(BIN)/python -m pytest

bench: install-dev browser
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(VENV) $(DATA)/articles.db* $(DATA)/store $(DATA)/aigraph.lock exports/*.html
