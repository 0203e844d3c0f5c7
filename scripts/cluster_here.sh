# Sourced by the cluster benchmarks: a Ballista cluster of one scheduler and
# two executors of one core each, started here on free localhost ports with
# `$BIN cluster`. `start_cluster DIR` writes their logs to DIR/logs and their
# shuffle files to DIR/work-1 and DIR/work-2, sets SP (the scheduler's port)
# and appends the three process ids to `pids` (scheduler first);
# `stop_cluster` kills every process in `pids`. SCHED_LOG sets the
# scheduler's RUST_LOG (default warn); EXECUTOR_ARGS adds arguments to each
# executor's command line (say `--memory-pool-mib 64`). Executors log
# onefamily's own lines at info: each scoring package held and let go,
# with their memory pool's highest reservation so far, which `pool_peak
# DIR E` reads back (MiB, empty before any; the highest of every fresh
# start, `restarts DIR E` counting those), and the executor's private
# resident memory and threads then. PARTS is what the links on it pass as
# `--engine-partitions`: ENGINE_PARTITIONS, by default the
# cluster's cores in all (2), as the README advises.
PARTS=${ENGINE_PARTITIONS:-2}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pids=()
pool_peak() { grep -o 'pool_peak_mib=[0-9]*' "$1/logs/executor-$2.log" | cut -d= -f2 | sort -n | tail -n1 || true; }
# How many times executor E started afresh (`--restart-above-mib`).
restarts() { grep -c 'leaves the cluster and starts afresh' "$1/logs/executor-$2.log" || true; }
stop_cluster() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; pids=(); }
start_cluster() {
  local dir=$1 abs
  # Shuffle files are served by an absolute path.
  case $dir in /*) abs=$dir ;; *) abs=$PWD/$dir ;; esac
  mkdir -p "$dir/logs" "$dir/work-1" "$dir/work-2"
  SP=$(free_port)
  RUST_LOG=${SCHED_LOG:-warn} "$BIN" cluster scheduler --bind "127.0.0.1:$SP" 2> "$dir/logs/scheduler.log" &
  pids+=($!)
  for e in 1 2; do
    RUST_LOG=warn,onefamily=info "$BIN" cluster executor --scheduler "127.0.0.1:$SP" --port "$(free_port)" \
      --grpc-port "$(free_port)" --cores 1 --work-dir "$abs/work-$e" ${EXECUTOR_ARGS:-} 2> "$dir/logs/executor-$e.log" &
    pids+=($!)
  done
}
