# Two commands for a fresh machine with Python 3.10+ and make:
#   make lab   - install into .venv and open the course in JupyterLab
#   make test  - install into .venv and run the full test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.medialit-installed

.PHONY: lab test install site clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

lab: $(STAMP)
	$(BIN)/python -m medialit.lab

test: $(STAMP)
	$(BIN)/ruff check medialit tests
	$(BIN)/mypy
	./tools/ensure_chromium.sh
	./tools/ensure_hub_proxy.sh $(VENV)
	$(BIN)/python -m pytest -n auto --dist loadgroup tests
	$(BIN)/python tools/make_exercises.py --check
	@# Notebooks save progress to a throw-away file; solutions run strict (a wrong answer key fails).
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	MEDIALIT_PROGRESS_FILE=$$tmp/lessons.json $(BIN)/python -m pytest -n auto --dist loadscope -p no:randomly --nbval-lax \
	  --nbval-current-env --nbval-cell-timeout=60 --nbval-kernel-startup-timeout=180 notebooks exercises && \
	MEDIALIT_PROGRESS_FILE=$$tmp/solutions.json MEDIALIT_STRICT_CHECKS=1 $(BIN)/python -m pytest -n auto --dist loadscope -p no:randomly \
	  --nbval-lax --nbval-current-env --nbval-cell-timeout=60 --nbval-kernel-startup-timeout=180 solutions

site: $(STAMP)
	$(BIN)/python tools/build_site.py site

clean:
	rm -rf $(VENV) build site *.egg-info
