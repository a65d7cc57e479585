package org.lif.portal.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The names of the partnerships, shown in the header of their pages. No service holds them (a partnership is a
 * tenant id in the token), so an installation sets them in configuration,
 * {@code lif.portal.partnership-names.<id>=Southampton Safeguarding Children Partnership}; a partnership without a
 * configured name is called after its id ({@code isle-of-wight} → "Isle Of Wight Safeguarding Children Partnership").
 */
@ApplicationScoped
public class PartnershipNames {

    @Inject
    Config config;

    public Partnership of(String id) {
        String name = config.getOptionalValue("lif.portal.partnership-names." + id, String.class)
                .orElseGet(() -> titleCase(id) + " Safeguarding Children Partnership");
        return new Partnership(id, name);
    }

    static String titleCase(String id) {
        return Arrays.stream(id.split("-")).filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
