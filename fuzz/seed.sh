#!/bin/sh
# Seeds the fuzz corpora (DIR/TARGET; DIR is fuzz/corpus, not committed, unless given:
# `seed.sh DIR`) from pgsplit's own corpus and the shared one: every .sql file cut at line
# ends into pieces of at most 2 KB (libFuzzer's inputs stay small), each piece once, named by
# its cksum. The scanner's seeds start with a byte of options, the order's with two bytes of
# shuffle seed. tests/canon.rs (every_fuzz_seed_passes_the_canon_checks) cuts the corpora the
# same way and runs the canon checks on every piece.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/corpus}
shared=${PGSPLIT_SHARED:-$here/../../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for t in scanner order canon; do mkdir -p "$out/$t"; done
n=0
for f in $(find "$here/../corpus" "$shared/corpus" -name '*.sql' 2>/dev/null | sort); do
  n=$((n + 1))
  split -C 2048 -d -a 5 "$f" "$tmp/$n."
done
printf '\000' > "$tmp/nul1"
printf '\000\000' > "$tmp/nul2"
# (one cksum for all the pieces: "CRC SIZE FILE" a line)
cksum "$tmp"/*.* | while read -r id _size p; do
  cp "$p" "$out/canon/$id"
  cat "$tmp/nul1" "$p" > "$out/scanner/$id"
  cat "$tmp/nul2" "$p" > "$out/order/$id"
done
echo "seeded $(ls "$out/canon" | wc -l) inputs per target from $n files"
