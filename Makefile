# One entry point for people and CI. Every target installs what it needs first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PORT ?= 8000
WORKERS ?= 2
export WORKERS
STAMP := $(VENV)/.installed
export PORT

.DEFAULT_GOAL := help
.PHONY: help install run test lint serve messages backup restore bench bench-large wrk

help:
	@echo "make run    – install, migrate, load demo data and serve on http://127.0.0.1:$(PORT)"
	@echo "make test   – install, lint, checks and the test suite (DATABASE_URL picks the database)"
	@echo "make serve  – production settings with gunicorn ($(WORKERS) workers) on port $(PORT)"
	@echo "make lint   – ruff"
	@echo "make bench  – wrk against make serve, page cache off and on (bench-large: 100,000 documents)"
	@echo "make backup – database and media into var/backups/portal-<time>.tar.gz"
	@echo "make restore FILE=… – restore such an archive into an empty database"

# Re-installs only when pyproject.toml changed since the last install.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP) messages

# Compiled catalogues are committed too, so a machine without GNU gettext still
# shows English; where msgfmt exists they are rebuilt from the .po sources.
messages: $(STAMP)
	@if command -v msgfmt >/dev/null 2>&1; then \
		DJANGO_SETTINGS_MODULE=portal.settings.dev $(PY) manage.py compilemessages --ignore=.venv --verbosity 0; \
	else echo "msgfmt not found: using the committed .mo files"; fi

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_data
	$(PY) manage.py ensure_demo_admin
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: $(STAMP)
	$(BIN)/ruff check .

test: install
	$(BIN)/ruff check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_ARGS)

# Production-like serving for measurements on this machine: DEBUG off, hashed
# static files through whitenoise, gunicorn. Plain http on localhost, so the HTTPS
# redirect and secure-only cookies are relaxed here and nowhere else.
serve: install
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=$${SECRET_KEY:-local-serve-$$(hostname)-not-a-deployment-secret-9d2f7a1c5e8b} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-localhost,127.0.0.1} SECURE_SSL_REDIRECT=0 SESSION_COOKIE_SECURE=0 CSRF_COOKIE_SECURE=0 \
	SECURE_HSTS_SECONDS=0 SERVE_MEDIA=$${SERVE_MEDIA:-1} sh -c '\
		$(PY) manage.py migrate --noinput && \
		$(PY) manage.py collectstatic --noinput --verbosity 0 && \
		exec $(BIN)/gunicorn portal.wsgi:application --config portal/gunicorn.conf.py'

backup: install
	$(PY) manage.py backup_site $(if $(OUTPUT),--output $(OUTPUT))

restore: install
	@test -n "$(FILE)" || { echo "usage: make restore FILE=var/backups/portal-….tar.gz"; exit 2; }
	$(PY) manage.py restore_site "$(FILE)"

# The HTTP benchmark (tests/benchmarks/README.md). It uses PostgreSQL databases of its
# own (portal_bench_demo, portal_bench_large; BENCH_DATABASE_URL overrides) and
# flushes the Redis database BENCH_REDIS_URL, so keep that one for benchmarks.
BENCH_PORT ?= 8400
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/15
export BENCH_PORT BENCH_REDIS_URL

wrk:
	@command -v wrk >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get install -y -q wrk || { apt-get update -q && apt-get install -y -q wrk; }; \
		else \
			echo "wrk is missing: install the Debian package (sudo apt-get install wrk) and retry."; \
			exit 2; \
		fi; }

bench: install wrk
	$(PY) tests/benchmarks/http_bench.py --size demo $(BENCH_ARGS)

bench-large: install wrk
	$(PY) tests/benchmarks/http_bench.py --size large $(BENCH_ARGS)
