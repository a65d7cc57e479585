package org.lif.actionplans.action;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lif.contracts.SourceType;
import org.lif.platform.problem.Problem;
import org.lif.platform.problem.Problems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The filters of the action list and its CSV export; every one optional, all combined with AND. */
public class ActionFilter {
    @QueryParam("status")
    public String status;
    @QueryParam("rag")
    public String rag;
    @QueryParam("ownerAgency")
    public String ownerAgency;
    @QueryParam("sourceType")
    public String sourceType;
    @QueryParam("theme")
    public String theme;
    @QueryParam("dueFrom")
    public String dueFrom;
    @QueryParam("dueTo")
    public String dueTo;
    /** Taken as text so that anything but true or false is answered with a field error, documented as a boolean. */
    @QueryParam("overdue")
    @Schema(type = SchemaType.BOOLEAN)
    public String overdue;
    @QueryParam("planId")
    public String planId;

    /** Builds the JPQL where-clause on alias {@code a} (plan alias {@code p}); bad values are a 400 with field errors. */
    public String toJpql(Map<String, Object> params, RagRules rag, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> where = new ArrayList<>();
        ActionStatus st = parse("status", status, v -> ActionStatus.valueOf(v), ActionStatus.values(), errors);
        if (st != null) {
            where.add("a.status = :status");
            params.put("status", st);
        }
        Rag r = parse("rag", this.rag, Rag::valueOf, Rag.values(), errors);
        if (r != null) {
            where.add(rag.condition(r, today, params));
        }
        if (ownerAgency != null && !ownerAgency.isBlank()) {
            where.add("a.ownerAgency = :ownerAgency");
            params.put("ownerAgency", ownerAgency);
        }
        SourceType source = parse("sourceType", sourceType, SourceType::valueOf, SourceType.values(), errors);
        if (source != null) {
            where.add("p.sourceType = :sourceType");
            params.put("sourceType", source);
        }
        if (theme != null && !theme.isBlank()) {
            where.add("array_contains(p.themes, :theme)");
            params.put("theme", theme);
        }
        LocalDate from = date("dueFrom", dueFrom, errors);
        if (from != null) {
            where.add("a.dueDate >= :dueFrom");
            params.put("dueFrom", from);
        }
        LocalDate to = date("dueTo", dueTo, errors);
        if (to != null) {
            where.add("a.dueDate <= :dueTo");
            params.put("dueTo", to);
        }
        Boolean overdue = bool("overdue", this.overdue, errors);
        if (overdue != null) {
            String open = "a.status in (org.lif.actionplans.action.ActionStatus.NOT_STARTED, org.lif.actionplans.action.ActionStatus.IN_PROGRESS)";
            where.add(overdue ? "(" + open + " and a.dueDate < :today)" : "not (" + open + " and a.dueDate < :today)");
            params.put("today", today);
        }
        if (planId != null && !planId.isBlank()) {
            try {
                params.put("planId", UUID.fromString(planId));
                where.add("p.id = :planId");
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("planId", "is not a valid id"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return where.isEmpty() ? "1 = 1" : String.join(" and ", where);
    }

    private static <E> E parse(String field, String value, Function<String, E> parser, Object[] allowed, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, "'" + value + "' is not one of: "
                    + Arrays.stream(allowed).map(String::valueOf).collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static Boolean bool(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new Problem.FieldError(field, "'" + value + "' is not true or false"));
                yield null;
            }
        };
    }

    private static LocalDate date(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "'" + value + "' is not a valid date (yyyy-mm-dd)"));
            return null;
        }
    }
}
