package org.lif.training.attendance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A partnership's charging policy (no row: nothing is charged). One row per partnership, keyed by it. */
@Entity
@Table(name = "training_settings")
public class TrainingSettings extends PanacheEntityBase {
    @Id
    @Column(name = "partnership_id")
    public String partnershipId;
    @Column(name = "non_attendance_charge")
    public BigDecimal nonAttendanceCharge = BigDecimal.ZERO;
    @Column(name = "late_cancellation_charge")
    public BigDecimal lateCancellationCharge = BigDecimal.ZERO;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
