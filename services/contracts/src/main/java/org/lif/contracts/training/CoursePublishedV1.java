package org.lif.contracts.training;

import java.util.List;

/**
 * A course was added to the partnership's training programme.
 *
 * @param delivery      FACE_TO_FACE, VIRTUAL or E_LEARNING
 * @param audienceLevel e.g. LEVEL_1 (all staff) to LEVEL_4 (specialist)
 * @param themes        learning themes the course addresses, e.g. neglect
 */
public record CoursePublishedV1(String courseId, String title, String delivery, String audienceLevel, List<String> themes) {
}
