# The front door. `make test` and `make figures` each set up .venv first when it is missing or older than the lock.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: test unit nbval figures notebooks lab clean-cache bench setup

setup: $(STAMP)

$(STAMP): requirements.txt requirements-pip.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-pip.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	$(PY) -c "import site, pathlib; pathlib.Path(site.getsitepackages()[0], 'analysis-project.pth').write_text('$(CURDIR)\n')"
	touch $(STAMP)

# unit tests first, then nbval (strict) on the committed notebooks
test: $(STAMP)
	$(PY) -m pytest -q tests
	$(PY) -m pytest -q --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg notebooks

unit: $(STAMP)
	$(PY) -m pytest -q tests

nbval: $(STAMP)
	$(PY) -m pytest -q --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg notebooks

# every notebook with its default parameters -> figures/ (PNG, SVG, HTML pages, index.html)
figures: $(STAMP)
	$(PY) -m analysis render

# re-execute the committed notebooks in place so their stored outputs are current
notebooks: $(STAMP)
	$(PY) -m analysis render --in-place

# JupyterLab on this environment's kernel, news and update checks off (--allow-root only when run as root)
lab: $(STAMP)
	$(VENV)/bin/jupyter lab --notebook-dir=. --LabApp.news_url=None \
		--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate $(if $(filter 0,$(shell id -u)),--allow-root,)

clean-cache:
	rm -rf .cache

bench: $(STAMP)
	for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done
