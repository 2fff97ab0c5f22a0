# pressesuche — the two commands a new user needs: `make run` and `make test`.
SHELL := /bin/sh
PYTHON ?= $(shell tools/find-python)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
CORPUS ?= corpus
INDEX ?= index

.PHONY: run serve-prod index install test lint format bench relevance eval stress clean model \
	opensearch-prepare opensearch-start opensearch-stop

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "No Python >= 3.12 found (see README)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test,serve,opensearch]'
	touch $@

install: $(VENV)/.installed

index: $(VENV)/.installed
	$(BIN)/pressesuche index --corpus $(CORPUS) --index $(INDEX)

# waitress, not Flask's development server: `make run` is what a user leaves running. One worker
# process per core (SERVER_WORKERS=N or PRESSESUCHE_SERVER_WORKERS to choose): one Python process
# answers one search at a time.
SERVER_WORKERS ?=
run: index
	$(BIN)/pressesuche serve --index $(INDEX) --host $(HOST) --port $(PORT) --production \
		$(if $(SERVER_WORKERS),--workers $(SERVER_WORKERS))

serve-prod: run

test: $(VENV)/.installed
	$(BIN)/ruff check indexer webapp tests evaluation
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed
	$(BIN)/ruff check indexer webapp tests evaluation
	$(BIN)/ruff format --check indexer webapp tests evaluation

format: $(VENV)/.installed
	$(BIN)/ruff format indexer webapp tests evaluation
	$(BIN)/ruff check --fix indexer webapp tests evaluation

eval: $(VENV)/.installed
	$(BIN)/pressesuche eval

# The person/organisation tagger (indexer/extraction/data/ner_crf.npz) from ../shared/corpora/
# ner_training (CC BY 4.0 / CC0; see indexer/extraction/data/ATTRIBUTION.md). Deterministic.
model: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[model]'
	$(BIN)/python tools/train_ner.py

clean:
	rm -rf $(VENV) $(INDEX) .pytest_cache .ruff_cache

BENCH_SIZES ?= 10000
BENCH_LAYOUTS ?= jsonl
BENCH_ARGS ?=
bench: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python -m bench.run --sizes $(BENCH_SIZES) --layouts $(BENCH_LAYOUTS) $(BENCH_ARGS)

# Relevance (issue 17): pressesuche, stock Whoosh, bm25s and tantivy on XQuAD-de, press queries
# from the annotated releases and 20k Bundestag distractors; writes bench/relevance.md.
RELEVANCE_ARGS ?=
relevance: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[bench]'
	nice $(BIN)/python -m bench.relevance $(RELEVANCE_ARGS)

# Rebuilds under load (issue 7): the server answers 4 client threads while the index is rebuilt
# twice and updated once; then hostile load (issue 21): the ordinary p95 alone and beside a client
# sending slow and hostile queries. Fails on any failed request (5xx, lost connection).
# STRESS_ARGS="--seconds 120 --server werkzeug", "--speeches 5000 --hostile-seconds 30"
STRESS_ARGS ?=
stress: $(VENV)/.installed
	$(BIN)/python tools/stress.py $(STRESS_ARGS)

# A local OpenSearch 2.19 node (issue 20) from Maven Central artefacts with Java 17 and Maven, no
# Docker: 127.0.0.1:$(OPENSEARCH_PORT), data in .opensearch/node (git-ignored), heap OPENSEARCH_HEAP.
OPENSEARCH_PORT ?= 9200
OPENSEARCH_HEAP ?= 1g
opensearch-prepare:
	$(PYTHON) tools/opensearch_node.py prepare

opensearch-start:
	$(PYTHON) tools/opensearch_node.py start --port $(OPENSEARCH_PORT) --heap $(OPENSEARCH_HEAP)

opensearch-stop:
	$(PYTHON) tools/opensearch_node.py stop
