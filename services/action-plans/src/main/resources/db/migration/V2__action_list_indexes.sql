-- The action list is most often filtered by owner agency and status (agencies' own lists, the partnership's
-- "what is open for whom"), in due-date order. With 10 years of actions a partnership has ~50,000: without this
-- index each page read all of them (docs/benchmarks.md, read path).
create index if not exists action_agency_status_due on action (partnership_id, owner_agency, status, due_date, id);
create index if not exists action_status_due on action (partnership_id, status, due_date, id);
