# Two commands for a newcomer: `make run` and `make test`. Everything else is a step of theirs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run worker test lint bench db-setup reset-local-db

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

db-setup: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_vocabulary
	$(BIN)/python manage.py ingest_articles

run: db-setup
	@$(BIN)/python manage.py ensure_admin
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Fetches pages and polls feeds (every 30 minutes); run as many as you like, on any machine
# with the same DATABASE_URL.
worker: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py procrastinate worker

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Benchmarks use their own database (bench_timeline), never the dev data. bench.pages needs wrk.
bench: install
	@command -v wrk >/dev/null || echo "bench.pages needs wrk: apt-get install -y wrk"
	$(BIN)/python -m bench

reset-local-db:
	rm -rf .data/postgres
