#!/bin/sh
# Seeds the fuzz corpora (fuzz/corpus/TARGET, not committed) from pgsplit's own corpus and
# the shared one: every .sql file cut at line ends into pieces of at most 2 KB (libFuzzer's
# inputs stay small). The scanner's seeds start with a byte of options, the order's with two
# bytes of shuffle seed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
shared=${PGSPLIT_SHARED:-$here/../../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for t in scanner order canon; do mkdir -p "$here/corpus/$t"; done
n=0
for f in $(find "$here/../corpus" "$shared/corpus" -name '*.sql' 2>/dev/null | sort); do
  n=$((n + 1))
  split -C 2048 -d -a 5 "$f" "$tmp/$n."
done
for p in "$tmp"/*; do
  id=$(cksum < "$p" | cut -d' ' -f1)
  cp "$p" "$here/corpus/canon/$id"
  { printf '\000'; cat "$p"; } > "$here/corpus/scanner/$id"
  { printf '\000\000'; cat "$p"; } > "$here/corpus/order/$id"
done
echo "seeded $(ls "$here/corpus/canon" | wc -l) inputs per target from $n files"
