package io.remit.platform.testing.drills;

import java.util.function.Supplier;

/**
 * A test fixture built by the first test that needs it and shared by the rest (e.g. the organisation of an
 * authorization matrix). If building fails, every later caller fails at once with the same cause instead of trying
 * again.
 */
public final class BuiltOnce<T> implements Supplier<T> {

    private final Supplier<T> build;
    private T value;
    private RuntimeException failure;

    public BuiltOnce(Supplier<T> build) {
        this.build = build;
    }

    @Override
    public synchronized T get() {
        if (failure != null) {
            throw new IllegalStateException("The fixture could not be built", failure);
        }
        if (value == null) {
            try {
                value = build.get();
            } catch (RuntimeException | AssertionError e) {
                failure = new IllegalStateException("Building the fixture failed", e);
                throw failure;
            }
        }
        return value;
    }
}
