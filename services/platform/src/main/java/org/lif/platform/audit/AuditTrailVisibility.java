package org.lif.platform.audit;

import java.util.Optional;

/**
 * Which agency-owned entries of the audit trail the caller reads. Entries without an owning agency are read by every
 * caller allowed on the audit trail; an entry recorded with {@link AuditTrail#recordForAgency} only by callers who see
 * every agency, or whose agency owns it. The platform's default confines the agency-scoped roles (see
 * {@link DefaultAuditTrailVisibility}); a service whose own rules confine more callers (training confines safeguarding
 * partners to their own agency's people) provides its own bean.
 */
public interface AuditTrailVisibility {

    /** The agency whose entries the caller reads besides those owned by no agency; empty when it reads them all. */
    Optional<String> confinedToAgency();
}
