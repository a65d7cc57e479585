package org.lif.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * RFC 9457 problem details, the only error body LIF answers with ({@code application/problem+json}).
 *
 * @param errors field-level details for validation problems: which field, what is wrong
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://lif.example/problems/";

    public record FieldError(String field, String message) {
    }
}
