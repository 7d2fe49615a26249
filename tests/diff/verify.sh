#!/bin/sh
# Verify every fixture's expected verdict against a real PostgreSQL server.
# For each case directory: load a.sql and b.sql into two scratch databases,
# pg_dump -s -O -x both (without -x when `about` mentions "pg_dump without -x"),
# drop comment lines, \restrict/\unrestrict lines and blank lines, compare.
# Prints "ok <case>" or "MISMATCH <case>" per case; exits 1 if any mismatch.
# Env: PGHOST (default 127.0.0.1), PGUSER (default postgres), PGPORT.
set -u
export PGHOST="${PGHOST:-127.0.0.1}"
export PGUSER="${PGUSER:-postgres}"
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
dba="pgsplit_verify_a_$$"
dbb="pgsplit_verify_b_$$"
status=0

# A database with a subscription cannot be dropped: its subscriptions go first (made with
# slot_name = NONE, so no slot is dropped with them).
drop_db() {
    for sub in $(psql -X -qAt -d "$1" -c "SELECT quote_ident(subname) FROM pg_subscription WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())" 2>/dev/null); do
        psql -X -q -d "$1" -c "ALTER SUBSCRIPTION $sub DISABLE; ALTER SUBSCRIPTION $sub SET (slot_name = NONE); DROP SUBSCRIPTION $sub" >/dev/null 2>&1
    done
    dropdb --if-exists "$1" 2>/dev/null
}

cleanup() {
    drop_db "$dba"
    drop_db "$dbb"
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

# The tablespace cases need two tablespaces (cluster-wide objects, made once, in directories
# the server's user owns: this works when the script runs as root on the server's machine).
for ts in pgsplit_fast pgsplit_slow; do
    if ! psql -X -qAt -d postgres -c "SELECT 1 FROM pg_tablespace WHERE spcname = '$ts'" | grep -q 1; then
        dir="/tmp/$ts"
        mkdir -p "$dir" && chown postgres "$dir" 2>/dev/null
        psql -X -q -d postgres -c "CREATE TABLESPACE $ts LOCATION '$dir'" >/dev/null 2>&1 ||
            echo "note: cannot make tablespace $ts: the tablespace cases will not load" >&2
    fi
done

normalize() {
    grep -v -e '^--' -e '^\\restrict' -e '^\\unrestrict' -e '^[[:space:]]*$'
}

for dir in "$here"/*/; do
    dir=${dir%/}
    case=$(basename "$dir")
    [ -f "$dir/a.sql" ] && [ -f "$dir/b.sql" ] && [ -f "$dir/verdict" ] || continue
    expected=$(tr -d '[:space:]' < "$dir/verdict")
    dumpflags="-s -O -x"
    if grep -qi 'pg_dump without -x' "$dir/about" 2>/dev/null; then
        dumpflags="-s -O"
    fi
    drop_db "$dba"
    drop_db "$dbb"
    ok=1
    createdb "$dba" && createdb "$dbb" || ok=0
    if [ $ok = 1 ]; then
        psql -q -X -v ON_ERROR_STOP=1 -d "$dba" -f "$dir/a.sql" >"$tmp/load_a" 2>&1 || { ok=0; echo "load error $case a.sql:" >&2; cat "$tmp/load_a" >&2; }
        psql -q -X -v ON_ERROR_STOP=1 -d "$dbb" -f "$dir/b.sql" >"$tmp/load_b" 2>&1 || { ok=0; echo "load error $case b.sql:" >&2; cat "$tmp/load_b" >&2; }
    fi
    if [ $ok = 1 ]; then
        # shellcheck disable=SC2086
        pg_dump $dumpflags -f "$tmp/a.raw" "$dba" || ok=0
        # shellcheck disable=SC2086
        pg_dump $dumpflags -f "$tmp/b.raw" "$dbb" || ok=0
        normalize < "$tmp/a.raw" > "$tmp/a.dump"
        normalize < "$tmp/b.raw" > "$tmp/b.dump"
    fi
    if [ $ok = 1 ]; then
        if cmp -s "$tmp/a.dump" "$tmp/b.dump"; then actual=equal; else actual=different; fi
        if [ "$actual" = "$expected" ]; then
            echo "ok $case"
        else
            echo "MISMATCH $case (expected $expected, server says $actual)"
            [ -n "${VERBOSE:-}" ] && diff "$tmp/a.dump" "$tmp/b.dump" >&2
            status=1
        fi
    else
        echo "MISMATCH $case (load/dump failed)"
        status=1
    fi
    drop_db "$dba"
    drop_db "$dbb"
done
exit $status
