# presslens — every CI job is a target here, so it runs the same locally.
# `make help` lists the targets.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MATURIN := $(VENV)/bin/maturin
# Build artifacts can live outside the clone (CI reuses them between runs).
export CARGO_TARGET_DIR ?= $(CURDIR)/target

.PHONY: help venv venv-test dev dev-release demo lint lint-rust lint-python test test-rust test-python \
	stubs-check notebooks bench bench-compare clean

help: ## Show this help
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-16s %s\n", $$1, $$2}'

$(VENV)/.base:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q "maturin>=1.9.4,<2" "polars>=1.28" "tqdm>=4.60"
	touch $@

venv: $(VENV)/.base ## Create the virtual environment with the build tools

$(VENV)/.test: $(VENV)/.base
	$(PIP) install -q pytest "scipy>=1.9" "pandas>=2" "pyarrow>=14" "mypy>=1.10" "ruff>=0.6" \
		"matplotlib>=3.6" "nbclient>=0.10" "nbformat>=5.9" "ipykernel>=6.29" "scikit-learn>=1.2" \
		"networkx>=3" "dask[dataframe]>=2024.1" "distributed>=2024.1"
	touch $@

venv-test: $(VENV)/.test ## Add the test, lint and notebook dependencies

dev: venv ## Build the extension in debug mode into the venv
	VIRTUAL_ENV=$(CURDIR)/$(VENV) $(MATURIN) develop -q

dev-release: venv ## Build the extension in release mode into the venv
	VIRTUAL_ENV=$(CURDIR)/$(VENV) $(MATURIN) develop -q --release

demo: dev-release ## Build everything and run the main job on the example corpus
	$(VENV)/bin/presslens analyze data/example/news.jsonl --by lang --stop-words auto --top-k 8 --out out/example
	$(PY) -c "import polars as pl; pl.Config.set_tbl_rows(60); print(pl.read_parquet('out/example/terms.parquet'))"

lint-rust: ## rustfmt check and clippy (with and without features)
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --all-features -- -D warnings

lint-python: venv-test ## ruff and mypy
	$(VENV)/bin/ruff check python tests/python benches scripts
	$(VENV)/bin/ruff format --check python tests/python benches scripts
	$(VENV)/bin/mypy

lint: lint-rust lint-python ## All linters

test-rust: ## cargo test, docs, benches and examples build, feature checks
	cargo test
	cargo check --features polars
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --all-features -q
	cargo bench --no-run -q
	cargo run -q --example count_terms

stubs-check: dev venv-test ## Check _core.pyi against the compiled module
	$(PY) -m mypy.stubtest presslens._core --allowlist .mypy-stubtest-allowlist

test-python: dev venv-test ## pytest (warnings are errors) and doctests
	$(PY) -m pytest -q tests/python
	$(PY) -m pytest -q --doctest-modules python/presslens

notebooks: dev venv-test ## Execute the notebooks headlessly
	$(PY) scripts/run_notebooks.py

test: lint-rust test-rust test-python lint-python stubs-check notebooks ## Everything CI runs

bench: ## Criterion benchmarks
	cargo bench

bench-compare: dev-release venv-test ## Side-by-side comparison with scikit-learn, polars, Counter
	$(PY) benches/compare.py

clean: ## Remove build products and the venv
	rm -rf $(VENV) target out
