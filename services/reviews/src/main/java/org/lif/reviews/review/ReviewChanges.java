package org.lif.reviews.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.problem.Problems;
import org.lif.platform.time.Today;

import java.util.Arrays;

/** The one way a review changes: check the move is allowed, apply it, refresh the deadline, audit it. */
@ApplicationScoped
public class ReviewChanges {

    public static final String ENTITY = "review";

    @Inject
    AuditTrail audit;
    @Inject
    Today today;
    @Inject
    Deadlines deadlines;

    /** 409 unless the review is of a type and in a status that allows {@code what}. */
    public static void require(Review r, String what, ReviewStatus... allowed) {
        if (Arrays.stream(allowed).noneMatch(s -> s == r.status)) {
            throw Problems.conflict("Cannot " + what + " while the " + label(r.type) + " is " + r.status
                    + " (allowed when " + Arrays.toString(allowed) + ").");
        }
    }

    public static void requireType(Review r, String what, boolean ok, String expected) {
        if (!ok) {
            throw Problems.conflict("Cannot " + what + " on a " + label(r.type) + ": only on " + expected + ".");
        }
    }

    /** Records a change made to {@code r} (status may be unchanged). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Review r, String action, ReviewStatus from, String detail) {
        r.updatedAt = today.now();
        deadlines.refresh(r);
        audit.record(ENTITY, r.id, action, from, r.status, detail);
    }

    public static String label(ReviewType type) {
        return type.name().toLowerCase().replace('_', ' ');
    }
}
