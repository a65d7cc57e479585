-- Action plans, actions, progress with evidence, due-date history and the chair's challenges.
-- Every row belongs to a partnership (partnership_id); the service confines every query to one.

create table action_plan (
    id               uuid primary key,
    partnership_id   varchar(100) not null,
    title            varchar(300) not null,
    description      text,
    source_type      varchar(30) not null,
    source_reference varchar(100),
    scope            varchar(20) not null,
    subgroup         varchar(100),
    themes           text[] not null default '{}',
    status           varchar(20) not null,
    closing_summary  text,
    closed_at        timestamptz,
    created_at       timestamptz not null,
    created_by       varchar(200) not null,
    version          bigint not null default 0
);
create index action_plan_partnership on action_plan (partnership_id, created_at desc);
create index action_plan_source on action_plan (partnership_id, source_type, source_reference);

create table action (
    id                  uuid primary key,
    partnership_id      varchar(100) not null,
    plan_id             uuid not null references action_plan (id),
    description         text not null,
    owner_agency        varchar(100) not null,
    lead                varchar(200),
    due_date            date not null,
    status              varchar(20) not null,
    sign_off_status     varchar(20) not null default 'NONE',
    sign_off_by         varchar(200),
    sign_off_at         timestamptz,
    sign_off_reason     text,
    completion_summary  text,
    overdue_raised_for  date,
    recommendation_id   varchar(100),
    created_at          timestamptz not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz not null,
    version             bigint not null default 0
);
create index action_partnership_due on action (partnership_id, due_date);
create index action_plan_idx on action (plan_id);
create index action_overdue_candidates on action (due_date) where status in ('NOT_STARTED', 'IN_PROGRESS');
create unique index action_recommendation_agency on action (partnership_id, recommendation_id, owner_agency)
    where recommendation_id is not null;

create table progress_update (
    id             uuid primary key,
    partnership_id varchar(100) not null,
    action_id      uuid not null references action (id),
    note           text not null,
    evidence       jsonb not null default '[]',
    recorded_at    timestamptz not null,
    recorded_by    varchar(200) not null
);
create index progress_update_action on progress_update (action_id);

create table due_date_change (
    id             uuid primary key,
    partnership_id varchar(100) not null,
    action_id      uuid not null references action (id),
    from_date      date not null,
    to_date        date not null,
    reason         text not null,
    changed_by     varchar(200) not null,
    changed_at     timestamptz not null
);
create index due_date_change_action on due_date_change (action_id);

create table challenge (
    id             uuid primary key,
    partnership_id varchar(100) not null,
    plan_id        uuid not null references action_plan (id),
    question       text not null,
    raised_by      varchar(200) not null,
    raised_at      timestamptz not null,
    status         varchar(20) not null,
    answer         text,
    answered_by    varchar(200),
    answered_at    timestamptz
);
create index challenge_plan on challenge (plan_id);
