-- The audit programme (multi-agency and single-agency audits), Section 11 cycles and Section 175/157 schools audits.
-- Every row belongs to a partnership (partnership_id) and the service confines every query to one, EXCEPT
-- section11_assessment: an agency's self-assessment, which the agency may share to several partnerships of its host.
-- It is reached only through a partnership's section11_entry (one per cycle and agency), never directly.
-- Cases appear only as pseudonymised case references; no names anywhere.

-- Versioned question sets (audit tools) and standards sets (Section 11, schools): a change is a new version.
create table audit_tool (
    id             uuid primary key,
    partnership_id varchar(100) not null,
    tool_key       uuid not null,
    version        int not null,
    name           varchar(300) not null,
    questions      jsonb not null,
    grading_scale  text[] not null,
    created_at     timestamptz not null,
    created_by     varchar(200) not null,
    unique (partnership_id, tool_key, version)
);

create table standards_set (
    id             uuid primary key,
    partnership_id varchar(100) not null,
    kind           varchar(20) not null,
    version        int not null,
    standards      jsonb not null,
    created_at     timestamptz not null,
    created_by     varchar(200) not null,
    unique (partnership_id, kind, version)
);

create table audit (
    id                     uuid primary key,
    partnership_id         varchar(100) not null,
    type                   varchar(30) not null,
    status                 varchar(30) not null,
    title                  varchar(300) not null,
    programme_year         int not null,
    themes                 text[] not null default '{}',
    subgroup               varchar(100),
    planned_start          date,
    planned_end            date,
    lead                   varchar(200),
    tool_id                uuid references audit_tool (id),
    agencies               text[] not null default '{}',
    case_sample            text[] not null default '{}',
    returns_due_on         date,
    voice_of_child         text,
    consultation           text,
    discussion_held_on     date,
    discussion_notes       text,
    reported_to_subgroup_on date,
    report_summary         text,
    owner_agency           varchar(100),
    requested_on           date,
    single_agency_summary  text,
    single_agency_outcomes text,
    cases_audited          int,
    shared_on              date,
    started_on             date,
    completed_on           date,
    cancelled_reason       text,
    created_at             timestamptz not null,
    created_by             varchar(200) not null,
    version                bigint not null default 0
);
create index audit_programme on audit (partnership_id, programme_year, planned_start);

create table audit_return (
    id             uuid primary key,
    partnership_id varchar(100) not null,
    audit_id       uuid not null references audit (id),
    owner_agency   varchar(100) not null,
    status         varchar(20) not null,
    answers        jsonb not null,
    overall_grade  varchar(50),
    summary        text,
    submitted_on   date,
    updated_at     timestamptz not null,
    updated_by     varchar(200) not null,
    unique (audit_id, owner_agency)
);

create table audit_finding (
    id             uuid primary key,
    partnership_id varchar(100) not null,
    audit_id       uuid not null references audit (id),
    kind           varchar(30) not null,
    text           text not null,
    themes         text[] not null default '{}',
    created_at     timestamptz not null,
    created_by     varchar(200) not null
);
create index audit_finding_audit on audit_finding (audit_id);

-- Recommendations and improvement actions of audits, Section 11 evaluations and schools returns, issued to
-- action-plans as RecommendationIssued; their progress is kept from action-plans events.
create table recommendation (
    id              uuid primary key,
    partnership_id  varchar(100) not null,
    source_type     varchar(30) not null,
    source_id       uuid not null,
    source_title    varchar(300) not null,
    text            text not null,
    target_agencies text[] not null,
    themes          text[] not null default '{}',
    suggested_due_on date,
    issued_on       date not null,
    issued_by       varchar(200) not null
);
create index recommendation_source on recommendation (partnership_id, source_id);

create table action_progress (
    action_id         varchar(200) primary key,
    partnership_id    varchar(100) not null,
    recommendation_id uuid not null references recommendation (id),
    owner_agency      varchar(100),
    state             varchar(20) not null,
    due_on            date,
    completed_on      date,
    updated_at        timestamptz not null
);
create index action_progress_recommendation on action_progress (recommendation_id);

create table section11_cycle (
    id                 uuid primary key,
    partnership_id     varchar(100) not null,
    title              varchar(300) not null,
    start_year         int not null,
    length_years       int not null,
    phase              varchar(30) not null,
    standards_set_id   uuid not null references standards_set (id),
    previous_cycle_id  uuid references section11_cycle (id),
    agencies           text[] not null default '{}',
    submissions_due_on date not null,
    opened_on          date not null,
    closed_on          date,
    created_by         varchar(200) not null,
    version            bigint not null default 0
);

-- An agency's self-assessment: NOT partnership-scoped (see the top). home_partnership is where it was started.
create table section11_assessment (
    id               uuid primary key,
    owner_agency     varchar(100) not null,
    home_partnership varchar(100) not null,
    start_year       int not null,
    status           varchar(20) not null,
    answers          jsonb not null,
    carried_forward_from uuid,
    submitted_on     date,
    updated_at       timestamptz not null,
    updated_by       varchar(200) not null,
    version          bigint not null default 0
);

-- One agency in one partnership's cycle: its (own or shared) assessment and this partnership's evaluation of it.
create table section11_entry (
    id               uuid primary key,
    partnership_id   varchar(100) not null,
    cycle_id         uuid not null references section11_cycle (id),
    owner_agency     varchar(100) not null,
    assessment_id    uuid not null references section11_assessment (id),
    shared           boolean not null,
    shared_on        date,
    evaluation_status varchar(30) not null,
    moderated        jsonb not null,
    outcome          varchar(30),
    agreed_on        date,
    chair_feedback   text,
    chair_feedback_by varchar(200),
    staff_survey     jsonb,
    version          bigint not null default 0,
    unique (cycle_id, owner_agency)
);

create table section11_challenge (
    id             uuid primary key,
    partnership_id varchar(100) not null,
    entry_id       uuid not null references section11_entry (id),
    owner_agency   varchar(100) not null,
    standard       varchar(20),
    question       text not null,
    asked_by       varchar(200) not null,
    asked_on       date not null,
    answer         text,
    answered_by    varchar(200),
    answered_on    date
);
create index section11_challenge_entry on section11_challenge (entry_id);

create table schools_window (
    id               uuid primary key,
    partnership_id   varchar(100) not null,
    academic_year    varchar(7) not null,
    opens_on         date not null,
    closes_on        date not null,
    standards_set_id uuid not null references standards_set (id),
    schools          text[] not null default '{}',
    status           varchar(20) not null,
    created_by       varchar(200) not null,
    unique (partnership_id, academic_year)
);

create table schools_return (
    id                 uuid primary key,
    partnership_id     varchar(100) not null,
    window_id          uuid not null references schools_window (id),
    owner_agency       varchar(100) not null,
    status             varchar(20) not null,
    answers            jsonb not null,
    lead_name          varchar(200),
    governor_name      varchar(200),
    governor_signed_on date,
    submitted_on       date,
    on_time            boolean,
    visits             jsonb not null default '[]',
    updated_at         timestamptz not null,
    updated_by         varchar(200) not null,
    unique (window_id, owner_agency)
);
