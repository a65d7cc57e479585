-- The audit trail's entries about people's training records carry the agency that owns them (platform V0_4), so a
-- safeguarding partner reads only its own agency's (docs/security.md, training). Entries written before this
-- version are given theirs here; the append-only trigger is set aside for this one update.
alter table audit_entry disable trigger audit_entry_no_update;

update audit_entry a set owner_agency = b.owner_agency
  from booking b
 where a.entity_type in ('booking', 'evaluation') and a.entity_id = b.id::text and a.partnership_id = b.partnership_id;

update audit_entry a set owner_agency = f.owner_agency
  from impact_follow_up f
 where a.entity_type = 'impact-follow-up' and a.entity_id = f.id::text and a.partnership_id = f.partnership_id;

update audit_entry set owner_agency = split_part(to_state, ': ', 1)
 where entity_type = 'briefing' and action = 'CASCADED' and to_state like '%: %';

alter table audit_entry enable trigger audit_entry_no_update;
