# shellcheck shell=bash
# Helpers for the demo-data scripts: call a LIF API with curl and stop loudly on any surprise.
#   call <expected status> <token> <method> <url> [json body]   prints the response body; exits on another status
#   die <message>                                             prints ERROR: <message> and exits 1
LIF_API_BODY=$(mktemp)
trap 'rm -f "$LIF_API_BODY"' EXIT

die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

call() {
  local expected=$1 token=$2 method=$3 url=$4 data=${5:-} status
  local args=(-sS --max-time 30 -o "$LIF_API_BODY" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $token"
    -H 'Accept: application/json')
  if [ -n "$data" ]; then args+=(-H 'Content-Type: application/json' --data-binary "$data"); fi
  status=$(curl "${args[@]}" "$url") || die "$method $url: curl failed"
  if [ "$status" != "$expected" ]; then
    printf 'ERROR: %s %s answered HTTP %s (expected %s)\n' "$method" "$url" "$status" "$expected" >&2
    [ -z "$data" ] || printf 'request body: %s\n' "$data" >&2
    printf 'response body: %s\n' "$(cat "$LIF_API_BODY")" >&2
    exit 1
  fi
  cat "$LIF_API_BODY"
}
