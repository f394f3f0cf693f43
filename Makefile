# Two commands for a fresh machine with Python 3.10+ and make:
#   make lab   - install into .venv and open the course in JupyterLab
#   make test  - install into .venv and run the full test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.medialit-installed

.PHONY: lab test install clean

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
	$(BIN)/python -m pytest tests
	$(BIN)/python -m pytest -p no:randomly --nbval-lax --nbval-current-env --nbval-cell-timeout=60 notebooks exercises solutions

clean:
	rm -rf $(VENV) build *.egg-info
