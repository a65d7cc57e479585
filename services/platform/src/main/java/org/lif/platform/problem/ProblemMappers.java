package org.lif.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.lif.platform.calendar.WorkingDayCalendar.CalendarCoverageException;

import jakarta.persistence.OptimisticLockException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Maps every failure to {@code application/problem+json}. Never a stack trace or a class name in a response;
 * unexpected failures are logged with a reference the caller can quote.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(Problems.invalid(errors).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        if (e instanceof ConstraintViolationException cve) {
            return constraintViolations(cve, uri);
        }
        return respond(Problems.badRequest("The request is not valid.").toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    private Response json(JsonProcessingException e, UriInfo uri) {
        if (causedByParsing(e)) {
            return respond(Problems.badRequest("The request body is not valid JSON.").toProblem(path(uri)));
        }
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            String allowed = Arrays.stream(ife.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return respond(Problems.invalid(field(ife), "'" + ife.getValue() + "' is not one of: " + allowed).toProblem(path(uri)));
        }
        if (e instanceof InvalidFormatException ife) {
            return respond(Problems.invalid(field(ife), "'" + ife.getValue() + "' is not a valid "
                    + simpleTypeName(ife.getTargetType())).toProblem(path(uri)));
        }
        if (e instanceof UnrecognizedPropertyException upe) {
            return respond(Problems.invalid(field(upe), "unknown field").toProblem(path(uri)));
        }
        if (e instanceof JsonMappingException jme && !(e instanceof JsonParseException) && !jme.getPath().isEmpty()) {
            return respond(Problems.invalid(field(jme), "has the wrong type or shape").toProblem(path(uri)));
        }
        return respond(Problems.badRequest("The request body is not valid JSON.").toProblem(path(uri)));
    }

    /** Working days beyond the bank-holiday data: see {@link Problems#calendarCoverage}; the operator is told in the log. */
    @ServerExceptionMapper
    public Response calendarCoverage(CalendarCoverageException e, UriInfo uri) {
        if (e.afterCoverage()) {
            LOG.warnf("answered 503: working days after the bank-holiday data's last year (%d) were needed, for %s; "
                    + "update lif.calendar.bank-holidays-file", e.lastYear(), e.date());
        }
        return respond(Problems.calendarCoverage(e).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(Problems.conflict("The record was changed by someone else meanwhile; reload and try again.").toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response staleObject(StaleObjectStateException e, UriInfo uri) {
        return respond(Problems.conflict("The record was changed by someone else meanwhile; reload and try again.").toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(Problems.unauthorized().toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(Problems.unauthorized().toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problems.forbidden("You are not allowed to do this.").toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return unreadableJson(jpe, uri);
        }
        if (status == 404 && e.getCause() instanceof IllegalArgumentException) {
            // a path or query parameter that cannot be converted (a number, an id, one of a list of values)
            return respond(Problems.badRequest("A path or query parameter has an invalid value (a number, an id, a date "
                    + "or one of the listed values was expected); see the API description.").toProblem(path(uri)));
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = status == 404 ? "No such resource." : status >= 500 ? "The request could not be processed." : title + ".";
        if (status == 400 && e.getMessage() != null && !e.getMessage().isBlank() && !e.getMessage().startsWith("HTTP ")) {
            detail = e.getMessage();
        }
        return respond(new Problem(Problem.TYPE_BASE + slug(title), title, status, detail, path(uri), List.of()));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        CalendarCoverageException coverage = calendarCoverageCause(e);
        if (coverage != null) {
            // wrapped on its way out (e.g. by an interceptor): still the calendar's answer, not an internal error
            return calendarCoverage(coverage, uri);
        }
        if (databaseUnavailable(e)) {
            // overload (every pooled connection busy) or the database unreachable: nothing was written; retry later
            LOG.warnf("database unavailable, answered 503: %s", e.getMessage());
            Problem problem = new Problem(Problem.TYPE_BASE + "unavailable", "Service unavailable", 503,
                    "The service is busy or its database cannot be reached; nothing was changed. Retry in a few seconds "
                            + "(with the same Idempotency-Key for a create).", path(uri), List.of());
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "2").entity(problem).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, reference %s", reference);
        return respond(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "Something went wrong on our side. Quote reference " + reference + " when reporting it.", path(uri), List.of()));
    }

    /**
     * No connection could be had: the pool's acquisition timed out (Agroal: "Sorry, acquisition timeout!" with every
     * connection busy, "Acquisition timeout while waiting for new connection" while opening one), or PostgreSQL
     * refused or dropped it (SQLState 08).
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || (sql.getMessage() != null && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")))) {
                return true;
            }
        }
        return false;
    }

    private static CalendarCoverageException calendarCoverageCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CalendarCoverageException c) {
                return c;
            }
        }
        return null;
    }

    private static boolean causedByParsing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParseException || t instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
                return true;
            }
        }
        return false;
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String simpleTypeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (yyyy-mm-dd)";
            case "UUID" -> "id";
            case "Integer", "int", "Long", "long" -> "whole number";
            default -> type.getSimpleName().toLowerCase();
        };
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // "create.arg1.dueDate" -> "dueDate"; keep nested paths like "evidence[0].url"
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length >= 2) {
            return String.join(".", Arrays.copyOfRange(parts, 2, parts.length)).isEmpty()
                    ? parts[parts.length - 1]
                    : String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
        }
        return path;
    }
}
