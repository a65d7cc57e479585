package org.lif.baseline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

/** The baseline's one entity. */
@Entity
public class Note extends PanacheEntityBase {
    @Id
    public UUID id;
    public String text;
}
