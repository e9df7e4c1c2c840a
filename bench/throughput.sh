#!/usr/bin/env bash
# Throughput of an authenticated page through the whole security chain (session in the
# database, CSRF, headers, scope check, template) against a bare public endpoint of the
# same app, measured with wrk in the same run.
# Usage: bench/throughput.sh [seconds] [connections]   (build first: ./mvnw -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20}
connections=${2:-16}
jar=${BENCH_JAR:-$(ls target/hoagiai-*.jar | grep -v plain | head -n 1)}
port=${BENCH_PORT:-18081}
data=$(mktemp -d)
HOAGIAI_DATA_DIR="$data" PORT=$port java -Xmx256m ${BENCH_JAVA_OPTS:-} -jar "$jar" ${BENCH_APP_ARGS:-} >"$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.2; done
# One signed-in session per connection, as many users would have (one session shared by
# all connections would measure lock waits on that session's row instead).
sessions="$data/sessions"
for i in $(seq 1 "$connections"); do
  jar_cookies="$data/cookies$i"
  curl -fs -c "$jar_cookies" -b "$jar_cookies" "http://127.0.0.1:$port/login" >/dev/null
  token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar_cookies")
  curl -fs -c "$jar_cookies" -b "$jar_cookies" -H "X-XSRF-TOKEN: $token" \
    --data-urlencode username=tuphap.ducxuan --data-urlencode password=hoagiai-demo \
    "http://127.0.0.1:$port/login" -o /dev/null
  awk '$6 == "HOAGIAI_SESSION" {print $7}' "$jar_cookies" >> "$sessions"
done
session=$(head -n 1 "$sessions")
page=${BENCH_PAGE:-/}
home=$(curl -fs -H "Cookie: HOAGIAI_SESSION=$session" "http://127.0.0.1:$port$page")
case "$home" in *"ducxuan"*|*"Đức Xuân"*) ;; *) echo "not signed in" >&2; exit 1 ;; esac
export SESSIONS="$sessions"
script="$(pwd)/bench/sessions.lua"
# Warm up both paths until the JIT compiler has settled: a profile after two 5-second
# warm-ups still showed C2 compiling in a fifth of the signed-in path's samples, which
# penalised the path measured second. Two rounds of 15 s each (BENCH_WARMUP seconds).
warmup=${BENCH_WARMUP:-15}
for round in 1 2; do
  wrk -t2 -c"$connections" -d"${warmup}s" "http://127.0.0.1:$port/ping" >/dev/null
  wrk -t2 -c"$connections" -d"${warmup}s" -s "$script" "http://127.0.0.1:$port$page" >/dev/null
done
# CPU time the application spent (user + system, in clock ticks), read before and after each
# run: CPU per request hardly moves when other work shares the machine, unlike requests/s.
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
echo "== bare /ping"
before=$(ticks)
wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port/ping" | tee "$data/ping.txt"
ping_ticks=$(( $(ticks) - before ))
echo "== authenticated $page ($connections sessions)"
before=$(ticks)
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$script" "http://127.0.0.1:$port$page" | tee "$data/page.txt"
page_ticks=$(( $(ticks) - before ))
ping_rps=$(awk '/Requests\/sec/ {print $2}' "$data/ping.txt")
page_rps=$(awk '/Requests\/sec/ {print $2}' "$data/page.txt")
ping_requests=$(awk '/requests in/ {print $1}' "$data/ping.txt")
page_requests=$(awk '/requests in/ {print $1}' "$data/page.txt")
ping_cpu=$(awk -v t="$ping_ticks" -v n="$ping_requests" -v hz="$hz" 'BEGIN {printf "%.3f", t * 1000 / hz / n}')
page_cpu=$(awk -v t="$page_ticks" -v n="$page_requests" -v hz="$hz" 'BEGIN {printf "%.3f", t * 1000 / hz / n}')
echo "application CPU per request: /ping $ping_cpu ms, $page $page_cpu ms"
echo "ratio authenticated/bare: $(awk -v a="$page_rps" -v b="$ping_rps" 'BEGIN {printf "%.2f", a / b}')" \
  "(by CPU per request: $(awk -v a="$ping_cpu" -v b="$page_cpu" 'BEGIN {printf "%.2f", a / b}'))"
