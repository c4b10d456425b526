# Quick start: `make run` (set up and start the app) and `make test` (set up and run all tests).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck contracts bench screenshots dossier-pages dist translations clean wheelcheck licences

$(STAMP): pyproject.toml constraints.txt ecoassess/__init__.py  # the version lives in __init__
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
	@$(BIN)/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev]' >/dev/null
	@touch $(STAMP)

run: $(STAMP)
	@$(BIN)/python main.py $(ARGS)

test: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# ruff, then the types (mypy: strict on ecoassess/, checked on ecoassess_app/) and the import
# contracts (import-linter: which package may import which; see pyproject.toml).
lint: $(STAMP)
	@$(BIN)/ruff check .
	@$(MAKE) --no-print-directory typecheck contracts

typecheck: $(STAMP)
	@$(BIN)/mypy

contracts: $(STAMP)
	@$(BIN)/lint-imports --no-cache --no-logo

# Figures and targets are printed, never enforced (a missed target does not fail the build).
bench: $(STAMP)
	@for b in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b $(BENCH_ARGS) || exit 1; done

clean:
	rm -rf build dist screenshots dossier-pages .pytest_cache

screenshots: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --out screenshots

# The demo dossier in th, en and both, every page as PNG (needs pdftoppm: poppler-utils).
dossier-pages: $(STAMP)
	@$(BIN)/python tools/dossier_pages.py --out dossier-pages

translations: $(STAMP)
	@$(BIN)/python tools/update_translations.py  # the .ts files, then their committed .qm

# The desktop app as one folder (PyInstaller, build.spec): dist/ecoassess/ecoassess[.exe].
.PHONY: selftest-frozen
dist: $(STAMP)
	@$(BIN)/pyinstaller --noconfirm --log-level ERROR build.spec
	@$(BIN)/python tools/build_report.py --limit-mb 200
	@$(BIN)/python tools/licence_check.py dist/ecoassess >/dev/null

# The wheel: built, installed in a fresh venv outside the tree, `demo` and `--self-test` run there.
wheelcheck: $(STAMP)
	@$(BIN)/python tools/wheel_check.py

# The licences of the Python distributions the app runs on (no bundle needed).
licences: $(STAMP)
	@$(BIN)/python tools/licence_check.py

selftest-frozen:
	@dist/ecoassess/ecoassess --self-test
