# One entry point for people and CI. Every target installs what it needs first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PORT ?= 8000
WORKERS ?= 2
export WORKERS
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
export PORT

.DEFAULT_GOAL := help
.PHONY: help install runtime ocr-deps test-deps test-tools run test test-run lint serve messages backup restore load-data fuzz soak browser-deps bench bench-large wrk serve-app

help:
	@echo "make run    – install the site (no test tools), migrate, load demo data and serve on http://127.0.0.1:$(PORT)"
	@echo "make test   – install, lint, checks and the test suite (DATABASE_URL picks the database)"
	@echo "make install – the virtualenv, catalogues and the test tools (test-deps)"
	@echo "make test-deps – as root, from Debian: gettext, a Vietnamese font, Chromium, npm; axe-core"
	@echo "make ocr-deps – as root, from Debian: Tesseract and its Vietnamese model (run and serve need them)"
	@echo "make serve  – production settings with gunicorn ($(WORKERS) workers) on port $(PORT)"
	@echo "make fuzz   – the Hypothesis fuzz suite with FUZZ_EXAMPLES (default 700) inputs per test"
	@echo "make soak   – ten minutes of mixed traffic against make serve (needs wrk and make run's data)"
	@echo "make lint   – ruff"
	@echo "make bench  – wrk against make serve, page cache off and on (bench-large: 100,000 documents;"
	@echo "             BENCH_BASE=<older checkout> measures it too and prints before/after)"
	@echo "make load-data – a large generated site for benchmarks (DOCUMENTS=100000 …)"
	@echo "make browser-deps – Chromium (as root, from Debian) and axe-core for the browser tests"
	@echo "make backup – database and media into var/backups/portal-<time>.tar.gz"
	@echo "make restore FILE=… – restore such an archive into an empty database"

# Re-installs only when pyproject.toml changed since the last install. The site's
# own packages for run and serve; the test tools (pytest, ruff, Playwright …) only
# for the targets that test.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	@touch $(STAMP)

$(DEV_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(DEV_STAMP)

# What the site itself needs, and all that run, serve and the other site targets
# install: the OCR engine, the virtualenv and the compiled catalogues. No test tools.
runtime: ocr-deps $(STAMP) messages

# Recognition of scanned PDFs and images (documents/extraction/ocr) runs Tesseract with
# its Vietnamese model (Debian's tesseract-ocr brings the orientation model with it),
# installed from Debian when missing and we are root; otherwise a message says how.
# Without it the site still serves, and every recognition ends with an error saying so;
# under REQUIRE_NO_SKIPS=1 (CI) the OCR tests fail instead of skipping.
ocr-deps:
	@if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Tesseract and its Vietnamese model from Debian's packages"; \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q tesseract-ocr tesseract-ocr-vie; \
	else echo "Tesseract with Vietnamese is missing: scans will not be recognised (install: sudo apt-get install tesseract-ocr tesseract-ocr-vie)"; fi

# A developer's or CI's install: the site and the tools its tests need. test-deps comes
# first so that `messages` finds the msgfmt it may just have installed.
install: test-deps runtime $(DEV_STAMP)

test-deps: test-tools browser-deps

# GNU gettext (makemessages and msgfmt for the catalogue tests) and a TrueType font
# with Vietnamese glyphs (the importer tests draw their PDFs with it), installed from
# Debian when missing and we are root; otherwise a message says how. Under
# REQUIRE_NO_SKIPS=1 (CI) the tests that need them fail instead of skipping.
TEST_FONT := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
test-tools:
	@missing=""; \
	command -v xgettext >/dev/null 2>&1 && command -v msgfmt >/dev/null 2>&1 || missing="gettext"; \
	[ -f $(TEST_FONT) ] || missing="$${missing:+$$missing }fonts-dejavu-core"; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing $$missing from Debian's packages for the tests"; \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	else echo "Missing $$missing: translation and importer tests will be skipped (install: sudo apt-get install $$missing)"; fi

# Browser tests (tests/browser) drive Debian's Chromium, installed here when missing
# and we are root; otherwise they are skipped with a message saying how to install it.
# axe-core comes from the npm registry into var/npm, never from a CDN.
AXE_VERSION := 4.10.3
AXE := var/npm/node_modules/axe-core/axe.min.js
browser-deps:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Chromium from Debian's packages for the browser tests"; \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; \
	else echo "Chromium is missing: browser tests will be skipped (install: sudo apt-get install chromium chromium-driver)"; fi
	@if [ -f $(AXE) ] || command -v npm >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing npm from Debian's packages for axe-core"; \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q npm; fi
	@if [ -f $(AXE) ] && grep -q '"version": "$(AXE_VERSION)"' var/npm/node_modules/axe-core/package.json; then :; \
	elif command -v npm >/dev/null 2>&1; then \
		mkdir -p var/npm && npm install --prefix var/npm --no-audit --no-fund --silent axe-core@$(AXE_VERSION); \
	else echo "npm is missing: accessibility tests will be skipped (install: sudo apt-get install npm)"; fi

# Compiled catalogues are committed too, so a machine without GNU gettext still
# shows English; where msgfmt exists they are rebuilt from the .po sources.
messages: $(STAMP)
	@if command -v msgfmt >/dev/null 2>&1; then \
		DJANGO_SETTINGS_MODULE=portal.settings.dev $(PY) manage.py compilemessages --ignore=.venv --verbosity 0; \
	else echo "msgfmt not found: using the committed .mo files"; fi

# The background jobs' worker (README "Background jobs": recognition of scans) runs
# beside the web server as one command: the worker starts first, in the background,
# and whatever ends the server (Ctrl-C, an error) stops the worker too. TASKS_WORKER
# names another worker where TASKS_BACKEND is not the database backend.
TASKS_WORKER ?= $(PY) manage.py db_worker --backend background --no-startup-delay
with_worker = { $(TASKS_WORKER) & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT; trap 'exit 130' INT TERM; $(1); }

# load_demo_data exits with 3 when the database holds content the demo did not create
# (README "Demo data"): make run then serves that database as it is.
run: runtime
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_data || [ $$? -eq 3 ]
	$(PY) manage.py ensure_demo_admin
	$(call with_worker,$(PY) manage.py runserver 127.0.0.1:$(PORT))

lint: $(DEV_STAMP)
	$(BIN)/ruff check .

define test_recipe
	$(BIN)/ruff check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_ARGS)
endef

test: install
	$(test_recipe)

# `make test` without installing anything: .ci/run installs once, then runs the SQLite
# and PostgreSQL passes side by side, and two installs at once would race.
test-run:
	$(test_recipe)

# Production-like serving for measurements on this machine: DEBUG off, hashed
# static files through whitenoise, gunicorn. Plain http on localhost, so the HTTPS
# redirect and secure-only cookies are relaxed here and nowhere else.
# serve-app is the same without installing anything: the HTTP benchmark serves an
# older checkout with it (`make -f <this Makefile> -C <old tree> serve-app VENV=<this
# .venv>`), so the old tree runs with this tree's virtualenv and its own code.
define serve_recipe
	export DJANGO_SETTINGS_MODULE=portal.settings.production \
		SECRET_KEY=$${SECRET_KEY:-local-serve-$$(hostname)-not-a-deployment-secret-9d2f7a1c5e8b} \
		ALLOWED_HOSTS=$${ALLOWED_HOSTS:-localhost,127.0.0.1} SECURE_SSL_REDIRECT=0 SESSION_COOKIE_SECURE=0 \
		CSRF_COOKIE_SECURE=0 SECURE_HSTS_SECONDS=0 SERVE_MEDIA=$${SERVE_MEDIA:-1}; \
	$(PY) manage.py migrate --noinput && \
	$(PY) manage.py collectstatic --noinput --verbosity 0 && \
	$(call with_worker,$(BIN)/gunicorn portal.wsgi:application --config portal/gunicorn.conf.py)
endef

serve: runtime
	$(serve_recipe)

serve-app:
	$(serve_recipe)

# More than 10,000 generated inputs in all (the total is printed at the end);
# `make test` runs the same tests with 20 inputs each.
FUZZ_EXAMPLES ?= 700
fuzz: install
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -m fuzz $(PYTEST_ARGS)

SOAK_PORT ?= 8765
soak: runtime $(DEV_STAMP)
	$(PY) tests/benchmarks/soak.py --port $(SOAK_PORT) $(SOAK_ARGS)

backup: runtime
	$(PY) manage.py backup_site $(if $(OUTPUT),--output $(OUTPUT))

restore: runtime
	@test -n "$(FILE)" || { echo "usage: make restore FILE=var/backups/portal-….tar.gz"; exit 2; }
	$(PY) manage.py restore_site "$(FILE)"

DOCUMENTS ?= 100000
NEWS ?= 20000
PROFILES ?= 5000
EVENTS ?= 500
AWARDS ?= 100000
DAYS ?= 365
SEED ?= 1

load-data: runtime
	$(PY) manage.py migrate --noinput
	$(PY) manage.py generate_load_data --documents $(DOCUMENTS) --news $(NEWS) \
		--profiles $(PROFILES) --events $(EVENTS) --awards $(AWARDS) --days $(DAYS) --seed $(SEED) \
		--verbosity 2

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

# BENCH_BASE=<an older checkout, e.g. a `git archive` export of an older main>: the
# same run serves and measures that tree too (with this tree's virtualenv, on the same
# database) and prints a before/after table.
BENCH_BASE ?=
bench_base = $(if $(BENCH_BASE),--base-dir $(BENCH_BASE))

bench: runtime $(DEV_STAMP) wrk
	$(PY) tests/benchmarks/http_bench.py --size demo $(bench_base) $(BENCH_ARGS)

# The large site is generated once (the sizes of load-data above) into its own database.
bench-large: runtime $(DEV_STAMP) wrk
	$(PY) tests/benchmarks/http_bench.py --size large $(bench_base) --documents $(DOCUMENTS) \
		--news $(NEWS) --profiles $(PROFILES) --events $(EVENTS) --awards $(AWARDS) $(BENCH_ARGS)
