package io.remit.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Runs a consumer's work on one event until it succeeds or fails for good. A {@link TransientFailure} is retried
 * without a time limit, with exponential backoff capped at {@code remit.consumer.retry.max-delay}: the record waits,
 * the channel behind it pauses, and consumption resumes by itself when the database is back. Any other failure is
 * thrown at once, so the channel's failure strategy puts the event on the dead-letter topic with that error.
 */
@ApplicationScoped
public class ConsumerRetry {

    private static final Logger LOG = Logger.getLogger(ConsumerRetry.class);

    /** Waits between tries; a test replaces it so that no test has to sleep. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Sleeper sleeper;

    @Inject
    ConsumerRetry(ConsumerRetryConfig config) {
        this(config.initialDelay(), config.maxDelay(), duration -> Thread.sleep(duration.toMillis()));
    }

    ConsumerRetry(Duration initialDelay, Duration maxDelay, Sleeper sleeper) {
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.sleeper = sleeper;
    }

    /**
     * Runs {@code work} (its own transaction each time) until it returns. {@code event} names the event in the log.
     * An interrupt (the service stopping) does not end the wait: giving up would send a valid event to the dead-letter
     * topic. The record is then simply never acknowledged, and the next consumer of its partition reads it again.
     */
    public void untilDone(String event, Runnable work) {
        Duration delay = initialDelay;
        boolean interrupted = false;
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    work.run();
                    if (attempt > 1) {
                        LOG.infof("Event %s processed at attempt %d", event, attempt);
                    }
                    return;
                } catch (RuntimeException e) {
                    if (!TransientFailure.isCause(e)) {
                        throw e;
                    }
                    logWaiting(event, attempt, delay, e);
                    interrupted |= !pause(delay);
                    delay = delay.multipliedBy(2).compareTo(maxDelay) > 0 ? maxDelay : delay.multipliedBy(2);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void logWaiting(String event, int attempt, Duration delay, RuntimeException failure) {
        // The first failure, then about one line a minute rather than one per try.
        long triesAMinute = Math.max(1, Duration.ofMinutes(1).toMillis() / Math.max(1, maxDelay.toMillis()));
        boolean worthALine = attempt == 1 || delay.equals(maxDelay) && attempt % triesAMinute == 0;
        LOG.logf(worthALine ? Logger.Level.WARN : Logger.Level.DEBUG,
                "Event %s failed transiently (attempt %d), retrying in %d ms: %s", event, attempt, delay.toMillis(),
                failure.toString());
    }

    /** Waits; false if the wait was interrupted. */
    private boolean pause(Duration delay) {
        try {
            sleeper.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
