#!/usr/bin/env bash
# API credentials benchmark: GET /api/units requests/s with HTTP Basic and with a personal API
# token (Bearer), CLIENTS parallel connections, REQUESTS calls each way, after a warm-up. Starts
# the packaged WAR like startup.sh (demo mode, fresh H2). Run after `./mvnw package`:
#   src/test/bench/credentials.sh                 (WAR=target/dtiplan.war PORT=8098 CLIENTS=4 REQUESTS=400)
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
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
sed "s#./data/#$WORK/data/#" server-config/demo.properties > "$WORK/bench.properties"
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
    printf '%-28s %6.1f requests/s  (%d calls, %d clients, statuses: %s) load average %s\n' "$label" \
        "$(echo "$REQUESTS * 1000000000 / ($end - $start)" | bc -l)" "$REQUESTS" "$CLIENTS" "$codes" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
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
