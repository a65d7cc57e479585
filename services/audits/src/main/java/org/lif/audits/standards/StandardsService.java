package org.lif.audits.standards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.audits.common.Callers;
import org.lif.platform.time.Today;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.problem.Problems;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A partnership's standards sets: the current version (the defaults until edited), and new versions. */
@ApplicationScoped
public class StandardsService {

    static final String ENTITY = "standards-set";

    @Inject
    Callers callers;
    @Inject
    Today today;
    @Inject
    AuditTrail audit;

    /** The latest version; the defaults become version 1 the first time they are needed. */
    @Transactional
    public StandardsSet current(StandardsSet.Kind kind) {
        return latest(kind).orElseGet(() -> create(kind, 1, DefaultStandards.of(kind)));
    }

    @Transactional
    public StandardsSet newVersion(StandardsSet.Kind kind, List<StandardsSet.Standard> standards) {
        if (new HashSet<>(standards.stream().map(StandardsSet.Standard::code).toList()).size() != standards.size()) {
            throw Problems.invalid("standards", "codes must be unique");
        }
        int next = latest(kind).map(s -> s.version + 1).orElse(1);
        return create(kind, next, standards);
    }

    public StandardsSet byId(UUID id) {
        StandardsSet s = StandardsSet.findById(id);
        if (s == null) {
            throw Problems.notFound("Standards set", id);
        }
        return s;
    }

    public List<StandardsSet> versions(StandardsSet.Kind kind) {
        return StandardsSet.list("kind = ?1 order by version desc", kind);
    }

    private Optional<StandardsSet> latest(StandardsSet.Kind kind) {
        return StandardsSet.<StandardsSet>find("kind = ?1 order by version desc", kind).firstResultOptional();
    }

    private StandardsSet create(StandardsSet.Kind kind, int version, List<StandardsSet.Standard> standards) {
        StandardsSet s = new StandardsSet();
        s.id = UUID.randomUUID();
        s.kind = kind;
        s.version = version;
        s.standards = List.copyOf(standards);
        s.createdAt = today.now();
        s.createdBy = callers.actor();
        s.persist();
        audit.record(ENTITY, s.id, "VERSION_CREATED", null, kind + " v" + version, standards.size() + " standards");
        return s;
    }
}
