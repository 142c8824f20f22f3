package io.remit.platform.testing;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The topics behind a service's consumer channels, as its configuration names them, so a test feeds the channel the
 * code consumes ({@code SomeConsumer.CHANNEL}) rather than a topic name written again.
 */
public final class Channels {

    private Channels() {
    }

    /** The topic a consumer channel reads. */
    public static String topicOf(String channel) {
        return ConfigProvider.getConfig().getValue("mp.messaging.incoming." + channel + ".topic", String.class);
    }

    /** Where a consumer channel puts the messages it can never process. */
    public static String deadLetterTopicOf(String channel) {
        return ConfigProvider.getConfig().getValue("mp.messaging.incoming." + channel + ".dead-letter-queue.topic",
                String.class);
    }
}
