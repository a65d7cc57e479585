package org.lif.portal.partnership;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.lif.portal.problem.RefusedPage;
import org.lif.portal.signin.SignedInPerson;

import java.util.regex.Pattern;

/**
 * Entering a partnership's pages: the id in the URL must be one the person holds a role in; any other is answered
 * "You cannot see this" before a service is asked (the services would refuse it too, with 403).
 */
@RequestScoped
public class PartnershipGuard {

    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,99}$");

    @Inject
    SignedInPerson person;
    @Inject
    PartnershipNames names;

    public Partnership enter(String partnershipId) {
        if (partnershipId == null || !ID.matcher(partnershipId).matches()) {
            throw new NotFoundException();
        }
        if (!person.belongsTo(partnershipId)) {
            throw new RefusedPage(403);
        }
        return names.of(partnershipId);
    }
}
