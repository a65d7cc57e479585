#!/usr/bin/env bash
# Fault drill against a running local stack (deploy/local/lif up). It breaks the stack on purpose and checks
# that LIF keeps every write and recovers on its own:
#   1. Kafka stopped and restarted during a load of writes: reporting's read model counts exactly N more actions.
#   2. action-plans killed with SIGKILL mid-load and restarted: its outbox resumes; again exactly N more.
#   3. PostgreSQL restarted: action-plans reports not ready, then ready again without a restart.
#   4. Keycloak down: a token issued before keeps working; a new login fails with a clear error.
# Writes carry an Idempotency-Key and are retried until answered 201, so a write cut off by a failure is neither
# lost nor doubled. Prints PASS/FAIL per check; exits 1 if any failed (2 if it cannot start). Takes a few minutes.
# Environment: LIF_FAULT_WRITES (writes per load, default 30), LIF_URL_ACTION_PLANS, LIF_URL_REPORTING, LIF_KC.
# Leaves one plan "Fault drill …" (source OTHER) with its actions in southampton per run.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LIF=$ROOT/deploy/local/lif
AP=${LIF_URL_ACTION_PLANS:-http://127.0.0.1:8084}
REP=${LIF_URL_REPORTING:-http://127.0.0.1:8085}
N=${LIF_FAULT_WRITES:-30}
S=api/v1/partnerships/southampton
# shellcheck source=SCRIPTDIR/lib/token.sh
source "$ROOT/deploy/local/lib/token.sh"
# shellcheck source=SCRIPTDIR/lib/check.sh
source "$ROOT/deploy/local/lib/check.sh"

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK" "$OUT" "$HDR"' EXIT
echo "LIF fault drill: action-plans $AP, reporting $REP, $N writes per load"

token_for "southampton-admin (password grant, lif-cli)" lif_token southampton-admin; ADMIN=$TOKEN_VALUE
[ -n "$ADMIN" ] || { echo "no token: is the stack up (deploy/local/lif up)?"; exit 2; }
req POST "$AP/$S/action-plans" "$ADMIN" \
  "{\"title\":\"Fault drill $STAMP\",\"source\":{\"type\":\"OTHER\",\"reference\":\"fault-drill-$STAMP\"},\"scope\":\"MULTI_AGENCY\",\"themes\":[\"neglect\"]}"
check "create the drill's plan (201)" 201 || exit 2
PLAN=$(id_of "$RESP")

# write <i>: action i of the drill, with Idempotency-Key fault-drill-<stamp>-<i>, retried until 201 (3 minutes)
write() {
  local i=$1 deadline=$(( $(date +%s) + 180 )) code
  while [ "$(date +%s)" -lt "$deadline" ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST "$AP/$S/action-plans/$PLAN/actions" \
      -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -H "Idempotency-Key: fault-drill-$STAMP-$i" \
      --data-binary "{\"description\":\"Fault drill action $i\",\"ownerAgency\":\"youth-options\",\"lead\":\"Drill lead\",\"dueDate\":\"$(date -d '+90 days' +%F)\"}" 2>/dev/null)
    [ "$code" = 201 ] && return 0
    sleep 1
  done
  echo "write $i never answered 201 (last: $code)" >>"$WORK/errors"
  return 1
}
load() { local i; for ((i = $1; i <= $2; i++)); do write "$i"; sleep 0.2; done; }   # load <from> <to>

# the number of actions reporting's read model counts for southampton (sum of actions-by-status)
counted() {
  curl -s --max-time 10 -H "Authorization: Bearer $ADMIN" "$REP/$S/dashboard/actions-by-status" |
    grep -o ',[0-9]*\]' | tr -d ',]' | awk '{ s += $1 } END { print s + 0 }'
}
# expect_count <description> <expected>: waits up to 120 s for reporting to count exactly <expected>, then
# checks it stays there (no late duplicates)
expect_count() {
  local what=$1 expected=$2 deadline=$(( $(date +%s) + 120 )) seen
  seen=$(counted)
  while [ "$seen" != "$expected" ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 2; seen=$(counted); done
  sleep 5; seen=$(counted)
  if [ "$seen" = "$expected" ]; then pass "$what: reporting counts exactly $expected actions"
  else fail "$what: reporting counts exactly $expected actions" "it counts $seen"; fi
}
plan_actions() { req GET "$AP/$S/actions?planId=$PLAN&size=1" "$ADMIN"; sed -n 's/.*"totalItems":\([0-9]*\).*/\1/p' <<<"$RESP"; }
ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$AP/q/health/ready")" = "$1" ]; }
wait_for() {   # wait_for <seconds> <command...>
  local deadline=$(( $(date +%s) + $1 )); shift
  until "$@"; do [ "$(date +%s)" -lt "$deadline" ] || return 1; sleep 1; done
}

# --- 1. Kafka stopped and restarted during a load -------------------------------------------------
echo; echo "1. Kafka stopped and restarted during $N writes"
BEFORE=$(counted)
load 1 "$N" &
LOADER=$!
sleep 3
"$LIF" stop kafka
sleep 10
"$LIF" start kafka >"$WORK/kafka-start.log" 2>&1 || fail "Kafka starts again" "$(tail -5 "$WORK/kafka-start.log")"
wait "$LOADER"
[ "$(plan_actions)" = "$N" ] && pass "action-plans stored all $N writes" || fail "action-plans stored all $N writes" "$(plan_actions) stored"
expect_count "after the Kafka outage" $(( BEFORE + N ))

# --- 2. action-plans killed mid-load ------------------------------------------------------------
echo; echo "2. action-plans killed (SIGKILL) during $N writes"
BEFORE=$(counted)
load $(( N + 1 )) $(( 2 * N )) &
LOADER=$!
sleep 3
"$LIF" stop action-plans --kill
"$LIF" start action-plans >"$WORK/ap-start.log" 2>&1 || fail "action-plans starts again" "$(tail -5 "$WORK/ap-start.log")"
wait "$LOADER"
[ "$(plan_actions)" = $(( 2 * N )) ] && pass "action-plans stored all $(( 2 * N )) writes, none twice" ||
  fail "action-plans stored all $(( 2 * N )) writes, none twice" "$(plan_actions) stored"
expect_count "after the crash" $(( BEFORE + N ))

# --- 3. PostgreSQL restarted ----------------------------------------------------------------------
echo; echo "3. PostgreSQL restarted"
AP_PID=$(cat "$ROOT/.stack/run/action-plans.pid" 2>/dev/null || echo none)
"$LIF" stop postgres
wait_for 60 ready 503 && pass "action-plans is not ready while PostgreSQL is down (503)" ||
  fail "action-plans is not ready while PostgreSQL is down (503)" "readiness still $(curl -s -o /dev/null -w '%{http_code}' "$AP/q/health/ready")"
"$LIF" start postgres >"$WORK/pg-start.log" 2>&1 || fail "PostgreSQL starts again" "$(tail -5 "$WORK/pg-start.log")"
wait_for 120 ready 200 && pass "action-plans is ready again, without a restart" || fail "action-plans is ready again, without a restart"
[ "$AP_PID" = "$(cat "$ROOT/.stack/run/action-plans.pid" 2>/dev/null)" ] && pass "same action-plans process (pid $AP_PID)" ||
  fail "same action-plans process" "pid changed"
write $(( 2 * N + 1 )) && pass "a write after the restart succeeds" || fail "a write after the restart succeeds"

# --- 4. Keycloak down -----------------------------------------------------------------------------
echo; echo "4. Keycloak down"
token_for "southampton-admin before the outage" lif_token southampton-admin; BEFORE_TOKEN=$TOKEN_VALUE
"$LIF" stop keycloak
req GET "$AP/$S/action-plans/$PLAN" "$BEFORE_TOKEN"
check "a token issued before the outage still works (200)" 200
if msg=$(lif_token southampton-admin 2>&1); then fail "a new login fails while Keycloak is down" "it got a token"
else pass "a new login fails while Keycloak is down: $msg"; fi
"$LIF" start keycloak >"$WORK/kc-start.log" 2>&1 || fail "Keycloak starts again" "$(tail -5 "$WORK/kc-start.log")"
token_for "southampton-admin after Keycloak is back" lif_token southampton-admin

[ ! -s "$WORK/errors" ] || fail "every write answered" "$(cat "$WORK/errors")"
summary
