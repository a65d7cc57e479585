package org.lif.reviews.contribution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.util.UUID;

/** A request to one agency for its chronology and summary, and the agency's contribution once submitted. */
@Entity
@Table(name = "information_request")
public class InformationRequest extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public UUID reviewId;
    public String agency;
    public LocalDate requestedOn;
    public LocalDate dueOn;
    public String note;
    @Enumerated(EnumType.STRING)
    public RequestStatus status;
    public String chronology;
    public String summary;
    public LocalDate submittedOn;
    public String submittedBy;
    public String createdBy;

    public enum RequestStatus {
        REQUESTED, SUBMITTED
    }
}
