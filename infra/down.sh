#!/usr/bin/env bash
# Stops what infra/up.sh started (tracked by the pid files in .infra/run/).
# Services that were merely reused (such as the machine's PostgreSQL) are left alone.
# Data stays in .infra/data/; delete that folder for a clean slate.
set -euo pipefail

# shellcheck source=infra/common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

take_lock
stop_process s3proxy "$S3_PID" "$S3_MAIN"
stop_process elasticsearch "$ES_PID" "$ES_MAIN"
stop_process kafka "$KAFKA_PID" "$KAFKA_MAIN"
log "postgres: left untouched"
