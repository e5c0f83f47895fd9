#!/usr/bin/env bash
# API credentials benchmark: GET /api/units requests/s with HTTP Basic and with a personal API
# token (Bearer), CLIENTS parallel connections, REQUESTS calls each way, after a warm-up; then issue
# 15's figure: GET /api/units/{ward}/progress with a token, its median latency beside the static
# resource's and its throughput with 8 clients beside the static resource's (the ratios). Starts
# the packaged WAR like startup.sh (demo mode, fresh H2). Run after `./mvnw package`:
#   src/test/bench/credentials.sh                 (WAR=target/dtiplan.war PORT=8098 CLIENTS=4 REQUESTS=400)
# WARMUP=N sends N progress calls and N static calls (8 clients) before issue 15's figures: a server in steady
# state, its hot code compiled by C2 (default 0: the figures of a server that has served about 1,250 calls).
# WRITES=N reports progress N times a second meanwhile (below). DB=postgresql runs on PostgreSQL (below).
# A WAR without /api/tokens (before issue 15) reports Basic only. Only talks to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-8098}
HEAP=${HEAP:-768m}
WAR=${WAR:-target/dtiplan.war}
CLIENTS=${CLIENTS:-4}
REQUESTS=${REQUESTS:-400}
USER_NAME=${USER_NAME:-tp.vungtau}
VERSION=6.2025.10
JAR=${MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$VERSION/payara-micro-$VERSION.jar}
WORK=$(mktemp -d)
PID=""
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; stop_postgresql; rm -rf "$WORK"' EXIT
stop_postgresql() { :; }
if [ "${DB:-h2}" = postgresql ]; then
    # DB=postgresql: the demo data in a temporary PostgreSQL (Debian's package, 127.0.0.1:$PG_PORT), roles and
    # row-level security as in production, as the fault scripts start it (src/test/cluster/lib.sh)
    ROOT=$(pwd)
    # shellcheck source=../cluster/lib.sh
    . src/test/cluster/lib.sh
    start_postgresql
    stop_postgresql() { as_postgres "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m immediate -w -t 30 > /dev/null 2>&1 || true; }
    sed 's/^dtiplan.demo=.*/dtiplan.demo=true/' server-config/postgresql.properties > "$WORK/bench.properties"
else
    sed "s#./data/#$WORK/data/#" server-config/demo.properties > "$WORK/bench.properties"
fi
java -Xmx$HEAP -Dhazelcast.socket.bind.any=false -jar "$JAR" --nohazelcast --port "$PORT" \
    --deploy "$WAR" --contextroot / --rootdir "$WORK/root" \
    --systemProperties "$WORK/bench.properties" --prebootcommandfile server-config/pre-boot-commands.txt \
    > "$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 900); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" = 200 ] && break
    kill -0 $PID 2>/dev/null || { tail -30 "$WORK/server.log"; exit 1; }
    sleep 0.2
done
URL="http://127.0.0.1:$PORT/api/units"

# rate LABEL URL CURL-AUTH-ARGS...: REQUESTS calls over CLIENTS parallel connections, answers/s and statuses
rate() {
    local label=$1 URL=$2; shift 2
    curl -s -o /dev/null "$@" "$URL"; curl -s -o /dev/null "$@" "$URL"   # warm-up
    for _ in $(seq 1 20); do curl -s -o /dev/null "$@" "$URL"; done
    local start end codes
    start=$(date +%s%N)
    codes=$(curl -s --no-progress-meter -o /dev/null -w '%{http_code}\n' --parallel --parallel-max "$CLIENTS" "$@" "$URL?[1-$REQUESTS]" \
        | sort | uniq -c | tr '\n' ' ')
    end=$(date +%s%N)
    RATE=$(echo "$REQUESTS * 1000000000 / ($end - $start)" | bc -l)
    printf '%-28s %6.1f requests/s  (%d calls, %d clients, statuses: %s) load average %s\n' "$label" \
        "$RATE" "$REQUESTS" "$CLIENTS" "$codes" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# median LABEL URL CURL-ARGS...: the median of 50 sequential calls' times (ms), after the warm-up above
median() {
    local label=$1 URL=$2; shift 2
    MEDIAN=$(for _ in $(seq 1 50); do curl -s -o /dev/null -w '%{time_total}\n' "$@" "$URL"; done \
        | sort -n | sed -n 25p | awk '{printf "%.2f", $1 * 1000}')
    printf '%-40s median %6.2f ms of 50 calls, load average %s\n' "$label" "$MEDIAN" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

rate "GET /api/units Basic" "$URL" -u "$USER_NAME:demo"
TOKEN=$(curl -s -u "$USER_NAME:demo" -H 'Content-Type: application/json' -d '{"name":"benchmark"}' \
    "http://127.0.0.1:$PORT/api/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
if [ -n "$TOKEN" ]; then
    rate "GET /api/units Bearer token" "$URL" -H "Authorization: Bearer $TOKEN"
else
    echo "no /api/tokens in this WAR: token not measured"
fi
rate "GET /health/ready (no auth)" "http://127.0.0.1:$PORT/health/ready"
[ -n "$TOKEN" ] || exit 0

STATIC="http://127.0.0.1:$PORT/resources/css/dtiplan.css"   # a static file (/health/ready queries the database)
WARD=$(curl -s -H "Authorization: Bearer $TOKEN" "$URL" | python3 -c \
    'import json,sys; print(next(u["code"] for u in json.load(sys.stdin) if u.get("level") == "WARD"))')
PROGRESS="$URL/$WARD/progress"
CLIENTS=8
if [ "${WARMUP:-0}" -gt 0 ]; then
    curl -s -o /dev/null --no-progress-meter --parallel --parallel-max 8 -H "Authorization: Bearer $TOKEN" "$PROGRESS?[1-$WARMUP]"
    curl -s -o /dev/null --no-progress-meter --parallel --parallel-max 8 "$STATIC?[1-$WARMUP]"
    echo "warm-up: $WARMUP progress and $WARMUP static calls, load average $(cut -d' ' -f1-3 /proc/loadavg)"
fi
# WRITES=N: a ward officer reports progress N times a second while the progress figures are taken; every write
# ends the kept answers (docs/architecture.md, "Answers kept while nothing was written"), so this is the call's cost
# for a province at work rather than one at rest
if [ "${WRITES:-0}" != 0 ]; then
    WRITER=$(curl -s -u "phuong2.vungtau:demo" -H 'Content-Type: application/json' -d '{"name":"writer"}' \
        "http://127.0.0.1:$PORT/api/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
    OWN=$(curl -s -H "Authorization: Bearer $WRITER" "$URL" | python3 -c \
        'import json,sys; print(next(u["code"] for u in json.load(sys.stdin) if u.get("level") == "WARD"))')
    TASK=$(curl -s -H "Authorization: Bearer $WRITER" "$URL/$OWN/progress/tasks" | python3 -c \
        'import json,sys; d = json.load(sys.stdin); print((d["items"] if isinstance(d, dict) else d)[0]["taskId"])')
    (n=0; while :; do n=$((n + 1)); curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $WRITER" \
        -H 'Content-Type: application/json' -d "{\"status\":\"IN_PROGRESS\",\"percent\":$((n % 90 + 5))}" \
        "http://127.0.0.1:$PORT/api/tasks/$TASK/progress" >> "$WORK/writes"; sleep "$(echo "1 / $WRITES" | bc -l)"; done) &
    WRITING=$!
fi
rate "progress of $WARD, token" "$PROGRESS" -H "Authorization: Bearer $TOKEN"; progress_rate=$RATE
rate "static dtiplan.css, 8 clients" "$STATIC"; static_rate=$RATE
median "progress of $WARD, token" "$PROGRESS" -H "Authorization: Bearer $TOKEN"; progress_median=$MEDIAN
median "static dtiplan.css" "$STATIC"; static_median=$MEDIAN
if [ -n "${WRITING:-}" ]; then
    kill "$WRITING"; wait "$WRITING" 2>/dev/null || true
    echo "meanwhile task $TASK of $OWN got progress reports, statuses: $(sort "$WORK/writes" | uniq -c | tr '\n' ' ')"
fi
printf 'progress with a token: median %.1f x the static resource (issue 15: <= 5); throughput %.0f %% of it (>= 25)\n' \
    "$(echo "$progress_median / $static_median" | bc -l)" "$(echo "100 * $progress_rate / $static_rate" | bc -l)"
