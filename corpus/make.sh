#!/usr/bin/env bash
# Regenerates the pgsplit corpus from corpus/src:
#   corpus/dumps/*.sql         pg_dump output of databases built from corpus/src
#   corpus/oracle/**/*.json    what psql really sends for every file (psql-oracle)
#
# Needs: psql and pg_dump (15.x; the committed fixtures come from 15.20), python3,
# iconv, a PostgreSQL server reachable as a superuser at $PGSPLIT_TEST_DATABASE_URL
# (default postgresql://postgres@127.0.0.1:5432/postgres), and the psql-oracle tool
# ($PSQL_ORACLE, default ../shared/tools/psql-oracle next to the repository).
#
# It creates scratch databases named pgsplit_corpus_* on that server and drops them
# again, and drops the database that dumps/create.sql creates on the oracle's own
# cluster. The dumps carry a random \restrict key and version lines, so each run
# gives different bytes: the committed files are the fixtures.
#
# Usage: corpus/make.sh [--no-dumps] [--no-oracle]
set -euo pipefail

CORPUS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$CORPUS/.." && pwd)"
URL="${PGSPLIT_TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
ORACLE="${PSQL_ORACLE:-$(cd "$ROOT/.." && pwd)/shared/tools/psql-oracle}"
ORACLE_SOCK="${PSQL_ORACLE_DIR:-/tmp/psql-oracle}"
ORACLE_PORT="${PSQL_ORACLE_PORT:-5499}"
export PGCLIENTENCODING=UTF8

DO_DUMPS=1 DO_ORACLE=1
for arg in "$@"; do
    case "$arg" in
        --no-dumps) DO_DUMPS=0 ;;
        --no-oracle) DO_ORACLE=0 ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) echo "make.sh: unknown argument $arg" >&2; exit 2 ;;
    esac
done

# The same server as $URL, database $1: a URI gets its path replaced, a
# key=value string gets dbname= appended (a later keyword wins).
url_for_db() {
    local re='^(postgres(ql)?://[^/?]*)(/[^?]*)?(\?.*)?$'
    if [[ "$URL" =~ $re ]]; then
        printf '%s/%s%s' "${BASH_REMATCH[1]}" "$1" "${BASH_REMATCH[4]}"
    else
        printf '%s dbname=%s' "$URL" "$1"
    fi
}

PSQL=(env PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1)
MAIN=pgsplit_corpus_main LATIN1=pgsplit_corpus_latin1 SJIS=pgsplit_corpus_sjis

# Scripts loaded, in this order, into the main database. The psql-*.sql and
# enc-*.sql scripts are about psql itself or encodings and only get an oracle run
# (enc-latin1.sql and enc-sjis.sql build their own databases).
MAIN_SCRIPTS=(01-types 02-tables 03-plpgsql 04-sql-standard 05-views-rules
              06-triggers 07-data 08-security 09-misc
              migration-01-ledger migration-02-concurrently)

drop_scratch() {
    for db in "$MAIN" "$LATIN1" "$SJIS"; do
        "${PSQL[@]}" -d "$URL" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
    done
}

build_and_dump() {
    echo "== server: $(psql -X -At -d "$URL" -c 'SHOW server_version')," \
         "$(pg_dump --version)"
    drop_scratch
    trap drop_scratch EXIT
    "${PSQL[@]}" -d "$URL" \
        -c "CREATE DATABASE $MAIN TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'" \
        -c "CREATE DATABASE $LATIN1 TEMPLATE template0 ENCODING 'LATIN1' LOCALE 'C'" \
        -c "CREATE DATABASE $SJIS TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'"

    local s
    for s in "${MAIN_SCRIPTS[@]}"; do
        echo "   load src/$s.sql"
        "${PSQL[@]}" -d "$(url_for_db "$MAIN")" -f "$CORPUS/src/$s.sql" >/dev/null
    done
    echo "   load src/enc-latin1.sql (LATIN1 database)"
    "${PSQL[@]}" -d "$(url_for_db "$LATIN1")" -f "$CORPUS/src/enc-latin1.sql" >/dev/null
    echo "   load src/enc-sjis.sql"
    "${PSQL[@]}" -d "$(url_for_db "$SJIS")" -f "$CORPUS/src/enc-sjis.sql" >/dev/null

    local D="$CORPUS/dumps"
    mkdir -p "$D"
    rm -f "$D"/*.sql
    local m; m="$(url_for_db "$MAIN")"
    echo "   pg_dump"
    pg_dump -d "$m" -s                          -f "$D/schema.sql"
    pg_dump -d "$m"                             -f "$D/full.sql"
    pg_dump -d "$m" --inserts                   -f "$D/inserts.sql"
    pg_dump -d "$m" --column-inserts            -f "$D/column-inserts.sql"
    pg_dump -d "$m" -C --clean --if-exists      -f "$D/create.sql"
    pg_dump -d "$(url_for_db "$LATIN1")" -E LATIN1          -f "$D/latin1.sql"
    pg_dump -d "$(url_for_db "$SJIS")"   -E SJIS            -f "$D/sjis.sql"
    pg_dump -d "$(url_for_db "$SJIS")"   -E SJIS --inserts  -f "$D/sjis-inserts.sql"
    # byte-level variants of the full dump
    sed 's/$/\r/' "$D/full.sql" > "$D/full-crlf.sql"
    { printf '\xef\xbb\xbf'; cat "$D/full.sql"; } > "$D/full-bom.sql"

    drop_scratch
    trap - EXIT
}

check_bytes() {
    local D="$CORPUS/dumps" ok=1
    LC_ALL=C grep -qF $'\x95\x5c' "$D/sjis.sql" || { echo "!! sjis.sql: no 0x95 0x5C (表)"; ok=0; }
    LC_ALL=C grep -qF $'"\x95\x5c"' "$D/sjis.sql" || { echo "!! sjis.sql: no identifier \"表\""; ok=0; }
    [ "$(head -c3 "$D/full-bom.sql" | od -An -tx1 | tr -d ' ')" = efbbbf ] || { echo "!! full-bom.sql: no BOM"; ok=0; }
    [ "$(LC_ALL=C grep -c $'\r$' "$D/full-crlf.sql")" = "$(wc -l < "$D/full-crlf.sql")" ] \
        || { echo "!! full-crlf.sql: not every line ends in CRLF"; ok=0; }
    [ "$(LC_ALL=C grep -c $'\r$' "$CORPUS/src/psql-crlf.sql")" = "$(wc -l < "$CORPUS/src/psql-crlf.sql")" ] \
        || { echo "!! src/psql-crlf.sql: not every line ends in CRLF"; ok=0; }
    iconv -f LATIN1 -t UTF-8 "$D/latin1.sql" | grep -q 'Bücher' || { echo "!! latin1.sql: no Bücher in LATIN1"; ok=0; }
    iconv -f SJIS -t UTF-8 "$CORPUS/src/enc-sjis-client.sql" >/dev/null || { echo "!! enc-sjis-client.sql: not SJIS"; ok=0; }
    [ $ok = 1 ] && echo "== byte checks passed (SJIS 0x95 0x5C, BOM, CRLF, LATIN1)"
    return $((1 - ok))
}

run_oracle() {
    [ -x "$ORACLE" ] || { echo "make.sh: psql-oracle not found at $ORACLE (set PSQL_ORACLE)" >&2; exit 1; }
    rm -rf "$CORPUS/oracle"
    local f rel out bad=0
    cd "$ROOT"
    for f in corpus/src/*.sql corpus/dumps/*.sql; do
        rel="${f#corpus/}"
        out="$CORPUS/oracle/$rel.json"
        mkdir -p "$(dirname "$out")"
        PGCLIENTENCODING=UTF8 "$ORACLE" "$f" | python3 -c '
import json, sys
rec = json.load(sys.stdin)
rec["file"] = sys.argv[1]
json.dump(rec, sys.stdout, ensure_ascii=False, indent=1)
print()' "$f" > "$out"
        # dumps/create.sql creates (and leaves) pgsplit_corpus_main on the oracle cluster
        if grep -q "^CREATE DATABASE $MAIN " "$f"; then
            psql -X -q -h "$ORACLE_SOCK" -p "$ORACLE_PORT" -U postgres -d postgres \
                -c "DROP DATABASE IF EXISTS $MAIN WITH (FORCE)" >/dev/null
        fi
        python3 - "$out" "$f" <<'PY' || bad=1
import json, os, sys
rec = json.load(open(sys.argv[1], encoding="utf-8"))
n = len(rec["statements"])
flag = "" if rec["complete"] and rec["psql_exit"] == 0 else "   !! INCOMPLETE"
print(f"   {sys.argv[2]:45} {os.path.getsize(sys.argv[2]):>8} bytes {n:>5} statements  exit {rec['psql_exit']}{flag}")
sys.exit(1 if flag else 0)
PY
    done
    return $bad
}

if [ $DO_DUMPS = 1 ]; then build_and_dump; fi
check_bytes
if [ $DO_ORACLE = 1 ]; then
    echo "== psql-oracle ($ORACLE)"
    run_oracle
fi
echo "== corpus size: $(du -sh "$CORPUS" | cut -f1)"
