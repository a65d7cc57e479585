package org.lif.reviews.review;

import jakarta.ws.rs.QueryParam;

/** {@code ?type=LCSPR&status=IN_PROGRESS&theme=neglect&overdue=true} */
public class ReviewFilter {
    @QueryParam("type")
    public ReviewType type;
    @QueryParam("status")
    public ReviewStatus status;
    @QueryParam("theme")
    public String theme;
    /** true: only reviews whose next statutory deadline has passed; false: only those not overdue. */
    @QueryParam("overdue")
    public Boolean overdue;
}
