#!/usr/bin/env bash
# Cases at national scale: starts the packaged app (heap 512 MB, no demo data) on a
# database filled by the generator (NationalData, which adds ~1,000,000 cases), signs in
# as the officer of the first commune (xa.00001) and measures with wrk
#   1. case intake through the API (POST /api/v1/cases with an Idempotency-Key) to the
#      commune's teams (bench/lua/cases-create.lua);
#   2. the commune's case list page (GET /cases?unitId=..., HTML; bench/lua/cases-list.lua).
# Non-2xx answers are counted in each round's last line; a round with any is not a result.
# Usage: BENCH_PASSWORD=... bench/cases.sh h2 /tmp/nat-h2
#        BENCH_PASSWORD=... bench/cases.sh postgres 'jdbc:postgresql://127.0.0.1:5432/test?currentSchema=national'
set -euo pipefail
cd "$(dirname "$0")/.."
kind=$1
target=$2
duration=${DURATION:-15}
connections=${CONNECTIONS:-2 8}
password=${BENCH_PASSWORD:?set BENCH_PASSWORD to the password given to the generator}
jar=${JAR:-$(ls target/hoagiai-*.jar | grep -v plain | head -n 1)}
port=${PORT:-18091}
out=${OUT:-target/cases-$kind}
officer=${OFFICER:-xa.00001}
mkdir -p "$out"
if [ "$kind" = h2 ]; then
  export HOAGIAI_DATA_DIR=$target
else
  export HOAGIAI_DB_URL=$target HOAGIAI_DB_USER=${HOAGIAI_DB_USER:-postgres} HOAGIAI_DATA_DIR=$out/data
fi
HOAGIAI_DEMO=false PORT=$port java -Xmx512m -jar "$jar" >"$out/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "app died; see $out/app.log" >&2; exit 1; }
  sleep 0.5
done
cookies="$out/cookies"
rm -f "$cookies"
curl -fs -c "$cookies" -b "$cookies" "http://127.0.0.1:$port/login" >/dev/null
xsrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$cookies")
curl -fs -c "$cookies" -b "$cookies" -H "X-XSRF-TOKEN: $xsrf" --data-urlencode "username=$officer" \
  --data-urlencode "password=$password" "http://127.0.0.1:$port/login" -o /dev/null
# the sign-in replaces the CSRF token: read the new one from the next page
curl -fs -c "$cookies" -b "$cookies" "http://127.0.0.1:$port/cases?size=1" -o /dev/null
xsrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$cookies")
session=$(awk '$6 == "HOAGIAI_SESSION" {print $7}' "$cookies")
unit=$(curl -fs -b "$cookies" -H "Accept: application/json" "http://127.0.0.1:$port/api/v1/me" \
  | grep -o '"unitId":[0-9]*' | head -n 1 | grep -o '[0-9]*')
teams=$(curl -fs -b "$cookies" -H "Accept: application/json" \
  "http://127.0.0.1:$port/api/v1/teams?size=200&unitId=$unit" | grep -o '"id":[0-9]*' | grep -o '[0-9]*' | tr '\n' ' ')
echo "officer $officer, commune $unit, $(echo $teams | wc -w) teams; cases in the commune before:" \
  "$(curl -fs -b "$cookies" -H 'Accept: application/json' "http://127.0.0.1:$port/api/v1/cases?size=1&unitId=$unit" \
  | grep -o '"total":[0-9]*')"
export TEAMS=$teams XSRF=$xsrf UNIT=$unit
run() { # name script
  local name=$1 script=$out/$1.lua
  cat "bench/lua/$2" bench/lua/percentiles.lua > "$script"
  wrk -t2 -c4 -d10s -s "$script" -H "Cookie: HOAGIAI_SESSION=$session; XSRF-TOKEN=$xsrf" \
    "http://127.0.0.1:$port" >/dev/null
  for c in $connections; do
    for round in 1 2 3; do
      echo "== $name, $c connections, round $round"
      wrk -t"$(( c < 2 ? 1 : 2 ))" -c"$c" -d"${duration}s" --latency -s "$script" \
        -H "Cookie: HOAGIAI_SESSION=$session; XSRF-TOKEN=$xsrf" "http://127.0.0.1:$port" \
        | tee "$out/$name-c$c-$round.txt" | grep -E "^p|Requests/sec|requests"
    done
  done
}
for scenario in ${SCENARIOS:-create list}; do
  run "$scenario" "cases-$scenario.lua"
done
