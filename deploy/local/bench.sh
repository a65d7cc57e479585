#!/usr/bin/env bash
# LIF benchmarks against a running local stack (deploy/local/lif up), with real Keycloak tokens. Measures LIF and,
# in the same run, the raw limit of the same machine, and prints the ratios. docs/benchmarks.md has a recorded run.
#   footprint  each service restarted: startup time (Quarkus' own figure and until ready) and idle RSS;
#              after the other phases, peak RSS (VmHWM) and RSS after load. Raw limit: the same figures for a
#              Quarkus application with the same extensions and almost no code (services/benchmarks/baseline), built
#              and started here with the services' JVM options.
#   write      after a warm-up (16 callers, a minute at a time, until two minutes in a row are each no more than 5 %
#              faster than the one before: on two cores the five JVMs' JIT compilers take several minutes), actions created through
#              action-plans' API (Gatling, closed model, a few concurrencies) vs raw
#              single-row inserts into a table of the same shape in the same PostgreSQL (pgbench, same concurrencies);
#              then Gatling at half of LIF's peak (open model): the latency at that load, measured for 60 s after a
#              lead-in of LIF_BENCH_LEAD_IN_SECONDS (15) at the same rate, reported apart.
#   read       20 partnerships x 10 years of records (1,000,000 actions, 2,000,000 bookings, reporting's read model
#              to match) seeded once by SQL (deploy/local/bench/seed-*.sql); filtered, paged action and booking
#              lists and the dashboard for a reporting year (Gatling).
#   events     per rate (200/s and 50/s): the raw producer->consumer latency of the same Kafka broker (RawKafkaLatency)
#              vs API write -> effect in reporting: once every consumer group has caught up (ConsumerLag), Gatling at
#              that rate for LIF_BENCH_EVENT_SECONDS after the same lead-in as the write phase, then EventPathLatency
#              reads both databases for the events of the measured requests.
# Usage: deploy/local/bench.sh [all|footprint|write|read|events]...   (default: all, in that order)
# Environment: LIF_BENCH_SECONDS (write/read phases, default 30), LIF_BENCH_USERS (concurrencies, default "8 16 32"),
#   LIF_BENCH_WARMUP_MAX_MINUTES (the write phase's warm-up at most, default 15), LIF_BENCH_LEAD_IN_SECONDS (15), LIF_BENCH_READ_USERS ("1 8": one caller, then eight at once), LIF_BENCH_EVENT_RATES ("200 50": the target rate, and one the write path sustains on a small machine), LIF_BENCH_EVENT_SECONDS (60).
# Results: .stack/bench/<time>/ (results.txt: one RESULT line per figure; gatling/ the HTML reports; logs).
# Leaves behind: the seeded read-path data (created_by/ids 'bench'), one plan "Benchmark <time>" in southampton with
# the actions the write and event phases created, and database lif_bench (the raw table).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STACK=${LIF_STACK_DIR:-$ROOT/.stack}
LIF=$ROOT/deploy/local/lif
PG_PORT=5433
AP=http://127.0.0.1:8084
SECONDS_PER_RUN=${LIF_BENCH_SECONDS:-30}
WARMUP_MAX_MINUTES=${LIF_BENCH_WARMUP_MAX_MINUTES:-15}
LEAD_IN_SECONDS=${LIF_BENCH_LEAD_IN_SECONDS:-15}
USERS=${LIF_BENCH_USERS:-8 16 32}
READ_USERS=${LIF_BENCH_READ_USERS:-1 8}
EVENT_RATES=${LIF_BENCH_EVENT_RATES:-200 50}
EVENT_SECONDS=${LIF_BENCH_EVENT_SECONDS:-60}
SERVICES="reviews audits training action-plans reporting"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUTDIR=$STACK/bench/$STAMP
RESULTS=$OUTDIR/results.txt
# shellcheck source=SCRIPTDIR/lib/token.sh
source "$ROOT/deploy/local/lib/token.sh"

say() { printf '%s\n' "$*"; }
step() { printf '\n==> %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 2; }
result() { say "RESULT $*" | tee -a "$RESULTS"; }

pg_bin() { local d; for d in /usr/lib/postgresql/*/bin; do [ -x "$d/pgbench" ] && { echo "$d"; return; }; done; die "no pgbench under /usr/lib/postgresql/*/bin"; }
psql_db() { "$(pg_bin)/psql" -h "$STACK/pg" -p "$PG_PORT" -U postgres -d "$1" -v ON_ERROR_STOP=1 -qtA "${@:2}"; }
mvn_bench() { (cd "$ROOT" && ./mvnw -B -q -ntp -pl services/benchmarks "$@"); }
pid_of() { cat "$STACK/run/$1.pid" 2>/dev/null || true; }
rss_mb() { awk -v k="$2" '$1 == k":" { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# gatling <simulation> <label> [VAR=value...]: runs one simulation with a fresh token and records its RESULT lines
gatling() {
  local simulation=$1 label=$2; shift 2
  local token; token=$(lif_token southampton-admin) || die "no token from Keycloak"
  say "   gatling $simulation $label ($*)"
  if ! env LIF_BENCH_TOKEN="$token" LIF_BENCH_RUN="bench-$STAMP" "$@" \
      "$ROOT/mvnw" -f "$ROOT/pom.xml" -B -q -ntp -pl services/benchmarks test-compile gatling:test \
      -Dgatling.simulationClass="org.lif.benchmarks.$simulation" >"$OUTDIR/$label.log" 2>&1; then
    # failed requests fail the simulation's assertion: record them (ko=) and go on; anything else stops the run
    grep -q 'Reports generated' "$OUTDIR/$label.log" || { tail -n 30 "$OUTDIR/$label.log"; die "the $label run failed (log: $OUTDIR/$label.log)"; }
    say "   WARNING: $label had failed requests (see ko= below and $OUTDIR/$label.log)"
  fi
  mvn_bench exec:java -Dexec.mainClass=org.lif.benchmarks.GatlingStats \
    -Dexec.args="$ROOT/services/benchmarks/target/gatling ${simulation,,}" | sed -n 's/^RESULT gatling /RESULT '"$label"' /p' \
    | tee -a "$RESULTS"
  result "load after=$label loadavg_1_5_15=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' ,)"
}

# field <label> <request name> <key>: a figure from the RESULT lines recorded so far
field() {
  grep -F "RESULT $1 name=\"$2\"" "$RESULTS" | tail -n 1 | sed -n 's/.* '"$3"'=\([0-9.]*\).*/\1/p'
}

preflight() {
  local s port
  for s in $SERVICES; do
    port=$(awk -v s="$s" '$0 ~ "^SERVICES=" { n = split($0, a, /[ "]/); for (i = 1; i <= n; i++) if (a[i] ~ "^" s ":") { sub(s ":", "", a[i]); print a[i] } }' "$LIF")
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready")" = 200 ] \
      || die "$s is not ready on port $port: start the stack with deploy/local/lif up"
  done
  lif_token southampton-admin >/dev/null || die "no token from Keycloak: start the stack with deploy/local/lif up"
  mkdir -p "$OUTDIR"
  step "Building the benchmark module (Gatling $(grep -o '<gatling.version>[^<]*' "$ROOT/pom.xml" | cut -d'>' -f2))"
  mvn_bench test-compile >"$OUTDIR/build.log" 2>&1 || { tail -n 30 "$OUTDIR/build.log"; die "building services/benchmarks failed"; }
  {
    say "# LIF benchmark run $STAMP"
    say "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
    say "cpu: $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
    say "java: $(java -version 2>&1 | head -n 1)"
    say "postgres: $("$(pg_bin)/postgres" --version)"
  } | tee "$RESULTS"
}

phase_footprint() {
  step "Footprint: restart each service, startup time and idle RSS"
  local s t0 t1 pid started rss30
  for s in $SERVICES; do
    "$LIF" stop "$s" >/dev/null
    sleep 2
    t0=$(date +%s%N)
    "$LIF" start "$s" >/dev/null
    t1=$(date +%s%N)
    pid=$(pid_of "$s")
    started=$(grep -o 'started in [0-9.]*s' "$STACK/logs/$s.log" | tail -n 1 | grep -o '[0-9.]*')
    sleep 30
    rss30=$(rss_mb "$pid" VmRSS)
    sleep 30  # G1's periodic collection (every 30 s) has given back what start-up used
    result "footprint name=\"$s\" quarkus_started_s=$started until_ready_ms=$(( (t1 - t0) / 1000000 )) idle_rss_mb=$rss30 idle_rss_60s_mb=$(rss_mb "$pid" VmRSS)"
  done
}

# the footprint's raw limit: services/benchmarks/baseline (the extensions of a LIF service, one entity, one endpoint,
# one consumer) built with its class-data archive and started with the JVM options of the running action-plans
phase_footprint_baseline() {
  step "Footprint baseline: a Quarkus application with the same extensions and almost no code"
  local dir=$ROOT/services/benchmarks/baseline java opts pid t0 t1 started rss30 ap
  psql_db postgres -c "select 1 from pg_database where datname = 'lif_baseline'" | grep -q 1 \
    || psql_db postgres -c "create database lif_baseline owner lif"
  (cd "$ROOT" && ./mvnw -B -q -ntp -f "$dir/pom.xml" package -DskipTests -Dquarkus.package.jar.appcds.enabled=true) \
    >"$OUTDIR/baseline-build.log" 2>&1 || { tail -n 30 "$OUTDIR/baseline-build.log"; die "building the baseline failed"; }
  ap=$(pid_of action-plans)
  # the JVM of the running action-plans, and the words between "java" and "-jar" of its command without its own
  # class-data archive
  java=$(readlink "/proc/$ap/exe")
  opts=$(tr '\0' '\n' <"/proc/$ap/cmdline" | sed -n '2,/^-jar$/p' | grep -v -e '^-jar$' -e '^-XX:SharedArchiveFile=' | tr '\n' ' ')
  sleep 5
  t0=$(date +%s%N)
  # shellcheck disable=SC2086 # the options are words
  (cd "$dir/target/quarkus-app" && exec env MALLOC_ARENA_MAX=2 "$java" $opts -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar \
    >"$OUTDIR/baseline.log" 2>&1) &
  pid=$!
  until curl -sf -m 2 -o /dev/null http://127.0.0.1:8089/q/health/ready; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$OUTDIR/baseline.log"; die "the baseline stopped (log: $OUTDIR/baseline.log)"; }
    [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 180 ] || { kill "$pid"; die "the baseline was not ready in 180 s"; }
    sleep 0.1
  done
  t1=$(date +%s%N)
  started=$(grep -ao 'started in [0-9.]*s' "$OUTDIR/baseline.log" | tail -n 1 | grep -o '[0-9.]*')
  sleep 30
  rss30=$(rss_mb "$pid" VmRSS)
  sleep 30
  result "footprint name=\"baseline\" quarkus_started_s=$started until_ready_ms=$(( (t1 - t0) / 1000000 )) idle_rss_mb=$rss30 idle_rss_60s_mb=$(rss_mb "$pid" VmRSS)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

phase_footprint_peak() {
  step "Footprint after the load: peak RSS (VmHWM) and RSS now"
  local s pid
  for s in $SERVICES; do
    pid=$(pid_of "$s")
    [ -n "$pid" ] && [ -r "/proc/$pid/status" ] || continue
    result "footprint-after-load name=\"$s\" peak_rss_mb=$(rss_mb "$pid" VmHWM) rss_mb=$(rss_mb "$pid" VmRSS)"
  done
}

# the plan the write and event phases add their actions to
bench_plan() {
  [ -n "${PLAN_ID:-}" ] && return
  local token
  token=$(lif_token southampton-admin)
  PLAN_ID=$(curl -sS -X POST "$AP/api/v1/partnerships/southampton/action-plans" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' \
    --data-binary "{\"title\":\"Benchmark $STAMP\",\"source\":{\"type\":\"OTHER\",\"reference\":\"bench-$STAMP\"},\"scope\":\"MULTI_AGENCY\",\"themes\":[\"neglect\"]}" \
    | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
  [ -n "$PLAN_ID" ] || die "could not create the benchmark plan"
}

phase_write() {
  step "Write path: LIF (Gatling, POST actions) vs raw inserts (pgbench), ${SECONDS_PER_RUN}s per run"
  bench_plan
  psql_db postgres -c "select 1 from pg_database where datname = 'lif_bench'" | grep -q 1 || psql_db postgres -c "create database lif_bench"
  psql_db lif_bench -f "$ROOT/deploy/local/bench/raw-action-table.sql"
  local u lif_peak=0 raw_peak=0 tps rps
  # the services may have just started (footprint phase): let the JIT compile the write path before measuring. On two
  # cores the compilers of five JVMs (action-plans, and the consumers in reviews, audits and reporting) take minutes:
  # after 30 s, and after 3 minutes, of warm-up the peak measured was half of a warm stack's (docs/benchmarks.md)
  # The compilers work in steps: a minute no faster than the one before can be followed by a much faster one
  # (after 4: 130, 128, then 176 and 223 creates/s), so it takes two such minutes in a row.
  local minute last=0 flat=0
  for minute in $(seq 1 "$WARMUP_MAX_MINUTES"); do
    gatling WritePathSimulation "write-warm-up-$minute" LIF_BENCH_MODE=peak LIF_BENCH_USERS=16 LIF_BENCH_SECONDS=60 \
      LIF_BENCH_PLAN_ID="$PLAN_ID"
    rps=$(field "write-warm-up-$minute" "All requests" rps)
    if awk -v a="$rps" -v b="$last" 'BEGIN { exit !(a <= 1.05 * b) }'; then flat=$((flat + 1)); else flat=0; fi
    [ "$flat" -ge 2 ] && break
    last=$rps
  done
  result "write-warm-up minutes=$minute creates_per_s=$rps"
  for u in $USERS; do
    gatling WritePathSimulation "write-peak-$u" LIF_BENCH_MODE=peak LIF_BENCH_USERS="$u" LIF_BENCH_SECONDS="$SECONDS_PER_RUN" \
      LIF_BENCH_PLAN_ID="$PLAN_ID"
    rps=$(field "write-peak-$u" "All requests" rps)
    tps=$("$(pg_bin)/pgbench" -h "$STACK/pg" -p "$PG_PORT" -U postgres -n -c "$u" -j 2 -T "$SECONDS_PER_RUN" \
      -f "$ROOT/deploy/local/bench/raw-insert.pgbench" lif_bench 2>&1 | tee "$OUTDIR/pgbench-$u.log" \
      | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
    result "raw-insert name=\"pgbench\" users=$u tps=$tps"
    result "write-ratio users=$u lif_rps=$rps raw_tps=$tps percent=$(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.1f", 100 * a / b }')"
    lif_peak=$(awk -v a="$rps" -v b="$lif_peak" 'BEGIN { print (a > b) ? a : b }')
    raw_peak=$(awk -v a="$tps" -v b="$raw_peak" 'BEGIN { print (a > b) ? a : b }')
  done
  result "write-peak lif_rps=$lif_peak raw_tps=$raw_peak percent=$(awk -v a="$lif_peak" -v b="$raw_peak" 'BEGIN { printf "%.1f", 100 * a / b }')"
  local half; half=$(awk -v a="$lif_peak" 'BEGIN { printf "%d", a / 2 }')
  # 15 s at the same rate first, reported apart as "lead-in": the Gatling JVM itself starts cold on the same two cores
  # (a core's worth of CPU in its first seconds), and the services have been idle during pgbench
  gatling WritePathSimulation "write-half-peak" LIF_BENCH_MODE=rate LIF_BENCH_RATE="$half" LIF_BENCH_SECONDS=60 \
    LIF_BENCH_LEAD_IN_SECONDS="$LEAD_IN_SECONDS" LIF_BENCH_PLAN_ID="$PLAN_ID"
  result "write-half-peak-latency rate=$half lead_in_s=$LEAD_IN_SECONDS p50=$(field write-half-peak "create action" p50) p95=$(field write-half-peak "create action" p95) p99=$(field write-half-peak "create action" p99)"
}

phase_read() {
  step "Read path: 20 partnerships x 10 years"
  if [ "$(psql_db lif_action_plans -c "select count(*) from action_plan where partnership_id = 'bench-01'")" = 0 ]; then
    say "   seeding (once; a few minutes): action-plans, training, reporting"
    psql_db lif_action_plans -f "$ROOT/deploy/local/bench/seed-action-plans.sql" >"$OUTDIR/seed.log"
    psql_db lif_training -f "$ROOT/deploy/local/bench/seed-training.sql" >>"$OUTDIR/seed.log"
    psql_db lif_reporting -f "$ROOT/deploy/local/bench/seed-reporting.sql" >>"$OUTDIR/seed.log"
  fi
  result "read-data actions=$(psql_db lif_action_plans -c 'select count(*) from action') bookings=$(psql_db lif_training -c 'select count(*) from booking') \
partnerships=$(psql_db lif_action_plans -c 'select count(distinct partnership_id) from action') rm_actions=$(psql_db lif_reporting -c 'select count(*) from rm_action') \
rm_attendances=$(psql_db lif_reporting -c 'select count(*) from rm_attendance')"
  local u
  for u in $READ_USERS; do
    gatling ReadPathSimulation "read-$u" LIF_BENCH_USERS="$u" LIF_BENCH_SECONDS=60
  done
}

# wait_for_consumers <label>: until every consumer group has consumed every event (at most 15 minutes)
wait_for_consumers() {
  mvn_bench exec:java -Dexec.mainClass=org.lif.benchmarks.ConsumerLag -Dexec.args="127.0.0.1:9092 900" 2>"$OUTDIR/consumer-lag-$1.log" \
    | tee -a "$OUTDIR/consumer-lag-$1.log" | grep '^RESULT' | sed "s/^RESULT consumer-lag /RESULT consumer-lag-$1 /" | tee -a "$RESULTS" \
    || say "   WARNING: the consumers were still behind after 15 minutes (see $OUTDIR/consumer-lag-$1.log)"
}

phase_events() {
  local rate from to
  bench_plan
  for rate in $EVENT_RATES; do
    step "Event path: raw Kafka vs API write -> reporting, ${rate}/s for ${EVENT_SECONDS}s after a ${LEAD_IN_SECONDS}s lead-in"
    mvn_bench exec:java -Dexec.mainClass=org.lif.benchmarks.RawKafkaLatency -Dexec.args="127.0.0.1:9092 $rate $EVENT_SECONDS" \
      2>"$OUTDIR/raw-kafka-$rate.log" | grep '^RESULT' | sed "s/^RESULT raw-kafka /RESULT raw-kafka-$rate /" | tee -a "$RESULTS"
    # from consumers that have caught up: the write phase's peak leaves them a backlog, which is not this rate's latency
    wait_for_consumers "before-$rate"
    rm -f "$OUTDIR/measured-from-$rate.txt"
    gatling WritePathSimulation "event-writes-$rate" LIF_BENCH_MODE=rate LIF_BENCH_RATE="$rate" LIF_BENCH_SECONDS="$EVENT_SECONDS" \
      LIF_BENCH_LEAD_IN_SECONDS="$LEAD_IN_SECONDS" LIF_BENCH_PLAN_ID="$PLAN_ID" LIF_BENCH_MEASURED_FROM_FILE="$OUTDIR/measured-from-$rate.txt"
    to=$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)
    # the events of the measured requests only: the lead-in's are written while Gatling's JVM starts
    from=$(cat "$OUTDIR/measured-from-$rate.txt" 2>/dev/null) || die "the event-writes-$rate run did not record when its measured requests began"
    wait_for_consumers "after-$rate"
    mvn_bench exec:java -Dexec.mainClass=org.lif.benchmarks.EventPathLatency -Dexec.args="jdbc:postgresql://127.0.0.1:$PG_PORT/lif_action_plans \
jdbc:postgresql://127.0.0.1:$PG_PORT/lif_reporting lif lif $from $to" 2>"$OUTDIR/event-path-$rate.log" | grep '^RESULT' \
      | sed "s/^RESULT event-path /RESULT event-path-$rate /" | tee -a "$RESULTS"
  done
}

main() {
  local phases=("$@")
  [ ${#phases[@]} -gt 0 ] || phases=(all)
  [ "${phases[0]}" = all ] && phases=(footprint write read events)
  preflight
  local p
  for p in "${phases[@]}"; do
    case "$p" in
      footprint) phase_footprint; phase_footprint_baseline ;;
      write) phase_write ;;
      read) phase_read ;;
      events) phase_events ;;
      *) die "unknown phase '$p' (footprint, write, read, events or all)" ;;
    esac
  done
  case " ${phases[*]} " in *" footprint "*) phase_footprint_peak ;; esac
  step "Done: $RESULTS (Gatling reports in services/benchmarks/target/gatling)"
  grep '^RESULT' "$RESULTS"
}

main "$@"
