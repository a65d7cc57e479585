package org.lif.training.session;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.training.course.CourseService;
import org.lif.platform.time.Today;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Planning and publishing sessions. Cancelling (which releases bookings) is in the booking feature. */
@ApplicationScoped
public class SessionService {

    public static final String ENTITY = "session";

    @Inject
    PartnershipContext context;
    @Inject
    AuditTrail audit;
    @Inject
    CourseService courses;
    @Inject
    Today today;

    @Transactional
    public TrainingSession create(SessionRequests.CreateSession r) {
        if (!r.endsAt().isAfter(r.startsAt())) {
            throw Problems.invalid("endsAt", "must be after startsAt");
        }
        if (r.venue() == null && r.onlineLink() == null) {
            throw Problems.invalid("venue", "a venue or an onlineLink is required");
        }
        TrainingSession s = new TrainingSession();
        s.id = UUID.randomUUID();
        s.course = courses.visible(r.courseId());
        s.startsAt = r.startsAt();
        s.endsAt = r.endsAt();
        s.venue = r.venue();
        s.onlineLink = r.onlineLink();
        s.trainer = r.trainer();
        s.capacity = r.capacity();
        s.status = SessionStatus.DRAFT;
        s.createdAt = today.now();
        s.createdBy = context.actor();
        s.persist();
        audit.record(ENTITY, s.id, "CREATED", null, s.status, s.course.title + " " + s.startsAt);
        return s;
    }

    @Transactional
    public TrainingSession publish(UUID id) {
        TrainingSession s = locked(id);
        if (s.status != SessionStatus.DRAFT) {
            throw Problems.conflict("Only a draft session can be published; this one is " + s.status + ".");
        }
        s.status = SessionStatus.PUBLISHED;
        audit.record(ENTITY, s.id, "PUBLISHED", SessionStatus.DRAFT, s.status, null);
        return s;
    }

    public TrainingSession visible(UUID id) {
        TrainingSession s = TrainingSession.findById(id);
        if (s == null || (s.status == SessionStatus.DRAFT && !context.hasAny(org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN))) {
            throw Problems.notFound("Session", id);
        }
        return s;
    }

    /** The session, locked for update until the transaction ends: bookings of one session happen one at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TrainingSession locked(UUID id) {
        TrainingSession s = TrainingSession.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw Problems.notFound("Session", id);
        }
        return s;
    }

    public PagedList<TrainingSession> list(UUID courseId, Boolean upcoming, SessionStatus status, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!context.hasAny(org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN)) {
            where.add("s.status <> :draft");
            params.put("draft", SessionStatus.DRAFT);
        }
        if (courseId != null) {
            where.add("s.course.id = :course");
            params.put("course", courseId);
        }
        if (status != null) {
            where.add("s.status = :status");
            params.put("status", status);
        }
        if (upcoming != null) {
            where.add(upcoming ? "s.startsAt > :now" : "s.startsAt <= :now");
            params.put("now", today.now());
        }
        String jpql = "from TrainingSession s join fetch s.course" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return PagedList.of(TrainingSession.find(jpql, Sort.by("s.startsAt").and("s.id"), params), page, s -> (TrainingSession) s);
    }

    public boolean started(TrainingSession s) {
        return !s.startsAt.isAfter(today.now());
    }

    public OffsetDateTime now() {
        return today.now();
    }
}
