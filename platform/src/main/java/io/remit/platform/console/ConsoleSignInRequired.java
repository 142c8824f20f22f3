package io.remit.platform.console;

/** A console page was asked for by nobody, or with a session that no longer verifies: the answer is the sign-in. */
public class ConsoleSignInRequired extends RuntimeException {

    public ConsoleSignInRequired() {
        super("Sign in to see this page", null, false, false);
    }
}
