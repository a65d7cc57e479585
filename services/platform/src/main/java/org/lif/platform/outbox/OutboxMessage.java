package org.lif.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An event waiting to be published, written in the same transaction as the change it describes. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {
    @Id
    public UUID id;
    /** Insertion order: the relay publishes in this order. */
    @Column(name = "seq", insertable = false, updatable = false)
    public Long seq;
    public String topic;
    @Column(name = "message_key")
    public String messageKey;
    @Column(name = "event_type")
    public String eventType;
    public String partnership;
    /** The whole CloudEvent, structured JSON. */
    public String payload;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
}
