#!/usr/bin/env bash
# Acceptance smoke test against a running local stack (deploy/local/lif up): the action-plans service in
# depth (tenancy, agency confinement, client credentials), then every other service's health and demo data, and
# the reporting service's read model fed by all of them; the portal's sign-in redirect and headers.
# Prints PASS/FAIL per check; exits 1 if any check fails (2 if it cannot start).
# Environment: LIF_URL_<SERVICE> (defaults http://127.0.0.1:<port>), LIF_KC (default http://127.0.0.1:8180).
# Leaves one small closed plan "Smoke test …" (source OTHER) in southampton per run.
# Needs bash, curl, sed, grep and GNU date.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
URL=${LIF_URL_ACTION_PLANS:-http://127.0.0.1:8084}
API=$URL/api/v1/partnerships
# shellcheck source=SCRIPTDIR/lib/token.sh
source "$ROOT/deploy/local/lib/token.sh"

# shellcheck source=SCRIPTDIR/lib/check.sh
source "$ROOT/deploy/local/lib/check.sh"

echo "LIF smoke test: action-plans $URL (Keycloak ${LIF_KC:-http://127.0.0.1:8180})"

# --- tokens -------------------------------------------------------------------------------------
token_for "southampton-admin (password grant, lif-cli)" lif_token southampton-admin; ADMIN=$TOKEN_VALUE
token_for "portsmouth-admin (password grant, lif-cli)" lif_token portsmouth-admin; PORTS=$TOKEN_VALUE
token_for "southampton-school (password grant, lif-cli)" lif_token southampton-school; SCHOOL=$TOKEN_VALUE
token_for "agency-bitterne-park-school (client credentials)" lif_client_token agency-bitterne-park-school; AGENCY=$TOKEN_VALUE
if [ -z "$ADMIN" ]; then echo "no southampton-admin token: cannot go on"; exit 2; fi

# --- create and read back -----------------------------------------------------------------------
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
DUE=$(date -d '+3 months' +%F)
req POST "$API/southampton/action-plans" "$ADMIN" \
  "{\"title\":\"Smoke test $STAMP\",\"description\":\"Created by deploy/local/smoke.sh\",\"source\":{\"type\":\"OTHER\",\"reference\":\"smoke-$STAMP\"},\"scope\":\"MULTI_AGENCY\",\"subgroup\":\"SILG\",\"themes\":[\"neglect\"]}"
check "southampton-admin creates a plan (201)" 201
PLAN=$(id_of "$RESP")
if [ -z "$PLAN" ]; then echo "no plan id: cannot go on"; exit 1; fi
LOCATION=$(header Location)
if [ "$LOCATION" = "$API/southampton/action-plans/$PLAN" ]; then pass "plan Location header is the plan's URL"
else fail "plan Location header is the plan's URL" "got '$LOCATION'"; fi

req POST "$API/southampton/action-plans/$PLAN/actions" "$ADMIN" \
  "{\"description\":\"Smoke test action for the school\",\"ownerAgency\":\"bitterne-park-school\",\"lead\":\"DSL\",\"dueDate\":\"$DUE\"}"
check "southampton-admin adds an action owned by bitterne-park-school (201)" 201
ACTION=$(id_of "$RESP")
req POST "$API/southampton/action-plans/$PLAN/actions" "$ADMIN" \
  "{\"description\":\"Smoke test action for the charity\",\"ownerAgency\":\"youth-options\",\"dueDate\":\"$DUE\"}"
check "southampton-admin adds an action owned by youth-options (201)" 201
OTHER_ACTION=$(id_of "$RESP")

req GET "$API/southampton/action-plans/$PLAN" "$ADMIN"
if check "southampton-admin reads the plan back (200)" 200; then
  if grep -q "\"id\":\"$ACTION\"" <<<"$RESP" && grep -q "\"id\":\"$OTHER_ACTION\"" <<<"$RESP"; then
    pass "the plan lists both actions"
  else fail "the plan lists both actions" "$(printf '%s' "$RESP" | head -c 600)"; fi
fi
req GET "$API/southampton/actions/$ACTION" "$ADMIN"
check "southampton-admin reads the action back (200)" 200

# --- another partnership ------------------------------------------------------------------------
req GET "$API/southampton/action-plans/$PLAN" "$PORTS"
check "portsmouth-admin on the southampton path: 403" 403
req GET "$API/portsmouth/action-plans/$PLAN" "$PORTS"
check "portsmouth-admin on the portsmouth path, same plan id: 404" 404
req GET "$API/portsmouth/actions/$ACTION" "$PORTS"
check "portsmouth-admin on the portsmouth path, same action id: 404" 404

# --- agency confinement -------------------------------------------------------------------------
req GET "$API/southampton/actions?size=100" "$SCHOOL"
if check "southampton-school lists actions (200)" 200; then
  seen=$(agencies_in "$RESP")
  if [ "$seen" = "bitterne-park-school " ] && grep -q "\"id\":\"$ACTION\"" <<<"$RESP"; then
    pass "southampton-school sees only bitterne-park-school actions (incl. the new one)"
  else fail "southampton-school sees only bitterne-park-school actions (incl. the new one)" "agencies seen: '$seen'"; fi
fi
req GET "$API/southampton/action-plans/$PLAN" "$SCHOOL"
if check "southampton-school reads the plan (200)" 200; then
  seen=$(agencies_in "$RESP")
  if [ "$seen" = "bitterne-park-school " ]; then pass "southampton-school sees only its agency's action in the plan"
  else fail "southampton-school sees only its agency's action in the plan" "agencies seen: '$seen'"; fi
fi
req GET "$API/southampton/actions/$OTHER_ACTION" "$SCHOOL"
check "southampton-school reading the youth-options action: 404" 404

req GET "$API/southampton/actions?size=100" "$AGENCY"
if check "agency-bitterne-park-school client lists its actions (200)" 200; then
  seen=$(agencies_in "$RESP")
  if [ "$seen" = "bitterne-park-school " ] && grep -q "\"id\":\"$ACTION\"" <<<"$RESP"; then
    pass "agency client sees only bitterne-park-school actions (incl. the new one)"
  else fail "agency client sees only bitterne-park-school actions (incl. the new one)" "agencies seen: '$seen'"; fi
fi

# --- anonymous ----------------------------------------------------------------------------------
req GET "$API/southampton/action-plans" -
check "anonymous: 401" 401
req GET "$API/southampton/action-plans" "not-a-valid-token"
check "invalid bearer token: 401" 401

# --- Quarkus endpoints --------------------------------------------------------------------------
req GET "$URL/q/health/ready"
if check "/q/health/ready (200)" 200; then
  if grep -q '"status"[[:space:]]*:[[:space:]]*"UP"' <<<"$RESP"; then pass "/q/health/ready is UP"
  else fail "/q/health/ready is UP" "$(printf '%s' "$RESP" | head -c 600)"; fi
fi
req GET "$URL/q/openapi"
if check "/q/openapi (200)" 200; then
  if grep -q '^openapi: 3' <<<"$RESP"; then pass "/q/openapi is an OpenAPI 3 document"
  else fail "/q/openapi is an OpenAPI 3 document" "$(printf '%s' "$RESP" | head -c 200)"; fi
fi
req GET "$URL/q/metrics"
if check "/q/metrics (200)" 200; then
  if grep -q '^# TYPE ' <<<"$RESP"; then pass "/q/metrics is Prometheus text"
  else fail "/q/metrics is Prometheus text" "$(printf '%s' "$RESP" | head -c 200)"; fi
fi

# --- every service, and reporting's read model fed by all of them ---------------------------------
url_of() {   # url_of <service> <port>
  local var; var=LIF_URL_$(printf '%s' "$1" | tr 'a-z-' 'A-Z_')
  printf '%s\n' "${!var:-http://127.0.0.1:$2}"
}
REVIEWS=$(url_of reviews 8081); AUDITS=$(url_of audits 8082); TRAINING=$(url_of training 8083); REPORTING=$(url_of reporting 8085)
for s in "reviews $REVIEWS" "audits $AUDITS" "training $TRAINING" "reporting $REPORTING"; do
  req GET "${s#* }/q/health/ready"
  check "${s%% *}: /q/health/ready (200)" 200
done
# demo data of each service, read through its API
has_items() { grep -q "\"$1\":\[{" <<<"$RESP"; }
req GET "$REVIEWS/api/v1/partnerships/southampton/reviews" "$ADMIN"
check "reviews: southampton-admin lists reviews (200)" 200 && { has_items items && pass "reviews: demo reviews listed" || fail "reviews: demo reviews listed" "$(head -c 300 <<<"$RESP")"; }
req GET "$AUDITS/api/v1/partnerships/southampton/audits" "$ADMIN"
check "audits: southampton-admin lists audits (200)" 200 && { has_items items && pass "audits: demo audits listed" || fail "audits: demo audits listed" "$(head -c 300 <<<"$RESP")"; }
req GET "$TRAINING/api/v1/partnerships/southampton/courses" "$ADMIN"
check "training: southampton-admin lists courses (200)" 200 && { has_items items && pass "training: demo courses listed" || fail "training: demo courses listed" "$(head -c 300 <<<"$RESP")"; }
req GET "$AUDITS/api/v1/partnerships/southampton/audits" "$PORTS"
check "audits: portsmouth-admin on the southampton path: 403" 403
# reporting counts what the other services did (their events), per table
for t in reviews-by-stage actions-by-status audits-programme section11-ratings training-summary; do
  req GET "$REPORTING/api/v1/partnerships/southampton/dashboard/$t" "$ADMIN"
  if check "reporting: dashboard table $t (200)" 200; then
    if grep -q '"rows":\[\[' <<<"$RESP" || grep -q '"rows":\[{' <<<"$RESP"; then pass "reporting: $t counts demo activity"
    else fail "reporting: $t counts demo activity" "$(head -c 400 <<<"$RESP")"; fi
  fi
done
token_for "hips-host (password grant, lif-cli)" lif_token hips-host; HOST=$TOKEN_VALUE
req GET "$REPORTING/api/v1/host/partnerships" "$HOST"
if check "reporting: hips-host compares partnerships (200)" 200; then
  if grep -q southampton <<<"$RESP" && grep -q portsmouth <<<"$RESP"; then pass "reporting: host view has both partnerships"
  else fail "reporting: host view has both partnerships" "$(head -c 400 <<<"$RESP")"; fi
fi
req GET "$REPORTING/api/v1/partnerships/southampton/dashboard" "$HOST"
check "reporting: hips-host on a partnership's dashboard: 403" 403

# --- the portal (web front end): up, sends people to Keycloak's sign-in (client lif-portal, PKCE), strict headers --------
PORTAL=${LIF_URL_PORTAL:-http://127.0.0.1:8080}
req GET "$PORTAL/q/health/ready" -
check "portal: ready (200)" 200
req GET "$PORTAL/partnerships/southampton/actions" -
if check "portal: a page without a session redirects (302)" 302; then
  location=$(header Location)
  case "$location" in
    *"/realms/lif/protocol/openid-connect/auth"*client_id=lif-portal*code_challenge_method=S256*) pass "portal: to Keycloak's sign-in as lif-portal with PKCE" ;;
    *) fail "portal: to Keycloak's sign-in as lif-portal with PKCE" "Location: $location" ;;
  esac
fi
req GET "$PORTAL/accessibility" -
if check "portal: accessibility statement without signing in (200)" 200; then
  case "$(header Content-Security-Policy)" in
    *"script-src 'self'"*"frame-ancestors 'none'"*) pass "portal: strict Content-Security-Policy" ;;
    *) fail "portal: strict Content-Security-Policy" "$(header Content-Security-Policy)" ;;
  esac
fi

# --- tidy up: cancel both actions and close the smoke plan --------------------------------------
for a in "$ACTION" "$OTHER_ACTION"; do
  [ -n "$a" ] || continue
  req POST "$API/southampton/actions/$a/status" "$ADMIN" '{"status":"CANCELLED","reason":"smoke test data"}'
  check "tidy up: cancel smoke action $a (200)" 200
done
req POST "$API/southampton/action-plans/$PLAN/close" "$ADMIN" '{"closingSummary":"Smoke test finished."}'
check "tidy up: close the smoke plan (200)" 200

summary
