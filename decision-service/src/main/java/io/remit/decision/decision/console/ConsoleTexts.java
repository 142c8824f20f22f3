package io.remit.decision.decision.console;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/**
 * How the console's templates write this service's values: a status or verdict as words and as the badge class the
 * shared stylesheet colours it by, and a hash cut to a length people can compare at a glance.
 */
@TemplateExtension
final class ConsoleTexts {

    /** Characters of a hash shown in lists; the whole hash is in the element's title. */
    static final int SHORT_HASH = 12;

    private ConsoleTexts() {
    }

    /** IN_EFFECT as "in effect". */
    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The badge classes of a status, verdict or vote: IN_EFFECT as "badge badge-in-effect". */
    static String badge(Enum<?> value) {
        String name = value.name().equals("WITHIN_REMIT") ? "within" : value.name();
        return "badge badge-" + name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The first characters of a hash, or "—" for an entry without one. */
    static String shortHash(String hash) {
        return hash == null ? "—" : hash.substring(0, Math.min(SHORT_HASH, hash.length()));
    }
}
