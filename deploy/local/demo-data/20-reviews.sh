#!/usr/bin/env bash
# Demo data for the reviews service: a rapid review in progress (information requests, one agency's contribution)
# and a published LCSPR with findings and recommendations that action-plans turns into actions (through Kafka),
# in southampton; a rapid review in progress in portsmouth.
# Run by `deploy/local/lif up` (see README.md in this folder); idempotent: a review whose title already exists in its
# partnership is not created again. Pseudonyms only ("Child M"): never put children's names in demo data.
# Needs bash, curl, sed, grep and GNU date.
set -euo pipefail
shopt -s inherit_errexit

if [ -z "${LIF_URL_REVIEWS:-}" ]; then
  echo "reviews is not running (no LIF_URL_REVIEWS): no reviews demo data"
  exit 0
fi
# shellcheck source=SCRIPTDIR/../lib/token.sh
source "${LIF_TOKEN_LIB:?LIF_TOKEN_LIB is not set (run through deploy/local/lif up)}"

API=$LIF_URL_REVIEWS/api/v1/partnerships
# shellcheck source=SCRIPTDIR/../lib/api.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/api.sh"

# field <json> <name>: the first UUID value of "name" in the JSON
field() {
  local id
  id=$(printf '%s' "$1" | sed -n "s/.*\"$2\":\"\([0-9a-f-]\{36\}\)\".*/\1/p" | head -n 1)
  [ -n "$id" ] || die "no $2 in response: $1"
  printf '%s\n' "$id"
}

day() { date -d "$1" +%F; }   # day '-3 months' -> 2026-08-23

# review_exists <token> <partnership> <title>: looks through every page of GET /reviews
review_exists() {
  local token=$1 partnership=$2 title=$3 page=0 pages=1 json
  while [ "$page" -lt "$pages" ]; do
    json=$(call 200 "$token" GET "$API/$partnership/reviews?size=100&page=$page") || exit 1
    if printf '%s' "$json" | grep -qF "\"title\":\"$title\""; then return 0; fi
    pages=$(printf '%s' "$json" | sed -n 's/.*"totalPages":\([0-9]*\).*/\1/p')
    pages=${pages:-0}
    page=$((page + 1))
  done
  return 1
}

# notify <token> <partnership> <aware> <notified> <children json> <agencies json> <summary>: prints the rapid review id
notify() {
  local json
  json=$(call 201 "$1" POST "$API/$2/notifications" "$(printf \
    '{"becameAwareOn":"%s","notifiedOn":"%s","children":%s,"agenciesInvolved":%s,"summary":"%s"}' "$3" "$4" "$5" "$6" "$7")") || exit 1
  field "$json" rapidReviewId
}

# request_id <token> <partnership> <review> <agency>: the id of the agency's information request
request_id() {
  local json
  json=$(call 200 "$1" GET "$API/$2/reviews/$3/information-requests") || exit 1
  printf '%s' "$json" | sed 's/},{/}\n{/g' | grep -F "\"agency\":\"$4\"" | sed -n 's/.*"id":"\([0-9a-f-]\{36\}\)".*/\1/p' | head -n 1
}

CREATED=()
SKIPPED=()

# --- southampton --------------------------------------------------------------------------------
SOTON_ADMIN=$(lif_token southampton-admin)
SOTON_POLICE=$(lif_token southampton-police)
SOTON_SCHOOL=$(lif_token southampton-school)
HIPS_REVIEWER=$(lif_token hips-reviewer)
HIPS_CHAIR=$(lif_token hips-chair)

# (a) a rapid review in progress: agencies asked for information, the school has contributed
TITLE_A="Rapid review: Child M"
if review_exists "$SOTON_ADMIN" southampton "$TITLE_A"; then
  SKIPPED+=("southampton: $TITLE_A")
else
  rapid=$(notify "$SOTON_ADMIN" southampton "$(day '-6 days')" "$(day '-4 days')" \
    '[{"pseudonym":"Child M","ageBand":"UNDER_ONE","harm":"SERIOUS_HARM","lookedAfter":false}]' \
    '["bitterne-park-school","youth-options","hampshire-constabulary","southampton-city-council"]' \
    "Head injury to a 7-month-old baby; an older sibling attends school. Neglect and domestic abuse suspected.")
  request=$(request_id "$SOTON_ADMIN" southampton "$rapid" bitterne-park-school)
  [ -n "$request" ] || die "no information request for bitterne-park-school on $rapid"
  call 200 "$SOTON_SCHOOL" POST "$API/southampton/reviews/$rapid/information-requests/$request/contribution" \
    '{"chronology":"Sibling (Year 3): attendance 84% this term; two late collections; disclosure of shouting at home recorded on the safeguarding system and shared with the family support worker.","summary":"The school knew of tension at home but not of the baby; no referral was made because the concerns were judged low level."}' >/dev/null
  CREATED+=("southampton: $TITLE_A (4 information requests, 1 contribution; due $(day '-4 days') + 15 working days)")
fi

# (b) a published LCSPR: rapid review → decision → reviewer → reports → recommendations → publication
TITLE_B="LCSPR: Child S"
if review_exists "$SOTON_ADMIN" southampton "$TITLE_B"; then
  SKIPPED+=("southampton: $TITLE_B")
else
  N=$(day '-11 months')   # notified
  rapid=$(notify "$SOTON_ADMIN" southampton "$(day "$N -2 days")" "$N" \
    '[{"pseudonym":"Child S","ageBand":"TEN_TO_FOURTEEN","harm":"SERIOUS_HARM","lookedAfter":false}]' \
    '["bitterne-park-school","youth-options","hampshire-constabulary"]' \
    "A 13-year-old seriously harmed while being criminally exploited; known to several agencies as missing from home.")
  call 200 "$SOTON_ADMIN" POST "$API/southampton/reviews/$rapid/meeting" "$(printf \
    '{"heldOn":"%s","agencies":["bitterne-park-school","youth-options","hampshire-constabulary"],"notes":"%s"}' \
    "$(day "$N +9 days")" "Chronologies merged; missing episodes were not linked across agencies.")" >/dev/null
  call 200 "$SOTON_ADMIN" POST "$API/southampton/reviews/$rapid/outcome" "$(printf '%s' \
    '{"decidedOn":"'"$(day "$N +10 days")"'","immediateLearning":"Return home interviews were not shared with the school.",' \
    '"immediateActions":[{"text":"Share every return home interview with the child'"'"'s school within 2 working days","targetAgencies":["hampshire-constabulary"],"themes":["child-exploitation"]}],' \
    '"decision":"LCSPR","reasons":"Serious harm, abuse suspected, and significant learning about multi-agency working on exploitation.",' \
    '"themes":["child-exploitation","missing-from-home"]}')" >/dev/null
  call 201 "$SOTON_POLICE" POST "$API/southampton/reviews/$rapid/sign-offs" \
    '{"partner":"POLICE","signatory":"Detective Superintendent, Public Protection","signedOn":"'"$(day "$N +11 days")"'"}' >/dev/null
  call 201 "$SOTON_ADMIN" POST "$API/southampton/reviews/$rapid/sign-offs" \
    '{"partner":"LOCAL_AUTHORITY","signatory":"Director of Children'"'"'s Services","signedOn":"'"$(day "$N +11 days")"'","comment":"Recorded by the business unit from the signed report"}' >/dev/null
  call 201 "$SOTON_ADMIN" POST "$API/southampton/reviews/$rapid/sign-offs" \
    '{"partner":"HEALTH","signatory":"Chief Nurse, Hampshire and Isle of Wight ICB","signedOn":"'"$(day "$N +12 days")"'","comment":"Recorded by the business unit from the signed report"}' >/dev/null
  json=$(call 200 "$SOTON_ADMIN" POST "$API/southampton/reviews/$rapid/panel-submission" '{"submittedOn":"'"$(day "$N +13 days")"'"}')
  lcspr=$(field "$json" followUpReviewId)
  call 200 "$SOTON_ADMIN" POST "$API/southampton/reviews/$rapid/panel-response" \
    '{"receivedOn":"'"$(day "$N +30 days")"'","response":"The Panel agrees that an LCSPR is appropriate.","agreesWithDecision":true}' >/dev/null

  call 200 "$SOTON_ADMIN" PUT "$API/southampton/reviews/$lcspr/reviewer" \
    '{"username":"hips-reviewer","declaredIndependent":true,"independenceDeclaration":"No professional or personal involvement with the child, family or agencies in the period under review.","appointedOn":"'"$(day "$N +20 days")"'"}' >/dev/null
  call 200 "$HIPS_REVIEWER" PUT "$API/southampton/reviews/$lcspr/terms-of-reference" \
    '{"termsOfReference":"From the first missing episode (age 11) to the incident: how agencies identified and responded to criminal exploitation.","methodology":"Systems approach: practitioner learning events, conversations with the family, chronology review."}' >/dev/null
  call 201 "$HIPS_REVIEWER" POST "$API/southampton/reviews/$lcspr/involvement" \
    '{"participant":"PRACTITIONER","role":"youth worker","agency":"youth-options","outcome":"TOOK_PART","recordedOn":"'"$(day "$N +2 months")"'"}' >/dev/null
  call 201 "$HIPS_REVIEWER" POST "$API/southampton/reviews/$lcspr/involvement" \
    '{"participant":"FAMILY","role":"mother","outcome":"TOOK_PART","recordedOn":"'"$(day "$N +2 months +3 days")"'"}' >/dev/null
  call 200 "$HIPS_REVIEWER" PUT "$API/southampton/reviews/$lcspr/draft-report" \
    '{"title":"LCSPR Child S","version":"draft 1","documentUrl":"https://docs.southampton-scp.example/lcspr-child-s-draft-1.pdf","receivedOn":"'"$(day "$N +4 months")"'"}' >/dev/null
  call 201 "$HIPS_REVIEWER" POST "$API/southampton/reviews/$lcspr/findings" \
    '{"text":"Missing episodes were recorded by each agency but never seen together, so the pattern of exploitation was missed.","themes":["child-exploitation","information-sharing"]}' >/dev/null
  call 201 "$HIPS_REVIEWER" POST "$API/southampton/reviews/$lcspr/findings" \
    '{"text":"Exclusion from school removed the one daily protective contact Child S had.","themes":["exclusion"]}' >/dev/null
  rec1=$(field "$(call 201 "$HIPS_REVIEWER" POST "$API/southampton/reviews/$lcspr/recommendations" \
    '{"text":"Use the partnership exploitation screening tool after a second missing episode and share the result with the school.","targetAgencies":["bitterne-park-school","youth-options"],"themes":["child-exploitation"]}')" id)
  rec2=$(field "$(call 201 "$HIPS_REVIEWER" POST "$API/southampton/reviews/$lcspr/recommendations" \
    '{"text":"Hold a multi-agency meeting before any permanent exclusion of a child known to be at risk of exploitation.","targetAgencies":["bitterne-park-school"],"themes":["exclusion"]}')" id)
  call 200 "$HIPS_REVIEWER" PUT "$API/southampton/reviews/$lcspr/final-report" \
    '{"title":"LCSPR Child S","version":"final","documentUrl":"https://docs.southampton-scp.example/lcspr-child-s-final.pdf","receivedOn":"'"$(day "$N +5 months")"'"}' >/dev/null
  call 200 "$SOTON_ADMIN" POST "$API/southampton/reviews/$lcspr/recommendations/$rec1/issue" >/dev/null
  call 200 "$SOTON_ADMIN" POST "$API/southampton/reviews/$lcspr/recommendations/$rec2/issue" >/dev/null
  call 200 "$SOTON_ADMIN" PUT "$API/southampton/reviews/$lcspr/partnership-response" \
    '{"response":"The partnership accepts both recommendations; progress is reported to SILG quarterly.","agreedOn":"'"$(day '-2 months')"'"}' >/dev/null
  call 200 "$SOTON_ADMIN" POST "$API/southampton/reviews/$lcspr/panel-notice" \
    '{"sentOn":"'"$(day '-1 month -3 weeks')"'","plannedPublicationOn":"'"$(day '-1 month')"'"}' >/dev/null
  call 200 "$SOTON_ADMIN" POST "$API/southampton/reviews/$lcspr/publication" \
    '{"publishedOn":"'"$(day '-1 month')"'","url":"https://southampton-scp.example/learning/lcspr-child-s"}' >/dev/null
  call 201 "$HIPS_CHAIR" POST "$API/southampton/reviews/$lcspr/challenges" \
    '{"text":"How will SILG know that the screening tool is used by the school, not only by youth workers?"}' >/dev/null
  CREATED+=("southampton: $TITLE_B (published; 2 recommendations + 1 immediate action issued -> actions in action-plans)")
fi

# --- portsmouth ---------------------------------------------------------------------------------
PORTS_ADMIN=$(lif_token portsmouth-admin)
TITLE_C="Rapid review: Child P"
if review_exists "$PORTS_ADMIN" portsmouth "$TITLE_C"; then
  SKIPPED+=("portsmouth: $TITLE_C")
else
  notify "$PORTS_ADMIN" portsmouth "$(day '-3 days')" "$(day '-2 days')" \
    '[{"pseudonym":"Child P","ageBand":"UNDER_ONE","harm":"DEATH","lookedAfter":false}]' '["mayfield-school","portsmouth-city-council"]' \
    "Sudden unexpected death of an infant; unsafe sleeping and parental substance misuse suspected." >/dev/null
  CREATED+=("portsmouth: $TITLE_C (2 information requests)")
fi

# --- summary ------------------------------------------------------------------------------------
echo "reviews demo data:"
for line in ${CREATED[@]+"${CREATED[@]}"}; do echo "  created $line"; done
for line in ${SKIPPED[@]+"${SKIPPED[@]}"}; do echo "  exists  $line (skipped)"; done
