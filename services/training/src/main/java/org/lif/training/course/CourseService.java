package org.lif.training.course;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.contracts.training.CoursePublishedV1;
import org.lif.contracts.training.TrainingEvents;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.training.common.Themes;
import org.lif.platform.time.Today;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The programme's courses. A new course is announced as {@code CoursePublished}. */
@ApplicationScoped
public class CourseService {

    static final String ENTITY = "course";

    @Inject
    PartnershipContext context;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    Today today;

    @Transactional
    public Course create(CourseRequests.SaveCourse request) {
        Course c = new Course();
        c.id = UUID.randomUUID();
        apply(c, request);
        c.createdAt = today.now();
        c.createdBy = context.actor();
        c.persist();
        audit.record(ENTITY, c.id, "CREATED", null, c.title, null);
        outbox.publish(TrainingEvents.COURSE_PUBLISHED, c.partnershipId, c.id.toString(),
                new CoursePublishedV1(c.id.toString(), c.title, c.delivery.name(), c.audienceLevel.name(), List.copyOf(c.themes)));
        return c;
    }

    @Transactional
    public Course update(UUID id, CourseRequests.SaveCourse request) {
        Course c = visible(id);
        String before = c.title + " " + c.themes;
        apply(c, request);
        audit.record(ENTITY, c.id, "CHANGED", before, c.title + " " + c.themes, null);
        return c;
    }

    private static void apply(Course c, CourseRequests.SaveCourse r) {
        c.title = r.title().trim();
        c.description = r.description();
        c.learningOutcomes = new ArrayList<>(r.learningOutcomes());
        c.audienceLevel = r.audienceLevel();
        c.delivery = r.delivery();
        c.themes = Themes.normalise(r.themes());
    }

    public Course visible(UUID id) {
        Course c = Course.findById(id);
        if (c == null) {
            throw Problems.notFound("Course", id);
        }
        return c;
    }

    public PagedList<CourseView> list(String theme, PageRequest page) {
        if (theme != null && !theme.isBlank()) {
            return PagedList.of(Course.find("array_contains(themes, ?1)", Sort.by("title").and("id"), Themes.normalise(theme)),
                    page, c -> CourseView.of((Course) c));
        }
        return PagedList.of(Course.findAll(Sort.by("title").and("id")), page, c -> CourseView.of((Course) c));
    }
}
