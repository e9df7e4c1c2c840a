#!/usr/bin/env bash
# Mediators at national scale: starts the packaged app (heap 512 MB, no demo data) on a
# database filled by the generator (see bench/README.md), then measures with wrk
#   1. mediator search by name typed without accents (bench/lua/search.lua), as admin;
#   2. the team list of a commune with compliance figures (bench/lua/teams.lua), as admin
#      and as a commune officer on their own commune;
#   3. the import of a 5,000-row workbook (preview + confirm in one API call), as the
#      officer of another commune, three times with different names.
# Usage: BENCH_PASSWORD=... bench/national.sh h2 /tmp/nat-h2
#        BENCH_PASSWORD=... bench/national.sh postgres 'jdbc:postgresql://127.0.0.1:5432/test?currentSchema=national'
set -euo pipefail
cd "$(dirname "$0")/.."
kind=$1
target=$2
duration=${DURATION:-15}
connections=${CONNECTIONS:-2 8} # one wrk run per figure: 2 shows latency, 8 a busy office
password=${BENCH_PASSWORD:?set BENCH_PASSWORD to the password given to the generator}
jar=${JAR:-$(ls target/hoagiai-*.jar | grep -v plain | head -n 1)}
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
# The team list is read as the officer of the first commune (xa.00001, unit id 2 with
# seed 42); the imports go to another commune (xa.00099, unit 2046), so that they do not
# swell the list measured.
commune=$(head -n 1 target/national-communes.txt)
officer=xa.00001
importer=${IMPORTER:-xa.00099}
import_commune=${IMPORT_COMMUNE:-2046}
# Import files first: H2 allows one process at a time.
for seed in 1 2 3; do
  [ -f "$out/import-$seed.xlsx" ] || ./mvnw -q -B -o exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=vn.hoagiai.bench.ImportWorkbook \
    -Dexec.args="--url $jdbc --commune $import_commune --rows 5000 --seed $seed --out $out/import-$seed.xlsx"
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
admin_session=$(sign_in admin)
officer_session=$(sign_in "$officer")
sign_in "$importer" >/dev/null
export COMMUNES=$(tr '\n' ' ' < target/national-communes.txt)
run() { # name session script
  local name=$1 session=$2 script=$out/$1.lua
  cat "bench/lua/$3" bench/lua/percentiles.lua > "$script"
  wrk -t2 -c8 -d10s -s "$script" -H "Cookie: HOAGIAI_SESSION=$session" "http://127.0.0.1:$port" >/dev/null
  for c in $connections; do
    for round in 1 2 3; do
      echo "== $name, $c connections, round $round"
      wrk -t"$(( c < 2 ? 1 : 2 ))" -c"$c" -d"${duration}s" --latency -s "$script" \
        -H "Cookie: HOAGIAI_SESSION=$session" "http://127.0.0.1:$port" \
        | tee "$out/$name-c$c-$round.txt" | grep -E "^p|Requests/sec|requests"
    done
  done
}
run search "$admin_session" search.lua
run teams-admin "$admin_session" teams.lua
COMMUNES=$commune run teams-officer "$officer_session" teams.lua
for seed in 1 2 3; do
  token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$out/cookies-$importer")
  curl -s -o "$out/import-$seed.json" -w "import of 5,000 rows (seed $seed): HTTP %{http_code} in %{time_total} s\n" \
    -b "$out/cookies-$importer" -H "X-XSRF-TOKEN: $token" -H "Accept: application/json" \
    -F "file=@$out/import-$seed.xlsx" "http://127.0.0.1:$port/api/v1/mediators/import"
done
