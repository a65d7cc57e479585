-- The agency that owns the changed record, where the service confines some readers to their own agency's records
-- (training: a safeguarding partner reads its own agency's people's bookings only). Null: every reader sees it.
alter table audit_entry add column owner_agency varchar(100);
