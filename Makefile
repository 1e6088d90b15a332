# `make run` sets up and starts Reflect; `make test` sets up and runs every check but the
# kill -9 tests, which `make test-crash` runs on their own.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-crash setup lint types content pytest age-tool bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/reflect

test: lint types content pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy reflect

# The cards and templates; with the seed files beside the checkout (../shared/seeds), also
# every cited place and every quotation against them.
content: $(STAMP)
	$(BIN)/python -m reflect.content
	$(BIN)/python -m reflect.content --coverage > /dev/null || $(BIN)/python -m reflect.content --coverage

pytest: $(STAMP) age-tool
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -m "not crash"

# Tests that kill a process with kill -9 mid-write: slower, and run as their own CI step.
test-crash: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -m crash

# The open-format test decrypts a packet with the standard `age` tool (Debian package `age`).
age-tool:
	@command -v age >/dev/null || { \
		if [ "$$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then sudo=sudo; else sudo=; fi; \
		$$sudo apt-get update -qq && $$sudo apt-get install -y -qq age; \
	}

bench: $(STAMP)
	$(BIN)/python bench/run.py --reflections 10000

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
