package org.lif.audits.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Patterns and normal forms shared by the requests of every feature. */
public final class Inputs {

    public static final String AGENCY_PATTERN = "^[a-z0-9][a-z0-9-]{0,99}$";
    public static final String AGENCY_MESSAGE = "must be an agency id: lower case letters, digits and '-'";
    /**
     * A pseudonymised case reference: letters/digits with '-' or '/', at least one digit, no spaces — so never a
     * name ("CASE-2025-014", "MASH/2291"). Names belong in agencies' own case systems, never in LIF.
     */
    public static final String CASE_REF_PATTERN = "^(?=.*[0-9])[A-Za-z0-9][A-Za-z0-9/-]{2,39}$";
    public static final String CASE_REF_MESSAGE = "must be a pseudonymised case reference such as 'CASE-2025-014' (letters, digits, '-' or '/', at least one digit), never a name";
    public static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$";
    public static final String CODE_MESSAGE = "must be a short code such as 'S1' or 'Q3'";

    private Inputs() {
    }

    /** Learning themes as one comparable form: lower case, words joined by '-' ("Domestic abuse" = "domestic-abuse"). */
    public static List<String> themes(Collection<String> themes) {
        return themes == null ? new ArrayList<>() : new ArrayList<>(themes.stream().filter(t -> t != null && !t.isBlank())
                .map(t -> t.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-")).distinct().toList());
    }

    public static List<String> distinct(Collection<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().distinct().toList());
    }
}
