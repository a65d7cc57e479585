package org.lif.reviews.challenge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.lif.platform.scrutiny.ChallengeResponse;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The independent chair's challenge on a review (scrutiny), and the partnership's answer. */
@Entity
@Table(name = "challenge")
public class Challenge extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public UUID reviewId;
    public String text;
    public String raisedBy;
    public OffsetDateTime raisedAt;
    @Embedded
    public ChallengeResponse response = new ChallengeResponse();
}
