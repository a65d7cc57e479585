#!/usr/bin/env bash
# Demo data for the audits service. southampton: a closed multi-agency thematic audit on neglect (returns, voice of the
# child, discussion, findings and a recommendation that action-plans turns into actions through Kafka), a planned
# audit and a requested single-agency audit on the programme; a Section 11 cycle with agencies at different stages
# (youth-options evaluated with an agreed outcome and an improvement action, the police drafting, the school not
# started); an open schools audit window with one submitted return. portsmouth: a planned audit and a schools window.
# Run by `deploy/local/lif up` (see README.md in this folder); idempotent: each part is skipped when its first record
# (audit title, cycle title, window year) already exists. Case references only ("CASE-…"): never names.
# Needs bash, curl, sed, grep and GNU date.
set -euo pipefail
shopt -s inherit_errexit

if [ -z "${LIF_URL_AUDITS:-}" ]; then
  echo "audits is not running (no LIF_URL_AUDITS): no audits demo data"
  exit 0
fi
# shellcheck source=SCRIPTDIR/../lib/token.sh
source "${LIF_TOKEN_LIB:?LIF_TOKEN_LIB is not set (run through deploy/local/lif up)}"

API=$LIF_URL_AUDITS/api/v1/partnerships
# shellcheck source=SCRIPTDIR/../lib/api.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/api.sh"

# first_id <json>: the first UUID "id" in the JSON
first_id() {
  local id
  id=$(printf '%s' "$1" | sed -n 's/[^{]*{"\(audit":{"\)\{0,1\}id":"\([0-9a-f-]\{36\}\)".*/\2/p' | head -n 1)
  [ -n "$id" ] || die "no id in response: $1"
  printf '%s\n' "$id"
}
# Today is the machine's, or LIF_DEMO_TODAY (e.g. 2027-05-29, a date only: GNU date reads "12:00 -3 months" as a
# time zone) where the services run on a moved clock (the tests' pinned clock, lif.clock.offset), so that the demo's
# dates are the services' dates.
NOW=${LIF_DEMO_TODAY:-now}
day() { date -d "$NOW $1" +%F; }

ADMIN=$(lif_token southampton-admin)
POLICE=$(lif_token southampton-police)
SCHOOL=$(lif_token southampton-school)
CHARITY=$(lif_token southampton-charity)
CHAIR=$(lif_token hips-chair)
PORTS=$(lif_token portsmouth-admin)
PORTS_SCHOOL=$(lif_token portsmouth-school)
YEAR=$(date -d "$NOW" +%Y)
if [ "$(date -d "$NOW" +%-m)" -ge 9 ]; then FIRST_YEAR=$YEAR; else FIRST_YEAR=$((YEAR - 1)); fi
ACADEMIC_YEAR="$FIRST_YEAR-$(printf '%02d' $(((FIRST_YEAR + 1) % 100)))"

plan_json() {   # plan_json <title> <type> <start> <end> <theme> [ownerAgency]
  local owner=""
  [ -z "${6:-}" ] || owner=",\"ownerAgency\":\"$6\""
  printf '{"title":"%s","type":"%s","programmeYear":%s,"themes":["%s"],"subgroup":"SPIG","plannedStart":"%s","plannedEnd":"%s","lead":"SSCP quality assurance lead"%s}' \
    "$1" "$2" "$YEAR" "$5" "$(day "$3")" "$(day "$4")" "$owner"
}

# --- southampton: the audit programme --------------------------------------------------------------
THEMATIC="Neglect: multi-agency thematic audit"
if call 200 "$ADMIN" GET "$API/southampton/audits?size=100" | grep -qF "\"title\":\"$THEMATIC\""; then
  echo "audit programme demo data already present"
else
  TOOL=$(first_id "$(call 201 "$ADMIN" POST "$API/southampton/audits/tools" '{"name":"Neglect audit tool","questions":[{"code":"Q1","text":"Was the child seen, and seen alone?"},{"code":"Q2","text":"Was the cumulative impact of neglect recognised?"},{"code":"Q3","text":"Was information shared with partners in time?"}]}')")
  AUDIT=$(first_id "$(call 201 "$ADMIN" POST "$API/southampton/audits" "$(plan_json "$THEMATIC" MULTI_AGENCY_THEMATIC '-2 months' '-1 day' neglect)")")
  call 200 "$ADMIN" POST "$API/southampton/audits/$AUDIT/start" "{\"toolId\":\"$TOOL\",\"agencies\":[\"bitterne-park-school\",\"youth-options\",\"hampshire-constabulary\"],\"caseSample\":[\"CASE-2025-014\",\"CASE-2025-022\",\"CASE-2025-031\"],\"returnsDueOn\":\"$(day '+1 day')\"}" >/dev/null
  for T in "$SCHOOL:GOOD" "$CHARITY:REQUIRES_IMPROVEMENT" "$POLICE:GOOD"; do
    TOKEN=${T%%:*}; GRADE=${T##*:}
    call 200 "$TOKEN" PUT "$API/southampton/audits/$AUDIT/returns/mine" "{\"answers\":[{\"question\":\"Q1\",\"caseRef\":\"CASE-2025-014\",\"grade\":\"$GRADE\",\"comment\":\"Seen alone at two of three visits.\"},{\"question\":\"Q2\",\"grade\":\"$GRADE\"},{\"question\":\"Q3\",\"grade\":\"$GRADE\"}],\"overallGrade\":\"$GRADE\",\"summary\":\"Return for the neglect audit.\"}" >/dev/null
    call 200 "$TOKEN" POST "$API/southampton/audits/$AUDIT/returns/mine/submit" >/dev/null
  done
  call 200 "$ADMIN" PUT "$API/southampton/audits/$AUDIT/consultation" '{"voiceOfChild":"Young people said professionals changed too often to trust.","consultation":"Four practitioners and two parents consulted; parents felt judged at the first visit."}' >/dev/null
  call 200 "$ADMIN" PUT "$API/southampton/audits/$AUDIT/discussion" "{\"heldOn\":\"$(day today)\",\"notes\":\"Multi-agency discussion of the three cases; grades moderated.\"}" >/dev/null
  call 201 "$ADMIN" POST "$API/southampton/audits/$AUDIT/findings" '{"kind":"GOOD_PRACTICE","text":"Schools recognised early signs of neglect and recorded them well.","themes":["neglect"]}' >/dev/null
  call 201 "$ADMIN" POST "$API/southampton/audits/$AUDIT/findings" '{"kind":"AREA_FOR_IMPROVEMENT","text":"Cumulative harm was not analysed across agencies; chronologies were single-agency.","themes":["neglect","information-sharing"]}' >/dev/null
  call 201 "$ADMIN" POST "$API/southampton/audits/$AUDIT/recommendations" "{\"text\":\"Adopt a shared multi-agency chronology for children on a neglect pathway.\",\"targetAgencies\":[\"youth-options\",\"bitterne-park-school\"],\"themes\":[\"neglect\"],\"suggestedDueOn\":\"$(day '+4 months')\"}" >/dev/null
  call 200 "$ADMIN" POST "$API/southampton/audits/$AUDIT/report" "{\"reportedOn\":\"$(day today)\",\"summary\":\"Reported to the Safeguarding Practice Improvement Group.\"}" >/dev/null
  call 200 "$ADMIN" POST "$API/southampton/audits/$AUDIT/close" >/dev/null
  call 201 "$ADMIN" POST "$API/southampton/audits" "$(plan_json 'Child exploitation: multi-agency case audit' MULTI_AGENCY_CASE '+1 month' '+4 months' child-exploitation)" >/dev/null
  call 201 "$ADMIN" POST "$API/southampton/audits" "$(plan_json 'Youth Options: supervision audit' SINGLE_AGENCY '+0 days' '+2 months' supervision youth-options)" >/dev/null
  echo "audit programme: a closed thematic audit with findings and a recommendation, a planned case audit, a requested single-agency audit"
fi

# --- southampton: Section 11 --------------------------------------------------------------------
CYCLE_TITLE="Section 11 $YEAR-$((YEAR + 2))"
if call 200 "$ADMIN" GET "$API/southampton/section11/cycles" | grep -qF "\"title\":\"$CYCLE_TITLE\""; then
  echo "Section 11 demo data already present"
else
  CYCLE=$(first_id "$(call 201 "$ADMIN" POST "$API/southampton/section11/cycles" "{\"title\":\"$CYCLE_TITLE\",\"startYear\":$YEAR,\"agencies\":[\"youth-options\",\"hampshire-constabulary\",\"bitterne-park-school\"],\"submissionsDueOn\":\"$(day '+2 months')\"}")")
  C=$API/southampton/section11/cycles/$CYCLE
  answers() {   # answers <RAG>: all eight standards with a narrative and dated evidence
    local out="" code
    for code in S1 S2 S3 S4 S5 S6 S7 S8; do
      out="$out{\"standard\":\"$code\",\"rag\":\"$1\",\"narrative\":\"Self-assessment narrative for $code.\",\"evidence\":[{\"description\":\"Policy and board minutes\",\"dated\":\"$(day '-1 month')\"}]},"
    done
    printf '{"answers":[%s]}' "${out%,}"
  }
  call 201 "$CHARITY" POST "$C/assessments/mine" >/dev/null
  call 200 "$CHARITY" PUT "$C/assessments/mine" "$(answers GREEN)" >/dev/null
  call 200 "$CHARITY" POST "$C/assessments/mine/submit" >/dev/null
  MODERATED=""
  for code in S1 S2 S3 S4 S5 S6 S7 S8; do
    rating=GREEN; [ "$code" != S3 ] || rating=AMBER
    MODERATED="$MODERATED{\"standard\":\"$code\",\"rating\":\"$rating\"},"
  done
  call 200 "$ADMIN" PUT "$C/assessments/youth-options/moderation" "{\"ratings\":[${MODERATED%,}]}" >/dev/null
  CH=$(first_id "$(call 201 "$CHAIR" POST "$C/assessments/youth-options/challenges" '{"standard":"S3","question":"How do children shape your services, beyond feedback forms?"}')")
  call 200 "$CHARITY" POST "$C/assessments/youth-options/challenges/$CH/answer" '{"answer":"A young advisers group meets monthly and reviews our service changes."}' >/dev/null
  call 200 "$CHAIR" PUT "$C/assessments/youth-options/chair-feedback" '{"feedback":"A confident self-assessment; listening to children is developing."}' >/dev/null
  call 200 "$ADMIN" PUT "$C/assessments/youth-options/staff-survey" "{\"surveyedOn\":\"$(day today)\",\"respondents\":38,\"results\":[{\"question\":\"I know how to escalate a concern\",\"agreePercent\":92},{\"question\":\"I receive regular safeguarding supervision\",\"agreePercent\":71}]}" >/dev/null
  call 200 "$ADMIN" POST "$C/assessments/youth-options/outcome" '{"outcome":"COMPLIANT"}' >/dev/null
  call 201 "$ADMIN" POST "$C/assessments/youth-options/actions" "{\"text\":\"Extend the young advisers group to every service.\",\"suggestedDueOn\":\"$(day '+6 months')\"}" >/dev/null
  call 201 "$POLICE" POST "$C/assessments/mine" >/dev/null
  call 200 "$POLICE" PUT "$C/assessments/mine" '{"answers":[{"standard":"S1","rag":"GREEN","narrative":"Chief officer lead for safeguarding children."},{"standard":"S5","rag":"AMBER","narrative":"Information sharing with schools out of hours is slow."}]}' >/dev/null
  echo "Section 11: youth-options evaluated (COMPLIANT, one action), hampshire-constabulary drafting, bitterne-park-school not started"
fi

# --- schools audit windows ----------------------------------------------------------------------
schools_window() {   # schools_window <partnership> <token> <school>
  if call 200 "$2" GET "$API/$1/schools-audits" | grep -qF "\"academicYear\":\"$ACADEMIC_YEAR\""; then
    echo "$1: schools audit window $ACADEMIC_YEAR already present"; return 0
  fi
  local w
  w=$(first_id "$(call 201 "$2" POST "$API/$1/schools-audits" "{\"academicYear\":\"$ACADEMIC_YEAR\",\"opensOn\":\"$(day '-1 month')\",\"closesOn\":\"$(day '+2 months')\",\"schools\":[\"$3\"]}")")
  printf '%s\n' "$w"
}
ratings() {
  local out="" code
  for code in K1 K2 K3 K4 K5 K6 K7 K8 K9; do
    rating=GREEN; [ "$code" != K6 ] || rating=AMBER
    out="$out{\"standard\":\"$code\",\"selfRating\":\"$rating\",\"narrative\":\"Evidence for $code.\"},"
  done
  printf '{"answers":[%s],"leadName":"Designated safeguarding lead"}' "${out%,}"
}
WINDOW=$(schools_window southampton "$ADMIN" bitterne-park-school)
if [ "${#WINDOW}" = 36 ]; then
  call 200 "$SCHOOL" PUT "$API/southampton/schools-audits/$WINDOW/returns/mine" "$(ratings)" >/dev/null
  call 200 "$SCHOOL" POST "$API/southampton/schools-audits/$WINDOW/returns/mine/submit" "{\"governorName\":\"Chair of governors\",\"governorSignedOn\":\"$(day today)\"}" >/dev/null
  echo "southampton: schools audit window $ACADEMIC_YEAR with bitterne-park-school's return submitted"
else
  echo "$WINDOW"
fi

# --- portsmouth ---------------------------------------------------------------------------------
PORTS_AUDIT="Domestic abuse: multi-agency thematic audit"
if call 200 "$PORTS" GET "$API/portsmouth/audits?size=100" | grep -qF "\"title\":\"$PORTS_AUDIT\""; then
  echo "portsmouth audit demo data already present"
else
  call 201 "$PORTS" POST "$API/portsmouth/audits" "$(plan_json "$PORTS_AUDIT" MULTI_AGENCY_THEMATIC '+2 weeks' '+3 months' domestic-abuse)" >/dev/null
  echo "portsmouth: a planned thematic audit"
fi
WINDOW=$(schools_window portsmouth "$PORTS" mayfield-school)
if [ "${#WINDOW}" = 36 ]; then
  call 200 "$PORTS_SCHOOL" PUT "$API/portsmouth/schools-audits/$WINDOW/returns/mine" "$(ratings)" >/dev/null
  echo "portsmouth: schools audit window $ACADEMIC_YEAR with mayfield-school's return in draft"
else
  echo "$WINDOW"
fi
