-- Read-path benchmark data for action-plans (database lif_action_plans): 20 partnerships (southampton, portsmouth
-- and bench-01..bench-18) x 10 years x 50 plans x 100 actions = 10,000 plans and 1,000,000 actions, shaped like
-- the real thing (sources, themes, six owner agencies, due dates through the year, statuses by age).
-- Written straight into the tables (the write path is measured on its own); created_by = 'bench' marks every row.
\set ON_ERROR_STOP on
begin;
create temporary table bench_partnership as
    select p from (values ('southampton'), ('portsmouth')) v(p)
    union all select 'bench-' || lpad(i::text, 2, '0') from generate_series(1, 18) i;

insert into action_plan (id, partnership_id, title, description, source_type, source_reference, scope, subgroup, themes,
                         status, closing_summary, closed_at, created_at, created_by)
select gen_random_uuid(), b.p, 'Benchmark plan ' || y || '/' || n, 'Generated for the read-path benchmark',
       (array['REVIEW','AUDIT','SECTION_11','SECTION_175','INSPECTION','THEMED_REPORT','OTHER'])[1 + n % 7],
       'bench-' || y || '-' || n,
       case when n % 3 = 0 then 'SINGLE_AGENCY' else 'MULTI_AGENCY' end, 'Learning and Improvement',
       array[(array['neglect','exploitation','domestic-abuse','safer-sleep','mental-health'])[1 + n % 5]],
       case when y < extract(year from now())::int - 2 then 'CLOSED' else 'OPEN' end,
       case when y < extract(year from now())::int - 2 then 'Every action finished' end,
       case when y < extract(year from now())::int - 2 then make_timestamptz(y + 1, 6, 30, 12, 0, 0, 'UTC') end,
       make_timestamptz(y, 1 + n % 12, 1 + n % 28, 9, 0, 0, 'UTC'), 'bench'
from bench_partnership b,
     generate_series(extract(year from now())::int - 10, extract(year from now())::int - 1) y,
     generate_series(1, 50) n;

insert into action (id, partnership_id, plan_id, description, owner_agency, lead, due_date, status, sign_off_status,
                    sign_off_by, sign_off_at, completion_summary, created_at, created_by, updated_at)
select gen_random_uuid(), pl.partnership_id, pl.id, 'Benchmark action ' || k || ' of ' || pl.title,
       (array['hampshire-constabulary','bitterne-park-school','youth-options','southampton-city-council',
              'solent-nhs-trust','hampshire-probation'])[1 + k % 6],
       'Benchmark lead', (pl.created_at::date + (30 + (k * 7) % 330)),
       s.status,
       case when s.status = 'COMPLETED' then 'SIGNED_OFF' else 'NONE' end,
       case when s.status = 'COMPLETED' then 'bench' end,
       case when s.status = 'COMPLETED' then pl.created_at + interval '200 days' end,
       case when s.status = 'COMPLETED' then 'Done and evidenced' end,
       pl.created_at, 'bench', pl.created_at
from action_plan pl
cross join generate_series(1, 100) k
cross join lateral (select case
        when pl.status = 'CLOSED' then (array['COMPLETED','COMPLETED','COMPLETED','COMPLETED','COMPLETED',
                                              'COMPLETED','COMPLETED','COMPLETED','NOT_ACHIEVED','CANCELLED'])[1 + k % 10]
        else (array['NOT_STARTED','IN_PROGRESS','IN_PROGRESS','COMPLETED'])[1 + k % 4] end as status) s
where pl.created_by = 'bench';
-- a running installation has long since raised ActionOverdue for its past-due actions: without this, the overdue
-- check after the next start would raise about 140,000 of them one by one (and load the machine for an hour)
update action set overdue_raised_for = due_date
where created_by = 'bench' and status in ('NOT_STARTED', 'IN_PROGRESS') and due_date < current_date;
commit;
vacuum analyze action_plan;
vacuum analyze action;
