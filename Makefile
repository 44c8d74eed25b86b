# trialplain — the two entry points are `make run` and `make test`; both build .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DATA ?= ../shared/data/ctgov/studies.jsonl

.PHONY: run test lint typecheck unit eval fuzz bench system-deps clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/trialplain run --data $(DATA)

system-deps:
	scripts/system-deps

lint: $(STAMP)
	$(BIN)/ruff check translator prompts evals service tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) system-deps
	$(BIN)/pytest -q

eval: $(STAMP)
	$(BIN)/trialplain eval --suite smoke $(DATA) --fail-under error_free_rate=0.99
	$(BIN)/trialplain eval --suite mutations $(DATA) --json out/mutations.json --baseline evals/baselines/mutations.json

test: lint typecheck unit eval

bench: $(STAMP)
	$(BIN)/python bench/parse.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
