#!/usr/bin/env bash
# One data node of a formation started by scripts/start-ha-formation.sh, as a machine would fail and come back:
#   scripts/ha-node.sh <formation.json> <node1|node2> kill    SIGKILL to the node's postgres and its pg_autoctl keeper
#                                                              (the whole node is gone: nothing restarts its postgres)
#   scripts/ha-node.sh <formation.json> <node1|node2> start   starts the node's keeper again; it rejoins as a standby
set -euo pipefail
formation="${1:?formation.json}"
node="${2:?node name}"
action="${3:?kill or start}"
dir="$(dirname "$formation")"
pgdata="$dir/$node"
[ -d "$pgdata" ] || { echo "ha-node: no node $node in $dir" >&2; exit 1; }
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
run_as=()
[ "$(id -u)" = "0" ] && run_as=(runuser -u postgres --)
case "$action" in
  kill)
    # start-ha-formation.sh starts each node's keeper with setsid: the keeper, its services and the postgres it runs
    # share one process group.
    pid="$(head -1 "$pgdata/postmaster.pid")"
    pgid="$(ps -o pgid= -p "$pid" | tr -d ' ')"
    kill -9 -- "-$pgid"
    echo "$pid"
    ;;
  start)
    rm -f "$pgdata/postmaster.pid"
    setsid nohup "${run_as[@]}" env "PATH=$pg_bin:$PATH" "XDG_CONFIG_HOME=$dir/config" "XDG_DATA_HOME=$dir/share" \
      "XDG_RUNTIME_DIR=$dir/run" pg_autoctl run --pgdata "$pgdata" >>"$dir/$node.log" 2>&1 </dev/null &
    ;;
  *)
    echo "ha-node: unknown action $action" >&2
    exit 1
    ;;
esac
