# Two entry points, both self-installing (README): `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
# Never let a test tool fetch a browser: browser tests use Debian's chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: install messages run test bench bench-admin bench-public clean

install: $(VENV)/.installed messages

# The admin's translation catalogues, compiled in pure Python (no gettext needed).
messages: $(VENV)/.installed
	$(BIN)/python -m config.catalogues

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

run: install
	$(BIN)/python manage.py migrate --noinput
	-$(BIN)/python manage.py import_seeds
	$(BIN)/python manage.py ensure_admin --demo --url http://$(HOST)/admin/
	@# A task worker for background imports beside the web server, ended with
	@# it (Ctrl-C included: a background job of a script ignores SIGINT).
	$(BIN)/python manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST)

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/import_bench.py

# The admin on 100,000 articles; the filled database is kept in bench/out/.
bench-admin: install
	$(BIN)/python bench/admin_bench.py --reuse bench/out/admin-100000.sqlite3

# The public site under gunicorn and wrk (needs Debian's wrk and nginx-light).
bench-public: install
	$(BIN)/python bench/public_bench.py --live 10000 --reuse

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-shm db.sqlite3-wal
	find locale -name '*.mo' -delete
