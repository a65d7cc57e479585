-- The dashboard counts one partnership's facts over a period (and, for agency-scoped callers, one agency's).
-- Without these, each of its queries read every row of the partnership: with 10 years of records the dashboard
-- took seconds (docs/benchmarks.md, read path). One index per read-model table on (partnership, period column);
-- the large tables also carry the columns their tables count, so PostgreSQL answers from the index alone.
create index if not exists rm_action_period on rm_action (partnership_id, due_date)
    include (status, owner_agency, plan_id, recommendation_id, source_id);
create index if not exists rm_attendance_period on rm_attendance (partnership_id, recorded_on)
    include (agency, attended, course_id);
create index if not exists rm_evaluation_period on rm_evaluation (partnership_id, submitted_on)
    include (agency, outcomes_met, confidence_before, confidence_after, course_id);
create index if not exists rm_impact_period on rm_impact (partnership_id, answered_on)
    include (agency, months_after, practice_changed, confidence_now, course_id);
create index if not exists rm_review_case_notified on rm_review_case (partnership_id, notified_on);
create index if not exists rm_review_case_decided on rm_review_case (partnership_id, decided_on);
create index if not exists rm_review_decided on rm_review (partnership_id, decided_on);
create index if not exists rm_recommendation_issued on rm_recommendation (partnership_id, issued_on);
create index if not exists rm_audit_planned_end on rm_audit (partnership_id, planned_end);
create index if not exists rm_section11_agreed on rm_section11_rating (partnership_id, agreed_on);
create index if not exists rm_schools_return_submitted on rm_schools_return (partnership_id, submitted_on);
create index if not exists rm_session_cancelled_starts on rm_session_cancelled (partnership_id, starts_on);
create index if not exists rm_briefing_published on rm_briefing (partnership_id, published_on);
create index if not exists rm_cascade_cascaded on rm_cascade (partnership_id, cascaded_on);
create index if not exists rm_theme_theme on rm_theme (partnership_id, theme, fact_id);
