# shellcheck shell=bash disable=SC2034 # the variables are used by the scripts that source this file
# Shared settings and helpers for infra/up.sh and infra/down.sh (sourced, not executed).

INFRA_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$INFRA_SRC/.." && pwd)"
INFRA_DIR="$REPO_ROOT/.infra"

LIB_DIR="$INFRA_DIR/lib"
BUILD_DIR="$INFRA_DIR/build"
DATA_DIR="$INFRA_DIR/data"
LOG_DIR="$INFRA_DIR/logs"
RUN_DIR="$INFRA_DIR/run"

KAFKA_HOST=127.0.0.1
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KAFKA_LIB="$LIB_DIR/kafka"
KAFKA_CONF="$INFRA_DIR/kafka"
KAFKA_DATA="$DATA_DIR/kafka"
KAFKA_LOG="$LOG_DIR/kafka.log"
KAFKA_PID="$RUN_DIR/kafka.pid"
KAFKA_MAIN=kafka.Kafka

ES_HOST=127.0.0.1
ES_PORT=9200
ES_LIB="$LIB_DIR/elasticsearch"
ES_HOME="$INFRA_DIR/elasticsearch"
ES_DATA="$DATA_DIR/elasticsearch"
ES_LOG="$LOG_DIR/elasticsearch.log"
ES_PID="$RUN_DIR/elasticsearch.pid"
ES_MAIN=local.infra.elasticsearch.LocalElasticsearch

S3_HOST=127.0.0.1
S3_PORT=9190
# Fixed local-only credentials of the development S3 server (never used anywhere else).
S3_ACCESS_KEY=mam-local
S3_SECRET_KEY=mam-local-secret-key
S3_LIB="$LIB_DIR/s3proxy"
S3_CONF="$INFRA_DIR/s3proxy"
S3_DATA="$DATA_DIR/s3proxy"
S3_LOG="$LOG_DIR/s3proxy.log"
S3_PID="$RUN_DIR/s3proxy.pid"
S3_MAIN=org.gaul.s3proxy.Main

PG_HOST=127.0.0.1
PG_PORT=5432

log() { printf '[infra] %s\n' "$*" >&2; }
warn() { printf '[infra] WARNING: %s\n' "$*" >&2; }
die() {
  printf '[infra] ERROR: %s\n' "$*" >&2
  exit 1
}

# port_open HOST PORT: succeeds when something accepts TCP connections there.
port_open() {
  # shellcheck disable=SC2016 # expanded by the inner bash
  timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

# running_pid PIDFILE MARKER: prints the pid recorded in PIDFILE if that process is alive and its
# command line contains MARKER (so a recycled pid is never mistaken for ours).
running_pid() {
  local file=$1 marker=$2 pid args
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  args=$(ps -o args= -p "$pid" 2>/dev/null) || return 1
  [[ $args == *"$marker"* ]] || return 1
  printf '%s\n' "$pid"
}

# take_lock: serialises concurrent runs of up.sh/down.sh in this checkout (held until exit on fd 9;
# processes started while holding it must close fd 9, see up.sh).
take_lock() {
  mkdir -p "$RUN_DIR"
  command -v flock >/dev/null 2>&1 || return 0
  exec 9>"$RUN_DIR/lock"
  if ! flock -n 9; then
    log "another infra/up.sh or infra/down.sh is running here; waiting for it"
    flock -w 900 9 || die "timed out waiting for the other run to finish"
  fi
}

# stop_process NAME PIDFILE MARKER: SIGTERM, wait for a clean shutdown, SIGKILL as a last resort.
stop_process() {
  local name=$1 file=$2 marker=$3 pid i
  if ! pid=$(running_pid "$file" "$marker"); then
    rm -f "$file"
    log "$name: not running (no live process from $(basename "$file"))"
    return 0
  fi
  log "$name: stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name: still running after 60s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$file"
  log "$name: stopped"
}
