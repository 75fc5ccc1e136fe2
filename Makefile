# The two commands: `make site` builds the site from seeds/, `make test` runs every test.
# Both create .venv and install the pinned dependencies (requirements*.txt) as needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS ?= seeds
DOCS ?= docs
EVAL_DATA ?= ../shared/eval-data
# The sizes the targets are stated for; about 45 minutes on 2 cores.
BENCH_ARGS ?= --sizes 100,1000
export NO_MKDOCS_2_WARNING := 1

.PHONY: site docs serve test lint typecheck pytest evaluate bench screenshots lock chromium clean

site: docs  ## Generate docs/ from seeds/, build site/ (strict) and its search index as needed, check every link
	$(BIN)/python -m generator site
	$(BIN)/python -m generator check-links site

docs: $(VENV)/.site  ## Generate the Markdown pages and the JSON export into docs/
	$(BIN)/python -m generator build --seeds $(SEEDS) --docs $(DOCS)

# The preview is served at the root: with site_url's own path (/explainer/) it would be at
# http://127.0.0.1:8000/explainer/ only.
serve: docs  ## Live preview on http://127.0.0.1:8000
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(VENV)/.dev chromium lint typecheck pytest  ## Everything: lint, types, unit, golden, end-to-end, browser

lint: $(VENV)/.dev
	$(BIN)/ruff check generator tests $(wildcard benchmarks)
	$(BIN)/ruff format --check generator tests $(wildcard benchmarks)

typecheck: $(VENV)/.dev
	$(BIN)/mypy

pytest: $(VENV)/.dev
	$(BIN)/python -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

evaluate: $(VENV)/.site  ## Measure extraction on the gold article, PolNeAR dev and GUM, and one page per entity on PolNeAR dev (see README)
	$(BIN)/python -m generator evaluate --polnear $(EVAL_DATA)/polnear-dev --gum $(EVAL_DATA)/gum-train --corpus $(EVAL_DATA)/polnear-dev --record $(SEEDS)/evaluation.json

bench: $(VENV)/.dev chromium  ## Speed, memory, size and search figures (see benchmarks/README.md)
	$(BIN)/python benchmarks/bench.py --corpus $(EVAL_DATA)/polnear-dev $(BENCH_ARGS)

screenshots: site $(VENV)/.dev chromium  ## Article, actor and claim pages at desktop and phone width, into screenshots/
	$(BIN)/python -m benchmarks.screenshots --site site --out screenshots

# Debian's Chromium for the browser tests; as root through apt-get, otherwise Playwright's own.
# The tests look for /usr/bin/chromium itself: another "chromium" on the PATH is not Debian's.
chromium: $(VENV)/.dev
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null; \
	else $(BIN)/python -m playwright install chromium; fi

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.site: requirements.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.site
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.txt
	touch $@

lock:  ## Re-pin requirements*.txt from requirements*.in (needs network access to the index)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --no-emit-index-url --no-emit-find-links -o requirements.txt requirements.in
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --no-emit-index-url --no-emit-find-links -o requirements-dev.txt requirements-dev.in

clean:  ## Remove the built site (docs/ pages are removed by the generator's manifest only)
	rm -rf site
