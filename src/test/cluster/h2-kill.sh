#!/usr/bin/env bash
# The embedded H2 default under faults (issue 12; docs/operations.md, "Backups"). Run after
# ./mvnw package -DskipTests:
#   src/test/cluster/h2-kill.sh              H2_SECONDS=24 WRITERS=2 PORT=8183
# One instance in demo mode (--nohazelcast, as the run command) on a fresh H2 file database in a temporary directory:
#   1. API writes (plan drafts, some issued) for H2_SECONDS; a third in, an online backup
#      (POST /api/admin/backup as the administrator); two thirds in, `kill -9` of the instance
#   2. restart on the same files: the database opens (readiness) and every acknowledged write is there
#   3. restore drill: stop, unzip the backup into a fresh directory, start on it: every write
#      acknowledged before the backup was asked for is there
# Exits non-zero on a lost write or a failed start; stops what it started, deletes its directory.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=$(mktemp -d /tmp/dtiplan-h2kill.XXXXXX)
source "$ROOT/src/test/cluster/lib.sh"
trap cleanup EXIT
trap 'exit 130' INT TERM
H2_SECONDS=${H2_SECONDS:-24}
WRITERS=${WRITERS:-2}
PORT=${PORT:-8183}
BASE=http://127.0.0.1:$PORT/
require_war
started=$(date +%s)

# settings_for <data dir>: demo.properties (its URL options included) with the database under that directory
settings_for() {
    sed "s#^dtiplan.db.url=jdbc:h2:file:./data/#dtiplan.db.url=jdbc:h2:file:$1/#" "$ROOT/server-config/demo.properties"
    printf 'dtiplan.notifications.timer=false\ndtiplan.backup.dir=%s\n' "$WORK/backups"
}
settings_for "$WORK/data" > "$WORK/h2.properties"
settings_for "$WORK/restored" > "$WORK/restored.properties"

# as the run command starts it: no data grid, sessions in memory
SINGLE=(--nohazelcast --prebootcommandfile "$ROOT/server-config/pre-boot-commands.txt")
launch h2 "$PORT" 6900 "$WORK/h2.properties" "${SINGLE[@]}"
PID=$LAST_PID
log "H2 instance ready after $(( $(date +%s) - started )) s"

mkdir -p "$WORK/writes"
load "$BASE" "$H2_SECONDS" 0 "$WRITERS" "$WORK/writes" > "$WORK/writes/report.txt" 2>&1 &
DRIVER=$!
PIDS+=("$DRIVER")
sleep $(( H2_SECONDS / 3 ))
BACKUP_ASKED=$(now_ms)
curl -s -m 60 -u admin:demo -X POST -o "$WORK/backup.json" -w '%{http_code}' "${BASE}api/admin/backup" > "$WORK/backup.status"
[[ "$(cat "$WORK/backup.status")" == 201 ]] || fail "backup answered $(cat "$WORK/backup.status"): $(cat "$WORK/backup.json")"
BACKUP_FILE=$(sed -n 's/.*"path":"\([^"]*\)".*/\1/p' "$WORK/backup.json")
log "online backup under load: $BACKUP_FILE, $(stat -c %s "$BACKUP_FILE") bytes in $(( $(now_ms) - BACKUP_ASKED )) ms"
sleep $(( H2_SECONDS / 3 ))
kill -9 "$PID"
KILLED=$(now_ms)
log "killed the H2 instance (pid $PID) with SIGKILL during writes"
wait "$DRIVER" || true
sed 's/^/    /' "$WORK/writes/report.txt"
acked=$(wc -l < "$WORK/writes/acked.tsv")
[[ "$acked" -gt 0 ]] || fail "no write was acknowledged before the kill"

t0=$(date +%s)
launch h2-restarted "$PORT" 6900 "$WORK/h2.properties" "${SINGLE[@]}"
PID=$LAST_PID
log "restarted on the killed instance's files: ready in $(( $(date +%s) - t0 )) s"
FAILED=()
result=$(load check "$BASE" "$WORK/writes/acked.tsv") || FAILED+=("after the kill: $result")
log "after the kill: $result"
kill "$PID"
wait "$PID" 2>/dev/null || true

mkdir -p "$WORK/restored"
unzip -q "$BACKUP_FILE" -d "$WORK/restored"
t0=$(date +%s)
launch restored "$PORT" 6900 "$WORK/restored.properties" "${SINGLE[@]}"
PID=$LAST_PID
log "started on the unzipped backup: ready in $(( $(date +%s) - t0 )) s"
result=$(load check "$BASE" "$WORK/writes/acked.tsv" "$BACKUP_ASKED") || FAILED+=("restored backup: $result")
log "restored backup (writes acknowledged before the backup was asked for): $result"

log "done in $(( $(date +%s) - started )) s (kill at $KILLED)"
if ((${#FAILED[@]} > 0)); then
    printf 'FAILED: %s\n' "${FAILED[@]}"
    exit 1
fi
log "PASSED: the killed H2 database reopened with every acknowledged write; the backup restored"
