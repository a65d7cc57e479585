package org.lif.reviews.review;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Inject;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.INDEPENDENT_CHAIR;
import static org.lif.platform.tenancy.PartnershipRole.INDEPENDENT_REVIEWER;
import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.PRACTITIONER;
import static org.lif.platform.tenancy.PartnershipRole.RELEVANT_AGENCY;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/**
 * Who may see and change which review, checked on every object (the partnership itself is confined by the platform):
 * admin and partners manage all; the chair reads all; a reviewer sees and edits only reviews assigned to them; an
 * agency sees reviews it is asked to contribute to (its own contributions only) and published ones; a practitioner
 * sees published learning. Anything else answers 404, as if it did not exist.
 */
@ApplicationScoped
public class ReviewAccess {

    @Inject
    PartnershipContext context;

    public boolean manages() {
        return context.hasAny(PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER);
    }

    public boolean seesAll() {
        return context.hasAny(PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR);
    }

    public boolean assignedTo(Review r) {
        return context.hasAny(INDEPENDENT_REVIEWER) && r.reviewerUsername != null
                && r.reviewerUsername.equals(context.actor());
    }

    /** The caller's agency when it acts as a relevant agency. */
    public Optional<String> contributingAgency() {
        return context.hasAny(RELEVANT_AGENCY) ? context.caller().agencyId() : Optional.empty();
    }

    public boolean contributes(Review r) {
        return contributingAgency().map(agency -> Panache.getEntityManager().createQuery(
                        "select count(i) from InformationRequest i where i.reviewId = :review and i.agency = :agency", Long.class)
                .setParameter("review", r.id).setParameter("agency", agency).getSingleResult() > 0).orElse(false);
    }

    public Audience audience(Review r) {
        if (seesAll() || assignedTo(r)) {
            return Audience.FULL;
        }
        if (contributes(r)) {
            return Audience.CONTRIBUTOR;
        }
        if (r.status == ReviewStatus.PUBLISHED && context.hasAny(RELEVANT_AGENCY, PRACTITIONER, INDEPENDENT_REVIEWER)) {
            return Audience.PUBLIC;
        }
        return null;
    }

    /** The review if the caller may see it at all; 404 otherwise. */
    public Review visible(UUID id) {
        Review r = id == null ? null : Review.findById(id);
        if (r == null || audience(r) == null) {
            throw Problems.notFound("Review", id);
        }
        return r;
    }

    /** The review if the caller may see all of it (404 otherwise). */
    public Review fullyVisible(UUID id) {
        Review r = visible(id);
        if (audience(r) != Audience.FULL) {
            throw Problems.notFound("Review", id);
        }
        return r;
    }

    /** The review if the caller sees all of it, or it is published (its learning is public). */
    public Review learningVisible(UUID id) {
        Review r = visible(id);
        if (audience(r) != Audience.FULL && r.status != ReviewStatus.PUBLISHED) {
            throw Problems.notFound("Review", id);
        }
        return r;
    }

    /** The review if the caller manages it: admin and partners, or the reviewer assigned to it; 404 otherwise. */
    public Review managed(UUID id) {
        Review r = visible(id);
        if (!manages() && !assignedTo(r)) {
            throw Problems.notFound("Review", id);
        }
        return r;
    }

    /** The review if the caller is the partnership (admin, partners): a reviewer's own review is 404 here too. */
    public Review partnershipManaged(UUID id) {
        Review r = visible(id);
        if (!manages()) {
            throw Problems.notFound("Review", id);
        }
        return r;
    }

    /** JPQL condition (alias {@code r}) confining a list to what the caller may see, or null when it sees all. */
    public String listCondition(Map<String, Object> params) {
        if (seesAll()) {
            return null;
        }
        List<String> any = new ArrayList<>();
        if (context.hasAny(INDEPENDENT_REVIEWER)) {
            any.add("r.reviewerUsername = :me");
            params.put("me", context.actor());
        }
        contributingAgency().ifPresent(agency -> {
            any.add("exists (select 1 from InformationRequest i where i.reviewId = r.id and i.agency = :agency)");
            params.put("agency", agency);
        });
        if (context.hasAny(RELEVANT_AGENCY, PRACTITIONER, INDEPENDENT_REVIEWER)) {
            any.add("r.status = :published");
            params.put("published", ReviewStatus.PUBLISHED);
        }
        return any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
    }
}
