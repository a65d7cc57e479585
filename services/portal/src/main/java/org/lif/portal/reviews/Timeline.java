package org.lif.portal.reviews;

import org.lif.portal.reviews.ReviewModels.Deadline;
import org.lif.portal.reviews.ReviewModels.InformationRequest;
import org.lif.portal.reviews.ReviewModels.Notification;
import org.lif.portal.reviews.ReviewModels.Review;
import org.lif.portal.reviews.ReviewModels.SignOff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A case's stages in order — notification, rapid review, decision, the decided review's stages, publication and
 * evidencing impact — each with the date it happened and, where a statutory clock runs, its due date and where it
 * stands. The portal counts no working days itself (it has no bank-holiday list and no clock): a running clock's
 * working days left are the service's {@code nextDeadline}; a finished one is on time or late by its dates, and a late
 * notification by the service's {@code lateByWorkingDays}.
 */
public record Timeline(List<Stage> stages) {

    /** A stage: what, when it happened (null: not yet), a line of detail, and its clock (null: none). */
    public record Stage(String name, LocalDate on, String detail, Clock clock) {
        public boolean done() {
            return on != null;
        }
    }

    /** A statutory clock: when it is due and where it stands ("4 working days left", "On time", "Late"). */
    public record Clock(LocalDate dueOn, String standing, boolean late) {
    }

    /**
     * The timeline of a case: its rapid review (with the notification) and the review decided by it, as far as the
     * person may see them (null parts are left out).
     */
    public static Timeline of(Review rapid, Notification notification, List<InformationRequest> requests, List<SignOff> signOffs,
                              Review decided) {
        List<Stage> stages = new ArrayList<>();
        if (rapid != null) {
            rapidReview(stages, rapid, notification, requests, signOffs);
        }
        if (decided != null) {
            decidedReview(stages, decided);
        }
        return new Timeline(List.copyOf(stages));
    }

    private static void rapidReview(List<Stage> stages, Review r, Notification n, List<InformationRequest> requests,
                                    List<SignOff> signOffs) {
        var part = r.rapidReview();
        if (n != null) {
            stages.add(new Stage("The local authority became aware of the incident", n.becameAwareOn(), "", null));
            String standing = n.late()
                    ? "Late" + (n.lateByWorkingDays() == null ? "" : " by " + ReviewWords.workingDays(n.lateByWorkingDays()))
                    : "On time";
            stages.add(new Stage("Serious incident notified to the national Panel", n.notifiedOn(),
                    n.children().size() == 1 ? "1 child" : n.children().size() + " children",
                    new Clock(n.notificationDueOn(), standing, n.late())));
        }
        if (requests != null && !requests.isEmpty()) {
            long submitted = requests.stream().filter(q -> q.submittedOn() != null).count();
            long late = requests.stream().filter(InformationRequest::late).count();
            LocalDate due = requests.stream().map(InformationRequest::dueOn).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            LocalDate allIn = submitted == requests.size()
                    ? requests.stream().map(InformationRequest::submittedOn).max(Comparator.naturalOrder()).orElse(null) : null;
            String standing = late > 0 ? (late == 1 ? "1 agency late" : late + " agencies late") : allIn != null ? "On time" : "";
            stages.add(new Stage("Agencies' information for the rapid review", allIn,
                    submitted + " of " + requests.size() + (requests.size() == 1 ? " agency has" : " agencies have") + " sent theirs",
                    new Clock(due, standing, late > 0)));
        }
        if (part == null) {
            return;
        }
        stages.add(new Stage("Rapid review meeting", part.meeting() == null ? null : part.meeting().heldOn(), "", null));
        var outcome = part.outcome();
        stages.add(new Stage("Decision on a further review", outcome == null ? null : outcome.decidedOn(),
                outcome == null ? "" : ReviewWords.decisionWords(outcome.decision()), null));
        if (signOffs != null) {
            LocalDate allSigned = signOffs.size() >= ReviewWords.PARTNER.size()
                    ? signOffs.stream().map(SignOff::signedOn).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null) : null;
            stages.add(new Stage("Sign-off by the three safeguarding partners", allSigned,
                    signOffs.size() + " of " + ReviewWords.PARTNER.size() + " partners have signed off", null));
        }
        stages.add(new Stage("Rapid review sent to the national Panel", part.submittedToPanelOn(), "",
                clock(part.dueOn(), part.submittedToPanelOn(), r.nextDeadline(), "rapid-review")));
        if (part.panelResponse() != null) {
            stages.add(new Stage("The Panel's response", part.panelResponse().receivedOn(),
                    part.panelResponse().agreesWithDecision() == null ? ""
                            : part.panelResponse().agreesWithDecision() ? "The Panel agrees with the decision" : "The Panel does not agree with the decision",
                    null));
        }
    }

    private static void decidedReview(List<Stage> stages, Review r) {
        var part = r.review();
        if (part != null) {
            stages.add(new Stage(ReviewWords.reviewTypeWords(r.type()) + " decided", part.decidedOn(), "", null));
            stages.add(new Stage("Reviewer appointed", part.reviewer() == null ? null : part.reviewer().appointedOn(), "", null));
            stages.add(new Stage("Draft report received", part.draftReport() == null ? null : part.draftReport().receivedOn(), "", null));
            LocalDate finalOn = part.finalReport() == null ? null : part.finalReport().receivedOn();
            stages.add(new Stage("Final report received", finalOn, "",
                    clock(part.finalReportDueOn(), finalOn, r.nextDeadline(), "final-report")));
            var notice = part.panelNotice();
            stages.add(new Stage("Report sent to the Panel and the Secretary of State", notice == null ? null : notice.sentOn(),
                    notice == null || notice.plannedPublicationOn() == null ? "" : "Publication planned for " + org.lif.portal.web.Words.day(notice.plannedPublicationOn()),
                    null));
        }
        var publication = r.publication();
        LocalDate plannedPublication = part == null || part.panelNotice() == null ? null : part.panelNotice().plannedPublicationOn();
        if (publication != null && publication.notPublishedOn() != null) {
            stages.add(new Stage("Decided not to publish", publication.notPublishedOn(), "", null));
        } else {
            LocalDate published = publication == null ? null : publication.publishedOn();
            stages.add(new Stage("Published", published, "", clock(plannedPublication, published, r.nextDeadline(), "planned-publication")));
        }
        Deadline next = r.nextDeadline();
        Clock impactClock = next != null && "evidencing-impact".equals(next.rule())
                ? new Clock(next.dueOn(), ReviewWords.left(next), next.overdue()) : null;
        stages.add(new Stage("Impact on practice evidenced", r.impactEvidencedOn(), "", impactClock));
    }

    /** A clock that ended (on time or late by its dates) or still runs (the service's working days left, if it is the next one). */
    static Clock clock(LocalDate dueOn, LocalDate doneOn, Deadline next, String rule) {
        if (dueOn == null) {
            return null;
        }
        if (doneOn != null) {
            boolean late = doneOn.isAfter(dueOn);
            return new Clock(dueOn, late ? "Late" : "On time", late);
        }
        if (next != null && rule.equals(next.rule())) {
            return new Clock(dueOn, ReviewWords.left(next), next.overdue());
        }
        return new Clock(dueOn, "", false);
    }
}
