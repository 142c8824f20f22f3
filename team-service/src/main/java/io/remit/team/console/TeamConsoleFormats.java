package io.remit.team.console;

import io.quarkus.qute.TemplateExtension;
import io.remit.team.domain.Delegation;
import io.remit.team.domain.DelegationStatus;
import io.remit.team.domain.TeamStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the console writes the registry's values: a status as the badge class the shared stylesheet draws, an SLA in
 * days, hours, minutes and seconds, a delegation's categories. Pages write the status out as text inside its badge
 * too, so colour is never the only cue.
 */
@TemplateExtension
final class TeamConsoleFormats {

    private TeamConsoleFormats() {
    }

    /** The shared stylesheet's badge for a team's status: {@code badge-active}, -suspended, -archived. */
    static String badge(TeamStatus status) {
        return "badge-" + status.name().toLowerCase(Locale.ROOT);
    }

    /** The badge for a delegation's status: {@code badge-scheduled}, -active, -expired, -revoked. */
    static String badge(DelegationStatus status) {
        return "badge-" + status.name().toLowerCase(Locale.ROOT);
    }

    /** {@code PT36H} as "1 d 12 h"; zero parts are left out. */
    static String readable(Duration duration) {
        List<String> parts = new ArrayList<>();
        addPart(parts, duration.toDaysPart(), "d");
        addPart(parts, duration.toHoursPart(), "h");
        addPart(parts, duration.toMinutesPart(), "min");
        addPart(parts, duration.toSecondsPart(), "s");
        return parts.isEmpty() ? "0 s" : String.join(" ", parts);
    }

    /** A delegation's categories, or "all" when it names none. */
    static String categoryText(Delegation delegation) {
        List<String> categories = delegation.categories();
        return categories.isEmpty() ? "all" : String.join(", ", categories);
    }

    private static void addPart(List<String> parts, long value, String unit) {
        if (value > 0) {
            parts.add(value + " " + unit);
        }
    }
}
