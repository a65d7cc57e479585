#!/usr/bin/env bash
# Demo data for the reporting service (southampton and portsmouth): priorities for the current reporting year, a small
# indicator set defined last year, refreshed for this year, with quarterly values (southampton's uploaded as CSV, a
# school submitting its own), and a draft yearly report with narrative in two sections. The dashboard itself needs no
# demo data: reporting builds it from the other services' events (their demo data runs first).
# Run by `deploy/local/lif up`; idempotent: nothing is created when this year's indicator set already exists.
# Needs bash, curl, sed, grep and GNU date.
set -euo pipefail
shopt -s inherit_errexit

if [ -z "${LIF_URL_REPORTING:-}" ]; then
  echo "reporting is not running (no LIF_URL_REPORTING): no reporting demo data"
  exit 0
fi
# shellcheck source=SCRIPTDIR/../lib/token.sh
source "${LIF_TOKEN_LIB:?LIF_TOKEN_LIB is not set (run through deploy/local/lif up)}"
# shellcheck source=SCRIPTDIR/../lib/api.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/api.sh"

# upload_csv <token> <url> <csv>: POST text/csv, expect 200
upload_csv() {
  local status
  status=$(curl -sS --max-time 30 -o "$LIF_API_BODY" -w '%{http_code}' -X POST -H "Authorization: Bearer $1" \
    -H 'Content-Type: text/csv' -H 'Accept: application/json' --data-binary "$3" "$2") || die "POST $2: curl failed"
  [ "$status" = 200 ] || die "POST $2 answered HTTP $status: $(cat "$LIF_API_BODY")"
}
id_of() { printf '%s' "$1" | sed -n 's/^{"id":"\([0-9a-f-]\{36\}\)".*/\1/p'; }

# the reporting year runs April to March: 2025 = 1 April 2025 - 31 March 2026
MONTH=$(date -u +%-m)
YEAR=$(date -u +%Y)
if [ "$MONTH" -lt 4 ]; then YEAR=$((YEAR - 1)); fi
LAST=$((YEAR - 1))

S_API=$LIF_URL_REPORTING/api/v1/partnerships/southampton
P_API=$LIF_URL_REPORTING/api/v1/partnerships/portsmouth
S_ADMIN=$(lif_token southampton-admin)
S_POLICE=$(lif_token southampton-police)
S_SCHOOL=$(lif_token southampton-school)
P_ADMIN=$(lif_token portsmouth-admin)
P_SCHOOL=$(lif_token portsmouth-school)

if call 200 "$S_ADMIN" GET "$S_API/indicators?year=$YEAR" | grep -q '"code":"CP-PLANS-RATE"'; then
  echo "reporting demo data already present"
  exit 0
fi

# --- priorities: Created / Stabilised / Changed per theme ---
call 200 "$S_POLICE" PUT "$S_API/priorities/$YEAR/neglect" '{"decision":"CHANGED","rationale":"Audits and LCSPR Child T show cumulative harm is still missed; the neglect toolkit must be used by every agency."}' >/dev/null
call 200 "$S_ADMIN" PUT "$S_API/priorities/$YEAR/child-exploitation" '{"decision":"STABILISED","rationale":"The exploitation hub works well; keep training reach and screening at current levels."}' >/dev/null
call 200 "$S_ADMIN" PUT "$S_API/priorities/$YEAR/infant-injury" '{"decision":"CREATED","rationale":"New learning from rapid reviews: a safe-sleep and bruising protocol is needed."}' >/dev/null
call 200 "$P_ADMIN" PUT "$P_API/priorities/$YEAR/domestic-abuse" '{"decision":"CHANGED","rationale":"Repeat referrals remain high; the MARAC action plan must be refreshed."}' >/dev/null
call 200 "$P_ADMIN" PUT "$P_API/priorities/$YEAR/neglect" '{"decision":"STABILISED","rationale":"Graded care profile in use across early help."}' >/dev/null

# --- dataset: last year's set with four quarters, refreshed for this year ---
define() { # <token> <api> <year> <json fields without year>
  call 201 "$1" POST "$2/indicators" "{\"year\":$3,$4}" >/dev/null
}
define "$S_ADMIN" "$S_API" "$LAST" '"code":"CP-PLANS-RATE","name":"Children on child protection plans per 10,000","definition":"Children subject to a child protection plan at the end of the quarter, per 10,000 children aged 0-17","unit":"rate per 10,000","polarity":"NEUTRAL","ownerAgency":"southampton-city-council","theme":"neglect","comparisonLabel":"Statistical neighbours"'
define "$S_ADMIN" "$S_API" "$LAST" '"code":"RR-ON-TIME","name":"Rapid reviews sent to the Panel within 15 working days","definition":"Share of rapid reviews completed in the quarter that were sent within 15 working days of the notification","unit":"percent","polarity":"HIGHER_IS_BETTER","target":100,"ownerAgency":"southampton-city-council","theme":"infant-injury"'
define "$S_ADMIN" "$S_API" "$LAST" '"code":"SCHOOL-DSL-TRAINED","name":"Designated safeguarding leads trained in the last two years","definition":"Share of the school designated safeguarding leads with level 3 training in the last two years","unit":"percent","polarity":"HIGHER_IS_BETTER","target":95,"ownerAgency":"bitterne-park-school","theme":"neglect"'
upload_csv "$S_ADMIN" "$S_API/indicators/years/$LAST/values" "code,quarter,value,comparisonValue,confidence,commentary
CP-PLANS-RATE,1,48.2,44.0,HIGH,Rise after two large sibling groups
CP-PLANS-RATE,2,46.9,43.5,HIGH,
CP-PLANS-RATE,3,45.1,43.1,HIGH,
CP-PLANS-RATE,4,44.0,42.8,HIGH,Stepped down through the neglect pathway
RR-ON-TIME,1,67,,MEDIUM,One rapid review waited for a health chronology
RR-ON-TIME,2,100,,HIGH,
RR-ON-TIME,3,75,,HIGH,
RR-ON-TIME,4,100,,HIGH,
SCHOOL-DSL-TRAINED,4,88,,MEDIUM,Two new DSLs booked on the spring course"
call 200 "$S_ADMIN" POST "$S_API/indicators/years/$YEAR/copy-from/$LAST" >/dev/null
upload_csv "$S_ADMIN" "$S_API/indicators/years/$YEAR/values" "code,quarter,value,comparisonValue,confidence,commentary
CP-PLANS-RATE,1,43.2,42.5,HIGH,Continued fall; audit of step-downs planned
RR-ON-TIME,1,100,,HIGH,"
DSL=$(call 200 "$S_SCHOOL" GET "$S_API/indicators?year=$YEAR" | sed -n 's/.*"id":"\([0-9a-f-]\{36\}\)".*"code":"SCHOOL-DSL-TRAINED".*/\1/p')
[ -n "$DSL" ] || die "the school cannot see its indicator SCHOOL-DSL-TRAINED"
call 200 "$S_SCHOOL" PUT "$S_API/indicators/$DSL/values/1" '{"value":92,"confidence":"HIGH","commentary":"Both new DSLs trained in April."}' >/dev/null

define "$P_ADMIN" "$P_API" "$YEAR" '"code":"DA-REPEAT-REFERRALS","name":"Repeat referrals with domestic abuse as a factor","definition":"Share of referrals in the quarter that are repeat referrals within 12 months where domestic abuse is a factor","unit":"percent","polarity":"LOWER_IS_BETTER","target":20,"ownerAgency":"portsmouth-city-council","theme":"domestic-abuse","comparisonLabel":"England"'
define "$P_ADMIN" "$P_API" "$YEAR" '"code":"ATTENDANCE-CP","name":"School attendance of children on child protection plans","definition":"Average attendance in the quarter of pupils subject to a child protection plan","unit":"percent","polarity":"HIGHER_IS_BETTER","target":90,"ownerAgency":"mayfield-school","theme":"neglect"'
for ID in $(call 200 "$P_ADMIN" GET "$P_API/indicators?year=$YEAR" | grep -o '"id":"[0-9a-f-]\{36\}","year":[0-9]*,"code":"DA-REPEAT-REFERRALS"' | cut -d'"' -f4); do
  call 200 "$P_ADMIN" PUT "$P_API/indicators/$ID/values/1" '{"value":24.5,"comparisonValue":22.0,"confidence":"MEDIUM","commentary":"Police and children social care counts reconciled by hand this quarter."}' >/dev/null
done
for ID in $(call 200 "$P_SCHOOL" GET "$P_API/indicators?year=$YEAR" | grep -o '"id":"[0-9a-f-]\{36\}"' | cut -d'"' -f4); do
  call 200 "$P_SCHOOL" PUT "$P_API/indicators/$ID/values/1" '{"value":86.4,"confidence":"HIGH","commentary":"Two pupils on part-time timetables."}' >/dev/null
done

# --- a draft yearly report with two sections written ---
if call 200 "$S_ADMIN" GET "$S_API/annual-reports?year=$YEAR" | grep -q '"totalItems":0'; then
  REPORT=$(id_of "$(call 201 "$S_ADMIN" POST "$S_API/annual-reports" "{\"year\":$YEAR}")")
  call 200 "$S_ADMIN" PUT "$S_API/annual-reports/$REPORT/sections/activity" '{"narrative":"The partnership notified the Panel of serious incidents within five working days, completed its rapid reviews and commissioned LCSPR Child T.\n\nThe multi-agency audit programme and the training programme ran as planned."}' >/dev/null
  call 200 "$(lif_token hips-chair)" PUT "$S_API/annual-reports/$REPORT/sections/scrutiny" '{"narrative":"As independent chair I moderated the Section 11 returns with the panel and challenged two agencies on supervision."}' >/dev/null
fi
echo "reporting demo data: priorities, indicators with quarterly values ($LAST and $YEAR) for southampton and portsmouth, a draft $YEAR yearly report"
