package org.lif.audits.standards;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.lif.platform.problem.Problem;
import org.lif.platform.problem.Problems;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One version of a partnership's standards (Section 11 or schools). Versions are never changed; an edit is a new one. */
@Entity
@Table(name = "standards_set")
public class StandardsSet extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public int version;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Standard> standards = new ArrayList<>();
    public OffsetDateTime createdAt;
    public String createdBy;

    public enum Kind {
        SECTION_11, SCHOOLS
    }

    /** @param code short code used by answers, e.g. "S1" */
    public record Standard(String code, String title, String description) {
    }

    public List<String> codes() {
        return standards.stream().map(Standard::code).toList();
    }

    /**
     * 400 with a field error for every given code that is not a standard of this set.
     *
     * @param field the field name with {@code %d} for the index, e.g. {@code answers[%d].standard}
     */
    public void requireKnown(List<String> given, String field) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (!codes().contains(given.get(i))) {
                errors.add(new Problem.FieldError(field.formatted(i), "is not one of the standards " + codes()));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    public String title(String code) {
        return standards.stream().filter(s -> s.code().equals(code)).map(Standard::title).findFirst().orElse(code);
    }
}
