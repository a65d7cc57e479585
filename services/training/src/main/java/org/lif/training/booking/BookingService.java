package org.lif.training.booking;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.AgencyScope;
import org.lif.training.attendance.ChargeSettings;
import org.lif.training.common.Callers;
import org.lif.training.common.Notifier;
import org.lif.platform.time.Today;
import org.lif.training.session.SessionService;
import org.lif.training.session.SessionStatus;
import org.lif.training.session.TrainingSession;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Booking, the waiting list and cancellation. Every change to a session's places runs with the session row locked
 * ({@code select … for update}), so concurrent bookings queue up and the place count never exceeds the capacity.
 */
@ApplicationScoped
public class BookingService {

    public static final String ENTITY = "booking";

    @Inject
    SessionService sessions;
    @Inject
    Callers callers;
    @Inject
    JsonWebToken token;
    @Inject
    AuditTrail audit;
    @Inject
    Notifier notifier;
    @Inject
    BookingMails mails;
    @Inject
    CancellationRules cancellation;
    @Inject
    ChargeSettings charges;
    @Inject
    Today today;
    @Inject
    EntityManager em;

    /** A practitioner (or agency lead) books a place for themselves. */
    @Transactional
    public Booking book(UUID sessionId, BookingRequests.Book r) {
        String agency = callers.requireAgency();
        String email = r.email() != null ? r.email() : claim("email");
        if (email == null || email.isBlank()) {
            throw Problems.invalid("email", "is required (your token carries no email)");
        }
        String name = r.name() != null && !r.name().isBlank() ? r.name() : claim("name");
        TrainingSession s = sessions.locked(sessionId);
        if (s.status == SessionStatus.DRAFT) {
            throw Problems.notFound("Session", sessionId);
        }
        if (s.status != SessionStatus.PUBLISHED || sessions.started(s)) {
            throw Problems.conflict("This session is not open for booking (" + (s.status == SessionStatus.PUBLISHED ? "it has started" : s.status) + ").");
        }
        return place(s, callers.username(), name == null ? callers.username() : name, email, r.lineManagerEmail(), agency,
                r.sector());
    }

    /** The organiser registers someone: a booking taken by phone, or an attendee of a session already delivered. */
    @Transactional
    public Booking register(UUID sessionId, BookingRequests.Register r) {
        TrainingSession s = sessions.locked(sessionId);
        if (s.status == SessionStatus.CANCELLED) {
            throw Problems.conflict("The session is cancelled.");
        }
        return place(s, r.practitioner(), r.name(), r.email(), r.lineManagerEmail(), r.agency(), r.sector());
    }

    private Booking place(TrainingSession s, String practitioner, String name, String email, String lineManagerEmail,
                          String agency, Sector sector) {
        long existing = AgencyScope.acrossAgencies(em, () -> Booking.count("session = ?1 and practitioner = ?2 and status in ?3",
                s, practitioner, List.of(BookingStatus.CONFIRMED, BookingStatus.WAITING)));
        if (existing > 0) {
            throw Problems.conflict("There is already a booking for " + practitioner + " on this session.");
        }
        Booking b = new Booking();
        b.id = UUID.randomUUID();
        b.session = s;
        b.sessionStartsAt = s.startsAt;
        b.practitioner = practitioner;
        b.practitionerName = name;
        b.email = email;
        b.lineManagerEmail = lineManagerEmail;
        b.ownerAgency = agency;
        b.sector = sector == null ? Sector.OTHER : sector;
        b.bookedBy = callers.username();
        b.createdAt = today.now();
        if (s.booked < s.capacity) {
            s.booked++;
            b.status = BookingStatus.CONFIRMED;
            b.confirmedAt = b.createdAt;
            mails.confirmed(b);
        } else {
            s.waitingSeq++;
            b.status = BookingStatus.WAITING;
            b.waitingPosition = s.waitingSeq;
            mails.waiting(b);
        }
        b.persist();
        audit.recordForAgency(b.ownerAgency, ENTITY, b.id, "BOOKED", null, b.status, "session " + s.id + ", agency " + agency);
        return b;
    }

    /** The booker (or the organiser) cancels. A confirmed place is released to the first on the waiting list. */
    @Transactional
    public Booking cancel(UUID bookingId) {
        Booking seen = visible(bookingId);
        boolean own = seen.practitioner.equals(callers.username());
        if (!own && !callers.partnershipTeam()) {
            throw Problems.forbidden("Only the booker or the partnership team may cancel a booking.");
        }
        TrainingSession s = sessions.locked(seen.session.id);
        em.refresh(seen);
        if (!seen.status.live()) {
            throw Problems.conflict("The booking is already cancelled.");
        }
        if (sessions.started(s)) {
            throw Problems.conflict("The session has started: record attendance instead of cancelling.");
        }
        BookingStatus from = seen.status;
        seen.status = BookingStatus.CANCELLED;
        seen.cancelledAt = today.now();
        seen.waitingPosition = null;
        if (from == BookingStatus.CONFIRMED) {
            if (own && cancellation.late(s)) {
                seen.lateCancellation = true;
                BigDecimal charge = charges.current().lateCancellationCharge();
                if (charge.signum() > 0) {
                    seen.chargeReason = ChargeReason.LATE_CANCELLATION;
                    seen.chargeAmount = charge;
                }
            }
            s.booked--;
            em.flush();
            promote(s);
        }
        audit.recordForAgency(seen.ownerAgency, ENTITY, seen.id, seen.lateCancellation ? "CANCELLED_LATE" : "CANCELLED", from, seen.status, null);
        return seen;
    }

    /** Fills free places from the waiting list, first come first served (across agencies). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void promote(TrainingSession s) {
        AgencyScope.acrossAgencies(em, () -> {
            while (s.booked < s.capacity) {
                Booking next = Booking.find("session = ?1 and status = ?2", Sort.by("waitingPosition"), s, BookingStatus.WAITING)
                        .firstResult();
                if (next == null) {
                    break;
                }
                next.status = BookingStatus.CONFIRMED;
                next.waitingPosition = null;
                next.confirmedAt = today.now();
                s.booked++;
                audit.recordForAgency(next.ownerAgency, ENTITY, next.id, "PROMOTED", BookingStatus.WAITING, BookingStatus.CONFIRMED, "a place was released");
                mails.promoted(next);
            }
            return null;
        });
    }

    /** The booking if the caller may see it (own, own agency's as agency lead, or the partnership team); 404 otherwise. */
    public Booking visible(UUID id) {
        Booking b = Booking.findById(id);
        if (b == null || !callers.maySee(b.practitioner, b.ownerAgency)) {
            throw Problems.notFound("Booking", id);
        }
        return b;
    }

    public PagedList<BookingView> list(UUID sessionId, BookingStatus status, String agency, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        scope(where, params);
        if (sessionId != null) {
            where.add("b.session.id = :session");
            params.put("session", sessionId);
        }
        if (status != null) {
            where.add("b.status = :status");
            params.put("status", status);
        }
        if (agency != null && !agency.isBlank()) {
            where.add("b.ownerAgency = :agency");
            params.put("agency", agency);
        }
        // left joins on required references find the same rows; PostgreSQL drops them from the page count
        String jpql = "from Booking b left join fetch b.session s left join fetch s.course" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return PagedList.of(Booking.find(jpql, Sort.by("b.sessionStartsAt").and("b.createdAt").and("b.id"), params), page,
                b -> BookingView.of((Booking) b));
    }

    /** Adds what the caller may see of people's bookings (see {@link Callers}). */
    public void scope(List<String> where, Map<String, Object> params) {
        if (callers.onlyOwnRecords()) {
            where.add("b.practitioner = :me");
            params.put("me", callers.username());
        } else {
            callers.leadOfAgency().ifPresent(a -> {
                where.add("b.ownerAgency = :leadAgency");
                params.put("leadAgency", a);
            });
        }
    }

    private String claim(String name) {
        Object value = token == null ? null : token.getClaim(name);
        if (value instanceof jakarta.json.JsonString js) {
            return js.getString();
        }
        return value == null ? null : value.toString();
    }
}
