package io.remit.platform.console;

/** Which requests belong to the console: the only ones a session cookie may authenticate. */
public final class ConsolePaths {

    public static final String ROOT = "/console";
    public static final String ASSETS = ROOT + "/assets/";
    public static final String SIGN_IN = ROOT + "/sign-in";
    public static final String SIGN_OUT = ROOT + "/sign-out";

    private ConsolePaths() {
    }

    /** {@code /console} and everything under it, but not {@code /consoles}. */
    public static boolean isConsole(String path) {
        return path != null && (path.equals(ROOT) || path.startsWith(ROOT + "/"));
    }
}
