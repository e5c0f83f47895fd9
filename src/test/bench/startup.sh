#!/usr/bin/env bash
# Startup and footprint benchmark: cold start of the packaged WAR on Payara Micro (demo mode,
# fresh H2 database) to /health/ready 200, resident memory after start and after a warm-up,
# and the latency of GET /api/units per demo role. Run after `./mvnw package`:
#   src/test/bench/startup.sh            (port 8097, -Xmx768m)
# Only talks to 127.0.0.1. Prints one line per figure.
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-8097}
HEAP=${HEAP:-768m}
VERSION=6.2025.10
JAR=${MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$VERSION/payara-micro-$VERSION.jar}
[ -f "$JAR" ] || ./mvnw -q dependency:get -Dartifact=fish.payara.extras:payara-micro:$VERSION
WORK=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
sed "s#./data/#$WORK/data/#" server-config/demo.properties > "$WORK/bench.properties"

start=$(date +%s%N)
java -Xmx$HEAP -Dhazelcast.socket.bind.any=false -jar "$JAR" --nohazelcast --port "$PORT" \
    --deploy target/dtiplan.war --contextroot / --rootdir "$WORK/root" \
    --systemProperties "$WORK/bench.properties" --prebootcommandfile server-config/pre-boot-commands.txt \
    > "$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" = 200 ] && break
    kill -0 $PID 2>/dev/null || { tail -30 "$WORK/server.log"; exit 1; }
    sleep 0.2
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
echo "cold start to /health/ready 200: ${ready} ms (includes migrations and demo data)"
echo "RSS after start: $(( $(ps -o rss= -p $PID) / 1024 )) MB (heap limit $HEAP)"

for user in tinh.brvt tp.vungtau phuong2.vungtau; do
    curl -s -o /dev/null -u "$user:demo" "http://127.0.0.1:$PORT/api/units"   # warm-up
    total=0
    for _ in $(seq 1 20); do
        t=$(curl -s -o /dev/null -w '%{time_total}' -u "$user:demo" "http://127.0.0.1:$PORT/api/units")
        total=$(echo "$total + $t" | bc -l)
    done
    printf 'GET /api/units as %-16s mean of 20: %.0f ms (HTTP Basic re-hashes PBKDF2 on every call)\n' \
        "$user" "$(echo "$total * 1000 / 20" | bc -l)"
done
echo "RSS after 60 API calls: $(( $(ps -o rss= -p $PID) / 1024 )) MB"
