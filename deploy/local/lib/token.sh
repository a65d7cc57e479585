# shellcheck shell=bash
# Token helpers for the LIF local stack (Keycloak realm "lif"). Source this file, then:
#   TOKEN=$(lif_token southampton-admin)                       # password grant on public client lif-cli (password "demo")
#   TOKEN=$(lif_client_token agency-bitterne-park-school)      # client credentials (demo secret "<clientId>-secret")
#   curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8084/api/v1/partnerships/southampton/action-plans
# Environment: LIF_KC (default http://127.0.0.1:8180), LIF_REALM (default lif), LIF_PASSWORD (default demo).
# Needs only bash, curl and sed. Local demo identities only: never use these clients or secrets elsewhere.

_lif_token_request() {
  local url response token
  url="${LIF_KC:-http://127.0.0.1:8180}/realms/${LIF_REALM:-lif}/protocol/openid-connect/token"
  response=$(curl -sS --max-time 20 "$url" "$@") || { echo "lif_token: cannot reach $url" >&2; return 1; }
  token=$(printf '%s' "$response" | sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
  if [ -z "$token" ]; then
    echo "lif_token: no access token from $url: $response" >&2
    return 1
  fi
  printf '%s\n' "$token"
}

# lif_token <username> [password] : access token of a demo user (password grant, client lif-cli)
lif_token() {
  if [ $# -lt 1 ]; then echo "usage: lif_token <username> [password]" >&2; return 2; fi
  _lif_token_request -d grant_type=password -d client_id=lif-cli \
    --data-urlencode "username=$1" --data-urlencode "password=${2:-${LIF_PASSWORD:-demo}}"
}

# lif_client_token <clientId> [secret] : access token of an agency API client (client credentials)
lif_client_token() {
  if [ $# -lt 1 ]; then echo "usage: lif_client_token <clientId> [secret]" >&2; return 2; fi
  _lif_token_request -d grant_type=client_credentials \
    --data-urlencode "client_id=$1" --data-urlencode "client_secret=${2:-$1-secret}"
}

# lif_jwt_payload <token> : the decoded JSON payload of a JWT (for looking at claims; no signature check)
lif_jwt_payload() {
  local p
  p=$(printf '%s' "$1" | cut -d. -f2 | tr '_-' '/+')
  while [ $(( ${#p} % 4 )) -ne 0 ]; do p="$p="; done
  printf '%s' "$p" | base64 -d
  echo
}
