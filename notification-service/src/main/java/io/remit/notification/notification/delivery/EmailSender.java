package io.remit.notification.notification.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.remit.notification.notification.domain.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Sends an email notification through the configured SMTP server ({@code quarkus.mailer.*}). A failure to reach the
 * server or to have the message accepted may pass and is retried like a webhook's 5xx; an address the mailer cannot
 * even use (not an email address) will not, and fails at once like a webhook's 4xx.
 *
 * <p>It waits for the server like the blocking {@code Mailer} would, but at most {@code remit.delivery.email-timeout}:
 * the blocking {@code Mailer} waits forever, so one SMTP server that accepts connections and never answers would stall
 * every delivery of this instance.
 */
@ApplicationScoped
public class EmailSender {

    private final ReactiveMailer mailer;
    private final Duration timeout;

    EmailSender(ReactiveMailer mailer, DeliveryConfig config) {
        this.mailer = mailer;
        this.timeout = config.emailTimeout();
    }

    public DeliveryResult send(Notification notification, EmailComposer.TeamNames names) {
        Instant attemptedAt = Instant.now();
        long started = System.nanoTime();
        try {
            EmailComposer.Email email = EmailComposer.compose(notification, names);
            mailer.send(Mail.withText(email.to(), email.subject(), email.text())).await().atMost(timeout);
            return DeliveryResult.delivered(attemptedAt, millisSince(started), null);
        } catch (io.smallrye.mutiny.TimeoutException e) {
            return DeliveryResult.transientFailure(attemptedAt, millisSince(started), null,
                    "SMTP server did not accept the message within " + timeout.toMillis() + " ms");
        } catch (IllegalArgumentException e) {
            return DeliveryResult.permanentFailure(attemptedAt, millisSince(started), null,
                    "not sent: " + DeliveryResult.describe(e));
        } catch (RuntimeException e) {
            return DeliveryResult.transientFailure(attemptedAt, millisSince(started), null,
                    DeliveryResult.describe(e));
        }
    }

    private static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
