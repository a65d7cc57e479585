package org.lif.audits.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;

import java.util.Optional;

import static org.lif.platform.tenancy.PartnershipRole.INDEPENDENT_CHAIR;
import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/**
 * What the caller is in this partnership, for the checks the platform cannot make by role alone: partnership-admin
 * and safeguarding-partner manage and evaluate; the independent chair reads everything and records challenge;
 * agencies (relevant-agency, and a safeguarding partner for its own returns) act for the agency in their token.
 */
@RequestScoped
public class Callers {

    @Inject
    PartnershipContext context;

    public String actor() {
        return context.actor();
    }

    public String partnershipId() {
        return context.partnershipId();
    }

    public boolean manages() {
        return context.hasAny(PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER);
    }

    public boolean seesAll() {
        return context.hasAny(PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, INDEPENDENT_CHAIR);
    }

    public boolean chair() {
        return context.hasAny(INDEPENDENT_CHAIR);
    }

    public Optional<String> agency() {
        return context.caller().agencyId();
    }

    /** True when the caller sees every agency's records here, or {@code agency} is the caller's own. */
    public boolean seesAllOr(String agency) {
        return seesAll() || agency().map(agency::equals).orElse(false);
    }

    /** The caller's agency from the token, or 400 when the token carries none. */
    public String requireAgency() {
        return agency().orElseThrow(() ->
                Problems.badRequest("Your account has no agency: returns and self-assessments are made for the agency in your token."));
    }
}
