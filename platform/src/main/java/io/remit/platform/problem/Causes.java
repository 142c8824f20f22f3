package io.remit.platform.problem;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/** Looks through an exception's causes and suppressed exceptions, where frameworks wrap what actually went wrong. */
public final class Causes {

    private Causes() {
    }

    /**
     * Whether the exception or anything it wraps, as a cause or a suppressed exception (a failed commit carries the
     * driver's error only as a suppressed exception of the transaction manager's), satisfies the test. Safe on cycles.
     */
    public static boolean anyMatch(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(Arrays.asList(t.getSuppressed()));
        }
        return false;
    }
}
