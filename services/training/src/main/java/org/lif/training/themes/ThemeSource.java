package org.lif.training.themes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;

/** A learning theme a review or audit raised, learned from its event. */
@Entity
@Table(name = "theme_source")
public class ThemeSource extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public String theme;
    @Column(name = "source_type")
    public String sourceType;
    @Column(name = "source_id")
    public String sourceId;
    @Column(name = "source_title")
    public String sourceTitle;
    @Column(name = "learned_from")
    public String learnedFrom;
    @Column(name = "learned_at")
    public OffsetDateTime learnedAt;
}
