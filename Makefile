# Milestone escrow: the usual Soroban targets.
#   make demo   the escrow's story on the embedded Soroban host (installs what is missing first)
#   make test   every test: unit tests, the shipped wasm's suite, the notifier, the scripts, the
#               Node tests (TypeScript client, webhook signatures), formatting and clippy
#   make bench  the resource costs of every entry point on the shipped wasm (BENCHMARKS.md)
#   make bindings  regenerates the TypeScript client and its fixtures from the wasm

WASM := target/wasm32v1-none/release/escrow.wasm

.PHONY: all setup build test test-scripts test-node bindings bench demo fmt lint clean fuzz coverage

all: build

# Installs the wasm32v1-none target, Debian's binaryen, shellcheck and jq, and stellar-cli
# 28.1.0 (without its default features) where missing.
setup:
	@./scripts/setup.sh

# Builds the contracts with stellar-cli (soroban-sdk 28 builds wasm only this way), then
# optimizes them with the optimizer stellar-cli would use, binaryen 116, pinned in
# tools/wasm-opt: the same bytes as `stellar contract build` with its default features.
build: setup
	stellar contract build --locked --optimize=false --package escrow
	stellar contract build --locked --optimize=false --package floor
	@# Test-only second build (the escrow plus `version`), the target of the upgrade test.
	stellar contract build --locked --optimize=false --package escrow-next
	@# Test-only: an N-of-M ed25519 account contract, the multisig role of integration-tests/tests/multisig.rs.
	stellar contract build --locked --optimize=false --package multisig-account
	./tools/wasm-opt/optimize.sh $(WASM) $(addprefix target/wasm32v1-none/release/,floor.wasm escrow_next.wasm multisig_account.wasm)

test: build
	cargo test --locked --workspace
	$(MAKE) --no-print-directory test-scripts test-node lint

# shellcheck, and the scripts' dry runs checked against the wasm's interface (no network).
test-scripts:
	./scripts/test-scripts.sh

# The Node tests. The TypeScript client: the committed copy equals a fresh generation, it
# builds (npm ci, tsc) and agrees with the contract byte for byte. The notifier's webhooks:
# verified by the standardwebhooks package. The local RPC: read by the JavaScript SDK's
# rpc.Server. Need Node: skipped without it, except in CI.
test-node:
	@if command -v node >/dev/null 2>&1; then \
	  ./tools/bindgen/generate.sh --check && ./bindings/typescript/test/run.sh && \
	    ./notify/test-node/run.sh && ./local-rpc/test-node/run.sh; \
	elif [ "$${CI:-}" = "true" ]; then \
	  echo "CI=true but node is missing: the Node tests must run in CI" >&2; exit 1; \
	else \
	  echo "==> node not found: Node tests skipped (CI runs them)"; \
	fi

# Regenerates bindings/typescript from the optimized wasm with the generator pinned in
# tools/bindgen, the fixtures the client's tests and the scripts' tests read, and the signed
# webhooks of the notifier's Node tests. Commit them.
bindings: build
	./tools/bindgen/generate.sh
	UPDATE_FIXTURES=1 cargo test --locked -p escrow-integration-tests --test client_fixtures
	UPDATE_FIXTURES=1 cargo test --locked -p escrow-notify webhook_fixtures

# Tables of BENCHMARKS.md: per-call costs, scaling, ratios to the floor contract.
bench: build
	cargo run --release --locked --quiet -p escrow-bench

demo: build
	cargo run --locked --quiet -p escrow-demo

fmt:
	cargo fmt --all

lint:
	cargo fmt --all -- --check
	cargo clippy --locked --workspace --all-targets -- -D warnings

clean:
	cargo clean

# Fuzzes random operation sequences against the model (nightly toolchain and cargo-fuzz;
# not part of `make test`). FUZZ_SECONDS=3700 for an hour's run; FUZZ_CORPUS to keep the corpus
# elsewhere (the default is ignored by git). No AddressSanitizer (the code under test is safe
# Rust; it cost five sixths of the time) and comparisons traced in the contract only (see
# fuzz/Cargo.toml); inputs at full length (64 operations) from the start. FUZZ_JOBS=2 runs two
# fuzzers on one shared corpus (one per core; each logs to fuzz/fuzz-N.log).
FUZZ_SECONDS ?= 300
FUZZ_CORPUS ?= corpus/random_sequences
FUZZ_JOBS ?= 1
fuzz:
	cd fuzz && mkdir -p $(FUZZ_CORPUS) && cargo +nightly fuzz run -s none --no-trace-compares random_sequences $(FUZZ_CORPUS) -- \
		-max_total_time=$(FUZZ_SECONDS) -max_len=2048 -len_control=0 -print_final_stats=1 \
		$(if $(filter-out 1,$(FUZZ_JOBS)),-jobs=$(FUZZ_JOBS) -workers=$(FUZZ_JOBS))

# Line coverage of the contract crate (cargo-llvm-cov; not part of `make test`) by the tests
# that run it natively: its unit tests and the model's random sequences. The wasm suites run
# uninstrumented wasm, and the bench's CPU ceilings do not hold under instrumentation.
coverage: build
	cargo llvm-cov --locked -p escrow -p escrow-model --summary-only \
		--ignore-filename-regex '(testutils\.rs|/tests/|escrow-model|escrow-next)'
