#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the test suite and the benchmarks; prints its URL.
# Usage: scripts/start-test-postgres.sh [port] [server settings…]   (installs Debian's postgresql when no server binary
# is found). Settings after the port go to the server as they are, e.g. to profile it:
#   scripts/start-test-postgres.sh 54420 -c shared_preload_libraries=pg_stat_statements -c track_functions=all
set -euo pipefail
port="${1:-54329}"
extra_settings="${*:2}"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/postgres" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi
data_dir="$(mktemp -d /tmp/qyzmet-pg-XXXXXX)"
run_as=()
if [ "$(id -u)" = "0" ]; then
  chown postgres: "$data_dir"
  run_as=(runuser -u postgres --)
fi
"${run_as[@]}" "$pg_bin/initdb" -D "$data_dir" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
"${run_as[@]}" "$pg_bin/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w \
  -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off $extra_settings" start >&2
echo "postgres://postgres@127.0.0.1:$port/postgres"
