package org.lif.portal.partnership;

import java.util.Map;

/** A partnership role as a person reads it (docs/security.md, "Roles are granted per partnership"). */
final class RoleWords {

    private static final Map<String, String> WORDS = Map.of(
            "partnership-admin", "Partnership business unit",
            "safeguarding-partner", "Safeguarding partner",
            "relevant-agency", "Relevant agency",
            "independent-chair", "Independent chair or scrutineer",
            "independent-reviewer", "Independent reviewer",
            "practitioner", "Practitioner");

    private RoleWords() {
    }

    static String of(String role) {
        return WORDS.getOrDefault(role, "Member");
    }
}
