package org.lif.training.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.tenancy.PartnershipRole;

import java.util.Optional;

import static org.lif.platform.tenancy.PartnershipRole.INDEPENDENT_CHAIR;
import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.RELEVANT_AGENCY;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/**
 * What the caller may see of people's training records. The platform confines agency-scoped roles to their agency;
 * on top of that, in training, safeguarding partners see their own agency's bookings (as agency leads) and a
 * practitioner sees only their own.
 */
@RequestScoped
public class Callers {

    @Inject
    PartnershipContext context;

    public String username() {
        return context.actor();
    }

    /** The caller's agency from the token, or 400 when the token carries none. */
    public String requireAgency() {
        return context.caller().agencyId().orElseThrow(() ->
                Problems.badRequest("Your account has no agency: booking and cascades are recorded for the agency in your token."));
    }

    public boolean partnershipTeam() {
        return context.hasAny(PARTNERSHIP_ADMIN);
    }

    public boolean seesEveryAgency() {
        return context.hasAny(PARTNERSHIP_ADMIN, INDEPENDENT_CHAIR);
    }

    /** The agency whose records an agency lead sees; empty for the partnership team, or for a practitioner only. */
    public Optional<String> leadOfAgency() {
        if (seesEveryAgency() || !context.hasAny(SAFEGUARDING_PARTNER, RELEVANT_AGENCY)) {
            return Optional.empty();
        }
        return Optional.of(context.caller().agencyId().orElse("\u0000no-agency"));
    }

    /** True when the caller only holds the practitioner role here: they see their own records only. */
    public boolean onlyOwnRecords() {
        return !seesEveryAgency() && leadOfAgency().isEmpty() && context.hasAny(PartnershipRole.PRACTITIONER);
    }

    /** May the caller see a person's record of this agency? */
    public boolean maySee(String practitioner, String agency) {
        if (seesEveryAgency()) {
            return true;
        }
        if (leadOfAgency().map(a -> a.equals(agency)).orElse(false)) {
            return true;
        }
        return practitioner != null && practitioner.equals(username());
    }
}
