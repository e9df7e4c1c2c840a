#!/usr/bin/env bash
# Start-up time of the packaged jar with the demo data, heap capped at 256 MB.
# Usage: bench/startup.sh [runs] [plain|cds]   (build first: ./mvnw -q package -DskipTests)
#   plain  java -jar target/hoagiai-*.jar (the fat jar as built)
#   cds    the same jar extracted (java -Djarmode=tools ... extract) and started with a
#          class data sharing archive made by one training run, as README's
#          "Faster start-up" section describes for production
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
mode=${2:-plain}
jar=${BENCH_JAR:-$(ls target/hoagiai-*.jar | grep -v plain | head -n 1)}
port=18080
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
java_args=(-Xmx256m -jar "$jar")
if [ "$mode" = cds ]; then
  java -Djarmode=tools -jar "$jar" extract --destination "$data/app" >/dev/null
  extracted="$data/app/$(basename "$jar")"
  # The training run starts the application on a scratch database and stops once the
  # context is refreshed; the JVM writes the classes it loaded to the archive on exit.
  HOAGIAI_DATA_DIR="$data/training" HOAGIAI_DEMO=false PORT=$port java -XX:ArchiveClassesAtExit="$data/app/hoagiai.jsa" \
    -Dspring.context.exit=onRefresh -jar "$extracted" >"$data/training.log" 2>&1
  java_args=(-Xmx256m -XX:SharedArchiveFile="$data/app/hoagiai.jsa" -jar "$extracted")
fi
measure() {
  local start end
  start=$(date +%s%N)
  HOAGIAI_DATA_DIR="$data/db" PORT=$port java "${java_args[@]}" >"$data/app.log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "app died; see $data/app.log" >&2; cat "$data/app.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
echo "mode: $mode; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "first start (empty database, loads the demo data): $(measure) ms"
times=()
for _ in $(seq 1 "$runs"); do times+=("$(measure)"); done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "later starts (demo data present), ms: $(echo $sorted | tr '\n' ' ')"
echo "median: $(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}') ms"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
