# Two commands for a fresh machine with Python 3.10+ and make:
#   make lab   - install into .venv and open the course in JupyterLab
#   make test  - install into .venv and run the full test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.medialit-installed
# Python's own cache of compiled modules (__pycache__, git-ignored): some machines switch it off, and then
# every test worker and notebook kernel compiles the package and the tests again (about 3 s a worker).
unexport PYTHONDONTWRITEBYTECODE
# Test workers: one more than the cores, because the browser and hub tests spend much of their time waiting
# (for a page, a kernel, a server to spawn) while a core is free for the unit tests.
WORKERS := $(shell n=$$(nproc 2>/dev/null || echo 1); echo $$((n + 1)))

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
	@# Every notebook runs once, with nbval, in a fresh kernel with a throw-away progress file of its own;
	@# solutions run strict (a wrong answer key fails). tools/record_executed.py sets that up and keeps each
	@# run, so the tests that read executed notebooks (ask-before-tell, minutes, the static site) need not
	@# run them again (plugins the notebooks do not use stay unloaded). Then the test suite, on one worker more
	@# than there are cores (WORKERS above).
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	MEDIALIT_EXECUTED_DIR=$$tmp $(BIN)/python -m pytest -n auto --dist loadscope -p no:randomly -p tools.record_executed \
	  -p no:playwright -p no:hypothesispytest -p no:anyio \
	  --nbval-lax --nbval-current-env --nbval-cell-timeout=60 --nbval-kernel-startup-timeout=180 \
	  notebooks exercises solutions && \
	MEDIALIT_EXECUTED_DIR=$$tmp $(BIN)/python -m pytest -n $(WORKERS) --dist loadgroup tests

site: $(STAMP)
	$(BIN)/python tools/build_site.py site

clean:
	rm -rf $(VENV) build site *.egg-info
