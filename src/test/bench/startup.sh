#!/usr/bin/env bash
# Startup and footprint benchmark: cold start of the packaged WAR on Payara Micro (demo mode,
# fresh H2 database) to /health/ready 200 with the application's database check, the CPU time
# the server spent until then, resident memory after start and after a warm-up, and the latency
# of GET /api/units per demo role. Run after `./mvnw package`:
#   src/test/bench/startup.sh            (port 8097, -Xmx512m)
#   CDS=true src/test/bench/startup.sh   the same start with class-data sharing (docs/operations.md,
#                                        "Faster start"): a launcher in target/cds, one training
#                                        start that writes the archive (first run only), then the
#                                        measured start mapping it
#   JVM_OPTS= src/test/bench/startup.sh       the measured start with the JVM's default JIT (C1 + C2); by
#                                        default it runs C1 only, as the Maven run command does (pom.xml)
#   JVM_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" src/test/bench/startup.sh   other JVM options
#   LOG=/tmp/server.log src/test/bench/startup.sh                  keeps the measured start's server log
#   THREADS=true src/test/bench/startup.sh     also the CPU seconds until ready per kind of thread (JIT, GC, ...)
#   STEADY=300 src/test/bench/startup.sh       that many more calls before the CPU per call is measured
# Only talks to 127.0.0.1. Prints one line per figure; the load average says how quiet it was.
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-8097}
HEAP=${HEAP:-512m}
CDS=${CDS:-false}
JVM_OPTS=${JVM_OPTS--XX:TieredStopAtLevel=1}
LOG=${LOG:-}
THREADS=${THREADS:-false}
STEADY=${STEADY:-0}
VERSION=6.2025.10
JAR=${MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$VERSION/payara-micro-$VERSION.jar}
[ -f "$JAR" ] || ./mvnw -q dependency:get -Dartifact=fish.payara.extras:payara-micro:$VERSION
WORK=$(mktemp -d)
PID=""
trap '[ -z "$PID" ] || kill $PID 2>/dev/null || true; wait 2>/dev/null || true; [ -z "$LOG" ] || cp "$WORK/server.log" "$LOG"; rm -rf "$WORK"' EXIT

# start_server <log> <java option ...>: the demo start (fresh H2 under $WORK/data-N); sets PID
RUN=0
start_server() {
    local log=$1 root
    shift
    RUN=$((RUN + 1))
    sed "s#./data/#$WORK/data-$RUN/#" server-config/demo.properties > "$WORK/bench-$RUN.properties"
    if [ "$CDS" = true ]; then
        # the launcher's root keeps the runtime the archive was made from; never a saved copy of the WAR
        root=target/cds/micro
        rm -rf "$root/applications" "$root/generated"
        set -- "$@" -jar "$root/launch-micro.jar"
    else
        root="$WORK/root-$RUN"
        set -- "$@" -jar "$JAR"
    fi
    java -Xmx$HEAP -Dhazelcast.socket.bind.any=false "$@" --nohazelcast --port "$PORT" \
        --deploy target/dtiplan.war --contextroot / --rootdir "$root" \
        --systemProperties "$WORK/bench-$RUN.properties" --prebootcommandfile server-config/pre-boot-commands.txt \
        > "$log" 2>&1 &
    PID=$!
}

# wait_ready <log>: /health/ready answers 200 with the database check in it (while the WAR is still
# deploying the server answers 200 with no checks at all)
wait_ready() {
    local body
    for _ in $(seq 1 3000); do
        body=$(curl -s -f -m 5 "http://127.0.0.1:$PORT/health/ready" || true)
        [[ "$body" == *'"database"'* ]] && return 0
        kill -0 $PID 2>/dev/null || { tail -30 "$1"; exit 1; }
        sleep 0.1
    done
    echo "not ready after 300 s"; exit 1
}

if [ "$CDS" = true ]; then
    mkdir -p target/cds
    [ -f target/cds/micro/launch-micro.jar ] \
        || java -jar "$JAR" --rootdir target/cds/micro --outputlauncher > "$WORK/launcher.log" 2>&1
    if [ ! -f target/cds/dtiplan.jsa ]; then
        echo "training start: writing target/cds/dtiplan.jsa (once; delete it after a JDK or Payara update)"
        start_server "$WORK/training.log" -XX:ArchiveClassesAtExit=target/cds/dtiplan.jsa
        wait_ready "$WORK/training.log"
        curl -s -o /dev/null -u tinh.brvt:demo "http://127.0.0.1:$PORT/api/units"
        curl -s -o /dev/null "http://127.0.0.1:$PORT/login.xhtml"
        kill -TERM $PID; wait $PID || true
        PID=""
    fi
    OPTIONS=(-XX:SharedArchiveFile=target/cds/dtiplan.jsa)
else
    OPTIONS=(-Xshare:auto)
fi

load=$(cut -d' ' -f1 /proc/loadavg)
start=$(date +%s%N)
# shellcheck disable=SC2086
start_server "$WORK/server.log" "${OPTIONS[@]}" $JVM_OPTS
wait_ready "$WORK/server.log"
ready=$(( ($(date +%s%N) - start) / 1000000 ))
cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' /proc/$PID/stat)
echo "cold start to /health/ready 200: ${ready} ms, ${cpu} s of CPU (CDS=$CDS${JVM_OPTS:+, $JVM_OPTS}; includes migrations and demo data; load average $load before, $(cut -d' ' -f1 /proc/loadavg) after)"
if [ "$THREADS" = true ]; then
    # thread names without their numbers ("C2 CompilerThre", "GC Thread#", "main", ...), busiest first
    for task in /proc/$PID/task/*; do
        # a thread that ended meanwhile is left out
        if stat=$(cat "$task/stat" 2>/dev/null); then
            echo "$(tr -d '0-9' < "$task/comm" 2>/dev/null)|$(echo "${stat##*)}" | awk '{print $12 + $13}')"
        fi
    done | awk -F'|' -v hz="$(getconf CLK_TCK)" '{cpu[$1] += $2; n[$1]++}
        END {for (k in cpu) if (cpu[k] >= hz / 10) printf "  %6.1f s  %s (%d)\n", cpu[k] / hz, k, n[k]}' | sort -rn
fi
echo "RSS after start: $(( $(ps -o rss= -p $PID) / 1024 )) MB (heap limit $HEAP)"

for user in tinh.brvt tp.vungtau phuong2.vungtau; do
    curl -s -o /dev/null -u "$user:demo" "http://127.0.0.1:$PORT/api/units"   # warm-up
    total=0
    for _ in $(seq 1 20); do
        t=$(curl -s -o /dev/null -w '%{time_total}' -u "$user:demo" "http://127.0.0.1:$PORT/api/units")
        total=$(echo "$total + $t" | bc -l)
    done
    printf 'GET /api/units as %-16s mean of 20: %.0f ms\n' "$user" "$(echo "$total * 1000 / 20" | bc -l)"
done
echo "RSS after 60 API calls: $(( $(ps -o rss= -p $PID) / 1024 )) MB"

# the server's CPU time per call once warm (the JIT's choice shows here, whatever the load): 60 more calls
# after $STEADY more (the default JIT keeps compiling for a few hundred calls after the start)
cpu_ticks() { awk '{print $14 + $15}' /proc/$PID/stat; }
for _ in $(seq 1 "$STEADY"); do
    curl -s -o /dev/null -u "tp.vungtau:demo" "http://127.0.0.1:$PORT/api/units"
done
before=$(cpu_ticks)
for user in tinh.brvt tp.vungtau phuong2.vungtau; do
    for _ in $(seq 1 20); do curl -s -o /dev/null -u "$user:demo" "http://127.0.0.1:$PORT/api/units"; done
done
echo "server CPU per GET /api/units once warm (60 calls after $((60 + STEADY))): $(( ($(cpu_ticks) - before) * 1000 / $(getconf CLK_TCK) / 60 )) ms"
