package io.remit.platform.events;

/**
 * A message that can never be processed, however often it is retried (not a CloudEvent, or data that does not match
 * its type's schema). Consumers let it go to the dead-letter topic, with this message as the reason.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonEventException(String message) {
        super(message);
    }
}
