#!/usr/bin/env bash
# Demo data for the training service (southampton): a programme with a past session (attendance, an evaluation and
# answered 3- and 6-month impact follow-ups) and a future session with a booking, charges, and a 7-minute briefing
# cascaded by an agency. The past session is recorded the honest way a partnership would bring in training already
# delivered: the organiser creates it with its past date and registers its attendees (see docs/training.md).
# Run by `deploy/local/lif up`; idempotent: nothing is created when the first demo course already exists.
# Needs bash, curl, sed, grep and GNU date.
set -euo pipefail
shopt -s inherit_errexit

if [ -z "${LIF_URL_TRAINING:-}" ]; then
  echo "training is not running (no LIF_URL_TRAINING): no training demo data"
  exit 0
fi
# shellcheck source=SCRIPTDIR/../lib/token.sh
source "${LIF_TOKEN_LIB:?LIF_TOKEN_LIB is not set (run through deploy/local/lif up)}"

API=$LIF_URL_TRAINING/api/v1/partnerships/southampton
# shellcheck source=SCRIPTDIR/../lib/api.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/api.sh"
id_of() { printf '%s' "$1" | sed -n 's/^{"id":"\([0-9a-f-]\{36\}\)".*/\1/p'; }
at() { date -u -d "$1" +%Y-%m-%dT%H:%M:00Z; }

ADMIN=$(lif_token southampton-admin)
PRACTITIONER=$(lif_token southampton-practitioner)
SCHOOL=$(lif_token southampton-school)
FIRST="Neglect: recognising cumulative harm"

if call 200 "$ADMIN" GET "$API/courses?size=100" | grep -qF "\"title\":\"$FIRST\""; then
  echo "training demo data already present"
  exit 0
fi

call 200 "$ADMIN" PUT "$API/training-settings/charges" '{"nonAttendanceCharge":50.00,"lateCancellationCharge":25.00}' >/dev/null

NEGLECT=$(id_of "$(call 201 "$ADMIN" POST "$API/courses" "{\"title\":\"$FIRST\",\"learningOutcomes\":[\"Recognise cumulative harm\",\"Use the neglect toolkit\",\"Escalate when progress stalls\"],\"audienceLevel\":\"LEVEL_3\",\"delivery\":\"FACE_TO_FACE\",\"themes\":[\"neglect\"]}")")
EXPLOIT=$(id_of "$(call 201 "$ADMIN" POST "$API/courses" '{"title":"Child exploitation: contextual safeguarding","learningOutcomes":["Spot signs of criminal and sexual exploitation","Use the exploitation screening tool"],"audienceLevel":"LEVEL_2","delivery":"VIRTUAL","themes":["child-exploitation"]}')")

# a session delivered seven months ago, with its attendees registered by the organiser
PAST=$(id_of "$(call 201 "$ADMIN" POST "$API/sessions" "{\"courseId\":\"$NEGLECT\",\"startsAt\":\"$(at '7 months ago 09:30')\",\"endsAt\":\"$(at '7 months ago 12:30')\",\"venue\":\"Civic Centre, Southampton\",\"trainer\":\"SSCP training team\",\"capacity\":20}")")
call 200 "$ADMIN" POST "$API/sessions/$PAST/publish" >/dev/null
SAM=$(id_of "$(call 201 "$ADMIN" POST "$API/sessions/$PAST/registrations" '{"practitioner":"southampton-practitioner","name":"Sam Practitioner","email":"southampton-practitioner@lif.local","lineManagerEmail":"head@bitterne-park-school.lif.local","agency":"bitterne-park-school","sector":"EDUCATION"}')")
ALEX=$(id_of "$(call 201 "$ADMIN" POST "$API/sessions/$PAST/registrations" '{"practitioner":"alex.youth-worker","name":"Alex Youth Worker","email":"alex@youth-options.lif.local","lineManagerEmail":"manager@youth-options.lif.local","agency":"youth-options","sector":"VOLUNTARY_AND_COMMUNITY"}')")
call 200 "$ADMIN" POST "$API/sessions/$PAST/attendance" "{\"attendees\":[{\"bookingId\":\"$SAM\",\"attendance\":\"ATTENDED\"},{\"bookingId\":\"$ALEX\",\"attendance\":\"DID_NOT_ATTEND\"}]}" >/dev/null
call 201 "$PRACTITIONER" POST "$API/bookings/$SAM/evaluation" '{"confidenceBefore":2,"confidenceAfter":4,"outcomesMet":"FULLY","comments":"The toolkit session was the most useful part."}' >/dev/null

# the follow-up job issues the 3- and 6-month follow-ups; the practitioner answers both, the school adds the line manager's view
call 200 "$ADMIN" POST "$API/follow-ups/run" >/dev/null
for F in $(call 200 "$PRACTITIONER" GET "$API/follow-ups?status=OPEN&size=100" | grep -o '"id":"[0-9a-f-]\{36\}"' | cut -d'"' -f4); do
  call 200 "$PRACTITIONER" POST "$API/follow-ups/$F/answer" '{"practiceChanged":4,"confidenceNow":4,"example":"I now record the cumulative picture at every review meeting."}' >/dev/null
  call 200 "$SCHOOL" POST "$API/follow-ups/$F/line-manager-view" '{"practiceChanged":4,"comment":"Visible in supervision notes."}' >/dev/null
done

# future sessions, one booked by the practitioner
FUTURE=$(id_of "$(call 201 "$ADMIN" POST "$API/sessions" "{\"courseId\":\"$NEGLECT\",\"startsAt\":\"$(at '+6 weeks 09:30')\",\"endsAt\":\"$(at '+6 weeks 12:30')\",\"venue\":\"Civic Centre, Southampton\",\"trainer\":\"SSCP training team\",\"capacity\":20}")")
call 200 "$ADMIN" POST "$API/sessions/$FUTURE/publish" >/dev/null
ONLINE=$(id_of "$(call 201 "$ADMIN" POST "$API/sessions" "{\"courseId\":\"$EXPLOIT\",\"startsAt\":\"$(at '+3 weeks 13:00')\",\"endsAt\":\"$(at '+3 weeks 15:00')\",\"onlineLink\":\"https://meet.example.org/sscp-exploitation\",\"trainer\":\"HIPS exploitation lead\",\"capacity\":40}")")
call 200 "$ADMIN" POST "$API/sessions/$ONLINE/publish" >/dev/null
call 201 "$PRACTITIONER" POST "$API/sessions/$FUTURE/bookings" '{"lineManagerEmail":"head@bitterne-park-school.lif.local","email":"southampton-practitioner@lif.local","name":"Sam Practitioner","sector":"EDUCATION"}' >/dev/null

# a 7-minute briefing from a review, cascaded by the school
BRIEFING=$(id_of "$(call 201 "$ADMIN" POST "$API/briefings" '{"title":"7-minute briefing: LCSPR Child T","kind":"SEVEN_MINUTE_BRIEFING","summary":"1. Background 2. Why it matters 3. Information 4. Risks 5. Questions 6. What to do 7. Resources","source":{"type":"REVIEW","id":"demo-lcspr-child-t","title":"LCSPR Child T"},"themes":["neglect","infant-injury"]}')")
call 200 "$ADMIN" POST "$API/briefings/$BRIEFING/publish" >/dev/null
call 201 "$SCHOOL" POST "$API/briefings/$BRIEFING/cascades" "{\"countReached\":42,\"cascadedOn\":\"$(date +%F)\",\"note\":\"All-staff briefing\"}" >/dev/null

echo "training demo data: 2 courses, 3 sessions (1 past), bookings, an evaluation, answered follow-ups, a cascaded briefing"
