package io.remit.notification.notification.delivery;

import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What one try to deliver a notification gave.
 *
 * @param statusCode the HTTP status of a webhook call; null for email or when no response came
 * @param error why it failed, or null
 */
public record DeliveryResult(Kind kind, Instant attemptedAt, long latencyMs, Integer statusCode, String error) {

    public enum Kind {
        /** The receiver took it. */
        DELIVERED,
        /** A failure that may pass: 5xx, timeout, connection or SMTP error. */
        TRANSIENT,
        /** A failure that will not pass by trying again: 4xx, refused URL. */
        PERMANENT
    }

    public static DeliveryResult delivered(Instant attemptedAt, long latencyMs, Integer statusCode) {
        return new DeliveryResult(Kind.DELIVERED, attemptedAt, latencyMs, statusCode, null);
    }

    public static DeliveryResult transientFailure(Instant attemptedAt, long latencyMs, Integer statusCode,
            String error) {
        return new DeliveryResult(Kind.TRANSIENT, attemptedAt, latencyMs, statusCode, error);
    }

    public static DeliveryResult permanentFailure(Instant attemptedAt, long latencyMs, Integer statusCode,
            String error) {
        return new DeliveryResult(Kind.PERMANENT, attemptedAt, latencyMs, statusCode, error);
    }

    /** A short description of an exception, for the attempt's error column. */
    static String describe(Throwable failure) {
        Throwable shown = failure;
        while ((shown instanceof ExecutionException || shown instanceof CompletionException)
                && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String text = shown.getClass().getSimpleName();
        String message = shown.getMessage();
        if (message != null && !message.isBlank()) {
            return text + ": " + message;
        }
        Throwable cause = shown.getCause();
        return cause == null || cause == shown ? text : text + " (" + describe(cause) + ")";
    }
}
