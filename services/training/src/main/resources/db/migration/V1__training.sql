-- The training programme, bookings, attendance and charges, evaluations, impact follow-ups, briefings and
-- the learning themes learned from reviews and audits. Every row belongs to a partnership (partnership_id).

create table training_settings (
    partnership_id            varchar(100) primary key,
    non_attendance_charge     numeric(10, 2) not null default 0 check (non_attendance_charge >= 0),
    late_cancellation_charge  numeric(10, 2) not null default 0 check (late_cancellation_charge >= 0),
    updated_at                timestamptz not null,
    updated_by                varchar(200) not null
);

create table course (
    id                 uuid primary key,
    partnership_id     varchar(100) not null,
    title              varchar(300) not null,
    description        text,
    learning_outcomes  text[] not null default '{}',
    audience_level     varchar(20) not null,
    delivery           varchar(20) not null,
    themes             text[] not null default '{}',
    created_at         timestamptz not null,
    created_by         varchar(200) not null,
    version            bigint not null default 0
);
create index course_partnership on course (partnership_id, title);

create table training_session (
    id              uuid primary key,
    partnership_id  varchar(100) not null,
    course_id       uuid not null references course (id),
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    venue           varchar(300),
    online_link     varchar(1000),
    trainer         varchar(200) not null,
    capacity        int not null check (capacity > 0),
    -- places taken by confirmed bookings, kept under the session row's lock: never above capacity
    booked          int not null default 0,
    waiting_seq     bigint not null default 0,
    status          varchar(20) not null,
    cancel_reason   text,
    created_at      timestamptz not null,
    created_by      varchar(200) not null,
    version         bigint not null default 0,
    constraint session_not_overbooked check (booked >= 0 and booked <= capacity),
    constraint session_ends_after_start check (ends_at > starts_at)
);
create index session_partnership on training_session (partnership_id, starts_at);
create index session_course on training_session (course_id);

create table booking (
    id                  uuid primary key,
    partnership_id      varchar(100) not null,
    session_id          uuid not null references training_session (id),
    owner_agency        varchar(100) not null,
    sector              varchar(30) not null,
    practitioner        varchar(200) not null,
    practitioner_name   varchar(200) not null,
    email               varchar(320) not null,
    line_manager_email  varchar(320) not null,
    status              varchar(20) not null,
    waiting_position    bigint,
    booked_by           varchar(200) not null,
    created_at          timestamptz not null,
    confirmed_at        timestamptz,
    cancelled_at        timestamptz,
    late_cancellation   boolean not null default false,
    attendance          varchar(20),
    charge_reason       varchar(30),
    charge_amount       numeric(10, 2),
    version             bigint not null default 0
);
-- no double booking: one live (confirmed or waiting) booking per person and session
create unique index booking_one_live_per_person on booking (session_id, practitioner) where status in ('CONFIRMED', 'WAITING');
create index booking_session on booking (session_id, status, waiting_position);
create index booking_practitioner on booking (partnership_id, practitioner);
create index booking_agency on booking (partnership_id, owner_agency);

create table evaluation (
    booking_id         uuid primary key references booking (id),
    partnership_id     varchar(100) not null,
    owner_agency       varchar(100) not null,
    confidence_before  int not null check (confidence_before between 1 and 5),
    confidence_after   int not null check (confidence_after between 1 and 5),
    outcomes_met       varchar(20) not null,
    comments           text,
    submitted_at       timestamptz not null
);

create table impact_follow_up (
    id                      uuid primary key,
    partnership_id          varchar(100) not null,
    booking_id              uuid not null references booking (id),
    owner_agency            varchar(100) not null,
    months_after            int not null,
    status                  varchar(20) not null,
    issued_at               timestamptz not null,
    expires_at              timestamptz not null,
    last_reminded_at        timestamptz,
    reminders_sent          int not null default 0,
    answered_at             timestamptz,
    practice_changed        int check (practice_changed between 1 and 5),
    confidence_now          int check (confidence_now between 1 and 5),
    example                 text,
    line_manager_score      int check (line_manager_score between 1 and 5),
    line_manager_comment    text,
    line_manager_recorded_by varchar(200),
    version                 bigint not null default 0,
    constraint follow_up_once unique (booking_id, months_after)
);
create index follow_up_open on impact_follow_up (status, issued_at);

create table briefing (
    id              uuid primary key,
    partnership_id  varchar(100) not null,
    title           varchar(300) not null,
    kind            varchar(30) not null,
    summary         text not null,
    link            varchar(1000),
    source_type     varchar(30),
    source_id       varchar(100),
    source_title    varchar(300),
    themes          text[] not null default '{}',
    status          varchar(20) not null,
    published_at    timestamptz,
    created_at      timestamptz not null,
    created_by      varchar(200) not null,
    version         bigint not null default 0
);
create index briefing_partnership on briefing (partnership_id, created_at desc);

create table briefing_cascade (
    id              uuid primary key,
    partnership_id  varchar(100) not null,
    briefing_id     uuid not null references briefing (id),
    owner_agency    varchar(100) not null,
    count_reached   int not null check (count_reached >= 0),
    cascaded_on     date not null,
    note            text,
    recorded_by     varchar(200) not null,
    recorded_at     timestamptz not null
);
create index cascade_briefing on briefing_cascade (briefing_id);

-- themes learned from other services' events (LearningThemeIdentified, RecommendationIssued)
create table theme_source (
    id              bigint generated by default as identity primary key,
    partnership_id  varchar(100) not null,
    theme           varchar(100) not null,
    source_type     varchar(30) not null,
    source_id       varchar(100) not null,
    source_title    varchar(300),
    learned_from    varchar(200) not null,
    learned_at      timestamptz not null,
    constraint theme_source_once unique (partnership_id, theme, source_type, source_id)
);
