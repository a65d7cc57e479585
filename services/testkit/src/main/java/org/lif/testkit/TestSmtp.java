package org.lif.testkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A real SMTP server for the tests (GreenMail, in the test JVM, on a free port of 127.0.0.1), started once per JVM: the
 * services send their emails to it through Quarkus Mailer as they would to any mail server, and the tests read back
 * what it received. {@link LifTestStack} points every service at it; the journeys pass {@link #environment()}.
 */
public final class TestSmtp {

    /** An email as it arrived: one recipient, its subject and its plain text. */
    public record Mail(String to, String subject, String text) {
    }

    private static GreenMail server;

    private TestSmtp() {
    }

    public static synchronized Map<String, String> start() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
        }
        return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port()), "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.login", "DISABLED");
    }

    /** The same settings as environment variables, for a service started as a process. */
    public static Map<String, String> environment() {
        start();
        return Map.of("QUARKUS_MAILER_MOCK", "false", "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", String.valueOf(port()), "QUARKUS_MAILER_START_TLS", "DISABLED",
                "QUARKUS_MAILER_LOGIN", "DISABLED");
    }

    public static int port() {
        return server.getSmtp().getPort();
    }

    /** Every email received so far, one per recipient. */
    public static List<Mail> received() {
        return Arrays.stream(server.getReceivedMessages()).flatMap(m -> split(m).stream()).toList();
    }

    /** The emails received for {@code address}, once at least one of them matches {@code wanted} (waits up to 20 s). */
    public static List<Mail> awaitMailTo(String address, Predicate<Mail> wanted) {
        return Awaitility.await("an email to " + address).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> mailsTo(address), mails -> mails.stream().anyMatch(wanted));
    }

    /** The emails received for {@code address} so far. */
    public static List<Mail> mailsTo(String address) {
        return received().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** Forgets every email received. */
    public static void clear() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("cannot empty the test mail server", e);
        }
    }

    private static List<Mail> split(MimeMessage message) {
        try {
            String subject = message.getSubject();
            String text = GreenMailUtil.getBody(message);
            Address[] to = message.getAllRecipients();
            return to == null ? List.of() : Arrays.stream(to).map(a -> new Mail(address(a), subject, text)).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read a received email", e);
        }
    }

    private static String address(Address a) {
        return a instanceof jakarta.mail.internet.InternetAddress ia ? ia.getAddress() : a.toString();
    }
}
