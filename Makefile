# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format setup messages clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

setup: $(VENV)/.runtime
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py seed_demo

## make run: set everything up (venv, dependencies, SQLite, LKE instrument, demo data) and serve,
## with the queue worker (exports, evidence packs, e-mail, housekeeping) running beside it.
run: setup
	@echo ""
	@echo "ZI Portal: http://$(HOST):$(PORT)/  (Ctrl+C to stop the server and the queue worker)"
	@DEBUG=1 $(PY) manage.py jalankan_antrean & pekerja=$$!; \
	trap 'kill $$pekerja 2>/dev/null' EXIT INT TERM; \
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

## make test: every test (SQLite unless DATABASE_URL is set).
test: $(VENV)/.dev
	$(PY) -m pytest $(PYTEST_ARGS)

## make lint: style (ruff), the dependency graph between the apps (import-linter), the
## types of the scoring engine and the services (mypy, files listed in pyproject.toml) and
## the templates' indentation (djhtml; `make format` fixes it).
lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(VENV)/bin/djhtml --check templates

format: $(VENV)/.dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/djhtml templates

## Compile the English catalogs after editing them (needs gettext). Each app's catalog
## (<app>/locale/en) holds the strings of its Python code and of templates/<app>/;
## a project-wide makemessages would pull those into locale/en, so new entries are
## added to the app's catalog by hand and tests/test_terjemahan.py checks them.
messages: $(VENV)/.dev
	DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
