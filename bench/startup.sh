#!/usr/bin/env bash
# Start-up time of the packaged jar with the demo data, heap capped at 256 MB.
# Usage: bench/startup.sh [runs]   (build first: ./mvnw -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=$(ls target/hoagiai-*.jar | grep -v plain | head -n 1)
port=18080
data=$(mktemp -d)
measure() {
  local start end
  start=$(date +%s%N)
  HOAGIAI_DATA_DIR="$data" PORT=$port java -Xmx256m -jar "$jar" >"$data/app.log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "app died; see $data/app.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
echo "first start (empty database, loads the demo data): $(measure) ms"
times=()
for _ in $(seq 1 "$runs"); do times+=("$(measure)"); done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "later starts (demo data present), ms: $(echo $sorted | tr '\n' ' ')"
echo "median: $(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}') ms"
rm -rf "$data"
