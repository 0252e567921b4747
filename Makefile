# Every target creates .venv when it is missing and installs what it needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-test
BENCH_STAMP := $(VENV)/.installed-bench
TOOLS_STAMP := $(VENV)/.installed-tools

.PHONY: demo test test-tools lint typecheck pytest bench clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

$(BENCH_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install -q -e '.[test,bench]'
	touch $(BENCH_STAMP)

demo: $(STAMP)
	$(VENV)/bin/vnus demo

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(VENV)/bin/mypy --strict src

pytest: $(STAMP)
	$(PY) -m pytest -q

test: lint typecheck pytest

# The exports in real translator tools (OmegaT, LibreOffice, Chromium), installed from
# Debian first when missing; a tool still missing fails the run (tests/tools never skip).
$(TOOLS_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install -q -e '.[test,tools]'
	touch $(TOOLS_STAMP)

test-tools: $(TOOLS_STAMP)
	tools/install-tools.sh
	VNUS_TEST_TOOLS=1 $(PY) -m pytest -q tests/tools

bench: $(BENCH_STAMP)
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .hypothesis
