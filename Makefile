# Two entry points for a fresh machine: `make demo` runs the main job on the bundled
# corpus, `make test` runs the test suite. Both create their own virtual environment.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test test-fast deadcode typecheck lint bench mine system-deps clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/policykg demo

system-deps:
	bash scripts/install-system-deps.sh

# Every test, on TEST_WORKERS processes (pytest-xdist, as test-fast): --dist loadfile keeps a test
# file on one worker, so its module fixtures are built once and a file's tests run in their order.
# The server, browser and Dask tests pick free ports on 127.0.0.1 and write under tmp_path only, so
# two workers never share a port or a store. TEST_WORKERS=0 runs the suite in this one process.
TEST_WORKERS ?= 2
test: $(STAMP) system-deps deadcode typecheck
	$(VENV)/bin/ruff check extract kg tests benchmarks scripts
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile

# The local loop: everything but the tests marked slow, server or browser (make test runs all),
# on FAST_WORKERS processes (pytest-xdist; a test file stays on one worker, so its module fixtures
# are built once).
FAST_WORKERS ?= 2
test-fast: $(STAMP)
	$(VENV)/bin/ruff check extract kg tests benchmarks scripts
	$(PY) -m pytest -q -m "not slow and not server and not browser and not bench" -n $(FAST_WORKERS) --dist loadfile

# Dead code in the product (framework entry points and public API: vulture_whitelist.py;
# kg/rdf/namespace.py is generated from the ontology and lists every term; relation rules are
# run by the registry they register with, extract.relations.rules).
deadcode: $(STAMP)
	$(VENV)/bin/vulture extract kg scripts vulture_whitelist.py --exclude kg/rdf/namespace.py --min-confidence 60 \
		--ignore-decorators "@sentence_rule,@document_rule"

# Types of extract/ and kg/ (settings, and the untyped libraries let off, in pyproject's [tool.mypy]).
typecheck: $(STAMP)
	$(VENV)/bin/mypy

lint: $(STAMP)
	$(VENV)/bin/ruff check extract kg tests

# Every miner to a fixed point (after a change to a miner, a mined file or the gold mask).
mine: $(STAMP)
	$(PY) scripts/mine_all.py

bench: $(STAMP)
	$(PY) -m benchmarks.bench_ingest
	$(PY) -m benchmarks.extract_speed
	$(PY) -m benchmarks.store_bench
	$(PY) -m benchmarks.validate_bench --write
	$(PY) -m benchmarks.bench_explore

clean:
	rm -rf $(VENV) out var .pytest_cache .mypy_cache
