-- Read-path benchmark data for training (database lif_training): 20 partnerships x 50 courses; 10 years x 200
-- sessions a year; 50 bookings a session = 1,000 courses, 40,000 sessions and 2,000,000 bookings, attendance
-- recorded for past sessions. Practitioners are generated ("Practitioner 12"). created_by/booked_by = 'bench'.
\set ON_ERROR_STOP on
begin;
create temporary table bench_partnership as
    select p from (values ('southampton'), ('portsmouth')) v(p)
    union all select 'bench-' || lpad(i::text, 2, '0') from generate_series(1, 18) i;

insert into course (id, partnership_id, title, description, learning_outcomes, audience_level, delivery, themes, created_at, created_by)
select gen_random_uuid(), b.p, 'Benchmark course ' || n, 'Generated for the read-path benchmark', array['Recognise', 'Respond'],
       (array['LEVEL_1','LEVEL_2','LEVEL_3','LEVEL_4'])[1 + n % 4], (array['FACE_TO_FACE','VIRTUAL','E_LEARNING'])[1 + n % 3],
       array[(array['neglect','exploitation','domestic-abuse','safer-sleep','mental-health'])[1 + n % 5]],
       make_timestamptz(extract(year from now())::int - 10, 1, 1, 9, 0, 0, 'UTC'), 'bench'
from bench_partnership b, generate_series(1, 50) n;

create temporary table bench_course as
    select id, partnership_id, row_number() over (partition by partnership_id order by id) - 1 as n
    from course where created_by = 'bench';

insert into training_session (id, partnership_id, course_id, starts_at, ends_at, venue, trainer, capacity, booked, status,
                              created_at, created_by)
select gen_random_uuid(), c.partnership_id, c.id, t.starts, t.starts + interval '3 hours', 'Civic Centre', 'Benchmark trainer',
       60, 50, 'PUBLISHED', t.starts - interval '60 days', 'bench'
from bench_course c
cross join generate_series(extract(year from now())::int - 10, extract(year from now())::int - 1) y
cross join generate_series(0, 3) s
cross join lateral (select make_timestamptz(y, 1, 1, 9, 30, 0, 'UTC') + ((c.n * 4 + s) * 73 % 365) * interval '1 day' as starts) t;

insert into booking (id, partnership_id, session_id, session_starts_at, owner_agency, sector, practitioner, practitioner_name, email,
                     line_manager_email, status, booked_by, created_at, confirmed_at, attendance)
select gen_random_uuid(), s.partnership_id, s.id, s.starts_at,
       (array['hampshire-constabulary','bitterne-park-school','youth-options','southampton-city-council',
              'solent-nhs-trust','hampshire-probation'])[1 + k % 6],
       (array['POLICE','EDUCATION','VOLUNTARY_AND_COMMUNITY','CHILDRENS_SOCIAL_CARE','HEALTH','PROBATION'])[1 + k % 6],
       'bench-practitioner-' || k, 'Practitioner ' || k, 'practitioner' || k || '@bench.example.org', 'manager@bench.example.org',
       'CONFIRMED', 'bench', s.starts_at - interval '30 days', s.starts_at - interval '30 days',
       case when k % 10 = 0 then 'DID_NOT_ATTEND' else 'ATTENDED' end
from training_session s cross join generate_series(1, 50) k
where s.created_by = 'bench';
commit;
vacuum analyze course;
vacuum analyze training_session;
vacuum analyze booking;
