-- Answers remembered for requests sent with an Idempotency-Key (per partnership and caller).
create table idempotent_request (
    partnership_id  varchar(100) not null,
    caller          varchar(200) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64) not null,
    status          int,
    body            text,
    location        text,
    created_at      timestamptz not null,
    primary key (partnership_id, caller, idempotency_key)
);
create index idempotent_request_created on idempotent_request (created_at);
