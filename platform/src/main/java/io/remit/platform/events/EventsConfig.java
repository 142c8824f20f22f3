package io.remit.platform.events;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "remit.events")
public interface EventsConfig {

    /** The CloudEvents {@code source} of every event this service writes, e.g. {@code /remit/team-service}. */
    String source();
}
