-- Bookings are listed in session date order. The session's start never changes once the session exists, so each
-- booking keeps a copy of it: the list is then read in order from an index, instead of joining and sorting every
-- booking of the partnership (or agency) for each page (docs/benchmarks.md, read path).
alter table booking add column session_starts_at timestamptz;
update booking b set session_starts_at = s.starts_at from training_session s where s.id = b.session_id;
alter table booking alter column session_starts_at set not null;
create index booking_list_order on booking (partnership_id, session_starts_at, created_at, id);
create index booking_agency_list_order on booking (partnership_id, owner_agency, session_starts_at, created_at, id);
