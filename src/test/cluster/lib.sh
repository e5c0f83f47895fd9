# Shared by the fault scripts of src/test/cluster (sourced, not run). Everything binds
# 127.0.0.1; every wait has a limit; `cleanup` (set as the EXIT trap by each script) stops
# what was started, by process id, and deletes the temporary directory.
# Expects ROOT (the project) and WORK (a fresh temporary directory) to be set.

VERSION=6.2025.10
JAR=${MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$VERSION/payara-micro-$VERSION.jar}
HEAP=${HEAP:-512m}
PG_PORT=${PG_PORT:-55432}
PIDS=()
PG_DATA=""

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
now_ms() { date +%s%3N; }
fail() { log "FAIL: $*"; exit 1; }

cleanup() {
    local status=$?
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$pid" 2>/dev/null || true
    done
    if [[ -n "$PG_DATA" && -f "$PG_DATA/postmaster.pid" ]]; then
        as_postgres "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m immediate -w -t 30 > /dev/null 2>&1 || true
    fi
    if [[ "${KEEP_WORK:-false}" == true || $status -ne 0 ]]; then
        log "logs kept in $WORK"
    else
        rm -rf "$WORK"
    fi
    exit $status
}

require_war() {
    [[ -f "$ROOT/target/dtiplan.war" ]] || fail "no target/dtiplan.war: run ./mvnw package -DskipTests first"
    [[ -f "$JAR" ]] || (cd "$ROOT" && ./mvnw -q dependency:get -Dartifact=fish.payara.extras:payara-micro:$VERSION)
    # the load driver runs from the test classes with the test classpath
    [[ -f "$ROOT/target/test-classes/vn/dtiplan/it/ClusterLoad.class" ]] || fail "no test classes: run ./mvnw package -DskipTests"
    if [[ ! -s "$ROOT/target/test-classpath.txt" || "$ROOT/pom.xml" -nt "$ROOT/target/test-classpath.txt" ]]; then
        (cd "$ROOT" && ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test \
            -Dmdep.outputFile=target/test-classpath.txt > "$WORK/classpath.log" 2>&1) || fail "classpath: see $WORK/classpath.log"
    fi
}

# ClusterLoad <base URL> <seconds> <sessions> <writers> <dir> [instance URL ...]
load() {
    java -Xmx256m -cp "$ROOT/target/test-classes:$(cat "$ROOT/target/test-classpath.txt")" vn.dtiplan.it.ClusterLoad "$@"
}

# Runs a PostgreSQL binary as the cluster's owner: PostgreSQL refuses to run as root.
as_postgres() {
    if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# psql as the superuser over the socket of the temporary cluster (superusers bypass row-level security).
superuser_psql() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOME" -p "$PG_PORT" -U postgres "$@"; }

start_postgresql() {
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [[ -x "$PG_BIN/initdb" ]] || fail "PostgreSQL is not installed (apt-get install postgresql)"
    # data, socket, log and dumps in one directory the cluster's owner can write
    PG_HOME="$WORK/pg"
    PG_DATA="$PG_HOME/data"
    mkdir -p "$PG_HOME"
    chmod 755 "$WORK"
    [[ "$(id -u)" -ne 0 ]] || chown postgres "$PG_HOME"
    as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 > "$WORK/initdb.log" 2>&1 || fail "initdb: see $WORK/initdb.log"
    as_postgres "$PG_BIN/pg_ctl" start -D "$PG_DATA" -w -t 60 -l "$PG_HOME/postgresql.log" \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_HOME" > /dev/null \
        || fail "PostgreSQL did not start: see $PG_HOME/postgresql.log"
    OWNER_PASSWORD=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
    APP_PASSWORD=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
    # the roles and database exactly as docs/operations.md asks production for
    superuser_psql -d postgres <<SQL
create role dtiplan_owner login password '$OWNER_PASSWORD';
create role dtiplan_app   login password '$APP_PASSWORD';
create database dtiplan owner dtiplan_owner;
\c dtiplan
alter schema public owner to dtiplan_owner;
revoke create on schema public from public;
SQL
    export DTIPLAN_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/dtiplan"
    export DTIPLAN_DB_USER=dtiplan_app DTIPLAN_DB_PASSWORD="$APP_PASSWORD"
    export DTIPLAN_DB_OWNER_USER=dtiplan_owner DTIPLAN_DB_OWNER_PASSWORD="$OWNER_PASSWORD"
    log "PostgreSQL $(basename "$(dirname "$PG_BIN")") on 127.0.0.1:$PG_PORT, roles dtiplan_owner and dtiplan_app"
}

# start_instance <name> <http port> <properties file> [payara micro option ...]; sets LAST_PID.
# The options must include a --prebootcommandfile (the project's pre-boot files bind HTTP to loopback).
# A fresh root directory per start: a reused one deploys its saved copy of the WAR first, then
# --deploy replaces it, and requests in between get 404.
start_instance() {
    local name=$1 port=$2 properties=$3
    shift 3
    java -Xmx"$HEAP" -Dhazelcast.socket.bind.any=false -Dfile.encoding=UTF-8 -jar "$JAR" \
        --deploy "$ROOT/target/dtiplan.war" --contextroot / --port "$port" --name "$name" \
        --rootdir "$(mktemp -d "$WORK/root-$name.XXXX")" --systemProperties "$properties" \
        "$@" \
        >> "$WORK/$name.log" 2>&1 &
    LAST_PID=$!
    PIDS+=("$LAST_PID")
}

# ready <port>: /health/ready is 200 with the application's database check in it (while the WAR is
# still deploying the server answers 200 with no checks at all)
ready() {
    local body
    body=$(curl -s -f -m 5 "http://127.0.0.1:$1/health/ready") && [[ "$body" == *'"database"'* ]]
}

# wait_ready <port> <pid> <log> [seconds]: the server says it is ready (all deployments done) and
# /health/ready agrees (the log alone is not enough: a failed deployment logs "ready" too).
# Returns 1 when the process exited.
wait_ready() {
    local port=$1 pid=$2 file=$3 limit=${4:-300} start
    start=$(date +%s)
    while (( $(date +%s) - start < limit )); do
        grep -q "Payara Micro .* ready in" "$file" && ready "$port" && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 1
    done
    fail "the instance on port $port was not ready after ${limit}s"
}

# launch <name> <http port> <grid port> <properties> [option ...]: starts an instance and waits
# until it is ready; sets LAST_PID. On a shared machine other builds' instances take data grid
# ports for a while: when one took ours during the boot, waits and tries again (START_ATTEMPTS).
launch() {
    local name=$1 port=$2 grid=$3 properties=$4 attempt
    shift 4
    for attempt in $(seq 1 "${START_ATTEMPTS:-6}"); do
        wait_port_free "$grid"
        start_instance "$name" "$port" "$properties" --startport "$grid" "$@"
        wait_ready "$port" "$LAST_PID" "$WORK/$name.log" && return 0
        grep -q "Port \[$grid\] is already in use" "$WORK/$name.log" || fail "instance $name exited: see $WORK/$name.log"
        log "data grid port $grid was taken while $name started (attempt $attempt)"
        mv "$WORK/$name.log" "$WORK/$name.log.$attempt"
    done
    fail "instance $name found port $grid busy ${START_ATTEMPTS:-6} times"
}

# preboot_file <file in server-config>: the project's pre-boot commands (pre-boot-cluster.txt for
# members of a grid, pre-boot-commands.txt for a single instance) and no port auto-increment: a
# busy data grid port must fail the start, never move a member to 6902+. Prints the file's path.
preboot_file() {
    { cat "$ROOT/server-config/$1"; echo "set hazelcast-runtime-configuration.auto-increment-port=false"; } \
        > "$WORK/pre-boot-$1"
    echo "$WORK/pre-boot-$1"
}

# wait_port_free <port> [seconds]: other builds' single instances hold the data grid's ports for a while
wait_port_free() {
    local port=$1 limit=${2:-180} start
    start=$(date +%s)
    while (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        (( $(date +%s) - start < limit )) || fail "port $port stayed busy for ${limit}s"
        sleep 1
    done
}

event() { printf '%s\t%s\n' "$(now_ms)" "$2" >> "$1/events.tsv"; }
