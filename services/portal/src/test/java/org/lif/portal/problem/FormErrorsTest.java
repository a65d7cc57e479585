package org.lif.portal.problem;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class FormErrorsTest {

    static final Map<String, FormErrors.FieldWording> WORDING = Map.of(
            "reason", new FormErrors.FieldWording("reason", "Enter the reason"));

    @Test
    void theServicesFieldErrorsBecomeThePortalsWords() {
        FormErrors errors = FormErrors.from(new ServiceRefusal(400, new ApiProblem(null, "Invalid", 400, "detail",
                List.of(new ApiProblem.FieldError("reason", "must not be blank")))), WORDING);
        assertEquals("Enter the reason", errors.get("reason"));
        assertEquals(List.of(new FormErrors.Entry("reason", "Enter the reason")), errors.summary());
        assertEquals("#reason", errors.summary().get(0).href());
    }

    @Test
    void unknownFieldsAndConflictsAreGeneralMessagesWithoutTheServicesWording() {
        FormErrors errors = FormErrors.from(new ServiceRefusal(409, new ApiProblem(null, "Conflict", 409,
                "action is COMPLETED", List.of(new ApiProblem.FieldError("evidence[0].url", "must match")))), WORDING);
        assertTrue(errors.any());
        assertFalse(errors.has("reason"));
        errors.summary().forEach(e -> {
            assertNull(e.fieldId());
            assertFalse(e.message().contains("COMPLETED") || e.message().contains("evidence"), e.message());
        });
    }
}
