package org.lif.training.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.contracts.training.ImpactFollowUpAnsweredV1;
import org.lif.contracts.training.TrainingEvents;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.problem.Problems;
import org.lif.training.booking.Booking;
import org.lif.training.common.Callers;
import org.lif.training.common.Notifier;
import org.lif.platform.time.Today;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Issuing, reminding, expiring and answering impact follow-ups. */
@ApplicationScoped
public class FollowUpService {

    static final String ENTITY = "impact-follow-up";

    @Inject
    FollowUpRules rules;
    @Inject
    Callers callers;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    Notifier notifier;
    @Inject
    Today today;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean issue(UUID bookingId, int months) {
        Booking b = Booking.findById(bookingId);
        if (b == null || ImpactFollowUp.count("booking = ?1 and monthsAfter = ?2", b, months) > 0) {
            return false;
        }
        OffsetDateTime now = today.now();
        ImpactFollowUp f = new ImpactFollowUp();
        f.id = UUID.randomUUID();
        f.booking = b;
        f.ownerAgency = b.ownerAgency;
        f.monthsAfter = months;
        f.status = FollowUpStatus.OPEN;
        f.issuedAt = now;
        f.expiresAt = now.plusDays(rules.answerDays());
        f.persist();
        audit.recordForAgency(f.ownerAgency, ENTITY, f.id, "ISSUED", null, f.status, months + " months after " + b.session.course.title);
        String course = b.session.course.title;
        notifier.tell(b.email, months + "-month follow-up: " + course,
                "It is " + months + " months since you attended " + course + ". Please tell us in LIF whether it has changed your practice (by "
                        + Today.localDate(f.expiresAt) + ").");
        notifier.tell(b.lineManagerEmail, months + "-month follow-up for your team member: " + course,
                b.practitionerName + " attended " + course + " " + months + " months ago. Your view of the change in their practice is welcome:"
                        + " please give it through your agency's LIF lead (relevant agency or safeguarding partner account).");
        return true;
    }

    /** Sends a reminder when the last one (or the issue) is older than the reminder interval; expires overdue ones. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String remindOrExpire(UUID id) {
        ImpactFollowUp f = ImpactFollowUp.findById(id);
        if (f == null || f.status != FollowUpStatus.OPEN) {
            return "none";
        }
        OffsetDateTime now = today.now();
        if (!f.expiresAt.isAfter(now)) {
            f.status = FollowUpStatus.EXPIRED;
            audit.recordForAgency(f.ownerAgency, ENTITY, f.id, "EXPIRED", FollowUpStatus.OPEN, f.status, null);
            return "expired";
        }
        OffsetDateTime last = f.lastRemindedAt != null ? f.lastRemindedAt : f.issuedAt;
        if (!last.plusDays(rules.reminderDays()).isAfter(now)) {
            f.lastRemindedAt = now;
            f.remindersSent++;
            notifier.tell(f.booking.email, "Reminder: " + f.monthsAfter + "-month follow-up: " + f.booking.session.course.title,
                    "Please tell us in LIF whether " + f.booking.session.course.title + " has changed your practice, by "
                            + Today.localDate(f.expiresAt) + ".");
            return "reminded";
        }
        return "none";
    }

    public ImpactFollowUp visible(UUID id) {
        ImpactFollowUp f = ImpactFollowUp.findById(id);
        if (f == null || !callers.maySee(f.booking.practitioner, f.ownerAgency)) {
            throw Problems.notFound("Follow-up", id);
        }
        return f;
    }

    @Transactional
    public ImpactFollowUp answer(UUID id, FollowUpRequests.Answer r) {
        ImpactFollowUp f = visible(id);
        if (!f.booking.practitioner.equals(callers.username())) {
            throw Problems.forbidden("Only the attendee answers their follow-up.");
        }
        if (f.status != FollowUpStatus.OPEN) {
            throw Problems.conflict("The follow-up is " + f.status.name().toLowerCase() + ".");
        }
        f.status = FollowUpStatus.ANSWERED;
        f.answeredAt = today.now();
        f.practiceChanged = r.practiceChanged();
        f.confidenceNow = r.confidenceNow();
        f.example = r.example();
        audit.recordForAgency(f.ownerAgency, ENTITY, f.id, "ANSWERED", FollowUpStatus.OPEN, f.status, null);
        outbox.publish(TrainingEvents.IMPACT_FOLLOW_UP_ANSWERED, f.partnershipId, f.id.toString(),
                new ImpactFollowUpAnsweredV1(f.id.toString(), f.booking.id.toString(), f.booking.session.course.id.toString(),
                        f.ownerAgency, f.monthsAfter, f.practiceChanged, f.confidenceNow, List.copyOf(f.booking.session.course.themes)));
        return f;
    }

    /** The line manager's view, recorded by the agency's lead (or the partnership team) for the attendee's agency. */
    @Transactional
    public ImpactFollowUp lineManagerView(UUID id, FollowUpRequests.LineManagerView r) {
        ImpactFollowUp f = visible(id);
        boolean lead = callers.leadOfAgency().map(a -> a.equals(f.ownerAgency)).orElse(false);
        if (!lead && !callers.partnershipTeam()) {
            throw Problems.forbidden("The line manager's view is recorded by the attendee's agency lead or the partnership team.");
        }
        if (f.status == FollowUpStatus.EXPIRED) {
            throw Problems.conflict("The follow-up has expired.");
        }
        f.lineManagerScore = r.practiceChanged();
        f.lineManagerComment = r.comment();
        f.lineManagerRecordedBy = callers.username();
        audit.recordForAgency(f.ownerAgency, ENTITY, f.id, "LINE_MANAGER_VIEW", null, f.lineManagerScore, null);
        return f;
    }
}
