package io.remit.deploy.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started by the end-to-end test, with its standard output and error in one log file. It never outlives the
 * test: {@link #stop(Duration)} asks it to end (SIGTERM, so it shuts down cleanly) and kills it after the grace period.
 */
public final class ChildProcess {

    private final String name;
    private final Path logFile;
    private final Process process;

    private ChildProcess(String name, Path logFile, Process process) {
        this.name = name;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * Starts a command in a working directory. The environment is this JVM's without any {@code QUARKUS_},
     * {@code REMIT_} or {@code KAFKA_} variable (so nothing set in the developer's shell leaks in), plus the given
     * variables.
     */
    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
            Path logFile) {
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("REMIT_")
                    || key.startsWith("KAFKA_") || key.equals("JAVA_TOOL_OPTIONS") || key.equals("JDK_JAVA_OPTIONS"));
            env.putAll(environment);
            return new ChildProcess(name, logFile, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + command, e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the log has a line containing the text; fails early, with the log's tail, if the process dies. */
    void awaitLogLine(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (log().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended (exit " + process.exitValue() + ") before logging '"
                        + text + "'\n" + tail(40));
            }
            sleep(100);
        }
        throw new IllegalStateException(name + " did not log '" + text + "' within " + timeout + "\n" + tail(40));
    }

    /** The whole log so far. */
    String log() {
        try {
            return Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e + ")";
        }
    }

    /** The last lines of the log, framed with the process name, for a failure report. */
    String tail(int lines) {
        List<String> all = log().lines().toList();
        List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
        return "----- last " + last.size() + " lines of " + name + " (" + logFile + ") -----\n"
                + String.join("\n", last) + "\n----- end of " + name + " -----";
    }

    /** Asks the process to end, waits up to the grace period, then kills it. Safe to call more than once. */
    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts ending the process without waiting (see {@link #stop(Duration)} for the rest). */
    void requestStop() {
        process.destroy();
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
