#!/usr/bin/env bash
# Session load run (docs/benchmark.md): starts the packaged WAR in demo mode with a fresh H2
# database, then runs browser-like screen sessions (vn.dtiplan.it.SessionLoad: every screen
# reachable from the menu, Ajax postbacks) for SECONDS each: 8 sessions, 8 clients sharing one
# session, 32 sessions. Prints each run's counts, the load average, and how many session
# attributes the server could not serialise. Run after `./mvnw package` (test classes built):
#   src/test/bench/sessions.sh               one instance as the run command starts it
#   GRID=1 src/test/bench/sessions.sh        a one-member TCP/IP data grid with session
#                                            replication, as each instance of a cluster runs
# Only talks to 127.0.0.1; stops its server on exit.
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-8096}
SECONDS_EACH=${SECONDS_EACH:-60}
VERSION=6.2025.10
JAR=${MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$VERSION/payara-micro-$VERSION.jar}
[ -f "$JAR" ] || ./mvnw -q dependency:get -Dartifact=fish.payara.extras:payara-micro:$VERSION
WORK=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test > /dev/null
CP="target/test-classes:$(cat "$WORK/cp.txt")"
sed "s#./data/#$WORK/data/#" server-config/demo.properties > "$WORK/bench.properties"

if [ "${GRID:-0}" = 1 ]; then
    mode=(--clustermode "tcpip:127.0.0.1:${GRID_PORT:-6950}" --startport "${GRID_PORT:-6950}" --interfaces 127.0.0.1
          --clusterName "bench-$$" --prebootcommandfile server-config/pre-boot-cluster.txt)
else
    mode=(--nohazelcast --prebootcommandfile server-config/pre-boot-commands.txt)
fi
java -Xmx768m -Dhazelcast.socket.bind.any=false -jar "$JAR" "${mode[@]}" --port "$PORT" \
    --deploy target/dtiplan.war --contextroot / --rootdir "$WORK/root" \
    --systemProperties "$WORK/bench.properties" > "$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 1500); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" = 200 ] && break
    kill -0 $PID 2>/dev/null || { tail -30 "$WORK/server.log"; exit 1; }
    sleep 0.2
done
echo "mode: ${mode[*]}"
echo "listening: $(ss -ltnp | grep "pid=$PID," | awk '{print $4}' | tr '\n' ' ')"
status=0
for run in "8 separate tinh.brvt" "8 shared tp.vungtau" "32 separate tinh.brvt"; do
    set -- $run
    java -cp "$CP" vn.dtiplan.it.SessionLoad "http://127.0.0.1:$PORT/" "$1" "$SECONDS_EACH" "$2" "$3" demo || status=1
    echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "session attributes the server could not serialise: $(grep -c 'Cannot serialize session attribute' "$WORK/server.log" || true)"
echo "sessions reloaded from a store that failed: $(grep -c 'Caught exception attempting to load session' "$WORK/server.log" || true)"
exit $status
