package org.lif.training.common;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Sends notifications by email (Quarkus Mailer) only after the change that caused them commits: a rolled-back booking
 * tells nobody. A failed send is logged and does not undo the change.
 *
 * <p>The message is handed to the mail server without the request waiting for it: a slow or busy SMTP server must not
 * hold a booking's answer (30 simultaneous bookings each waiting for their confirmation to be sent timed a request out
 * in a test). The send gives up after {@link #SEND_TIMEOUT}.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    Event<OutgoingMail> outgoing;

    @Inject
    ReactiveMailer mailer;

    /** Queues an email in the current transaction. */
    public void tell(String to, String subject, String text) {
        if (to != null && !to.isBlank()) {
            outgoing.fire(new OutgoingMail(to, subject, text));
        }
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()))
                .ifNoItem().after(SEND_TIMEOUT).fail()
                .subscribe().with(sent -> { },
                        e -> LOG.warnf("could not send the email \"%s\": %s", mail.subject(), e.getMessage()));
    }
}
