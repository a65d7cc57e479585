package org.lif.portal.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The errors of a refused form, as the design system shows them: an error summary at the top of the page whose
 * links go to the fields, and a message above each field. Every message is the portal's own plain English; a
 * service's field name or wording is never shown.
 */
public class FormErrors {

    /** One entry of the error summary: the message, and the id of the field it links to (null: no field). */
    public record Entry(String fieldId, String message) {
        public String href() {
            return fieldId == null ? null : "#" + fieldId;
        }
    }

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<Entry> general = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Adds a message for a field (the first message of a field wins: the design system shows one per field). */
    public FormErrors field(String fieldId, String message) {
        byField.putIfAbsent(fieldId, message);
        return this;
    }

    /** Adds a message about the whole form, e.g. the record was changed meanwhile. */
    public FormErrors general(String message) {
        general.add(new Entry(null, message));
        return this;
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String fieldId) {
        return byField.containsKey(fieldId);
    }

    public String get(String fieldId) {
        return byField.getOrDefault(fieldId, "");
    }

    /** The error summary's list: general messages first, then the fields in the order of the form. */
    public List<Entry> summary() {
        List<Entry> out = new ArrayList<>(general);
        byField.forEach((id, message) -> out.add(new Entry(id, message)));
        return out;
    }

    /**
     * Words a service's refusal of a form: each field error the form knows (API field name → form field id and
     * message) becomes that field's message; a conflict or an unknown field becomes a general message.
     */
    public static FormErrors from(ServiceRefusal refusal, Map<String, FieldWording> wording) {
        return from(refusal, wording::get);
    }

    /**
     * The same, for a form whose API fields are not a fixed list (e.g. {@code children[1].pseudonym}): the function
     * words an API field name, or answers null for a field the form does not know.
     */
    public static FormErrors from(ServiceRefusal refusal, Function<String, FieldWording> wording) {
        FormErrors errors = new FormErrors();
        for (ApiProblem.FieldError e : refusal.problem().errors()) {
            FieldWording w = e.field() == null ? null : wording.apply(e.field());
            if (w != null) {
                errors.field(w.fieldId(), w.message());
            } else {
                errors.general("Something you entered could not be accepted. Check your answers and try again.");
            }
        }
        if (refusal.status() == 409) {
            // the service's detail may name states by their codes: the portal says it in its own words
            errors.general("This cannot be done now: the record has changed since you opened it. Go back to it and check where it stands.");
        }
        if (!errors.any()) {
            errors.general("Your answers could not be accepted. Check them and try again.");
        }
        return errors;
    }

    /** How the portal names and words one field of a form. */
    public record FieldWording(String fieldId, String message) {
    }
}
