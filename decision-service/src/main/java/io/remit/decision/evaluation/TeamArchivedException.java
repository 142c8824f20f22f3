package io.remit.decision.evaluation;

/** An archived team takes no part in decisions any more (callers answer 409). */
public final class TeamArchivedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String teamId;

    public TeamArchivedException(String teamId) {
        super("team '" + teamId + "' is archived");
        this.teamId = teamId;
    }

    public String teamId() {
        return teamId;
    }
}
