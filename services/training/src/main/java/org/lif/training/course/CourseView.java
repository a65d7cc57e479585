package org.lif.training.course;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record CourseView(UUID id, String title, String description, List<String> learningOutcomes, AudienceLevel audienceLevel,
                         Delivery delivery, List<String> themes, OffsetDateTime createdAt) {

    public static CourseView of(Course c) {
        return new CourseView(c.id, c.title, c.description, List.copyOf(c.learningOutcomes), c.audienceLevel, c.delivery,
                List.copyOf(c.themes), c.createdAt);
    }
}
