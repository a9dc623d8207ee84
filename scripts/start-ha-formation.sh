#!/usr/bin/env bash
# Starts a replicated PostgreSQL formation on this machine with pg_auto_failover: a monitor and two data nodes (a
# primary and a synchronous standby) on loopback ports, for local use, the failover test and the benchmark.
# Usage: scripts/start-ha-formation.sh [base-port]     (monitor on base, nodes on base+1 and base+2; default 54400)
# Prints the path of formation.json, which holds the connection URL (multi-host, target_session_attrs=read-write),
# the read URL (the standby first), the monitor URL and each node's data directory (the tests kill its postmaster).
# Stop it with scripts/stop-ha-formation.sh <that formation.json>.
# Installs Debian's postgresql and postgresql-15-auto-failover when they are missing.
set -euo pipefail
base_port="${1:-54400}"
monitor_port="$base_port"
node_ports=("$((base_port + 1))" "$((base_port + 2))")

if ! command -v pg_autoctl >/dev/null 2>&1 || ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql postgresql-15-auto-failover >&2
fi
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

# A port still held (say, by an earlier formation's server) would leave a node listening on one address family only.
for port in "$monitor_port" "${node_ports[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "start-ha-formation: port $port on 127.0.0.1 is in use; stop what holds it or pass another base port" >&2
    exit 1
  fi
done

dir="$(mktemp -d /tmp/qyzmet-ha-XXXXXX)"
run_as=()
if [ "$(id -u)" = "0" ]; then
  chown postgres: "$dir"
  run_as=(runuser -u postgres --)
fi
# pg_autoctl keeps its state under XDG directories: inside the formation's directory, so formations never mix.
autoctl=("${run_as[@]}" env "PATH=$pg_bin:$PATH" "XDG_CONFIG_HOME=$dir/config" "XDG_DATA_HOME=$dir/share" "XDG_RUNTIME_DIR=$dir/run" \
  "PG_AUTOCTL_DEBUG=" pg_autoctl)

"${autoctl[@]}" create monitor --pgdata "$dir/monitor" --pgport "$monitor_port" --hostname 127.0.0.1 --listen 127.0.0.1 --auth trust --no-ssl \
  >"$dir/monitor-create.log" 2>&1
setsid nohup "${autoctl[@]}" run --pgdata "$dir/monitor" >"$dir/monitor.log" 2>&1 </dev/null &
monitor_url="postgres://autoctl_node@127.0.0.1:$monitor_port/pg_auto_failover?sslmode=disable"

wait_for() { # seconds, description, command...
  local seconds="$1" what="$2"; shift 2
  for _ in $(seq 1 "$((seconds * 2))"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "start-ha-formation: $what did not happen within $seconds s; logs in $dir" >&2
  exit 1
}
wait_for 30 "the monitor accepting connections" "$pg_bin/psql" "$monitor_url" -Atc 'select 1'
# Quicker failure detection than the defaults (20 s unhealthy, 30 s demote timeout), for a formation on one machine:
# a data node is unhealthy after 8 s without an answer, and an unreachable primary counts as demoted after 10 s.
# The old primary cannot acknowledge a write meanwhile: its synchronous standby has stopped replicating from it.
for setting in "health_check_period = 2000" "node_considered_unhealthy_timeout = 8000" "primary_demote_timeout = 10000"; do
  "$pg_bin/psql" -h 127.0.0.1 -p "$monitor_port" -U postgres -d postgres -qAtc "alter system set pgautofailover.$setting" >/dev/null
done
"$pg_bin/psql" -h 127.0.0.1 -p "$monitor_port" -U postgres -d postgres -qAtc "select pg_reload_conf()" >/dev/null

# The nodes one after the other: the first becomes the primary, the second is cloned from it as its standby.
for i in 0 1; do
  node="node$((i + 1))"
  setsid nohup "${autoctl[@]}" create postgres --pgdata "$dir/$node" --pgport "${node_ports[$i]}" --hostname 127.0.0.1 --listen 127.0.0.1 \
    --name "$node" --auth trust --no-ssl --monitor "$monitor_url" --run >"$dir/$node.log" 2>&1 </dev/null &
  wanted=$([ "$i" = 0 ] && echo "'single'" || echo "'primary'")
  wait_for 90 "$node joining the formation" bash -c \
    "[ \"\$('$pg_bin/psql' '$monitor_url' -Atc \"select count(*) from pgautofailover.node where reportedstate in ('primary','secondary','single') and reportedstate = goalstate\")\" = '$((i + 1))' ]"
done

hosts="127.0.0.1:${node_ports[0]},127.0.0.1:${node_ports[1]}"
cat >"$dir/formation.json" <<JSON
{
  "url": "postgres://postgres@$hosts/postgres?target_session_attrs=read-write&sslmode=disable",
  "readUrl": "postgres://postgres@127.0.0.1:${node_ports[1]},127.0.0.1:${node_ports[0]}/postgres?target_session_attrs=prefer-standby&sslmode=disable",
  "monitorUrl": "$monitor_url",
  "directory": "$dir",
  "nodes": [
    { "name": "node1", "port": ${node_ports[0]}, "pgdata": "$dir/node1" },
    { "name": "node2", "port": ${node_ports[1]}, "pgdata": "$dir/node2" }
  ]
}
JSON
chmod a+r "$dir/formation.json"
echo "$dir/formation.json"
