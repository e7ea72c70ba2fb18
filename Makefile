# Milestone escrow: the usual Soroban targets.
#   make demo   the escrow's story on the embedded Soroban host (installs what is missing first)
#   make test   every test: unit tests, the shipped wasm's suite, formatting and clippy
#   make bench  the resource costs of every entry point on the shipped wasm (BENCHMARKS.md)

WASM := target/wasm32v1-none/release/escrow.wasm

.PHONY: all setup build test bench demo fmt lint clean

all: build

# Installs the wasm32v1-none target, Debian's build libraries and stellar-cli 28.1.0 where missing.
setup:
	@./scripts/setup.sh

# Builds and optimizes the contract with stellar-cli (soroban-sdk 28 builds wasm only this way).
build: setup
	stellar contract build --locked --package escrow
	stellar contract build --locked --package floor
	@ls -l $(WASM) | awk '{ print "==> " $$NF ": " $$5 " bytes" }'

test: build
	cargo test --locked --workspace
	$(MAKE) --no-print-directory lint

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
