package io.remit.platform.ids;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * UUIDv7 ids: they sort by creation time, so "newest first" keyset pages need nothing but the id, and inserts land
 * at the end of the primary-key index.
 */
public final class TimeOrderedIds {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private TimeOrderedIds() {
    }

    public static String next() {
        return GENERATOR.generate().toString();
    }
}
