-- The audit trail cannot be emptied with TRUNCATE either.
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
