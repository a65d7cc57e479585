package org.lif.actionplans.action;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.Map;

/**
 * The RAG rules, in one place for both the rating shown and the filter that selects by it (docs/action-plans.md):
 * <ol>
 *   <li>CANCELLED → NONE</li>
 *   <li>COMPLETED and signed off → BLUE</li>
 *   <li>NOT_ACHIEVED → RED</li>
 *   <li>open (not started / in progress) and past its due date → RED (overdue)</li>
 *   <li>COMPLETED awaiting or refused sign-off → AMBER</li>
 *   <li>open and due within the amber window ({@code lif.rag.amber-days}, default 28 days) → AMBER</li>
 *   <li>otherwise → GREEN</li>
 * </ol>
 */
@ApplicationScoped
public class RagRules {

    @ConfigProperty(name = "lif.rag.amber-days", defaultValue = "28")
    int amberDays;

    public Rag rate(ActionStatus status, SignOffStatus signOff, LocalDate dueDate, LocalDate today) {
        return switch (status) {
            case CANCELLED -> Rag.NONE;
            case NOT_ACHIEVED -> Rag.RED;
            case COMPLETED -> signOff == SignOffStatus.SIGNED_OFF ? Rag.BLUE : Rag.AMBER;
            case NOT_STARTED, IN_PROGRESS -> dueDate.isBefore(today) ? Rag.RED
                    : dueDate.isBefore(today.plusDays(amberDays + 1L)) ? Rag.AMBER : Rag.GREEN;
        };
    }

    public boolean overdue(ActionStatus status, LocalDate dueDate, LocalDate today) {
        return status.open() && dueDate.isBefore(today);
    }

    /** A JPQL condition on alias {@code a} selecting actions of the given rating; parameters go into {@code params}. */
    public String condition(Rag rag, LocalDate today, Map<String, Object> params) {
        String open = "a.status in (org.lif.actionplans.action.ActionStatus.NOT_STARTED, org.lif.actionplans.action.ActionStatus.IN_PROGRESS)";
        return switch (rag) {
            case NONE -> "a.status = org.lif.actionplans.action.ActionStatus.CANCELLED";
            case BLUE -> "(a.status = org.lif.actionplans.action.ActionStatus.COMPLETED and a.signOffStatus = org.lif.actionplans.action.SignOffStatus.SIGNED_OFF)";
            case RED -> {
                params.put("ragToday", today);
                yield "(a.status = org.lif.actionplans.action.ActionStatus.NOT_ACHIEVED or (" + open + " and a.dueDate < :ragToday))";
            }
            case AMBER -> {
                params.put("ragToday", today);
                params.put("ragAmberEnd", today.plusDays(amberDays));
                yield "((a.status = org.lif.actionplans.action.ActionStatus.COMPLETED and a.signOffStatus <> org.lif.actionplans.action.SignOffStatus.SIGNED_OFF)"
                        + " or (" + open + " and a.dueDate >= :ragToday and a.dueDate <= :ragAmberEnd))";
            }
            case GREEN -> {
                params.put("ragAmberEnd", today.plusDays(amberDays));
                yield "(" + open + " and a.dueDate > :ragAmberEnd)";
            }
        };
    }
}
