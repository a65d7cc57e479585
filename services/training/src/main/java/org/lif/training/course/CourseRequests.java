package org.lif.training.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What clients send to create or change a course. */
public final class CourseRequests {

    private CourseRequests() {
    }

    public record SaveCourse(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
            @Size(max = 4000, message = "must be at most 4000 characters") String description,
            @NotEmpty(message = "at least one learning outcome is required") @Size(max = 20, message = "at most 20 learning outcomes")
            List<@NotBlank(message = "must not be blank") @Size(max = 500, message = "must be at most 500 characters") String> learningOutcomes,
            @NotNull(message = "is required") AudienceLevel audienceLevel,
            @NotNull(message = "is required") Delivery delivery,
            @Size(max = 20, message = "at most 20 themes")
            List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> themes) {
    }
}
