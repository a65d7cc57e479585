#!/usr/bin/env bash
# Demo data for the action-plans service: a few realistic plans, actions, progress with evidence, a signed-off
# completion and a challenge from the independent chair, in southampton and portsmouth.
# Run by `deploy/local/lif up` (see README.md in this folder); idempotent: a plan whose title already exists in its
# partnership is not created again. Pseudonyms only ("Child T"): never put children's names in demo data.
# Needs bash, curl, sed, grep and GNU date.
set -euo pipefail
shopt -s inherit_errexit

if [ -z "${LIF_URL_ACTION_PLANS:-}" ]; then
  echo "action-plans is not running (no LIF_URL_ACTION_PLANS): no action-plans demo data"
  exit 0
fi
# shellcheck source=SCRIPTDIR/../lib/token.sh
source "${LIF_TOKEN_LIB:?LIF_TOKEN_LIB is not set (run through deploy/local/lif up)}"

API=$LIF_URL_ACTION_PLANS/api/v1/partnerships
# shellcheck source=SCRIPTDIR/../lib/api.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/api.sh"

# id of a created plan/action/challenge (the first "id" of the JSON object)
id_of() {
  local id
  id=$(printf '%s' "$1" | sed -n 's/^{"id":"\([0-9a-f-]\{36\}\)".*/\1/p')
  [ -n "$id" ] || die "no id in response: $1"
  printf '%s\n' "$id"
}

day() { date -d "$1" +%F; }   # day '+3 months' -> 2026-02-23

# plan_exists <token> <partnership> <title>: looks through every page of GET /action-plans
plan_exists() {
  local token=$1 partnership=$2 title=$3 page=0 pages=1 json
  while [ "$page" -lt "$pages" ]; do
    json=$(call 200 "$token" GET "$API/$partnership/action-plans?size=100&page=$page") || exit 1
    if grep -qF "\"title\":\"$title\"" <<<"$json"; then return 0; fi
    pages=$(printf '%s' "$json" | sed -n 's/.*"totalPages":\([0-9]*\).*/\1/p')
    pages=${pages:-0}
    page=$((page + 1))
  done
  return 1
}

# new_plan <token> <partnership> <title> <type> <reference> <scope> <subgroup> <themes json> <description>
new_plan() {
  local json
  json=$(call 201 "$1" POST "$API/$2/action-plans" "$(printf \
    '{"title":"%s","description":"%s","source":{"type":"%s","reference":"%s"},"scope":"%s","subgroup":"%s","themes":%s}' \
    "$3" "$9" "$4" "$5" "$6" "$7" "$8")") || exit 1
  id_of "$json"
}

# new_action <token> <partnership> <plan id> <owner agency> <lead> <due date> <description>
new_action() {
  local json
  json=$(call 201 "$1" POST "$API/$2/action-plans/$3/actions" "$(printf \
    '{"description":"%s","ownerAgency":"%s","lead":"%s","dueDate":"%s"}' "$7" "$4" "$5" "$6")") || exit 1
  id_of "$json"
}

CREATED=()
SKIPPED=()

# --- southampton --------------------------------------------------------------------------------
SOTON_ADMIN=$(lif_token southampton-admin)
SOTON_SCHOOL=$(lif_token southampton-school)
SOTON_CHARITY=$(lif_token southampton-charity)
HIPS_CHAIR=$(lif_token hips-chair)

# (a) LCSPR action plan: four agencies, progress with evidence, a signed-off completion, a chair's challenge
TITLE_A="LCSPR Child T — neglect and missed health appointments"
if plan_exists "$SOTON_ADMIN" southampton "$TITLE_A"; then
  SKIPPED+=("southampton: $TITLE_A")
else
  plan=$(new_plan "$SOTON_ADMIN" southampton "$TITLE_A" REVIEW "LCSPR-2025-03" MULTI_AGENCY SILG \
    '["neglect","infant-injury","domestic-abuse"]' \
    "Actions from the local child safeguarding practice review for Child T (aged 9) and a younger sibling: repeated missed health appointments were not recognised as neglect, and information about domestic abuse in the household was not shared between agencies.")
  school_action=$(new_action "$SOTON_ADMIN" southampton "$plan" bitterne-park-school "Designated Safeguarding Lead" \
    "$(day '+2 months')" \
    "Record and follow up every unexplained absence linked to a health appointment; refer to the school nurse after two missed appointments and consider an early help assessment.")
  charity_action=$(new_action "$SOTON_ADMIN" southampton "$plan" youth-options "Youth work manager" \
    "$(day '+4 months')" \
    "Train youth workers to recognise neglect indicators (hygiene, hunger, missed appointments) and to make referrals through the front door.")
  new_action "$SOTON_ADMIN" southampton "$plan" hampshire-constabulary "Detective Inspector, MASH" \
    "$(day '+6 months')" \
    "Share every domestic abuse incident attended where children live in the household with the school and health visitor within one working day (Operation Encompass)." >/dev/null
  new_action "$SOTON_ADMIN" southampton "$plan" southampton-city-council "Head of Children's Social Care" \
    "$(day '+9 months')" \
    "Update the neglect strategy and Graded Care Profile 2 guidance; audit the use of GCP2 in neglect cases six months after launch." >/dev/null

  # the school records progress with evidence (the action moves to IN_PROGRESS)
  call 201 "$SOTON_SCHOOL" POST "$API/southampton/actions/$school_action/progress" "$(printf \
    '{"note":"%s","evidence":[{"kind":"TEXT","description":"%s","refersTo":"%s"},{"kind":"LINK","description":"%s","url":"%s"}]}' \
    "Attendance procedure updated and briefed to all staff; first half-term of follow-up calls completed." \
    "Attendance audit: 14 absences linked to health appointments followed up, 2 school nurse referrals made." \
    "$(day '-3 weeks')" \
    "Revised attendance and safeguarding procedure (school intranet)" \
    "https://intranet.bitterne-park.example/safeguarding/attendance-procedure")" >/dev/null

  # the charity evidences its training, completes the action, the partnership signs it off
  call 201 "$SOTON_CHARITY" POST "$API/southampton/actions/$charity_action/progress" "$(printf \
    '{"note":"%s","evidence":[{"kind":"TEXT","description":"%s","refersTo":"%s"}]}' \
    "Neglect awareness training delivered to the whole youth work team." \
    "Training register: 23 of 24 youth workers attended; the remaining worker completed the e-learning module." \
    "$(day '-10 days')")" >/dev/null
  call 200 "$SOTON_CHARITY" POST "$API/southampton/actions/$charity_action/complete" \
    '{"summary":"All youth workers trained in recognising neglect; referral pathway added to the induction pack."}' >/dev/null
  call 200 "$SOTON_ADMIN" POST "$API/southampton/actions/$charity_action/sign-off" \
    '{"decision":"APPROVE","reason":"Evidence reviewed at SILG: training register and updated induction pack."}' >/dev/null

  # the independent chair challenges the plan
  call 201 "$HIPS_CHAIR" POST "$API/southampton/action-plans/$plan/challenges" \
    '{"question":"How will the partnership know that missed health appointments are now recognised as a neglect indicator across all agencies, not only in the school? Please bring evidence of impact to the next SILG."}' >/dev/null
  CREATED+=("southampton: $TITLE_A (4 actions, 1 signed off, progress with evidence, 1 open challenge)")
fi

# (b) multi-agency audit
TITLE_B="Multi-agency audit: neglect — voice of the child"
if plan_exists "$SOTON_ADMIN" southampton "$TITLE_B"; then
  SKIPPED+=("southampton: $TITLE_B")
else
  plan=$(new_plan "$SOTON_ADMIN" southampton "$TITLE_B" AUDIT "MAA-2025-NEGLECT" MULTI_AGENCY SPIG '["neglect"]' \
    "Findings of the multi-agency case audit of 12 neglect cases: the child's wishes and lived experience were recorded in only 5 of them.")
  new_action "$SOTON_ADMIN" southampton "$plan" bitterne-park-school "Designated Safeguarding Lead" "$(day '+3 months')" \
    "Record the child's own words in every safeguarding referral and child protection conference report." >/dev/null
  new_action "$SOTON_ADMIN" southampton "$plan" southampton-city-council "Principal Social Worker" "$(day '+5 months')" \
    "Add a 'day in the life of the child' section to assessments and check its use in the quarterly practice audit." >/dev/null
  CREATED+=("southampton: $TITLE_B (2 actions)")
fi

# (c) Section 11 self-assessment
TITLE_C="Section 11 audit 2025: Hampshire Constabulary"
if plan_exists "$SOTON_ADMIN" southampton "$TITLE_C"; then
  SKIPPED+=("southampton: $TITLE_C")
else
  plan=$(new_plan "$SOTON_ADMIN" southampton "$TITLE_C" SECTION_11 "S11-2025-HC" SINGLE_AGENCY QPP \
    '["child-exploitation","sexual-harm"]' \
    "Improvement actions from the police Section 11 self-assessment, scrutinised by the Quality and Performance Panel.")
  new_action "$SOTON_ADMIN" southampton "$plan" hampshire-constabulary "Head of Public Protection" "$(day '+4 months')" \
    "Refresh safeguarding supervision for officers in the child exploitation team and evidence its take-up." >/dev/null
  CREATED+=("southampton: $TITLE_C (1 action)")
fi

# --- portsmouth ---------------------------------------------------------------------------------
PORTS_ADMIN=$(lif_token portsmouth-admin)

TITLE_D="JTAI response — child exploitation"
if plan_exists "$PORTS_ADMIN" portsmouth "$TITLE_D"; then
  SKIPPED+=("portsmouth: $TITLE_D")
else
  plan=$(new_plan "$PORTS_ADMIN" portsmouth "$TITLE_D" INSPECTION "JTAI-2025-CE" MULTI_AGENCY "Exploitation subgroup" \
    '["child-exploitation"]' \
    "Partnership response to the joint targeted area inspection on children at risk of exploitation.")
  new_action "$PORTS_ADMIN" portsmouth "$plan" mayfield-school "Designated Safeguarding Lead" "$(day '+3 months')" \
    "Share concerns about children missing from education with the exploitation hub on the same day." >/dev/null
  new_action "$PORTS_ADMIN" portsmouth "$plan" portsmouth-city-council "Head of Exploitation Services" "$(day '+6 months')" \
    "Introduce a single multi-agency exploitation screening tool and train partner agencies to use it." >/dev/null
  CREATED+=("portsmouth: $TITLE_D (2 actions)")
fi

# --- summary ------------------------------------------------------------------------------------
echo "action-plans demo data:"
for line in ${CREATED[@]+"${CREATED[@]}"}; do echo "  created $line"; done
for line in ${SKIPPED[@]+"${SKIPPED[@]}"}; do echo "  exists  $line (skipped)"; done
