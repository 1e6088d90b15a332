# `make run` sets up and starts Reflect; `make test` sets up and runs every check but the
# kill -9 tests, which `make test-crash` runs on their own. `make bundle` builds the
# one-folder app (and on Linux its .tar.gz and .deb) into dist/; `make test-bundle` builds
# it and runs its self-check, the archive's and the unpacked .deb's.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUNDLE_STAMP := $(VENV)/.bundle-installed

.PHONY: run test test-crash setup lint types workflows content pytest age-tool bench clean \
	bundle test-bundle bundle-tools

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/reflect

test: lint types workflows content pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy reflect

# The GitHub workflows (which run only on GitHub): YAML style, then GitHub's own schema.
workflows: $(STAMP)
	$(BIN)/yamllint --strict .github/workflows .yamllint.yml
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

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

$(BUNDLE_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

# PyInstaller strips libraries with binutils' `strip`; dpkg-deb builds the .deb, and
# appstreamcli checks its AppStream file.
bundle-tools:
	@command -v strip >/dev/null && command -v dpkg-deb >/dev/null \
		&& command -v appstreamcli >/dev/null || { \
		if [ "$$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then sudo=sudo; else sudo=; fi; \
		$$sudo apt-get update -qq && $$sudo apt-get install -y -qq binutils dpkg appstream; \
	}

bundle: $(BUNDLE_STAMP) bundle-tools
	$(BIN)/python packaging/build.py

# The bundle, its archive and its .deb (unpacked into a temporary folder) pass the
# self-check; built first, so what is tested is this checkout.
test-bundle: bundle
	REFLECT_BUNDLE_TESTS=1 QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -m bundle tests/packaging

bench: $(STAMP)
	$(BIN)/python bench/run.py --reflections 10000

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
