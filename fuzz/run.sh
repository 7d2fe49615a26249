#!/usr/bin/env bash
# Builds the fuzz targets and runs each for SECONDS (default 20; CI runs them briefly so the
# harness cannot rot, long runs are by hand: `fuzz/run.sh 3600`). A crash stops with the
# failing input in fuzz/artifacts/TARGET/; `cargo fuzz run TARGET FILE` replays it.
# Needs cargo-fuzz and a nightly toolchain (libFuzzer's sanitizer flags); without nightly,
# the stable compiler is asked to accept them (RUSTC_BOOTSTRAP=1). No sanitizer: the Rust
# code is memory-safe, and the C parser (libpg_query) is not built with it anyway.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-20}
# FUZZ_TARGETS picks targets (default: all three); FUZZ_UNSEEDED lists targets that start from
# an empty corpus instead of the seeds.
# FUZZ_SEED and FUZZ_RUNS make a run repeatable (CI: the same inputs every time, so that it
# fails on a change, not on a new finding of a random run; long runs explore). With FUZZ_SEED
# each target starts from a fresh copy of the seeds (target/run-TARGET), not from
# fuzz/corpus/TARGET, which also holds what earlier runs added: those would change what a
# repeatable run executes. The seeds are cut by seed.sh into target/seeds, again whenever the
# corpus files (names, sizes, times) differ from those it was cut from. Without FUZZ_SEED,
# runs go on from fuzz/corpus/TARGET.
extra=()
[ -n "${FUZZ_SEED:-}" ] && extra+=(-seed="$FUZZ_SEED")
[ -n "${FUZZ_RUNS:-}" ] && extra+=(-runs="$FUZZ_RUNS")
if ! command -v cargo-fuzz >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz"
    cargo install --locked cargo-fuzz
fi
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    fuzz=(cargo +nightly fuzz)
else
    export RUSTC_BOOTSTRAP=1
    fuzz=(cargo fuzz)
fi
if [ -n "${FUZZ_SEED:-}" ]; then
    mkdir -p target
    find ../corpus "${PGSPLIT_SHARED:-../../shared}/corpus" -name '*.sql' -exec stat -c '%n %s %Y' {} + \
        2>/dev/null | sort >target/seed-files.txt || true
    if ! cmp -s target/seed-files.txt target/seeds/files.txt; then
        rm -rf target/seeds
        ./seed.sh target/seeds
        cp target/seed-files.txt target/seeds/files.txt
    fi
else
    [ -d corpus/canon ] || ./seed.sh
fi
"${fuzz[@]}" build -O -s none
for t in ${FUZZ_TARGETS:-scanner order canon}; do
    echo "fuzz: $t for ${seconds}s"
    log="target/fuzz-$t.log"
    status=0
    corpus=()
    if [[ " ${FUZZ_UNSEEDED:-} " == *" $t "* ]]; then
        # from an empty corpus (not fuzz/corpus/TARGET, the seeds and what runs added)
        rm -rf "target/unseeded-$t" && mkdir -p "target/unseeded-$t"
        corpus=("target/unseeded-$t")
    elif [ -n "${FUZZ_SEED:-}" ]; then
        # a fresh copy of the seeds (what the run adds goes there, dropped next time)
        rm -rf "target/run-$t" && cp -r "target/seeds/$t" "target/run-$t"
        corpus=("target/run-$t")
    fi
    "${fuzz[@]}" run -O -s none "$t" ${corpus[@]+"${corpus[@]}"} -- \
        -max_total_time="$seconds" -max_len=4096 \
        -print_final_stats=1 ${extra[@]+"${extra[@]}"} >"$log" 2>&1 || status=$?
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done)' "$log" || true
    if [ "$status" -ne 0 ]; then
        tail -40 "$log" >&2
        echo "fuzz: $t crashed; the input is in fuzz/artifacts/$t/" >&2
        exit 1
    fi
done
