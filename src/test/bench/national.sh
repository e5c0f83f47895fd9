#!/usr/bin/env bash
# National-scale benchmark data (docs/benchmark.md, "National-scale data"): loads into the PostgreSQL
# database of the production settings (docs/operations.md) the 2025 tree of 34 provinces and 3,321
# wards, five years of ward assessments on a 137-criterion framework and about 0.7 M tasks, with
# vn.dtiplan.it.NationalData (set-based SQL, then the recount of every kept roll-up figure).
# The database must have been migrated (start the server on it once). Run after `./mvnw package`
# (test classes built). Settings from the environment:
#   DTIPLAN_DB_URL and DTIPLAN_DB_OWNER_USER / DTIPLAN_DB_OWNER_PASSWORD (the owner role: the loader
#   stages rows in temporary tables, which the application role may not create)
# Arguments (all optional): provinces (default all), wards per province (0 = all), code prefix
# (default none: units in force with the file's codes are reused), the account whose password the
# province overseers bench.tinh<code> get (default admin).
#   src/test/bench/national.sh              the whole country
#   src/test/bench/national.sh 2 10 T       two provinces of ten wards, codes T01, T04, T00001…
set -euo pipefail
cd "$(dirname "$0")/../../.."
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test > /dev/null
java -Xmx512m -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" vn.dtiplan.it.NationalData "$@"
