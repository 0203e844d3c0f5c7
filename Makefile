# onefamily — `make help` lists the targets.
SHELL := /bin/bash
CARGO ?= cargo
BIN := target/release/onefamily
BENCH_FAMILIES ?= 25000
BENCH_DIR ?= bench-out

.PHONY: help build build-cluster demo test lint bench bench-peers bench-datafusion bench-cluster bench-cluster-growth services sample-data clean delta fuzz

help: ## List the targets.
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-12s %s\n", $$1, $$2}'

build: ## Build the release binary.
	$(CARGO) build --release --locked

build-cluster: ## Build the release binary with the Apache Ballista engine (`--engine ballista://…`, `onefamily cluster`); compiles DataFusion and Ballista.
	$(CARGO) build --release --locked --features ballista

demo: build ## Run the whole migration on the bundled estate into SQLite (out/), then its monthly measures and the example case-system import files.
	@$(BIN) run --project mappings/project.toml --out out; code=$$?; \
	  if [ $$code -gt 1 ]; then exit $$code; fi; \
	  echo; echo "Report: out/report.html (and out/report.json, out/crosswalk.csv, out/rejects.csv)"; \
	  echo "Target: out/unified.db"; \
	  $(BIN) evaluate --truth sample-data/truth.csv --crosswalk out/crosswalk.csv && \
	  $(BIN) measures --target sqlite://out/unified.db --definitions mappings/measures.toml --out out && \
	  echo "Measures: out/measures.html (and out/measures.csv, out/measures.xlsx)" || exit $$?; \
	  $(BIN) export --target sqlite://out/unified.db --template targets/example --out out/export; code=$$?; \
	  if [ $$code -gt 1 ]; then exit $$code; fi; \
	  echo "Case-system import files: out/export (manifest.json, export_rejects.csv)"

test: /usr/bin/chromium ## Run every test (needs PostgreSQL and MariaDB running: see `make services`); the `ci` profile, see Cargo.toml.
	$(CARGO) test --profile ci --locked --all-targets --features ballista

# The report test renders report.html in headless Chromium.
/usr/bin/chromium:
	apt-get install -y chromium || (apt-get update && apt-get install -y chromium)

fuzz: ## The readers' and mapping parser's property corpora, long (FUZZ_CASES, default 5000 per property).
	ONEFAMILY_FUZZ_CASES=$${FUZZ_CASES:-5000} $(CARGO) test --release --locked --test it fuzz::
	ONEFAMILY_FUZZ_CASES=$${FUZZ_CASES:-5000} $(CARGO) test --release --locked --lib proptests

delta: build ## A delta on a copy of the bundled estate: load, change a row, delete one, dry-run, run (DELTA_TARGET, default SQLite).
	@bash scripts/delta.sh $(BENCH_DIR)/delta $(DELTA_TARGET)

lint: ## cargo fmt check and clippy with warnings as errors (`ci` profile: shares the build cache with `make test`).
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --profile ci --locked --all-targets --features ballista -- -D warnings
	$(CARGO) clippy --profile ci --locked --all-targets -- -D warnings

services: ## Start the local PostgreSQL and MariaDB if they are not running.
	@bash scripts/services.sh

bench: build ## Stage timings, records/s and peak memory on a larger generated estate; with PostgreSQL up, the load beside the same rows by psql COPY alone and with the same keys and indexes.
	@bash scripts/bench.sh $(BENCH_FAMILIES) $(BENCH_DIR)
	@echo "== family formation, 1,000,000 person records"
	@$(CARGO) bench --locked --quiet --bench families

sample-data: build ## Regenerate the committed sample estate (seed 42, 5,000 families).
	rm -rf sample-data && $(BIN) sample --families 5000 --seed 42 --out sample-data

clean: ## Remove build output and run output.
	$(CARGO) clean; rm -rf out $(BENCH_DIR)

bench-peers: build ## onefamily vs Splink on the peers' synthetic CSV (PEERS_N, default 1M; PEERS_RUNS=3 runs both tools three times and prints each run's ratios and their median; PEERS_LARGE_N=3000000 adds a scale run).
	@bash scripts/bench_peers.sh

bench-cluster: build-cluster ## The link with its blocking and scoring, then its training too, on a Ballista cluster (a scheduler and two executors here) against the link alone, on the peers' 1M file (needs `make bench-peers` once).
	@bash scripts/bench_cluster.sh

bench-cluster-growth: build-cluster ## An executor's peak memory against the records: the link on a fresh Ballista cluster in shards of SHARD_RECORDS (default 250,000) on the peers' files of GROWTH_N (default "1000000 3000000"; PEERS_LARGE_N=3000000 make bench-peers makes the larger); RSS_TRACE=1 adds each executor's resident memory once a second, EXECUTOR_ARGS their arguments, TRAIN_THERE=1 trains each size's model on the cluster too.
	@bash scripts/bench_cluster_growth.sh

bench-datafusion: build ## The link stage's blocking as Apache DataFusion self-joins beside onefamily's, same rules, on the peers' 1M file (needs `make bench-peers` once; the probe's first build compiles DataFusion, ~30 min).
	@bash scripts/bench_datafusion.sh
