package org.lif.training.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;

import java.math.BigDecimal;

/**
 * The partnership's charges to agencies for non-attendance and late cancellation. The row is keyed by the partnership
 * id taken from the request context (never from the client), so one partnership cannot read or change another's.
 */
@ApplicationScoped
public class ChargeSettings {

    @Inject
    PartnershipContext context;
    @Inject
    AuditTrail audit;
    @Inject
    Today today;

    public record Charges(
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "10000", message = "must be at most 10000") @Digits(integer = 5, fraction = 2, message = "at most 2 decimals") BigDecimal nonAttendanceCharge,
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "10000", message = "must be at most 10000") @Digits(integer = 5, fraction = 2, message = "at most 2 decimals") BigDecimal lateCancellationCharge) {
    }

    public Charges current() {
        TrainingSettings s = TrainingSettings.findById(context.partnershipId());
        return s == null ? new Charges(BigDecimal.ZERO, BigDecimal.ZERO) : new Charges(s.nonAttendanceCharge, s.lateCancellationCharge);
    }

    @Transactional
    public Charges change(Charges charges) {
        TrainingSettings s = TrainingSettings.findById(context.partnershipId());
        Charges before = current();
        if (s == null) {
            s = new TrainingSettings();
            s.partnershipId = context.partnershipId();
        }
        s.nonAttendanceCharge = charges.nonAttendanceCharge();
        s.lateCancellationCharge = charges.lateCancellationCharge();
        s.updatedAt = today.now();
        s.updatedBy = context.actor();
        s.persist();
        audit.record("training-settings", s.partnershipId, "CHARGES_CHANGED", before, charges, null);
        return current();
    }
}
