# Ledelyst: `make run` serves the platform on embedded defaults, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: oidc-provider run test test-sqlite test-services lint schema bench clean

# Installs exactly the locked, hash-checked releases (requirements-dev.lock, from
# pyproject.toml by pip-compile: the command is in its header), then the project.
$(STAMP): pyproject.toml requirements-dev.lock
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/ledelyst dev

# The whole suite on the embedded defaults; then again on PostgreSQL + Redis
# when LEDELYST_TEST_DATABASE_URL and LEDELYST_TEST_BROKER_URL are set.
test: $(STAMP) oidc-provider
	env -u LEDELYST_TEST_DATABASE_URL -u LEDELYST_TEST_BROKER_URL $(BIN)/pytest -q
	@if [ -n "$$LEDELYST_TEST_DATABASE_URL" ]; then \
		echo "== again on $$LEDELYST_TEST_DATABASE_URL and $${LEDELYST_TEST_BROKER_URL:-the embedded broker}"; \
		$(BIN)/pytest -q; \
	fi

# panva's oidc-provider for the sign-in tests, exactly as its package-lock.json pins it
# (the tests skip it, saying so, on a machine without Node.js).
oidc-provider:
	@if command -v npm >/dev/null; then \
		cd tests/support/oidc_provider && npm ci --no-audit --no-fund --silent; \
	else echo "no Node.js: the oidc-provider tests will be skipped"; fi

lint: $(STAMP)
	$(BIN)/ruff check backend learning feedback tests bench
	$(BIN)/ruff format --check backend learning feedback tests bench
	$(BIN)/lint-imports

schema: $(STAMP)
	$(BIN)/ledelyst export-schema --output graphql/schema.graphql

bench: $(STAMP)
	$(BIN)/python -m bench.run

clean:
	rm -rf var $(VENV)
