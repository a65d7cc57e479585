package org.lif.portal.problem;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** An RFC 9457 problem as the services answer it ({@code application/problem+json}), with its field errors. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiProblem(String type, String title, int status, String detail, List<FieldError> errors) {

    public ApiProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }
}
