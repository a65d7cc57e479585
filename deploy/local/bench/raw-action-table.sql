-- The write path's raw limit (database lif_bench): a table of the same shape and indexes as action-plans' action
-- table, without the foreign key, emptied before each run. raw-insert.pgbench inserts into it one row at a time.
\set ON_ERROR_STOP on
create table if not exists raw_action (
    id                  uuid primary key,
    partnership_id      varchar(100) not null,
    plan_id             uuid not null,
    description         text not null,
    owner_agency        varchar(100) not null,
    lead                varchar(200),
    due_date            date not null,
    status              varchar(20) not null,
    sign_off_status     varchar(20) not null default 'NONE',
    recommendation_id   varchar(100),
    created_at          timestamptz not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz not null,
    version             bigint not null default 0
);
create index if not exists raw_action_partnership_due on raw_action (partnership_id, due_date);
create index if not exists raw_action_plan on raw_action (plan_id);
create index if not exists raw_action_overdue_candidates on raw_action (due_date) where status in ('NOT_STARTED', 'IN_PROGRESS');
truncate raw_action;
