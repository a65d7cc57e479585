package org.lif.training.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.lif.platform.audit.AuditTrailVisibility;

import java.util.Optional;

/**
 * Training's audit trail follows its rule for people's records: a safeguarding partner reads the entries of its own
 * agency's bookings, evaluations, follow-ups and cascades (as agency lead), the partnership team and the chair all.
 */
@RequestScoped
public class TrainingAuditTrailVisibility implements AuditTrailVisibility {

    @Inject
    Callers callers;

    @Override
    public Optional<String> confinedToAgency() {
        return callers.leadOfAgency();
    }
}
