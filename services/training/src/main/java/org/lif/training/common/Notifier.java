package org.lif.training.common;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Sends notifications by email (Quarkus Mailer) only after the change that caused them commits: a rolled-back booking
 * tells nobody. A failed send is logged and does not undo the change.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);

    @Inject
    Event<OutgoingMail> outgoing;
    @Inject
    Mailer mailer;

    /** Queues an email in the current transaction. */
    public void tell(String to, String subject, String text) {
        if (to != null && !to.isBlank()) {
            outgoing.fire(new OutgoingMail(to, subject, text));
        }
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        try {
            mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()));
        } catch (RuntimeException e) {
            LOG.warnf("could not send the email \"%s\": %s", mail.subject(), e.getMessage());
        }
    }
}
