-- The partnership answers the independent chair's challenge on a review (docs/reviews.md, scrutiny).
alter table challenge add column status      varchar(20) not null default 'OPEN';
alter table challenge add column answer      text;
alter table challenge add column answered_by varchar(200);
alter table challenge add column answered_at timestamptz;
