-- Read-path benchmark data for reporting's read model (database lif_reporting), the same volumes as the other two
-- seeds: 20 partnerships x 10 years of review cases, recommendations, 10,000 plans and 1,000,000 actions, 1,000
-- courses, 2,000,000 attendances, about 1,080,000 evaluations and 180,000 impact follow-ups, with their themes.
-- Rows carry ids starting with 'bench-' (the read model is normally written only by reporting's event consumers).
\set ON_ERROR_STOP on
begin;
create temporary table bench_partnership as
    select p from (values ('southampton'), ('portsmouth')) v(p)
    union all select 'bench-' || lpad(i::text, 2, '0') from generate_series(1, 18) i;
create temporary table bench_year as
    select y from generate_series(extract(year from now())::int - 10, extract(year from now())::int - 1) y;

insert into rm_review_case (partnership_id, rapid_review_id, notification_id, stage, became_aware_on, notified_on,
                            notification_due_on, notification_late, rapid_review_due_on, rapid_review_submitted_on,
                            rapid_review_on_time, decision, decided_on)
select b.p, 'bench-rr-' || y || '-' || n, 'bench-n-' || y || '-' || n, 'DECIDED', d, d + 1, d + 5, n % 9 = 0, d + 21,
       d + 20 + n % 4, n % 4 <> 3, (array['LCSPR','NO_FURTHER_REVIEW','SINGLE_AGENCY_REVIEW'])[1 + n % 3], d + 25
from bench_partnership b, bench_year, generate_series(1, 20) n
cross join lateral (select make_date(y, 1 + n % 12, 1 + n % 28) as d) dd;

insert into rm_recommendation (partnership_id, recommendation_id, source_type, source_id, source_title, subgroup, issued_on, status)
select b.p, 'bench-rec-' || y || '-' || n, (array['REVIEW','AUDIT'])[1 + n % 2], 'bench-src-' || y || '-' || (n / 5),
       'Benchmark source', 'Learning and Improvement', make_date(y, 1 + n % 12, 1 + n % 28),
       case when y < extract(year from now())::int - 2 then 'ACHIEVED' else 'IN_PROGRESS' end
from bench_partnership b, bench_year, generate_series(1, 50) n;

insert into rm_action_plan (partnership_id, plan_id, title, source_type, source_id, subgroup, closed)
select b.p, 'bench-plan-' || y || '-' || n, 'Benchmark plan ' || y || '/' || n,
       (array['REVIEW','AUDIT','SECTION_11','SECTION_175','INSPECTION','THEMED_REPORT','OTHER'])[1 + n % 7],
       'bench-src-' || y || '-' || n, 'Learning and Improvement', y < extract(year from now())::int - 2
from bench_partnership b, bench_year, generate_series(1, 50) n;

insert into rm_theme (partnership_id, fact_type, fact_id, theme, occurred_on)
select b.p, 'PLAN', 'bench-plan-' || y || '-' || n,
       (array['neglect','exploitation','domestic-abuse','safer-sleep','mental-health'])[1 + n % 5], make_date(y, 1 + n % 12, 1 + n % 28)
from bench_partnership b, bench_year, generate_series(1, 50) n;

insert into rm_action (partnership_id, action_id, plan_id, owner_agency, due_date, status, signed_off_on, source_type,
                       source_id, recommendation_id, created_on)
select p.partnership_id, 'bench-action-' || p.plan_id || '-' || k, p.plan_id,
       (array['hampshire-constabulary','bitterne-park-school','youth-options','southampton-city-council',
              'solent-nhs-trust','hampshire-probation'])[1 + k % 6],
       make_date(p.y, 1, 1) + (30 + (k * 7) % 330), s.status,
       case when s.status = 'COMPLETED' then make_date(p.y, 1, 1) + 200 end, p.source_type, p.source_id,
       case when k % 20 = 0 then 'bench-rec-' || p.y || '-' || (k / 20) end, make_date(p.y, 1, 1)
from (select partnership_id, plan_id, source_type, source_id, closed, split_part(plan_id, '-', 3)::int as y from rm_action_plan
      where plan_id like 'bench-plan-%') p
cross join generate_series(1, 100) k
cross join lateral (select case
        when p.closed then (array['COMPLETED','COMPLETED','COMPLETED','COMPLETED','COMPLETED',
                                  'COMPLETED','COMPLETED','COMPLETED','NOT_ACHIEVED','CANCELLED'])[1 + k % 10]
        else (array['NOT_STARTED','IN_PROGRESS','IN_PROGRESS','COMPLETED'])[1 + k % 4] end as status) s;

insert into rm_course (partnership_id, course_id, title)
select b.p, 'bench-course-' || n, 'Benchmark course ' || n from bench_partnership b, generate_series(1, 50) n;

insert into rm_theme (partnership_id, fact_type, fact_id, theme, occurred_on)
select b.p, 'COURSE', 'bench-course-' || n,
       (array['neglect','exploitation','domestic-abuse','safer-sleep','mental-health'])[1 + n % 5],
       make_date(extract(year from now())::int - 10, 1, 1)
from bench_partnership b, generate_series(1, 50) n;

-- 50 courses x 4 sessions a year x 50 attendees, per partnership and year
insert into rm_attendance (partnership_id, booking_id, session_id, course_id, agency, attended, recorded_on)
select b.p, 'bench-booking-' || y || '-' || c || '-' || s || '-' || k, 'bench-session-' || y || '-' || c || '-' || s,
       'bench-course-' || c,
       (array['hampshire-constabulary','bitterne-park-school','youth-options','southampton-city-council',
              'solent-nhs-trust','hampshire-probation'])[1 + k % 6],
       k % 10 <> 0, make_date(y, 1, 1) + ((c * 4 + s) * 73 % 365)
from bench_partnership b, bench_year, generate_series(1, 50) c, generate_series(0, 3) s, generate_series(1, 50) k;

insert into rm_evaluation (partnership_id, booking_id, course_id, agency, confidence_before, confidence_after, outcomes_met, submitted_on)
select partnership_id, booking_id, course_id, agency, 2 + length(booking_id) % 3, 4, (array['FULLY','PARTLY','NOT_MET'])[1 + length(booking_id) % 3],
       recorded_on + 1
from rm_attendance where booking_id like 'bench-%' and attended and right(booking_id, 1) in ('1', '3', '5', '7', '9', '2');

insert into rm_impact (partnership_id, follow_up_id, course_id, agency, months_after, practice_changed, confidence_now, answered_on)
select partnership_id, 'bench-fu-' || booking_id, course_id, agency, 3, 4, 4, submitted_on + 95
from rm_evaluation where booking_id like 'bench-%' and right(booking_id, 1) = '1';
commit;
vacuum analyze;
