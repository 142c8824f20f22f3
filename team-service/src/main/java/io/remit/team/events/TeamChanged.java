package io.remit.team.events;

import io.remit.platform.outbox.OutgoingEvent;

/**
 * A change of one team, of one of the {@link TeamEvents} types: keyed and subjected by the team id, so the compacted
 * topic keeps each team's newest snapshot, and carrying that whole snapshot as its data.
 */
public record TeamChanged(String type, TeamSnapshot snapshot) implements OutgoingEvent {

    @Override
    public String topic() {
        return TeamEvents.TOPIC;
    }

    @Override
    public String key() {
        return snapshot.id();
    }

    @Override
    public String subject() {
        return snapshot.id();
    }

    @Override
    public Object data() {
        return snapshot;
    }
}
