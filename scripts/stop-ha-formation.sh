#!/usr/bin/env bash
# Stops a formation started by scripts/start-ha-formation.sh and removes its files.
# Usage: scripts/stop-ha-formation.sh <path of its formation.json>
set -euo pipefail
formation="${1:?usage: scripts/stop-ha-formation.sh <formation.json>}"
dir="$(dirname "$formation")"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
run_as=()
[ "$(id -u)" = "0" ] && run_as=(runuser -u postgres --)
autoctl=("${run_as[@]}" env "PATH=$pg_bin:$PATH" "XDG_CONFIG_HOME=$dir/config" "XDG_DATA_HOME=$dir/share" "XDG_RUNTIME_DIR=$dir/run" pg_autoctl)
# The data nodes first, so the monitor does not start a failover while they go.
for pgdata in "$dir/node2" "$dir/node1" "$dir/monitor"; do
  [ -d "$pgdata" ] && "${autoctl[@]}" stop --pgdata "$pgdata" --immediate >/dev/null 2>&1 || true
done
# Whatever is left (a keeper that did not hear the stop): its processes hold files in the directory.
sleep 1
pkill -9 -f "pg_autoctl.*$dir" 2>/dev/null || true
for pgdata in "$dir/node1" "$dir/node2" "$dir/monitor"; do
  if [ -f "$pgdata/postmaster.pid" ]; then kill -9 "$(head -1 "$pgdata/postmaster.pid")" 2>/dev/null || true; fi
done
rm -rf "$dir"
