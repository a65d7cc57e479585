package org.lif.portal.reviews;

import org.junit.jupiter.api.Test;
import org.lif.portal.problem.ApiProblem;
import org.lif.portal.problem.FormErrors;
import org.lif.portal.problem.ServiceRefusal;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class NotificationFormTest {

    private static NotificationForm form() {
        NotificationForm form = new NotificationForm();
        form.awareDay = "";
        form.notifiedDay = "1";
        form.notifiedMonth = "6";
        form.notifiedYear = "2027";
        form.child1Pseudonym = "Child T";
        form.child1Harm = "SERIOUS_HARM";
        form.child1LookedAfter = "no";
        form.child3Pseudonym = "Sibling 2";
        form.agencies = "hampshire-constabulary\r\nsouthampton-city-council, youth-options\n";
        form.summary = "A summary";
        return form;
    }

    @Test
    void theRequestSendsOnlyFilledInChildrenAndEmptyFieldsAsMissing() {
        ReviewModels.RecordNotification request = form().request();
        assertNull(request.becameAwareOn());
        assertEquals("2027-06-01", request.notifiedOn());
        assertEquals(2, request.children().size());
        assertEquals(new ReviewModels.Child("Child T", null, "SERIOUS_HARM", false), request.children().get(0));
        assertEquals("Sibling 2", request.children().get(1).pseudonym());
        assertEquals(List.of("hampshire-constabulary", "southampton-city-council", "youth-options"), request.agenciesInvolved());
    }

    @Test
    void theServicesFieldErrorsGoToTheFormsFieldsInThePortalsWords() {
        NotificationForm form = form();
        ServiceRefusal refusal = new ServiceRefusal(400, new ApiProblem(null, "Invalid request", 400, null, List.of(
                new ApiProblem.FieldError("becameAwareOn", "is required"),
                new ApiProblem.FieldError("children[0].ageBand", "is required"),
                new ApiProblem.FieldError("children[1].harm", "is required"),
                new ApiProblem.FieldError("agenciesInvolved[1].<list element>", "must be an agency id"))));
        FormErrors errors = FormErrors.from(refusal, form::wording);
        assertEquals("Enter the date the local authority became aware of the incident", errors.get("becameAwareOn-day"));
        assertEquals("Select child 1's age", errors.get("child1-ageBand"));
        assertEquals("Select whether child 3 died or was seriously harmed", errors.get("child3-harm"), "the second child sent is the form's third");
        assertTrue(errors.get("agencies").startsWith("Enter the agencies involved"));
        assertFalse(errors.summary().stream().anyMatch(e -> e.message().contains("required")), "never the service's wording");
    }

    @Test
    void moreChildrenAreShownWhenFilledIn() {
        assertTrue(form().moreChildren());
        assertFalse(NotificationForm.empty().moreChildren());
    }
}
