package org.lif.portal.actions;

import java.util.Map;

/**
 * The confirmation shown on an action's page after a change (a notification banner): the form redirects to the
 * action with {@code ?done=<code>}, and only these fixed sentences can be shown, never text from the address.
 */
final class Outcomes {

    static final String SIGNED_OFF = "signed-off";
    static final String REFUSED = "refused";
    static final String DUE_DATE_CHANGED = "due-date-changed";

    private static final Map<String, String> WORDS = Map.of(
            SIGNED_OFF, "You signed off the completion of this action.",
            REFUSED, "You refused the completion of this action. It is back in progress.",
            DUE_DATE_CHANGED, "You changed the due date of this action.");

    private Outcomes() {
    }

    static String words(String code) {
        return code == null ? null : WORDS.get(code);
    }
}
