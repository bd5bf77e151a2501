# Every target runs inside the project-local .venv that `make install` creates.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export PATH := $(CURDIR)/$(VENV)/bin:$(CURDIR)/node_modules/.bin:$(PATH)

GENERATED_STAMP := mihu_client/_generated/__init__.py
GENERATOR_INPUTS := openapi/api-docs.json generator-config.yaml scripts/generate.py scripts/normalize_spec.py \
	scripts/overlays.py scripts/spec_index.py $(shell find openapi/templates openapi/overlays -type f 2>/dev/null)

.PHONY: install generate spec check test demo bench clean

install: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

generate: $(VENV)/.installed
	$(PY) scripts/generate.py

# Regenerate only when the snapshot, the templates or the generator settings are newer than the code.
$(GENERATED_STAMP): $(GENERATOR_INPUTS) | $(VENV)/.installed
	$(PY) scripts/generate.py

spec: $(VENV)/.installed
	$(PY) scripts/fetch_spec.py $(if $(SPEC_URL),--url '$(SPEC_URL)') $(SPEC_ARGS)

check: $(VENV)/.installed
	$(PY) scripts/generate.py --check
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(PY) -m mypy --strict scripts bench examples

test: install
	$(PY) -m pytest

demo: install $(GENERATED_STAMP)
	$(PY) scripts/with_mock_server.py -- $(PY) examples/quickstart.py

bench: $(VENV)/.installed
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) node_modules build dist .pytest_cache .mypy_cache .ruff_cache
