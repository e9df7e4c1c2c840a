#!/usr/bin/env bash
# Mediators at national scale: starts the packaged app (heap 512 MB, no demo data) on a
# database filled by the generator (see bench/README.md), then measures with wrk
#   1. mediator search by name typed without accents (bench/lua/search.lua), as admin;
#   2. the team list of a commune with compliance figures (bench/lua/teams.lua), as admin
#      and as a commune officer on their own commune;
#   3. the import of a 5,000-row workbook (preview + confirm in one API call), as that
#      commune officer, three times with different names.
# Usage: BENCH_PASSWORD=... bench/national.sh h2 /tmp/nat-h2
#        BENCH_PASSWORD=... bench/national.sh postgres 'jdbc:postgresql://127.0.0.1:5432/test?currentSchema=national'
set -euo pipefail
cd "$(dirname "$0")/.."
kind=$1
target=$2
duration=${DURATION:-30}
connections=${CONNECTIONS:-8}
password=${BENCH_PASSWORD:?set BENCH_PASSWORD to the generator's --password}
jar=$(ls target/hoagiai-*.jar | grep -v plain | head -n 1)
port=${PORT:-18090}
out=${OUT:-target/national-$kind}
mkdir -p "$out"
if [ "$kind" = h2 ]; then
  export HOAGIAI_DATA_DIR=$target
  jdbc="jdbc:h2:file:$target/hoagiai;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;FILE_LOCK=FILE"
else
  export HOAGIAI_DB_URL=$target HOAGIAI_DB_USER=${HOAGIAI_DB_USER:-postgres} HOAGIAI_DATA_DIR=$out/data
  jdbc=$target
fi
# Import files first: H2 allows one process at a time.
commune=$(head -n 1 target/national-communes.txt)
for seed in 1 2 3; do
  [ -f "$out/import-$seed.xlsx" ] || ./mvnw -q -B -o exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=vn.hoagiai.bench.ImportWorkbook \
    -Dexec.args="--url $jdbc --commune $commune --rows 5000 --seed $seed --out $out/import-$seed.xlsx"
done
HOAGIAI_DEMO=false PORT=$port java -Xmx512m -jar "$jar" >"$out/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "app died; see $out/app.log" >&2; exit 1; }
  sleep 0.5
done
sign_in() { # user -> prints the session cookie
  local jar_cookies="$out/cookies-$1"
  rm -f "$jar_cookies"
  curl -fs -c "$jar_cookies" -b "$jar_cookies" "http://127.0.0.1:$port/login" >/dev/null
  local token
  token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar_cookies")
  curl -fs -c "$jar_cookies" -b "$jar_cookies" -H "X-XSRF-TOKEN: $token" \
    --data-urlencode "username=$1" --data-urlencode "password=$password" \
    "http://127.0.0.1:$port/login" -o /dev/null
  awk '$6 == "HOAGIAI_SESSION" {print $7}' "$jar_cookies"
}
officer=xa.00001 # the officer of the first commune, $commune
admin_session=$(sign_in admin)
officer_session=$(sign_in "$officer")
export COMMUNES=$(tr '\n' ' ' < target/national-communes.txt)
run() { # name session lua-or-path
  local name=$1 session=$2 what=$3
  if [[ $what == *.lua ]]; then set -- -s "$what" "http://127.0.0.1:$port"; else set -- "http://127.0.0.1:$port$what"; fi
  wrk -t2 -c"$connections" -d10s -H "Cookie: HOAGIAI_SESSION=$session" "$@" >/dev/null
  for round in 1 2 3; do
    echo "== $name, round $round"
    wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Cookie: HOAGIAI_SESSION=$session" "$@" \
      | tee "$out/$name-$round.txt" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx"
  done
}
run search "$admin_session" bench/lua/search.lua
run teams-admin "$admin_session" bench/lua/teams.lua
run teams-officer "$officer_session" "/api/v1/teams?size=50&unitId=$commune"
for seed in 1 2 3; do
  token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$out/cookies-$officer")
  curl -s -o "$out/import-$seed.json" -w "import of 5,000 rows (seed $seed): HTTP %{http_code} in %{time_total} s\n" \
    -b "$out/cookies-$officer" -H "X-XSRF-TOKEN: $token" -H "Accept: application/json" \
    -F "file=@$out/import-$seed.xlsx" "http://127.0.0.1:$port/api/v1/mediators/import"
done
