#!/usr/bin/env bash
# Indicators at national scale: starts the packaged app (heap 512 MB, no demo data) on a
# database filled by vn.hoagiai.bench.NationalData (with its 1,000,000 cases), signs in as
# admin and measures with wrk, for the reporting year 2025:
#   1. country   GET /api/v1/indicators?period=2025                      (every indicator, whole country)
#   2. province  GET /api/v1/indicators?period=2025&unitId=<province>    (a different province each time)
#   3. commune   GET /api/v1/indicators?period=2025&unitId=<commune>     (every 16th commune)
#   4. dashboard GET /indicators?period=2025&unitId=<province>           (the HTML page with child table)
# then prints the heap after a full GC.
# Usage: BENCH_PASSWORD=... bench/indicators.sh h2 /tmp/nat-h2
#        BENCH_PASSWORD=... bench/indicators.sh postgres 'jdbc:postgresql://127.0.0.1:5432/test?currentSchema=national'
set -euo pipefail
cd "$(dirname "$0")/.."
kind=$1
target=$2
duration=${DURATION:-15}
connections=${CONNECTIONS:-1 4}
period=${PERIOD:-2025}
password=${BENCH_PASSWORD:?set BENCH_PASSWORD to the password given to the generator}
jar=${JAR:-$(ls target/hoagiai-*.jar | grep -v plain | head -n 1)}
port=${PORT:-18091}
out=${OUT:-target/indicators-$kind}
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
# The summary tables: on a freshly generated database the background refresher builds them
# all (20 s after start, then every 5 minutes); measure once its first run has finished.
# SNAPSHOT_WAIT=0 measures at once (the plain queries answer while summaries are missing).
if [ "${SNAPSHOT_WAIT:-1}" != 0 ]; then
  waited=0
  until grep -q "Indicator summaries current" "$out/app.log"; do
    kill -0 $pid 2>/dev/null || { echo "app died; see $out/app.log" >&2; exit 1; }
    sleep 2; waited=$((waited + 2))
  done
  grep "Indicator summaries current" "$out/app.log" | head -n 1
  echo "summaries ready after $waited s"
fi
cookies="$out/cookies-admin"
rm -f "$cookies"
curl -fs -c "$cookies" -b "$cookies" "http://127.0.0.1:$port/login" >/dev/null
token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$cookies")
curl -fs -c "$cookies" -b "$cookies" -H "X-XSRF-TOKEN: $token" --data-urlencode "username=admin" \
  --data-urlencode "password=$password" "http://127.0.0.1:$port/login" -o /dev/null
session=$(awk '$6 == "HOAGIAI_SESSION" {print $7}' "$cookies")
# The provinces are the children of the country.
curl -fs -b "$cookies" "http://127.0.0.1:$port/api/v1/indicators?period=$period&breakdown=children" \
  -o "$out/country.json" -w "first answer for the country (cold): %{time_total} s\n"
provinces=$(grep -o '"unitId":[0-9]*,"name"' "$out/country.json" | grep -o '[0-9]*')
run() { # name paths
  local name=$1 script=$out/$1.lua
  export PATHS=$2
  cat bench/lua/paths.lua bench/lua/percentiles.lua > "$script"
  wrk -t1 -c1 -d5s --timeout 120s -s "$script" -H "Cookie: HOAGIAI_SESSION=$session" "http://127.0.0.1:$port" >/dev/null
  for c in $connections; do
    echo "== $name, $c connections"
    wrk -t1 -c"$c" -d"${duration}s" --timeout 120s --latency -s "$script" -H "Cookie: HOAGIAI_SESSION=$session" \
      "http://127.0.0.1:$port" | tee "$out/$name-c$c.txt" | grep -E "^p|Requests/sec|requests|Non-2xx"
  done
}
run country "/api/v1/indicators?period=$period"
run province "$(for p in $provinces; do printf '/api/v1/indicators?period=%s&unitId=%s ' "$period" "$p"; done)"
run commune "$(while read -r c; do printf '/api/v1/indicators?period=%s&unitId=%s ' "$period" "$c"; done < target/national-communes.txt)"
run dashboard "$(for p in $provinces; do printf '/indicators?period=%s&unitId=%s ' "$period" "$p"; done)"
jcmd $pid GC.run >/dev/null
jcmd $pid GC.heap_info | tee "$out/heap.txt" | head -3
