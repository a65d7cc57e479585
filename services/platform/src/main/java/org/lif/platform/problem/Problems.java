package org.lif.platform.problem;

import java.util.List;

/** The problems LIF answers with, named by what went wrong. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist.", null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    public static ProblemException unauthorized() {
        return new ProblemException(401, "unauthorized", "Unauthorized", "A valid bearer token is required.", null);
    }

    /** The request is well-formed but the record's state does not allow it (e.g. signing off an action not completed). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Not allowed in the current state", detail, null);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid request",
                "The request has " + errors.size() + " invalid field(s).", errors);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail, null);
    }
}
