# shellcheck shell=bash
# PASS/FAIL checks over HTTP for the local stack's drills (smoke.sh, faults.sh). Source it, then:
#   req GET "$url" "$token"; check "what it proves" 200
#   summary   # prints the counts; returns 1 if any check failed
# Needs bash, curl, sed and grep.

PASSED=0
FAILED=0
OUT=$(mktemp)
HDR=$(mktemp)
trap 'rm -f "$OUT" "$HDR"' EXIT

pass() { PASSED=$((PASSED + 1)); printf 'PASS  %s\n' "$1"; }
fail() {
  FAILED=$((FAILED + 1)); printf 'FAIL  %s\n' "$1"
  if [ -n "${2:-}" ]; then printf '      %s\n' "$2"; fi
}

# req <method> <url> [token] [json body]: sets STATUS and RESP (body); token "-" or empty = anonymous
STATUS=""
RESP=""
req() {
  local method=$1 url=$2 token=${3:-} data=${4:-}
  local args=(-sS --max-time 30 -o "$OUT" -D "$HDR" -w '%{http_code}' -X "$method")
  if [ -n "$token" ] && [ "$token" != - ]; then args+=(-H "Authorization: Bearer $token"); fi
  if [ -n "$data" ]; then args+=(-H 'Content-Type: application/json' --data-binary "$data"); fi
  local err
  if ! STATUS=$(curl "${args[@]}" "$url" 2>"$OUT.err"); then
    err=$(cat "$OUT.err"); STATUS="no answer (${err:-curl failed})"
  fi
  rm -f "$OUT.err"
  RESP=$(cat "$OUT" 2>/dev/null || true)
}

# check <description> <expected status>: PASS if the last request answered that status
check() {
  local what=$1 expected=$2
  if [ "$STATUS" = "$expected" ]; then pass "$what"; return 0; fi
  fail "$what" "expected HTTP $expected, got $STATUS: $(printf '%s' "$RESP" | head -c 600)"
  return 1
}

id_of() { printf '%s' "$1" | sed -n 's/^{"id":"\([0-9a-f-]\{36\}\)".*/\1/p'; }
agencies_in() { printf '%s' "$1" | grep -o '"ownerAgency":"[^"]*"' | sed 's/.*:"\(.*\)"/\1/' | sort -u | tr '\n' ' '; }
header() { sed -n "s/^$1:[[:space:]]*\\(.*\\)\\r\$/\\1/Ip" "$HDR" | head -n 1; }

# token_for <label> <command...>: TOKEN_VALUE = the token (PASS), or empty (FAIL)
token_for() {
  local label=$1 t; shift
  if t=$("$@" 2>&1); then pass "token: $label"; TOKEN_VALUE=$t
  else fail "token: $label" "$t"; TOKEN_VALUE=""; fi
}

summary() {
  echo
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}
