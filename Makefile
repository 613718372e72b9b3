# Factcheck workbench — set-up, run, test, bench.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000

# Django 6.1 needs Python 3.12 or newer: look for one explicitly.
PYTHON ?= $(shell for c in python3.13 python3.12 \
	$$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.1[3-9]*/bin/python3 $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.12*/bin/python3 2>/dev/null) python3; do \
	command -v $$c >/dev/null 2>&1 && $$c -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$c; break; }; done)

.PHONY: help venv install run test test-fast lint format bench demo clean check-deploy

help: ## Show this help
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(PY):
	@if [ -z "$(PYTHON)" ]; then \
		echo "error: Python 3.12 or newer is required (tried python3.13, python3.12, pyenv versions, python3)." >&2; \
		echo "Install one (e.g. 'pyenv install 3.12') or run: make PYTHON=/path/to/python3.12 ..." >&2; exit 1; fi
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

venv: $(VENV)/.installed ## Create the virtualenv and install everything

install: venv

demo: venv ## Migrate, import the seeds, create roles and demo accounts
	$(PY) manage.py migrate --noinput
	@[ ! -d locale ] || $(PY) manage.py compilemessages --ignore=.venv -v 0 \
		|| echo "warning: could not compile translations (apt-get install gettext); pages stay in English" >&2
	$(PY) manage.py import_seeds --suggest
	$(PY) manage.py create_demo_users --keep-existing

# The task worker runs beside the server, in its own process group (set -m), so Ctrl+C
# reaches the server alone; when the server stops, the trap stops the worker (it finishes
# the task it is running first) and its code reloader with it.
run: demo ## Set everything up, start the task worker and serve on http://127.0.0.1:8000 (SQLite)
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@set -m; $(PY) manage.py db_worker & worker=$$!; \
	trap 'echo "Stopping the task worker"; kill -TERM -- -$$worker 2>/dev/null; wait $$worker' EXIT; \
	$(PY) manage.py runserver $(HOST):$(PORT)

test: venv ## Run the whole suite (SQLite, or PostgreSQL with DATABASE_URL)
	@[ ! -d locale ] || $(PY) manage.py compilemessages --ignore=.venv -v 0
	$(PY) -m pytest --create-db $(PYTEST_ARGS)

lint: venv ## ruff check and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv ## Apply ruff's formatting and fixes
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: venv ## Run the benchmarks in bench/ and print their figures
	$(PY) bench/run_all.py

check-deploy: venv ## collectstatic, then manage.py check --deploy, with production-like settings
	@export DJANGO_DEBUG=0 DJANGO_SECRET_KEY=$$(head -c 48 /dev/urandom | base64) \
		DJANGO_ALLOWED_HOSTS=factcheck.example.org FACTCHECK_SITE_URL=https://factcheck.example.org \
		DJANGO_STATIC_ROOT=$$(mktemp -d); \
	$(PY) manage.py collectstatic --noinput -v 0 \
		&& $(PY) manage.py check --deploy --fail-level WARNING; \
	status=$$?; rm -rf "$$DJANGO_STATIC_ROOT"; exit $$status

clean: ## Remove the virtualenv and local database
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm staticfiles
