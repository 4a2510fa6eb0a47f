# `make run` and `make test` set everything up on a fresh machine (a local .venv).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
ADDRESS ?= 127.0.0.1
STAMP := $(VENV)/.installed

.PHONY: run test test-fast browser-deps samples evaluate bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is needed, found " + sys.version' 
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/streamlit run app.py --server.address=$(ADDRESS) --server.port=$(PORT) \
		--server.headless=true --browser.gatherUsageStats=false

# Debian's Chromium drives the browser tests (Playwright's own browser download cannot work offline);
# poppler-utils (pdftoppm, pdftotext) reads the PDF report in its test.
browser-deps:
	@command -v chromium >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium ffmpeg poppler-utils >/dev/null; }

test: $(STAMP) browser-deps
	$(PY) -m pytest; status=$$?; if [ $$status -eq 5 ]; then echo "pytest collected no tests (exit 5)"; exit 0; fi; exit $$status

test-fast: $(STAMP)
	$(PY) -m pytest -m "not slow and not browser"

# The original clips and the tuning set (sample_videos/tuning/). The held-out set is rendered
# once, by hand, after the method is settled: tools/render_samples.py --set held_out --check
samples: $(STAMP)
	$(PY) tools/render_samples.py --set original
	$(PY) tools/render_samples.py --set tuning --check

evaluate: $(STAMP)
	$(VENV)/bin/massage-coach evaluate sample_videos --markdown docs/accuracy.md

# Prints figures (bench/): review throughput against bare MediaPipe, the live callback at
# 30 fps, and memory over a simulated 30-minute live session (about 20 minutes in all).
bench: $(STAMP)
	$(PY) -m bench.throughput --repeat 2
	$(PY) -m bench.live
	$(PY) -m bench.soak

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
