# Safe to Say. The two commands a newcomer needs are `make run` and `make test`;
# both set everything up first (Python 3.10 venv, dependencies, database, model).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
export RASA_TELEMETRY_ENABLED ?= false
export TF_CPP_MIN_LOG_LEVEL ?= 2

.PHONY: install browser db model train validate run chat test test-stories test-python test-scale bench eval lock clean

install:            ## create .venv with Python 3.10 and install pinned dependencies
	@scripts/setup.sh

browser:            ## make sure Debian's Chromium and pdftoppm are there for the tests
	@scripts/ensure-test-tools.sh

db: install         ## create or migrate the database (SQLite under var/ unless DATABASE_URL says otherwise)
	@$(PY) -m bot db upgrade

model: install      ## train the model if domain.yml, config.yml or data/ changed
	@$(PY) -m bot model >/dev/null

train: install      ## train the model even if one exists for these files
	@$(PY) -m bot model --force

validate: install   ## check the training data and domain for mistakes
	@scripts/validate.sh

run: model         ## start the assistant: action server, Rasa server and web app on localhost
	@scripts/run.sh

chat: install       ## talk to the running assistant in this terminal (while `make run` runs)
	@$(PY) -m bot.chat

test-stories: model ## check every test story turn by turn against the trained model
	@scripts/test-stories.sh

TEST_WORKERS ?= auto
test-python: db model browser ## run the Python test suite (unit, action, channel, browser and end-to-end tests) on every core (TEST_WORKERS=0: one process), evaluations left to `make eval`
	@$(PY) -m pytest -m "not evaluation" -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

test-scale: db model browser ## only the production-layout tests: replicas, faults, the 60 s load (need PostgreSQL, Redis, nginx)
	@$(PY) -m pytest tests/scale tests/bot/test_lock_store.py $(PYTEST_ARGS)

bench: model        ## print the benchmarks: turns vs stock `rasa init`, training time, the monthly return
	@$(PY) bench/turns.py --concurrency 1 16 $(if $(TEST_REDIS_URL),--cluster,)
	@$(PY) bench/training.py
	@$(PY) bench/monthly_return.py

eval: db model      ## evaluations too slow for the suite: the tests marked `evaluation`, NLU cross-validation, the safety reader's cross-validation, the safety benchmark on its blind set
	@$(PY) -m pytest -m evaluation $(PYTEST_ARGS)
	@$(PY) -m bot.nlu_evaluation
	@$(PY) bench/safety_reader.py
	@$(PY) bench/safety.py

test: install validate test-stories test-python  ## everything CI runs

lock:               ## refresh constraints.txt from a clean install of pyproject.toml
	@scripts/lock.sh

clean:
	rm -rf results .pytest_cache
