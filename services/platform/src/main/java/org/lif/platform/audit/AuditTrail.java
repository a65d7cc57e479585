package org.lif.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;


/** Writes the audit trail in the same transaction as the change. The actor comes from the request's caller. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    PartnershipContext context;
    @Inject
    Today today;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, String action, Object from, Object to, String detail) {
        recordForAgency(null, entityType, entityId, action, from, to, detail);
    }

    /**
     * Records a change to a record owned by an agency, where the service shows such records to some readers only for
     * their own agency (see {@link AuditTrailVisibility}): their audit trail then shows the entry only to them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordForAgency(String ownerAgency, String entityType, Object entityId, String action, Object from, Object to,
                                String detail) {
        AuditEntry entry = new AuditEntry();
        entry.ownerAgency = ownerAgency;
        entry.actor = context.actor();
        entry.occurredAt = today.now();
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.action = action;
        entry.fromState = from == null ? null : String.valueOf(from);
        entry.toState = to == null ? null : String.valueOf(to);
        entry.detail = detail;
        entry.persist();
    }
}
