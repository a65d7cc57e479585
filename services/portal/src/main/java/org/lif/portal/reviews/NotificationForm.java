package org.lif.portal.reviews;

import jakarta.ws.rs.FormParam;
import org.lif.portal.problem.FormErrors;
import org.lif.portal.problem.FormErrors.FieldWording;
import org.lif.portal.web.DateFields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Record a serious incident notification" form as the person filled it in: kept exactly as typed, so that a
 * refused form shows it again. Up to four children (the API's limit), each by pseudonym only; a child whose fields
 * are all empty is not sent. The service validates; this class only turns the form into the API's request and the
 * API's field names ({@code children[1].harm}) back into the form's fields and the portal's words.
 */
public class NotificationForm {

    /** The API takes 1 to 4 children. */
    public static final int CHILDREN = 4;
    private static final Pattern CHILD_FIELD = Pattern.compile("^children\\[(\\d+)]\\.(pseudonym|ageBand|harm|lookedAfter)$");

    @FormParam("becameAwareOn-day")
    public String awareDay;
    @FormParam("becameAwareOn-month")
    public String awareMonth;
    @FormParam("becameAwareOn-year")
    public String awareYear;
    @FormParam("notifiedOn-day")
    public String notifiedDay;
    @FormParam("notifiedOn-month")
    public String notifiedMonth;
    @FormParam("notifiedOn-year")
    public String notifiedYear;
    @FormParam("child1-pseudonym")
    public String child1Pseudonym;
    @FormParam("child1-ageBand")
    public String child1AgeBand;
    @FormParam("child1-harm")
    public String child1Harm;
    @FormParam("child1-lookedAfter")
    public String child1LookedAfter;
    @FormParam("child2-pseudonym")
    public String child2Pseudonym;
    @FormParam("child2-ageBand")
    public String child2AgeBand;
    @FormParam("child2-harm")
    public String child2Harm;
    @FormParam("child2-lookedAfter")
    public String child2LookedAfter;
    @FormParam("child3-pseudonym")
    public String child3Pseudonym;
    @FormParam("child3-ageBand")
    public String child3AgeBand;
    @FormParam("child3-harm")
    public String child3Harm;
    @FormParam("child3-lookedAfter")
    public String child3LookedAfter;
    @FormParam("child4-pseudonym")
    public String child4Pseudonym;
    @FormParam("child4-ageBand")
    public String child4AgeBand;
    @FormParam("child4-harm")
    public String child4Harm;
    @FormParam("child4-lookedAfter")
    public String child4LookedAfter;
    @FormParam("agencies")
    public String agencies;
    @FormParam("summary")
    public String summary;

    /** One child's fields as typed; {@code number} is 1 to 4, the form's ids are {@code child<number>-<field>}. */
    public record ChildFields(int number, String pseudonym, String ageBand, String harm, String lookedAfter) {
        public boolean isEmpty() {
            return pseudonym.isEmpty() && ageBand.isEmpty() && harm.isEmpty() && lookedAfter.isEmpty();
        }

        public String id() {
            return "child" + number;
        }
    }

    public static NotificationForm empty() {
        return new NotificationForm();
    }

    public DateFields becameAwareOn() {
        return new DateFields(awareDay, awareMonth, awareYear);
    }

    public DateFields notifiedOn() {
        return new DateFields(notifiedDay, notifiedMonth, notifiedYear);
    }

    public List<ChildFields> children() {
        return List.of(
                child(1, child1Pseudonym, child1AgeBand, child1Harm, child1LookedAfter),
                child(2, child2Pseudonym, child2AgeBand, child2Harm, child2LookedAfter),
                child(3, child3Pseudonym, child3AgeBand, child3Harm, child3LookedAfter),
                child(4, child4Pseudonym, child4AgeBand, child4Harm, child4LookedAfter));
    }

    /** The children after the first, shown opened when any of them is filled in. */
    public boolean moreChildren() {
        return children().stream().skip(1).anyMatch(c -> !c.isEmpty());
    }

    public String agencies() {
        return agencies == null ? "" : agencies;
    }

    public String summary() {
        return summary == null ? "" : summary;
    }

    /** Dates typed but not real: refused before the service is asked, in the design system's words. */
    public FormErrors dateErrors() {
        FormErrors errors = FormErrors.none();
        if (becameAwareOn().invalid()) {
            errors.field("becameAwareOn-day", "The date the local authority became aware must be a real date, for example 27 3 2026");
        }
        if (notifiedOn().invalid()) {
            errors.field("notifiedOn-day", "The date of the notification must be a real date, for example 27 3 2026");
        }
        return errors;
    }

    /** The filled-in children, in the form's order: the API's {@code children[i]} is the i-th of these. */
    List<ChildFields> sentChildren() {
        return children().stream().filter(c -> !c.isEmpty()).toList();
    }

    /** The API's request: empty fields are left out (the service names each missing one). */
    ReviewModels.RecordNotification request() {
        List<ReviewModels.Child> children = sentChildren().stream().map(c -> new ReviewModels.Child(
                blankToNull(c.pseudonym()),
                ReviewWords.AGE_BAND.containsKey(c.ageBand()) ? c.ageBand() : null,
                ReviewWords.HARM.containsKey(c.harm()) ? c.harm() : null,
                "yes".equals(c.lookedAfter()) ? Boolean.TRUE : "no".equals(c.lookedAfter()) ? Boolean.FALSE : null)).toList();
        List<String> agencyIds = agencyList();
        return new ReviewModels.RecordNotification(
                becameAwareOn().date().map(LocalDate::toString).orElse(null),
                notifiedOn().date().map(LocalDate::toString).orElse(null),
                children, blankToNull(summary()), agencyIds);
    }

    /** The agencies' short names, one a line (commas work too). */
    List<String> agencyList() {
        return Arrays.stream(agencies().split("[,\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** How the portal words each of the API's fields on this form (null: a field the form does not know). */
    FieldWording wording(String apiField) {
        Matcher child = CHILD_FIELD.matcher(apiField);
        if (child.matches()) {
            int index = Integer.parseInt(child.group(1));
            List<ChildFields> sent = sentChildren();
            if (index >= sent.size()) {
                return null;
            }
            ChildFields c = sent.get(index);
            String who = "child " + c.number();
            return switch (child.group(2)) {
                case "pseudonym" -> new FieldWording(c.id() + "-pseudonym",
                        "Enter " + who + "'s pseudonym, such as Child T – Child, Baby, Sibling or Young Person and up to 3 capital letters or digits, never a name");
                case "ageBand" -> new FieldWording(c.id() + "-ageBand", "Select " + who + "'s age");
                case "harm" -> new FieldWording(c.id() + "-harm", "Select whether " + who + " died or was seriously harmed");
                default -> new FieldWording(c.id() + "-lookedAfter", "Select whether " + who + " is looked after by the local authority");
            };
        }
        String root = apiField.replaceFirst("[\\[.].*$", "");
        return switch (root) {
            case "becameAwareOn" -> new FieldWording("becameAwareOn-day", becameAwareOn().isEmpty()
                    ? "Enter the date the local authority became aware of the incident"
                    : "The date the local authority became aware must be today or in the past, and not before the bank holiday list starts");
            case "notifiedOn" -> new FieldWording("notifiedOn-day", notifiedOn().isEmpty()
                    ? "Enter the date the Panel was notified"
                    : "The date of the notification must be today or in the past, and not before the bank holiday list starts");
            case "children" -> new FieldWording("child1-pseudonym", "Enter at least one child, by pseudonym (at most " + CHILDREN + ")");
            case "summary" -> new FieldWording("summary", "Enter a summary of what happened, in at most 4,000 characters");
            case "agenciesInvolved" -> new FieldWording("agencies",
                    "Enter the agencies involved by their short names, one a line, in lowercase letters, digits and hyphens, for example hampshire-constabulary");
            default -> null;
        };
    }

    private static ChildFields child(int n, String pseudonym, String ageBand, String harm, String lookedAfter) {
        return new ChildFields(n, trim(pseudonym), trim(ageBand), trim(harm), trim(lookedAfter));
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
