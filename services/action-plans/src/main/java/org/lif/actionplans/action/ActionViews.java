package org.lif.actionplans.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lif.platform.time.Today;

import java.time.LocalDate;
import java.util.List;

/** Maps actions to what clients see, rating them with today's date. */
@ApplicationScoped
public class ActionViews {

    @Inject
    RagRules rag;
    @Inject
    Today today;
    @Inject
    ActionService actions;

    public ActionView summary(Action a) {
        return view(a, null, null);
    }

    public ActionView detail(Action a) {
        return view(a, actions.progressOf(a).stream().map(ActionView.ProgressView::of).toList(),
                actions.dueDateHistoryOf(a).stream().map(ActionView.DueDateChangeView::of).toList());
    }

    /**
     * A just-created action: it has no progress and no due-date history yet, so the answer needs no query (the two
     * lists are read by every other detail; on the write path they were about 14 % of action-plans' CPU, see
     * docs/benchmarks.md).
     */
    public ActionView created(Action a) {
        return view(a, List.of(), List.of());
    }

    private ActionView view(Action a, List<ActionView.ProgressView> progress, List<ActionView.DueDateChangeView> history) {
        LocalDate today = this.today.date();
        return new ActionView(a.id, a.plan.id, a.plan.title, a.plan.sourceType, a.plan.sourceReference, a.description,
                a.ownerAgency, a.lead, a.dueDate, a.status, rag.rate(a.status, a.signOffStatus, a.dueDate, today),
                rag.overdue(a.status, a.dueDate, today),
                new ActionView.SignOffView(a.signOffStatus, a.signOffBy, a.signOffAt, a.signOffReason),
                a.completionSummary, a.recommendationId, a.createdAt, a.createdBy, a.updatedAt, progress, history);
    }

    public static final List<String> CSV_HEADER = List.of("id", "planId", "planTitle", "sourceType", "sourceReference",
            "description", "ownerAgency", "lead", "dueDate", "status", "rag", "overdue", "signOff", "recommendationId");

    public List<?> csvRow(ActionView v) {
        return List.of(v.id(), v.planId(), v.planTitle(), v.sourceType(), nz(v.sourceReference()), v.description(),
                v.ownerAgency(), nz(v.lead()), v.dueDate(), v.status(), v.rag(), v.overdue(), v.signOff().status(),
                nz(v.recommendationId()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
