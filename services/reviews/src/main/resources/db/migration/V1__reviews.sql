-- Serious incident notifications, reviews (rapid reviews, LCSPRs and other reviews) and everything recorded on them.
-- Every row belongs to a partnership (partnership_id); the service confines every query to one.
-- Children appear only inside notification.children, by pseudonym, age band, harm and looked-after flag.

create table notification (
    id                  uuid primary key,
    partnership_id      varchar(100) not null,
    became_aware_on     date not null,
    notified_on         date not null,
    notification_due_on date not null,
    late                boolean not null,
    children            jsonb not null,
    summary             text not null,
    agencies_involved   text[] not null default '{}',
    rapid_review_id     uuid not null,
    created_at          timestamptz not null,
    created_by          varchar(200) not null
);
create index notification_partnership on notification (partnership_id, notified_on desc);

create table review (
    id                      uuid primary key,
    partnership_id          varchar(100) not null,
    type                    varchar(40) not null,
    status                  varchar(30) not null,
    title                   varchar(300) not null,
    notification_id         uuid,
    origin_review_id        uuid,
    themes                  text[] not null default '{}',
    agencies                text[] not null default '{}',
    due_on                  date,
    meeting_held_on         date,
    meeting_agencies        text[] not null default '{}',
    meeting_notes           text,
    immediate_learning      text,
    decision                varchar(30),
    decision_reasons        text,
    decided_on              date,
    follow_up_type          varchar(40),
    follow_up_review_id     uuid,
    submitted_to_panel_on   date,
    panel_response_on       date,
    panel_response          text,
    panel_agrees            boolean,
    final_report_due_on     date,
    reviewer_username       varchar(200),
    independence_declaration text,
    reviewer_appointed_on   date,
    terms_of_reference      text,
    methodology             text,
    draft_report            jsonb,
    final_report            jsonb,
    partnership_response    text,
    partnership_response_on date,
    panel_notified_on       date,
    planned_publication_on  date,
    published_on            date,
    publication_url         varchar(2000),
    may_come_down_on        date,
    not_published_on        date,
    not_published_reasons   text,
    impact_evidenced_on     date,
    next_deadline_rule      varchar(60),
    next_deadline_on        date,
    created_at              timestamptz not null,
    created_by              varchar(200) not null,
    updated_at              timestamptz not null,
    version                 bigint not null default 0
);
create index review_partnership on review (partnership_id, created_at desc);
create index review_deadline on review (partnership_id, next_deadline_on);
create index review_reviewer on review (partnership_id, reviewer_username);

create table information_request (
    id             uuid primary key,
    partnership_id varchar(100) not null,
    review_id      uuid not null references review (id),
    agency         varchar(100) not null,
    requested_on   date not null,
    due_on         date not null,
    note           text,
    status         varchar(20) not null,
    chronology     text,
    summary        text,
    submitted_on   date,
    submitted_by   varchar(200),
    created_by     varchar(200) not null
);
create index information_request_review on information_request (review_id);
create index information_request_agency on information_request (partnership_id, agency);

create table partner_sign_off (
    id             uuid primary key,
    partnership_id varchar(100) not null,
    review_id      uuid not null references review (id),
    partner        varchar(30) not null,
    signatory      varchar(200) not null,
    signed_on      date not null,
    comment        text,
    recorded_by    varchar(200) not null,
    recorded_at    timestamptz not null,
    unique (review_id, partner)
);

create table involvement (
    id             uuid primary key,
    partnership_id varchar(100) not null,
    review_id      uuid not null references review (id),
    participant    varchar(20) not null,
    role           varchar(100) not null,
    agency         varchar(100),
    outcome        varchar(20) not null,
    recorded_on    date not null,
    recorded_by    varchar(200) not null
);
create index involvement_review on involvement (review_id);

create table finding (
    id             uuid primary key,
    partnership_id varchar(100) not null,
    review_id      uuid not null references review (id),
    text           text not null,
    themes         text[] not null default '{}',
    recorded_at    timestamptz not null,
    recorded_by    varchar(200) not null
);
create index finding_review on finding (review_id);

create table recommendation (
    id                uuid primary key,
    partnership_id    varchar(100) not null,
    review_id         uuid not null references review (id),
    text              text not null,
    target_agencies   text[] not null,
    themes            text[] not null default '{}',
    suggested_due_on  date,
    immediate         boolean not null default false,
    status            varchar(20) not null,
    issued_on         date,
    issued_by         varchar(200),
    created_at        timestamptz not null,
    created_by        varchar(200) not null
);
create index recommendation_review on recommendation (review_id);

-- read model of action-plans events: one row per action created from one of our recommendations
create table recommendation_progress (
    action_id         varchar(100) primary key,
    partnership_id    varchar(100) not null,
    recommendation_id uuid not null,
    owner_agency      varchar(100) not null,
    state             varchar(20) not null,
    due_on            date,
    completed_on      date,
    updated_at        timestamptz not null
);
create index recommendation_progress_rec on recommendation_progress (recommendation_id);

create table impact_event (
    id               uuid primary key,
    partnership_id   varchar(100) not null,
    review_id        uuid not null references review (id),
    title            varchar(300) not null,
    planned_on       date not null,
    held_on          date,
    status           varchar(20) not null,
    participants     int,
    practice_changed varchar(20),
    findings         text,
    created_by       varchar(200) not null,
    created_at       timestamptz not null
);
create index impact_event_review on impact_event (review_id);

create table challenge (
    id             uuid primary key,
    partnership_id varchar(100) not null,
    review_id      uuid not null references review (id),
    text           text not null,
    raised_by      varchar(200) not null,
    raised_at      timestamptz not null
);
create index challenge_review on challenge (review_id);
